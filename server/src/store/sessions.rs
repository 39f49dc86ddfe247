//! Sessions (the settings and shares of private AI chats; their messages
//! live in `messages`, in the session's conversation row of `rooms`), and
//! what only sessions do with messages: versions of answers, ratings.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    Page,
    entities::{events, messages, rooms, session_shares as shares, sessions, users},
};

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

pub async fn update(
    db: &impl ConnectionTrait,
    session: sessions::ActiveModel,
) -> Result<sessions::Model, DbErr> {
    session.update(db).await
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

/// The message of a session that `request_id` sent first, if any (the
/// index of session request ids covers session messages only).
pub async fn find_message_by_request(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    request_id: &str,
) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::RoomId.eq(session_id))
        .filter(messages::Column::RequestId.eq(request_id))
        .filter(messages::Column::Conversation.eq(messages::IN_SESSION))
        .one(db)
        .await
}

/// A message of a session (NOT_FOUND for a room's).
pub async fn find_message(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<messages::Model>, DbErr> {
    Ok(super::messages::find(db, id)
        .await?
        .filter(messages::Model::in_session))
}

/// The answer of a session still streaming, if any.
pub async fn streaming_in(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Option<messages::Model>, DbErr> {
    messages::Entity::find()
        .filter(messages::Column::RoomId.eq(session_id))
        .filter(messages::Column::ReplyState.eq("streaming"))
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

pub async fn update_message(
    db: &impl ConnectionTrait,
    message: messages::ActiveModel,
) -> Result<messages::Model, DbErr> {
    message.update(db).await
}

/// Deletes a message and the answers to it (every version).
pub async fn delete_message(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    messages::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(messages::Column::Id.eq(id))
                .add(messages::Column::InReplyTo.eq(id)),
        )
        .exec(db)
        .await?;
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

/// Deletes a session: its conversation (with, through the foreign keys,
/// its messages and their reactions), its events, and its settings row
/// (with its shares). Inside the writer, only in an operation submitted
/// with `Writer::write_settled`.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    super::events::settle_own(db).await?;
    events::Entity::delete_many()
        .filter(events::Column::RoomId.eq(id))
        .exec(db)
        .await?;
    rooms::Entity::delete_by_id(id).exec(db).await?;
    let deleted = sessions::Entity::delete_by_id(id).exec(db).await?;
    Ok(deleted.rows_affected > 0)
}

/// Stores a new session with its conversation row.
pub async fn insert(
    db: &impl ConnectionTrait,
    session: sessions::Model,
) -> Result<sessions::Model, DbErr> {
    rooms::Model {
        id: session.id,
        space_id: session.space_id,
        name: String::new(),
        description: String::new(),
        visibility: "private".into(),
        creator_id: session.owner_id,
        created_at: session.created_at,
        updated_at: session.created_at,
        last_message_at: None,
        last_event_seq: 0,
        kind: rooms::SESSION.into(),
    }
    .into_active_model()
    .insert(db)
    .await?;
    session.into_active_model().insert(db).await
}

/// Whether `user_id` may read the session: its owner, or a user it is
/// shared with, while a member of its space.
pub async fn readable_by(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    user_id: Uuid,
) -> Result<bool, DbErr> {
    let Some(session) = find(db, session_id).await? else {
        return Ok(false);
    };
    if super::spaces::membership(db, session.space_id, user_id)
        .await?
        .is_none()
    {
        return Ok(false);
    }
    Ok(session.owner_id == user_id || find_share(db, session_id, user_id).await?.is_some())
}
