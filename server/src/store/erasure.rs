//! What deleting a user reads and writes across the tables: the queries of
//! `domain::users::erasure`, which decides what the rows become.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, sea_query::Expr,
};
use uuid::Uuid;

use super::entities::{
    events, messages, reactions, room_members, room_reads, rooms, sessions, space_members, users,
};

/// The spaces the user is a member of, with their role in each.
pub async fn memberships(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Vec<space_members::Model>, DbErr> {
    space_members::Entity::find()
        .filter(space_members::Column::UserId.eq(user_id))
        .order_by_asc(space_members::Column::SpaceId)
        .all(db)
        .await
}

/// The rooms the user is a member of.
pub async fn rooms_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Vec<rooms::Model>, DbErr> {
    let rooms_of_user = room_members::Entity::find()
        .select_only()
        .column(room_members::Column::RoomId)
        .filter(room_members::Column::UserId.eq(user_id))
        .into_query();
    rooms::Entity::find()
        .filter(rooms::Column::Id.in_subquery(rooms_of_user))
        .order_by_asc(rooms::Column::Id)
        .all(db)
        .await
}

/// Ids of the user's messages not deleted yet, after `after`, in id order.
pub async fn live_messages(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Uuid>, DbErr> {
    let mut query = messages::Entity::find()
        .select_only()
        .column(messages::Column::Id)
        .filter(messages::Column::SenderType.eq(messages::SENT_BY_USER))
        .filter(messages::Column::SenderId.eq(user_id))
        .filter(messages::Column::DeletedAt.is_null())
        .order_by_asc(messages::Column::Id)
        .limit(limit);
    if let Some(after) = after {
        query = query.filter(messages::Column::Id.gt(after));
    }
    query.into_tuple().all(db).await
}

/// The messages with these ids.
pub async fn messages(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(messages::Column::Id)
        .all(db)
        .await
}

/// Empties the user's messages as DeleteMessage does (`deleted_at` kept
/// where it was set) and gives them to `sender`. How many there were.
pub async fn erase_messages(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    sender: Uuid,
    at: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = messages::Entity::update_many()
        .col_expr(messages::Column::Text, Expr::value(""))
        .col_expr(messages::Column::Attachments, Expr::value("[]"))
        .col_expr(messages::Column::Mentions, Expr::value("[]"))
        .col_expr(messages::Column::WordCount, Expr::value(0))
        .col_expr(
            messages::Column::DeletedAt,
            Expr::col(messages::Column::DeletedAt).if_null(at),
        )
        .col_expr(messages::Column::SenderId, Expr::value(sender))
        .col_expr(
            messages::Column::RequestId,
            Expr::value(Option::<String>::None),
        )
        .filter(messages::Column::SenderType.eq(messages::SENT_BY_USER))
        .filter(messages::Column::SenderId.eq(user_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Gives the user's messages to `sender`, as they are. How many there were.
pub async fn reassign_messages(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    sender: Uuid,
) -> Result<u64, DbErr> {
    let result = messages::Entity::update_many()
        .col_expr(messages::Column::SenderId, Expr::value(sender))
        // Idempotency keys are per sender: the new one has none.
        .col_expr(
            messages::Column::RequestId,
            Expr::value(Option::<String>::None),
        )
        .filter(messages::Column::SenderType.eq(messages::SENT_BY_USER))
        .filter(messages::Column::SenderId.eq(user_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// The user's reactions, with the room of each message.
pub async fn reactions(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Vec<(reactions::Model, Uuid)>, DbErr> {
    let found = reactions::Entity::find()
        .filter(reactions::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    let ids: Vec<Uuid> = found.iter().map(|r| r.message_id).collect();
    let mut room_of = std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let pairs: Vec<(Uuid, Uuid)> = messages::Entity::find()
            .select_only()
            .column(messages::Column::Id)
            .column(messages::Column::RoomId)
            .filter(messages::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        room_of.extend(pairs);
    }
    Ok(found
        .into_iter()
        .filter_map(|r| room_of.get(&r.message_id).copied().map(|room| (r, room)))
        .collect())
}

pub async fn delete_reactions(db: &impl ConnectionTrait, user_id: Uuid) -> Result<(), DbErr> {
    reactions::Entity::delete_many()
        .filter(reactions::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Events the user made, after the event `after`, in log order. Inside the
/// writer, only in an operation submitted with `Writer::write_settled`.
pub async fn events_by(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    after: i64,
    limit: u64,
) -> Result<Vec<events::Model>, DbErr> {
    super::events::settle_own(db).await?;
    events::Entity::find()
        .filter(events::Column::ActorId.eq(user_id))
        .filter(events::Column::Id.gt(after))
        .order_by_asc(events::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Takes an event's actor away and, when given, replaces what it says.
pub async fn rewrite_event(
    db: &impl ConnectionTrait,
    id: i64,
    payload: Option<String>,
) -> Result<(), DbErr> {
    let mut update = events::Entity::update_many()
        .col_expr(events::Column::ActorId, Expr::value(Option::<Uuid>::None))
        .filter(events::Column::Id.eq(id));
    if let Some(payload) = payload {
        update = update.col_expr(events::Column::Payload, Expr::value(payload));
    }
    update.exec(db).await?;
    Ok(())
}

/// Deletes the user's row and, with it (the foreign keys cascade), their
/// API keys, memberships and shares; first their sessions (whose
/// conversations have no foreign key to them) and read markers (none
/// either).
pub async fn delete_user(db: &impl ConnectionTrait, user_id: Uuid) -> Result<(), DbErr> {
    // The user's sessions go with them: their conversations and events too.
    let owned: Vec<Uuid> = sessions::Entity::find()
        .select_only()
        .column(sessions::Column::Id)
        .filter(sessions::Column::OwnerId.eq(user_id))
        .into_tuple()
        .all(db)
        .await?;
    for session_id in owned {
        super::sessions::delete(db, session_id).await?;
    }
    room_reads::Entity::delete_many()
        .filter(room_reads::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    room_members::Entity::delete_many()
        .filter(room_members::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    space_members::Entity::delete_many()
        .filter(space_members::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    users::Entity::delete_by_id(user_id).exec(db).await?;
    Ok(())
}
