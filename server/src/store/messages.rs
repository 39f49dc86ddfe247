//! Messages and reactions.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, sea_query::{Expr, OnConflict},
};
use uuid::Uuid;

use super::{
    Page,
    entities::{messages, reactions},
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

/// Messages of a room in id order (ids are UUIDv7, so this is send order).
pub async fn list(db: &impl ConnectionTrait, room_id: Uuid, window: Window) -> Result<Page<messages::Model>, DbErr> {
    let mut query = messages::Entity::find()
        .filter(messages::Column::RoomId.eq(room_id))
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

pub async fn insert(db: &impl ConnectionTrait, message: messages::Model) -> Result<messages::Model, DbErr> {
    message.into_active_model().insert(db).await
}

pub async fn update(db: &impl ConnectionTrait, message: messages::ActiveModel) -> Result<messages::Model, DbErr> {
    message.update(db).await
}

/// Adds a reaction; an existing one is left as it is.
pub async fn add_reaction(db: &impl ConnectionTrait, reaction: reactions::Model) -> Result<(), DbErr> {
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
        Ok(_) | Err(DbErr::RecordNotInserted) => Ok(()),
        Err(error) => Err(error),
    }
}

pub async fn remove_reaction(db: &impl ConnectionTrait, message_id: Uuid, user_id: Uuid, emoji: &str) -> Result<(), DbErr> {
    reactions::Entity::delete_by_id((message_id, user_id, emoji.to_string()))
        .exec(db)
        .await?;
    Ok(())
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
    let viewer_reacted = Expr::cust_with_values(
        "MAX(CASE WHEN user_id = $1 THEN 1 ELSE 0 END)",
        [sea_orm::Value::from(viewer)],
    );
    let rows: Vec<(Uuid, String, i64, i32, DateTime<Utc>)> = reactions::Entity::find()
        .select_only()
        .column(reactions::Column::MessageId)
        .column(reactions::Column::Emoji)
        .column_as(Expr::col(reactions::Column::UserId).count(), "count")
        .column_as(viewer_reacted, "by_viewer")
        .column_as(Expr::col(reactions::Column::CreatedAt).min(), "first_at")
        .filter(reactions::Column::MessageId.is_in(message_ids.iter().copied()))
        .group_by(reactions::Column::MessageId)
        .group_by(reactions::Column::Emoji)
        .into_tuple()
        .all(db)
        .await?;
    let mut rows = rows;
    rows.sort_by(|a, b| (a.0, a.4, &a.1).cmp(&(b.0, b.4, &b.1)));
    Ok(rows
        .into_iter()
        .map(|(message_id, emoji, count, by_viewer, _)| ReactionTally {
            message_id,
            emoji,
            count,
            by_viewer: by_viewer != 0,
        })
        .collect())
}
