//! Rooms and their memberships.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    IntoActiveModel, JoinType, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Alias, Expr, IntoCondition, Query},
};
use uuid::Uuid;

use super::{
    Page,
    entities::{room_members, room_replrs, rooms, space_members, users},
};

/// A room with one user's roles in its space and in the room itself.
#[derive(Debug, FromQueryResult)]
pub struct Standing {
    #[sea_orm(nested)]
    pub room: rooms::Model,
    /// `None`: not a member of the room's space.
    pub space_role: Option<String>,
    /// `None`: not a member of the room.
    pub room_role: Option<String>,
    /// Whether any REPLR is in the room (so a message may need replies).
    pub has_replrs: bool,
}

/// The room and `user_id`'s standing in it, in one query: this runs on
/// every message sent and read.
pub async fn standing(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    user_id: Uuid,
) -> Result<Option<Standing>, DbErr> {
    let space_member = rooms::Entity::belongs_to(space_members::Entity)
        .from(rooms::Column::SpaceId)
        .to(space_members::Column::SpaceId)
        .on_condition(move |_, member| {
            Expr::col((member, space_members::Column::UserId))
                .eq(user_id)
                .into_condition()
        })
        .into();
    let room_member = rooms::Entity::belongs_to(room_members::Entity)
        .from(rooms::Column::Id)
        .to(room_members::Column::RoomId)
        .on_condition(move |_, member| {
            Expr::col((member, room_members::Column::UserId))
                .eq(user_id)
                .into_condition()
        })
        .into();
    rooms::Entity::find_by_id(room_id)
        .join_as(JoinType::LeftJoin, space_member, Alias::new("sm"))
        .join_as(JoinType::LeftJoin, room_member, Alias::new("rm"))
        .column_as(
            Expr::col((Alias::new("sm"), space_members::Column::Role)),
            "space_role",
        )
        .column_as(
            Expr::col((Alias::new("rm"), room_members::Column::Role)),
            "room_role",
        )
        .column_as(
            Expr::exists(
                Query::select()
                    .expr(Expr::val(1))
                    .from(room_replrs::Entity)
                    .and_where(
                        Expr::col((room_replrs::Entity, room_replrs::Column::RoomId))
                            .equals((rooms::Entity, rooms::Column::Id)),
                    )
                    .to_owned(),
            ),
            "has_replrs",
        )
        .into_model::<Standing>()
        .one(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<rooms::Model>, DbErr> {
    rooms::Entity::find_by_id(id).one(db).await
}

pub async fn membership(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    user_id: Uuid,
) -> Result<Option<room_members::Model>, DbErr> {
    room_members::Entity::find_by_id((room_id, user_id))
        .one(db)
        .await
}

/// Rooms of a space that are public or that `user_id` belongs to, by id.
pub async fn list_visible(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    user_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Page<rooms::Model>, DbErr> {
    let rooms_of_user = room_members::Entity::find()
        .select_only()
        .column(room_members::Column::RoomId)
        .filter(room_members::Column::UserId.eq(user_id))
        .into_query();
    let mut query = rooms::Entity::find()
        .filter(rooms::Column::SpaceId.eq(space_id))
        .filter(
            Condition::any()
                .add(rooms::Column::Visibility.eq("public"))
                .add(rooms::Column::Id.in_subquery(rooms_of_user)),
        )
        .order_by_asc(rooms::Column::Id)
        .limit(limit + 1);
    if let Some(after) = after {
        query = query.filter(rooms::Column::Id.gt(after));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

/// Number of members of each of `room_ids`.
pub async fn member_counts(
    db: &impl ConnectionTrait,
    room_ids: &[Uuid],
) -> Result<HashMap<Uuid, i64>, DbErr> {
    let rows: Vec<(Uuid, i64)> = room_members::Entity::find()
        .select_only()
        .column(room_members::Column::RoomId)
        .column_as(Expr::col(room_members::Column::UserId).count(), "count")
        .filter(room_members::Column::RoomId.is_in(room_ids.iter().copied()))
        .group_by(room_members::Column::RoomId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The caller's role in each of `room_ids` they belong to.
pub async fn roles_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    room_ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, DbErr> {
    let rows = room_members::Entity::find()
        .filter(room_members::Column::UserId.eq(user_id))
        .filter(room_members::Column::RoomId.is_in(room_ids.iter().copied()))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|member| (member.room_id, member.role))
        .collect())
}

/// Members with their user records, in the order they joined.
pub async fn list_members(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    offset: u64,
    limit: u64,
) -> Result<Page<(room_members::Model, users::Model)>, DbErr> {
    let rows = room_members::Entity::find()
        .join(
            JoinType::InnerJoin,
            room_members::Entity::belongs_to(users::Entity)
                .from(room_members::Column::UserId)
                .to(users::Column::Id)
                .into(),
        )
        .select_also(users::Entity)
        .filter(room_members::Column::RoomId.eq(room_id))
        .order_by_asc(room_members::Column::JoinedAt)
        .order_by_asc(room_members::Column::UserId)
        .offset(offset)
        .limit(limit + 1)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(member, user)| user.map(|user| (member, user)))
        .collect();
    Ok(Page::from_rows(rows, limit))
}

/// Users among `usernames` who are members of the room.
pub async fn members_named(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    usernames: &[String],
) -> Result<Vec<users::Model>, DbErr> {
    if usernames.is_empty() {
        return Ok(Vec::new());
    }
    let members_of_room = room_members::Entity::find()
        .select_only()
        .column(room_members::Column::UserId)
        .filter(room_members::Column::RoomId.eq(room_id))
        .into_query();
    users::Entity::find()
        .filter(users::Column::Username.is_in(usernames.iter().cloned()))
        .filter(users::Column::Id.in_subquery(members_of_room))
        .all(db)
        .await
}

pub async fn insert(db: &impl ConnectionTrait, room: rooms::Model) -> Result<rooms::Model, DbErr> {
    room.into_active_model().insert(db).await
}

pub async fn update(
    db: &impl ConnectionTrait,
    room: rooms::ActiveModel,
) -> Result<rooms::Model, DbErr> {
    room.update(db).await
}

/// Deletes a room; inside the writer, only in an operation submitted with
/// `Writer::write_settled` (its events must be written first).
pub async fn delete(db: &impl ConnectionTrait, room_id: Uuid) -> Result<(), DbErr> {
    super::events::settle_own(db).await?;
    rooms::Entity::delete_by_id(room_id).exec(db).await?;
    Ok(())
}

pub async fn insert_member(
    db: &impl ConnectionTrait,
    member: room_members::Model,
) -> Result<room_members::Model, DbErr> {
    member.into_active_model().insert(db).await
}

pub async fn remove_member(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    user_id: Uuid,
) -> Result<(), DbErr> {
    room_members::Entity::delete_by_id((room_id, user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Moves a room's last-message time; inside the writer, when its batch
/// ends (see `outbox`), to the latest time the batch gave the room.
pub async fn touch_last_message(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    if super::outbox::touch(room_id, at) {
        return Ok(());
    }
    rooms::Entity::update_many()
        .col_expr(rooms::Column::LastMessageAt, Expr::value(at))
        .filter(rooms::Column::Id.eq(room_id))
        .exec(db)
        .await?;
    Ok(())
}

/// For each of `room_ids`, how many messages from others newer than
/// `user_id`'s read marker (every message from others without one) are not
/// deleted, counted up to `cap`: a room with more shows `cap`. One lookup of
/// the markers, then one statement of one bounded index range per room, so
/// the cost follows the unread messages (at most `cap` each), never the
/// size of the room. Rooms with none are left out.
pub async fn unread_counts(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    room_ids: &[Uuid],
    cap: u64,
) -> Result<HashMap<Uuid, i64>, DbErr> {
    use super::entities::room_reads;
    if room_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let markers: HashMap<Uuid, Uuid> = room_reads::Entity::find()
        .select_only()
        .column(room_reads::Column::RoomId)
        .column(room_reads::Column::LastReadMessageId)
        .filter(room_reads::Column::UserId.eq(user_id))
        .filter(room_reads::Column::RoomId.is_in(room_ids.iter().copied()))
        .into_tuple::<(Uuid, Uuid)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let backend = db.get_database_backend();
    let mut values: Vec<sea_orm::Value> = Vec::with_capacity(room_ids.len() * 4);
    let mut parts = Vec::with_capacity(room_ids.len());
    for (n, room_id) in room_ids.iter().enumerate() {
        let after = markers.get(room_id).copied().unwrap_or(Uuid::nil());
        let first = values.len();
        values.extend([
            (*room_id).into(),
            after.into(),
            user_id.into(),
            (cap as i64).into(),
        ]);
        let p = |i: usize| super::placeholder(backend, first + i + 1);
        parts.push(format!(
            "SELECT room_id, COUNT(*) AS count FROM (SELECT room_id FROM messages \
             WHERE room_id = {} AND id > {} AND sender_id <> {} AND deleted_at IS NULL \
             LIMIT {}) AS unread_{n} GROUP BY room_id",
            p(0),
            p(1),
            p(2),
            p(3),
        ));
    }
    let rows = db
        .query_all(sea_orm::Statement::from_sql_and_values(
            backend,
            parts.join(" UNION ALL "),
            values,
        ))
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get::<Uuid>("", "room_id")?,
                row.try_get::<i64>("", "count")?,
            ))
        })
        .collect()
}

/// Moves `user_id`'s read marker in a room forward to `message_id`; an
/// older message leaves it where it is.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    user_id: Uuid,
    message_id: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    use super::entities::room_reads;
    use sea_orm::ActiveModelTrait;
    match room_reads::Entity::find_by_id((room_id, user_id))
        .one(db)
        .await?
    {
        Some(current) if current.last_read_message_id >= message_id => Ok(()),
        Some(current) => {
            let mut marker = current.into_active_model();
            marker.last_read_message_id = sea_orm::Set(message_id);
            marker.updated_at = sea_orm::Set(at);
            marker.update(db).await.map(|_| ())
        }
        None => room_reads::Model {
            room_id,
            user_id,
            last_read_message_id: message_id,
            updated_at: at,
        }
        .into_active_model()
        .insert(db)
        .await
        .map(|_| ()),
    }
}

/// The event recording that `room` is being deleted by `actor`: call it
/// before deleting the room, which it needs for its sequence number.
pub async fn deletion(
    db: &impl ConnectionTrait,
    room: &rooms::Model,
    actor: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<super::events::NewEvent, DbErr> {
    let members = room_members::Entity::find()
        .select_only()
        .column(room_members::Column::UserId)
        .filter(room_members::Column::RoomId.eq(room.id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(super::events::NewEvent {
        room_id: room.id,
        space_id: room.space_id,
        actor_id: Some(actor),
        payload: super::events::Payload::RoomDeleted {
            public: room.visibility == "public",
            members,
        },
        at,
    })
}

/// Every room of a space (sessions' conversations are no rooms); with
/// `member`, only the rooms that user belongs to.
pub async fn in_space(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    member: Option<Uuid>,
) -> Result<Vec<rooms::Model>, DbErr> {
    let mut query = rooms::Entity::find()
        .filter(rooms::Column::SpaceId.eq(space_id))
        .filter(rooms::Column::Kind.eq(rooms::ROOM))
        .order_by_asc(rooms::Column::Id);
    if let Some(user_id) = member {
        let rooms_of_user = room_members::Entity::find()
            .select_only()
            .column(room_members::Column::RoomId)
            .filter(room_members::Column::UserId.eq(user_id))
            .into_query();
        query = query.filter(rooms::Column::Id.in_subquery(rooms_of_user));
    }
    query.all(db).await
}
