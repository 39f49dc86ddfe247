//! Sessions, their messages (answers with their versions) and shares.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    Page,
    entities::{session_messages as messages, session_shares as shares, sessions, users},
};

/// The stored states of a session message.
pub const STREAMING: &str = "streaming";
pub const COMPLETE: &str = "complete";
pub const FAILED: &str = "failed";
pub const CANCELLED: &str = "cancelled";

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<sessions::Model>, DbErr> {
    sessions::Entity::find_by_id(id).one(db).await
}

pub async fn find_by_link(
    db: &impl ConnectionTrait,
    link_id: &str,
) -> Result<Option<sessions::Model>, DbErr> {
    sessions::Entity::find()
        .filter(sessions::Column::PublicLinkId.eq(link_id))
        .one(db)
        .await
}

pub async fn find_by_request(
    db: &impl ConnectionTrait,
    owner_id: Uuid,
    request_id: &str,
) -> Result<Option<sessions::Model>, DbErr> {
    sessions::Entity::find()
        .filter(sessions::Column::OwnerId.eq(owner_id))
        .filter(sessions::Column::RequestId.eq(request_id))
        .one(db)
        .await
}

/// A user's own sessions in a space, by id (creation order).
pub async fn list_owned(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    owner_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<sessions::Model>, DbErr> {
    let mut query = sessions::Entity::find()
        .filter(sessions::Column::SpaceId.eq(space_id))
        .filter(sessions::Column::OwnerId.eq(owner_id))
        .order_by_asc(sessions::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(sessions::Column::Id.gt(after));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

/// The sessions of a space shared with a user, by id.
pub async fn list_shared_with(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    user_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<sessions::Model>, DbErr> {
    let mut query = sessions::Entity::find()
        .join(
            JoinType::InnerJoin,
            sessions::Entity::belongs_to(shares::Entity)
                .from(sessions::Column::Id)
                .to(shares::Column::SessionId)
                .into(),
        )
        .filter(shares::Column::UserId.eq(user_id))
        .filter(sessions::Column::SpaceId.eq(space_id))
        .order_by_asc(sessions::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(sessions::Column::Id.gt(after));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

pub async fn insert(
    db: &impl ConnectionTrait,
    session: sessions::Model,
) -> Result<sessions::Model, DbErr> {
    session.into_active_model().insert(db).await
}

pub async fn update(
    db: &impl ConnectionTrait,
    session: sessions::ActiveModel,
) -> Result<sessions::Model, DbErr> {
    session.update(db).await
}

/// Deletes a session; its messages and shares go with it.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    let deleted = sessions::Entity::delete_by_id(id).exec(db).await?;
    Ok(deleted.rows_affected > 0)
}

pub async fn find_share(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    user_id: Uuid,
) -> Result<Option<shares::Model>, DbErr> {
    shares::Entity::find_by_id((session_id, user_id))
        .one(db)
        .await
}

pub async fn insert_share(
    db: &impl ConnectionTrait,
    share: shares::Model,
) -> Result<shares::Model, DbErr> {
    share.into_active_model().insert(db).await
}

/// Whether there was such a share.
pub async fn delete_share(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    user_id: Uuid,
) -> Result<bool, DbErr> {
    let deleted = shares::Entity::delete_by_id((session_id, user_id))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected > 0)
}

pub async fn count_shares(db: &impl ConnectionTrait, session_id: Uuid) -> Result<u64, DbErr> {
    shares::Entity::find()
        .filter(shares::Column::SessionId.eq(session_id))
        .count(db)
        .await
}

/// A session's shares with their users, in the order they were made.
pub async fn list_shares(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    offset: u64,
    limit: u64,
) -> Result<Page<(shares::Model, users::Model)>, DbErr> {
    let rows = shares::Entity::find()
        .join(
            JoinType::InnerJoin,
            shares::Entity::belongs_to(users::Entity)
                .from(shares::Column::UserId)
                .to(users::Column::Id)
                .into(),
        )
        .select_also(users::Entity)
        .filter(shares::Column::SessionId.eq(session_id))
        .order_by_asc(shares::Column::CreatedAt)
        .order_by_asc(shares::Column::UserId)
        .offset(offset)
        .limit(limit + 1)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(share, user)| user.map(|user| (share, user)))
        .collect();
    Ok(Page::from_rows(rows, limit))
}

pub async fn find_message(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find_by_id(id).one(db).await
}

pub async fn find_message_by_request(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    request_id: &str,
) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::SessionId.eq(session_id))
        .filter(messages::Column::RequestId.eq(request_id))
        .one(db)
        .await
}

/// A session's messages in their latest versions, in id order (ids are
/// UUIDv7: the order they were stored), after (or, newest first, before)
/// `cursor`.
pub async fn list_messages(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    cursor: Option<Uuid>,
    newest_first: bool,
    limit: u64,
) -> Result<Page<messages::Model>, DbErr> {
    let mut query = messages::Entity::find()
        .filter(messages::Column::SessionId.eq(session_id))
        .filter(messages::Column::Latest.eq(true))
        .limit(limit + 1);
    query = match (newest_first, cursor) {
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
    Ok(Page::from_rows(query.all(db).await?, limit))
}

/// The newest `limit` messages of a session in their latest versions, up
/// to and including `up_to` when given, newest first.
pub async fn recent_messages(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    up_to: Option<Uuid>,
    limit: u64,
) -> Result<Vec<messages::Model>, DbErr> {
    let mut query = messages::Entity::find()
        .filter(messages::Column::SessionId.eq(session_id))
        .filter(messages::Column::Latest.eq(true))
        .order_by_desc(messages::Column::Id)
        .limit(limit);
    if let Some(up_to) = up_to {
        query = query.filter(messages::Column::Id.lte(up_to));
    }
    query.all(db).await
}

/// The answer of a session still streaming, if any.
pub async fn streaming_in(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::SessionId.eq(session_id))
        .filter(messages::Column::State.eq(STREAMING))
        .one(db)
        .await
}

/// Every version of the answer to `in_reply_to`, oldest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    in_reply_to: Uuid,
) -> Result<Vec<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::InReplyTo.eq(in_reply_to))
        .order_by_asc(messages::Column::Version)
        .all(db)
        .await
}

pub async fn insert_message(
    db: &impl ConnectionTrait,
    message: messages::Model,
) -> Result<messages::Model, DbErr> {
    message.into_active_model().insert(db).await
}

pub async fn update_message(
    db: &impl ConnectionTrait,
    message: messages::ActiveModel,
) -> Result<messages::Model, DbErr> {
    message.update(db).await
}

/// Deletes a message (and, through the foreign key, its answers).
pub async fn delete_message(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    messages::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Marks every version of the answer to `in_reply_to` as not the latest.
pub async fn supersede_answers(db: &impl ConnectionTrait, in_reply_to: Uuid) -> Result<(), DbErr> {
    messages::Entity::update_many()
        .col_expr(messages::Column::Latest, Expr::value(false))
        .filter(messages::Column::InReplyTo.eq(in_reply_to))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn mark_latest(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    messages::Entity::update_many()
        .col_expr(messages::Column::Latest, Expr::value(true))
        .filter(messages::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Fails every answer still marked streaming: at start, none can be.
/// Returns how many there were.
pub async fn fail_streaming(
    db: &impl ConnectionTrait,
    reason: &str,
    message: &str,
    at: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let updated = messages::Entity::update_many()
        .col_expr(messages::Column::State, Expr::value(FAILED))
        .col_expr(messages::Column::FailureReason, Expr::value(reason))
        .col_expr(messages::Column::FailureMessage, Expr::value(message))
        .col_expr(messages::Column::FinishedAt, Expr::value(at))
        .filter(messages::Column::State.eq(STREAMING))
        .exec(db)
        .await?;
    Ok(updated.rows_affected)
}
