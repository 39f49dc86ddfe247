//! REPLRs and the rooms they are in.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::IntoCondition,
};
use uuid::Uuid;

use super::{
    Page,
    entities::{replrs, room_replrs, rooms},
};

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<replrs::Model>, DbErr> {
    replrs::Entity::find_by_id(id).one(db).await
}

/// REPLRs of a space by id (creation order).
/// The REPLRs among `ids` that exist, by id.
pub async fn find_many(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, replrs::Model>, DbErr> {
    let found = replrs::Entity::find()
        .filter(replrs::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    Ok(found.into_iter().map(|replr| (replr.id, replr)).collect())
}

pub async fn list(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<replrs::Model>, DbErr> {
    let mut query = replrs::Entity::find()
        .filter(replrs::Column::SpaceId.eq(space_id))
        .order_by_asc(replrs::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(replrs::Column::Id.gt(after));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

pub async fn insert(
    db: &impl ConnectionTrait,
    replr: replrs::Model,
) -> Result<replrs::Model, DbErr> {
    replr.into_active_model().insert(db).await
}

pub async fn update(
    db: &impl ConnectionTrait,
    replr: replrs::ActiveModel,
) -> Result<replrs::Model, DbErr> {
    replr.update(db).await
}

pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    replrs::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// The REPLRs of each of `room_ids`, in the order they were added, in one
/// query (rooms without REPLRs are left out).
pub async fn in_rooms(
    db: &impl ConnectionTrait,
    room_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<replrs::Model>>, DbErr> {
    if room_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(room_replrs::Model, Option<replrs::Model>)> = room_replrs::Entity::find()
        .join(JoinType::InnerJoin, to_replr())
        .select_also(replrs::Entity)
        .filter(room_replrs::Column::RoomId.is_in(room_ids.iter().copied()))
        .order_by_asc(room_replrs::Column::AddedAt)
        .order_by_asc(room_replrs::Column::ReplrId)
        .all(db)
        .await?;
    let mut found: HashMap<Uuid, Vec<replrs::Model>> = HashMap::new();
    for (link, replr) in rows {
        if let Some(replr) = replr {
            found.entry(link.room_id).or_default().push(replr);
        }
    }
    Ok(found)
}

/// REPLRs of a room whose handle, lower-cased, is among `keys`.
pub async fn in_room_with_handles(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    keys: &[String],
) -> Result<Vec<replrs::Model>, DbErr> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    replrs::Entity::find()
        .join(JoinType::InnerJoin, from_replr())
        .filter(room_replrs::Column::RoomId.eq(room_id))
        .filter(replrs::Column::HandleKey.is_in(keys.iter().cloned()))
        .all(db)
        .await
}

/// The rooms a REPLR is in.
pub async fn rooms_of(
    db: &impl ConnectionTrait,
    replr_id: Uuid,
) -> Result<Vec<rooms::Model>, DbErr> {
    let in_rooms = rooms::Entity::belongs_to(room_replrs::Entity)
        .from(rooms::Column::Id)
        .to(room_replrs::Column::RoomId)
        .on_condition(move |_, link| {
            sea_orm::sea_query::Expr::col((link, room_replrs::Column::ReplrId))
                .eq(replr_id)
                .into_condition()
        })
        .into();
    rooms::Entity::find()
        .join(JoinType::InnerJoin, in_rooms)
        .order_by_asc(rooms::Column::Id)
        .all(db)
        .await
}

pub async fn is_in_room(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    replr_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(room_replrs::Entity::find_by_id((room_id, replr_id))
        .one(db)
        .await?
        .is_some())
}

pub async fn count_in_room(db: &impl ConnectionTrait, room_id: Uuid) -> Result<u64, DbErr> {
    room_replrs::Entity::find()
        .filter(room_replrs::Column::RoomId.eq(room_id))
        .count(db)
        .await
}

pub async fn add_to_room(
    db: &impl ConnectionTrait,
    link: room_replrs::Model,
) -> Result<room_replrs::Model, DbErr> {
    link.into_active_model().insert(db).await
}

/// Whether the REPLR was in the room.
pub async fn remove_from_room(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    replr_id: Uuid,
) -> Result<bool, DbErr> {
    let removed = room_replrs::Entity::delete_by_id((room_id, replr_id))
        .exec(db)
        .await?;
    Ok(removed.rows_affected > 0)
}

fn to_replr() -> sea_orm::RelationDef {
    room_replrs::Entity::belongs_to(replrs::Entity)
        .from(room_replrs::Column::ReplrId)
        .to(replrs::Column::Id)
        .into()
}

fn from_replr() -> sea_orm::RelationDef {
    replrs::Entity::belongs_to(room_replrs::Entity)
        .from(replrs::Column::Id)
        .to(room_replrs::Column::ReplrId)
        .into()
}
