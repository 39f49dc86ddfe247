//! Replies (a REPLR's in a room, the assistant's in a session): a reply is
//! a row of `messages` whose `reply_state` is set. These functions run
//! inside the writer's transaction, next to the event that tells
//! subscribers about each change.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::{
    entities::{messages, reactions},
    events::{self, EventId, NewEvent, Payload, ReactionChange},
    leases, messages as stored_messages, rooms,
};

/// The reaction with which a REPLR acknowledges a message it answers.
pub const THINKING: &str = "💭";

/// Stores a reply that starts streaming: a REPLR's 💭 reaction on the
/// message it answers (unless there already), the reply message with this
/// replica's lease, and their events. Returns the `reply_started` event,
/// which subscribers must have seen before any of the reply's deltas.
pub async fn start(
    txn: &DatabaseTransaction,
    reply: messages::Model,
    answers: Uuid,
    space_id: Uuid,
) -> Result<EventId, DbErr> {
    let replr_id = reply.sender_id;
    let at = reply.created_at;
    let reaction = reactions::Model {
        message_id: answers,
        user_id: replr_id,
        emoji: THINKING.into(),
        created_at: at,
    };
    let mut new = Vec::with_capacity(2);
    if reply.by_replr() && stored_messages::add_reaction(txn, reaction).await? {
        let count = stored_messages::reaction_count(txn, answers, THINKING).await?;
        new.push(NewEvent {
            room_id: reply.room_id,
            space_id,
            actor_id: Some(replr_id),
            payload: Payload::ReactionAdded(ReactionChange {
                message_id: answers,
                emoji: THINKING.into(),
                user_id: replr_id,
                count,
            }),
            at,
        });
    }
    let reply = reply.into_active_model().insert(txn).await?;
    leases::take(txn, &[reply.id]).await?;
    rooms::touch_last_message(txn, reply.room_id, reply.created_at).await?;
    new.push(NewEvent {
        room_id: reply.room_id,
        space_id,
        actor_id: Some(replr_id),
        payload: Payload::ReplyStarted(reply),
        at,
    });
    let started = new.len() - 1;
    Ok(events::append(txn, new).await?.event(started))
}

/// Stores a new message together with the replies it starts, in as few
/// statements as the database allows (this runs once per mention, in the
/// writer): the message and its replies in one INSERT, their leases in
/// another, every REPLR's 💭 on
/// the message in another, the conversation's last-message time once, and
/// all their events (`message_created`, then each REPLR's `reaction_added`
/// and each `reply_started`) in one append. Returns the stored message and, for
/// each reply in order, its `reply_started` event.
pub async fn start_with_message(
    txn: &DatabaseTransaction,
    message: messages::Model,
    replies: Vec<messages::Model>,
    space_id: Uuid,
) -> Result<(messages::Model, Vec<EventId>), DbErr> {
    let room_id = message.room_id;
    let last_at = replies
        .iter()
        .map(|reply| reply.created_at)
        .fold(message.created_at, std::cmp::max);
    let rows = std::iter::once(&message).chain(&replies).cloned();
    messages::Entity::insert_many(rows.map(IntoActiveModel::into_active_model))
        .exec_without_returning(txn)
        .await?;
    let reply_ids: Vec<Uuid> = replies.iter().map(|reply| reply.id).collect();
    leases::take(txn, &reply_ids).await?;
    let by_replrs: Vec<&messages::Model> = replies.iter().filter(|r| r.by_replr()).collect();
    if !by_replrs.is_empty() {
        // A new message has no reactions yet, and each REPLR answers once.
        let thinking = by_replrs.iter().map(|reply| {
            reactions::Model {
                message_id: message.id,
                user_id: reply.sender_id,
                emoji: THINKING.into(),
                created_at: reply.created_at,
            }
            .into_active_model()
        });
        reactions::Entity::insert_many(thinking)
            .exec_without_returning(txn)
            .await?;
    }
    rooms::touch_last_message(txn, room_id, last_at).await?;
    let mut new = Vec::with_capacity(1 + 2 * replies.len());
    new.push(stored_messages::created(&message, space_id));
    let mut thinking = 0;
    for reply in &replies {
        let at = reply.created_at;
        let replr_id = Some(reply.sender_id);
        if reply.by_replr() {
            thinking += 1;
            new.push(NewEvent {
                room_id,
                space_id,
                actor_id: replr_id,
                payload: Payload::ReactionAdded(ReactionChange {
                    message_id: message.id,
                    emoji: THINKING.into(),
                    user_id: reply.sender_id,
                    count: thinking,
                }),
                at,
            });
        }
        new.push(NewEvent {
            room_id,
            space_id,
            actor_id: replr_id,
            payload: Payload::ReplyStarted(reply.clone()),
            at,
        });
    }
    let started: Vec<usize> = new
        .iter()
        .enumerate()
        .filter(|(_, event)| matches!(event.payload, Payload::ReplyStarted(_)))
        .map(|(n, _)| n)
        .collect();
    let appended = events::append(txn, new).await?;
    Ok((
        message,
        started.into_iter().map(|n| appended.event(n)).collect(),
    ))
}

/// Stores how a reply ended (its text, state and details already set on
/// `reply`) with the matching `reply_completed`, `reply_failed` or
/// `reply_cancelled` event. Returns the stored reply; `None` when it is
/// gone (deleted with its conversation meanwhile), and then nothing is
/// written.
pub async fn finish(
    txn: &DatabaseTransaction,
    reply: messages::Model,
    space_id: Uuid,
    payload: fn(messages::Model) -> Payload,
) -> Result<Option<messages::Model>, DbErr> {
    let reply = match reply.into_active_model().reset_all().update(txn).await {
        Ok(reply) => reply,
        Err(DbErr::RecordNotUpdated) => return Ok(None),
        Err(error) => return Err(error),
    };
    events::append(
        txn,
        vec![NewEvent {
            room_id: reply.room_id,
            space_id,
            actor_id: Some(reply.sender_id),
            payload: payload(reply.clone()),
            at: chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6),
        }],
    )
    .await?;
    Ok(Some(reply))
}

/// The replies to `message_id` still streaming, oldest first (by the
/// partial index on `in_reply_to`).
pub async fn streaming_answers(
    db: &impl ConnectionTrait,
    message_id: Uuid,
) -> Result<Vec<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::InReplyTo.eq(message_id))
        .filter(messages::Column::ReplyState.eq("streaming"))
        .order_by_asc(messages::Column::Id)
        .all(db)
        .await
}

/// Replies left streaming, oldest first: after a restart, those whose
/// process stopped.
pub async fn streaming(db: &impl ConnectionTrait) -> Result<Vec<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::ReplyState.eq("streaming"))
        .order_by_asc(messages::Column::Id)
        .all(db)
        .await
}
