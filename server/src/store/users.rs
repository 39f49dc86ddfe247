//! Users and API keys.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};
use uuid::Uuid;

use super::{
    Page,
    entities::{api_keys, space_members, users},
};

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<users::Model>, DbErr> {
    users::Entity::find_by_id(id).one(db).await
}

pub async fn find_by_username(
    db: &impl ConnectionTrait,
    username: &str,
) -> Result<Option<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Username.eq(username))
        .one(db)
        .await
}

pub async fn count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    users::Entity::find().count(db).await
}

pub async fn list(
    db: &impl ConnectionTrait,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<users::Model>, DbErr> {
    let mut query = users::Entity::find()
        .order_by_asc(users::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(users::Column::Id.gt(after));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

pub async fn insert(db: &impl ConnectionTrait, user: users::Model) -> Result<users::Model, DbErr> {
    user.into_active_model().insert(db).await
}

/// Writes a changed user.
pub async fn update(
    db: &impl ConnectionTrait,
    user: users::ActiveModel,
) -> Result<users::Model, DbErr> {
    user.update(db).await
}

/// Whether two users are members of at least one common space.
pub async fn share_a_space(db: &impl ConnectionTrait, a: Uuid, b: Uuid) -> Result<bool, DbErr> {
    let spaces_of_a = space_members::Entity::find()
        .select_only()
        .column(space_members::Column::SpaceId)
        .filter(space_members::Column::UserId.eq(a))
        .into_query();
    let shared = space_members::Entity::find()
        .filter(space_members::Column::UserId.eq(b))
        .filter(space_members::Column::SpaceId.in_subquery(spaces_of_a))
        .count(db)
        .await?;
    Ok(shared > 0)
}

pub async fn find_key(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<api_keys::Model>, DbErr> {
    api_keys::Entity::find_by_id(id).one(db).await
}

pub async fn find_key_by_hash(
    db: &impl ConnectionTrait,
    secret_hash: &str,
) -> Result<Option<api_keys::Model>, DbErr> {
    api_keys::Entity::find()
        .filter(api_keys::Column::SecretHash.eq(secret_hash))
        .one(db)
        .await
}

pub async fn list_keys(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<api_keys::Model>, DbErr> {
    let mut query = api_keys::Entity::find()
        .filter(api_keys::Column::UserId.eq(user_id))
        .order_by_asc(api_keys::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(api_keys::Column::Id.gt(after));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

pub async fn insert_key(
    db: &impl ConnectionTrait,
    key: api_keys::Model,
) -> Result<api_keys::Model, DbErr> {
    key.into_active_model().insert(db).await
}

pub async fn revoke_key(
    db: &impl ConnectionTrait,
    key: api_keys::Model,
    at: DateTime<Utc>,
) -> Result<api_keys::Model, DbErr> {
    let mut key = key.into_active_model();
    key.revoked_at = Set(Some(at));
    key.update(db).await
}

/// The users with the given ids (missing ones are left out).
pub async fn find_many(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<users::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    users::Entity::find()
        .filter(users::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await
}

/// The users with these external ids (unknown ones are left out).
pub async fn find_by_external_ids(
    db: &impl ConnectionTrait,
    external_ids: &[String],
) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::ExternalId.is_in(external_ids.iter().cloned()))
        .all(db)
        .await
}

/// The users holding these usernames (free ones are left out).
pub async fn find_by_usernames(
    db: &impl ConnectionTrait,
    usernames: &[String],
) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Username.is_in(usernames.iter().cloned()))
        .all(db)
        .await
}
