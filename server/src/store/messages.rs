//! Messages and reactions.

use chrono::{DateTime, Utc};
use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbErr,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{Expr, OnConflict},
};
use uuid::Uuid;

use super::{
    Page,
    entities::{messages, reactions},
    events::{self, NewEvent, Payload},
    outbox, rooms,
};

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find_by_id(id).one(db).await
}

pub async fn find_by_request(
    db: &impl ConnectionTrait,
    sender_id: Uuid,
    request_id: &str,
) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::SenderId.eq(sender_id))
        .filter(messages::Column::RequestId.eq(request_id))
        .filter(messages::Column::Conversation.eq(messages::IN_ROOM))
        .one(db)
        .await
}

/// Which messages of a room a list returns.
pub struct Window {
    /// Continue after this message id in the list's order.
    pub cursor: Option<Uuid>,
    pub created_before: Option<DateTime<Utc>>,
    pub created_after: Option<DateTime<Utc>>,
    pub newest_first: bool,
    pub limit: u64,
}

/// Messages of a conversation (a room or a session) in id order (ids are
/// UUIDv7, so this is send order); of an answer regenerated in a session,
/// its latest version only.
pub async fn list(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    window: Window,
) -> Result<Page<messages::Model>, DbErr> {
    let mut query = messages::Entity::find()
        .filter(messages::Column::RoomId.eq(room_id))
        .filter(messages::Column::Latest.eq(true))
        .limit(window.limit + 1);
    if let Some(before) = window.created_before {
        query = query.filter(messages::Column::CreatedAt.lt(before));
    }
    if let Some(after) = window.created_after {
        query = query.filter(messages::Column::CreatedAt.gt(after));
    }
    query = match (window.newest_first, window.cursor) {
        (false, cursor) => {
            let query = query.order_by_asc(messages::Column::Id);
            match cursor {
                Some(cursor) => query.filter(messages::Column::Id.gt(cursor)),
                None => query,
            }
        }
        (true, cursor) => {
            let query = query.order_by_desc(messages::Column::Id);
            match cursor {
                Some(cursor) => query.filter(messages::Column::Id.lt(cursor)),
                None => query,
            }
        }
    };
    Ok(Page::from_rows(query.all(db).await?, window.limit))
}

/// Stores a group of new messages with one INSERT and moves their rooms'
/// last-message times. Returns, for each message in order: the stored
/// message; or, when its sender already used its `request_id` (before, or
/// earlier in the group), that first message; or the error. If the group
/// insert fails (say a room was deleted in the same batch), the messages are
/// stored one by one so only the failing ones fail. Each message comes with
/// its room's space id, and gets its `message_created` event.
pub async fn insert_group(
    txn: &DatabaseTransaction,
    group: Vec<(messages::Model, Uuid)>,
) -> Vec<Result<messages::Model, DbErr>> {
    enum Plan {
        Earlier(Box<messages::Model>),
        Fresh(usize),
    }
    let copy = |error: &DbErr| DbErr::Custom(error.to_string());
    let mut earlier: HashMap<(Uuid, String), messages::Model> = HashMap::new();
    if let Some(repeats) = request_lookup(&group) {
        match messages::Entity::find().filter(repeats).all(txn).await {
            Ok(found) => {
                for message in found {
                    if let Some(request_id) = message.request_id.clone() {
                        earlier.insert((message.sender_id, request_id), message);
                    }
                }
            }
            Err(error) => return group.iter().map(|_| Err(copy(&error))).collect(),
        }
    }
    let mut fresh = Vec::with_capacity(group.len());
    let mut first_in_group: HashMap<(Uuid, String), usize> = HashMap::new();
    let plans: Vec<Plan> = group
        .into_iter()
        .map(|(message, space_id)| {
            if let Some(request_id) = &message.request_id {
                let key = (message.sender_id, request_id.clone());
                if let Some(first) = earlier.get(&key) {
                    return Plan::Earlier(Box::new(first.clone()));
                }
                if let Some(&index) = first_in_group.get(&key) {
                    return Plan::Fresh(index);
                }
                first_in_group.insert(key, fresh.len());
            }
            fresh.push((message, space_id));
            Plan::Fresh(fresh.len() - 1)
        })
        .collect();
    let stored: Vec<Result<messages::Model, DbErr>> = match insert_all(txn, &fresh).await {
        Ok(()) => fresh.into_iter().map(|(message, _)| Ok(message)).collect(),
        Err(_) => {
            let mut stored = Vec::with_capacity(fresh.len());
            for (message, space_id) in fresh {
                stored.push(insert_one(txn, message, space_id).await);
            }
            stored
        }
    };
    plans
        .into_iter()
        .map(|plan| match plan {
            Plan::Earlier(message) => Ok(*message),
            Plan::Fresh(index) => stored[index].as_ref().cloned().map_err(copy),
        })
        .collect()
}

/// The condition that finds earlier messages with the group's
/// `(sender_id, request_id)` pairs, one `sender_id = … AND request_id IN (…)`
/// per sender, so each is a lookup in the `(sender_id, request_id)` index
/// (a `request_id IN (…)` alone would read the whole table; and the index
/// covers rooms' messages only); none when no
/// message of the group has a `request_id`.
fn request_lookup(group: &[(messages::Model, Uuid)]) -> Option<Condition> {
    let mut by_sender: Vec<(Uuid, Vec<&str>)> = Vec::new();
    for (message, _) in group {
        let Some(request_id) = message.request_id.as_deref() else {
            continue;
        };
        match by_sender.iter_mut().find(|(s, _)| *s == message.sender_id) {
            Some((_, ids)) => ids.push(request_id),
            None => by_sender.push((message.sender_id, vec![request_id])),
        }
    }
    (!by_sender.is_empty()).then(|| {
        by_sender
            .into_iter()
            .fold(Condition::any(), |any, (sender_id, request_ids)| {
                any.add(
                    Condition::all()
                        .add(messages::Column::SenderId.eq(sender_id))
                        .add(messages::Column::RequestId.is_in(request_ids))
                        .add(messages::Column::Conversation.eq(messages::IN_ROOM)),
                )
            })
    })
}

pub(super) fn created(message: &messages::Model, space_id: Uuid) -> NewEvent {
    NewEvent {
        room_id: message.room_id,
        space_id,
        actor_id: Some(message.sender_id),
        payload: Payload::MessageCreated(message.clone()),
        at: message.created_at,
    }
}

async fn insert_all(
    txn: &DatabaseTransaction,
    group: &[(messages::Model, Uuid)],
) -> Result<(), DbErr> {
    if group.is_empty() {
        return Ok(());
    }
    let mark = outbox::mark();
    let savepoint = txn.begin().await?;
    let result = async {
        messages::Entity::insert_many(
            group
                .iter()
                .map(|(message, _)| message.clone().into_active_model()),
        )
        .exec_without_returning(&savepoint)
        .await?;
        events::append(
            &savepoint,
            group
                .iter()
                .map(|(m, space_id)| created(m, *space_id))
                .collect(),
        )
        .await?;
        let mut latest: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
        for (message, _) in group {
            let at = latest.entry(message.room_id).or_insert(message.created_at);
            *at = (*at).max(message.created_at);
        }
        for (room_id, at) in latest {
            rooms::touch_last_message(&savepoint, room_id, at).await?;
        }
        Ok(())
    }
    .await;
    match result {
        Ok(()) => savepoint
            .commit()
            .await
            .inspect_err(|_| outbox::rollback_to(mark)),
        Err(error) => {
            outbox::rollback_to(mark);
            savepoint.rollback().await?;
            Err(error)
        }
    }
}

/// Stores one new message with its `message_created` event, in a savepoint
/// of `txn`.
pub async fn insert_one(
    txn: &DatabaseTransaction,
    message: messages::Model,
    space_id: Uuid,
) -> Result<messages::Model, DbErr> {
    let mark = outbox::mark();
    let savepoint = txn.begin().await?;
    let result = async {
        let message = message.into_active_model().insert(&savepoint).await?;
        events::append(&savepoint, vec![created(&message, space_id)]).await?;
        rooms::touch_last_message(&savepoint, message.room_id, message.created_at).await?;
        Ok(message)
    }
    .await;
    match result {
        Ok(message) => {
            savepoint
                .commit()
                .await
                .inspect_err(|_| outbox::rollback_to(mark))?;
            Ok(message)
        }
        Err(error) => {
            outbox::rollback_to(mark);
            savepoint.rollback().await?;
            Err(error)
        }
    }
}

pub async fn update(
    db: &impl ConnectionTrait,
    message: messages::ActiveModel,
) -> Result<messages::Model, DbErr> {
    message.update(db).await
}

/// Adds a reaction; an existing one is left as it is. Whether it was added.
pub async fn add_reaction(
    db: &impl ConnectionTrait,
    reaction: reactions::Model,
) -> Result<bool, DbErr> {
    let result = reactions::Entity::insert(reaction.into_active_model())
        .on_conflict(
            OnConflict::columns([
                reactions::Column::MessageId,
                reactions::Column::UserId,
                reactions::Column::Emoji,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await;
    match result {
        Ok(rows) => Ok(rows > 0),
        Err(DbErr::RecordNotInserted) => Ok(false),
        Err(error) => Err(error),
    }
}

/// Removes a user's reaction. Whether there was one.
pub async fn remove_reaction(
    db: &impl ConnectionTrait,
    message_id: Uuid,
    user_id: Uuid,
    emoji: &str,
) -> Result<bool, DbErr> {
    let result = reactions::Entity::delete_by_id((message_id, user_id, emoji.to_string()))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// How many users reacted to a message with an emoji.
pub async fn reaction_count(
    db: &impl ConnectionTrait,
    message_id: Uuid,
    emoji: &str,
) -> Result<i64, DbErr> {
    use sea_orm::PaginatorTrait;
    let count = reactions::Entity::find()
        .filter(reactions::Column::MessageId.eq(message_id))
        .filter(reactions::Column::Emoji.eq(emoji))
        .count(db)
        .await?;
    Ok(count as i64)
}

/// One emoji's reactions on one message.
pub struct ReactionTally {
    pub message_id: Uuid,
    pub emoji: String,
    pub count: i64,
    pub by_viewer: bool,
}

/// Reaction counts for `message_ids`, each message's emojis in the order
/// they were first used, with whether `viewer` is among the reactors.
pub async fn reaction_tallies(
    db: &impl ConnectionTrait,
    message_ids: &[Uuid],
    viewer: Uuid,
) -> Result<Vec<ReactionTally>, DbErr> {
    if message_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(Uuid, String, i64, DateTime<Utc>)> = reactions::Entity::find()
        .select_only()
        .column(reactions::Column::MessageId)
        .column(reactions::Column::Emoji)
        .column_as(Expr::col(reactions::Column::UserId).count(), "count")
        .column_as(Expr::col(reactions::Column::CreatedAt).min(), "first_at")
        .filter(reactions::Column::MessageId.is_in(message_ids.iter().copied()))
        .group_by(reactions::Column::MessageId)
        .group_by(reactions::Column::Emoji)
        .into_tuple()
        .all(db)
        .await?;
    let mine: Vec<(Uuid, String)> = reactions::Entity::find()
        .select_only()
        .column(reactions::Column::MessageId)
        .column(reactions::Column::Emoji)
        .filter(reactions::Column::MessageId.is_in(message_ids.iter().copied()))
        .filter(reactions::Column::UserId.eq(viewer))
        .into_tuple()
        .all(db)
        .await?;
    let mut rows = rows;
    rows.sort_by(|a, b| (a.0, a.3, &a.1).cmp(&(b.0, b.3, &b.1)));
    Ok(rows
        .into_iter()
        .map(|(message_id, emoji, count, _)| ReactionTally {
            by_viewer: mine.iter().any(|(m, e)| *m == message_id && *e == emoji),
            message_id,
            emoji,
            count,
        })
        .collect())
}
