//! Spaces and their memberships.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    Page,
    entities::{room_members, rooms, space_members, spaces, users},
};

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<spaces::Model>, DbErr> {
    spaces::Entity::find_by_id(id).one(db).await
}

pub async fn membership(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    user_id: Uuid,
) -> Result<Option<space_members::Model>, DbErr> {
    space_members::Entity::find_by_id((space_id, user_id))
        .one(db)
        .await
}

/// The caller's spaces with the caller's membership, by space id.
pub async fn list_for_user(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<(spaces::Model, space_members::Model)>, DbErr> {
    let mut query = spaces::Entity::find()
        .join(
            JoinType::InnerJoin,
            spaces::Entity::belongs_to(space_members::Entity)
                .from(spaces::Column::Id)
                .to(space_members::Column::SpaceId)
                .into(),
        )
        .select_also(space_members::Entity)
        .filter(space_members::Column::UserId.eq(user_id))
        .order_by_asc(spaces::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(spaces::Column::Id.gt(after));
    }
    let rows = query
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(space, member)| member.map(|member| (space, member)))
        .collect();
    Ok(Page::from_rows(rows, limit))
}

/// Number of members of each of `space_ids`.
pub async fn member_counts(
    db: &impl ConnectionTrait,
    space_ids: &[Uuid],
) -> Result<HashMap<Uuid, i64>, DbErr> {
    let rows: Vec<(Uuid, i64)> = space_members::Entity::find()
        .select_only()
        .column(space_members::Column::SpaceId)
        .column_as(Expr::col(space_members::Column::UserId).count(), "count")
        .filter(space_members::Column::SpaceId.is_in(space_ids.iter().copied()))
        .group_by(space_members::Column::SpaceId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

pub async fn count_owners(db: &impl ConnectionTrait, space_id: Uuid) -> Result<u64, DbErr> {
    space_members::Entity::find()
        .filter(space_members::Column::SpaceId.eq(space_id))
        .filter(space_members::Column::Role.eq("owner"))
        .count(db)
        .await
}

/// Members with their user records, in the order they joined.
pub async fn list_members(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    offset: u64,
    limit: u64,
) -> Result<Page<(space_members::Model, users::Model)>, DbErr> {
    let rows = space_members::Entity::find()
        .join(
            JoinType::InnerJoin,
            space_members::Entity::belongs_to(users::Entity)
                .from(space_members::Column::UserId)
                .to(users::Column::Id)
                .into(),
        )
        .select_also(users::Entity)
        .filter(space_members::Column::SpaceId.eq(space_id))
        .order_by_asc(space_members::Column::JoinedAt)
        .order_by_asc(space_members::Column::UserId)
        .offset(offset)
        .limit(limit + 1)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(member, user)| user.map(|user| (member, user)))
        .collect();
    Ok(Page::from_rows(rows, limit))
}

pub async fn insert(
    db: &impl ConnectionTrait,
    space: spaces::Model,
) -> Result<spaces::Model, DbErr> {
    space.into_active_model().insert(db).await
}

pub async fn update(
    db: &impl ConnectionTrait,
    space: spaces::ActiveModel,
) -> Result<spaces::Model, DbErr> {
    space.update(db).await
}

/// Deletes a space (its rooms go with it, through the foreign keys);
/// inside the writer, only in an operation submitted with
/// `Writer::write_settled`.
pub async fn delete(db: &impl ConnectionTrait, space_id: Uuid) -> Result<(), DbErr> {
    super::events::settle_own(db).await?;
    spaces::Entity::delete_by_id(space_id).exec(db).await?;
    Ok(())
}

pub async fn insert_member(
    db: &impl ConnectionTrait,
    member: space_members::Model,
) -> Result<space_members::Model, DbErr> {
    member.into_active_model().insert(db).await
}

pub async fn set_member_role(
    db: &impl ConnectionTrait,
    member: space_members::Model,
    role: &str,
) -> Result<space_members::Model, DbErr> {
    let mut member = member.into_active_model();
    member.role = Set(role.to_string());
    member.update(db).await
}

/// Removes a member from the space and from every room of the space.
pub async fn remove_member(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    user_id: Uuid,
) -> Result<(), DbErr> {
    let rooms_of_space = rooms::Entity::find()
        .select_only()
        .column(rooms::Column::Id)
        .filter(rooms::Column::SpaceId.eq(space_id))
        .into_query();
    room_members::Entity::delete_many()
        .filter(room_members::Column::UserId.eq(user_id))
        .filter(room_members::Column::RoomId.in_subquery(rooms_of_space))
        .exec(db)
        .await?;
    space_members::Entity::delete_by_id((space_id, user_id))
        .exec(db)
        .await?;
    Ok(())
}
