//! The event log: appended inside the transaction of each change (an
//! outbox), read back for replay and for live fan-out.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::entities::{events, messages, replrs, room_members, rooms};

/// What an event says, stored as JSON in `events.payload`. The variant
/// name is also stored, in `events.kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payload {
    MessageCreated(messages::Model),
    MessageEdited(messages::Model),
    MessageDeleted(messages::Model),
    ReactionAdded(ReactionChange),
    ReactionRemoved(ReactionChange),
    MemberJoined(room_members::Model),
    MemberLeft {
        user_id: Uuid,
    },
    RoomCreated(rooms::Model),
    RoomUpdated(rooms::Model),
    /// Who could read the room when it went: everyone in the space if it
    /// was public, else its members.
    RoomDeleted {
        public: bool,
        members: Vec<Uuid>,
    },
    /// The REPLR as it was when added; later changes to it are not events
    /// of its rooms.
    ReplrAdded(ReplrBrief),
    ReplrRemoved {
        replr_id: Uuid,
    },
    /// A REPLR's reply, as stored when it started streaming.
    ReplyStarted(messages::Model),
    /// A reply as it ended.
    ReplyCompleted(messages::Model),
    ReplyFailed(messages::Model),
    ReplyCancelled(messages::Model),
    /// A session's answer rated (or its rating removed), as it now is.
    MessageRated(messages::Model),
}

/// What a room shows of a REPLR.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplrBrief {
    pub replr_id: Uuid,
    pub handle: String,
    pub display_name: String,
    pub avatar_url: String,
    pub reply_mode: String,
}

impl From<&replrs::Model> for ReplrBrief {
    fn from(replr: &replrs::Model) -> Self {
        Self {
            replr_id: replr.id,
            handle: replr.handle.clone(),
            display_name: replr.display_name.clone(),
            avatar_url: replr.avatar_url.clone(),
            reply_mode: replr.reply_mode.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReactionChange {
    pub message_id: Uuid,
    pub emoji: String,
    pub user_id: Uuid,
    pub count: i64,
}

impl Payload {
    pub fn kind(&self) -> &'static str {
        match self {
            Payload::MessageCreated(_) => "message_created",
            Payload::MessageEdited(_) => "message_edited",
            Payload::MessageDeleted(_) => "message_deleted",
            Payload::ReactionAdded(_) => "reaction_added",
            Payload::ReactionRemoved(_) => "reaction_removed",
            Payload::MemberJoined(_) => "member_joined",
            Payload::MemberLeft { .. } => "member_left",
            Payload::RoomCreated(_) => "room_created",
            Payload::RoomUpdated(_) => "room_updated",
            Payload::RoomDeleted { .. } => "room_deleted",
            Payload::ReplrAdded(_) => "replr_added",
            Payload::ReplrRemoved { .. } => "replr_removed",
            Payload::ReplyStarted(_) => "reply_started",
            Payload::ReplyCompleted(_) => "reply_completed",
            Payload::ReplyFailed(_) => "reply_failed",
            Payload::ReplyCancelled(_) => "reply_cancelled",
            Payload::MessageRated(_) => "message_rated",
        }
    }

    /// Whether this is an event of a session's conversation (only messages
    /// and replies happen there).
    pub fn in_session(&self) -> bool {
        match self {
            Payload::MessageCreated(m)
            | Payload::MessageEdited(m)
            | Payload::MessageDeleted(m)
            | Payload::ReplyStarted(m)
            | Payload::ReplyCompleted(m)
            | Payload::ReplyFailed(m)
            | Payload::ReplyCancelled(m)
            | Payload::MessageRated(m) => m.in_session(),
            _ => false,
        }
    }

    /// Reads a stored payload back.
    pub fn of(event: &events::Model) -> Result<Self, DbErr> {
        serde_json::from_str(&event.payload).map_err(|e| {
            DbErr::Custom(format!("event {} has an unreadable payload: {e}", event.id))
        })
    }
}

/// A stored event with its payload decoded.
#[derive(Debug, Clone)]
pub struct Logged {
    pub row: events::Model,
    pub payload: Payload,
}

impl Logged {
    pub fn decode(row: events::Model) -> Result<Self, DbErr> {
        Ok(Self {
            payload: Payload::of(&row)?,
            row,
        })
    }
}

/// An event to append.
pub struct NewEvent {
    pub room_id: Uuid,
    pub space_id: Uuid,
    pub actor_id: Option<Uuid>,
    pub payload: Payload,
    pub at: DateTime<Utc>,
}

/// Appends events in order, taking their global ids from the counter row
/// and their per-room sequence numbers from each room's row. Both are row
/// locks held until the transaction commits, so ids and sequences commit in
/// order on PostgreSQL as well as SQLite. Rooms must still exist (append a
/// room's `RoomDeleted` before deleting it).
pub async fn append(
    db: &impl ConnectionTrait,
    new: Vec<NewEvent>,
) -> Result<Vec<events::Model>, DbErr> {
    if new.is_empty() {
        return Ok(Vec::new());
    }
    let count = new.len() as i64;
    let last_id = bump(
        db,
        "UPDATE event_counter SET last_id = last_id + {n} WHERE id = 1 RETURNING last_id",
        count,
        None,
        "last_id",
    )
    .await?;
    let mut per_room: Vec<(Uuid, i64)> = Vec::new();
    for event in &new {
        match per_room.iter_mut().find(|(room, _)| *room == event.room_id) {
            Some((_, n)) => *n += 1,
            None => per_room.push((event.room_id, 1)),
        }
    }
    let mut next_seq: HashMap<Uuid, i64> = HashMap::new();
    for (room_id, n) in per_room {
        let last = bump(
            db,
            "UPDATE rooms SET last_event_seq = last_event_seq + {n} WHERE id = {room} RETURNING last_event_seq",
            n,
            Some(room_id),
            "last_event_seq",
        )
        .await?;
        next_seq.insert(room_id, last - n + 1);
    }
    let mut stored = Vec::with_capacity(new.len());
    for (id, event) in (last_id - count + 1..).zip(new) {
        let seq = next_seq
            .get_mut(&event.room_id)
            .expect("every room was counted");
        stored.push(events::Model {
            id,
            room_id: event.room_id,
            space_id: event.space_id,
            room_seq: *seq,
            kind: event.payload.kind().to_string(),
            actor_id: event.actor_id,
            payload: serde_json::to_string(&event.payload)
                .map_err(|e| DbErr::Custom(format!("cannot encode an event: {e}")))?,
            created_at: event.at,
        });
        *seq += 1;
    }
    events::Entity::insert_many(
        stored
            .iter()
            .cloned()
            .map(IntoActiveModel::into_active_model),
    )
    .exec_without_returning(db)
    .await?;
    Ok(stored)
}

/// Runs an `UPDATE … + n … RETURNING column` and returns the new value.
async fn bump(
    db: &impl ConnectionTrait,
    template: &str,
    n: i64,
    room: Option<Uuid>,
    column: &str,
) -> Result<i64, DbErr> {
    let backend = db.get_database_backend();
    let placeholder = |n| super::placeholder(backend, n);
    let mut values: Vec<sea_orm::Value> = vec![n.into()];
    let mut sql = template.replace("{n}", &placeholder(1));
    if let Some(room) = room {
        sql = sql.replace("{room}", &placeholder(2));
        values.push(room.into());
    }
    let row = db
        .query_one(Statement::from_sql_and_values(backend, sql, values))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("no row to update for {column}")))?;
    row.try_get("", column)
}

/// Which rooms a read covers.
pub enum Scope<'a> {
    Rooms(&'a [Uuid]),
    Space(Uuid),
}

/// Stored events after `after_id`, oldest first, at most `limit`. Each
/// room, or the space, is one bounded range of its index: several rooms are
/// read as each room's next `limit` events, merged, so a page never costs
/// more than `limit` rows a room, however many events follow the cursor.
pub async fn after(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
    after_id: i64,
    limit: u64,
) -> Result<Vec<events::Model>, DbErr> {
    let query = events::Entity::find()
        .filter(events::Column::Id.gt(after_id))
        .order_by_asc(events::Column::Id)
        .limit(limit);
    match scope {
        Scope::Rooms([]) => Ok(Vec::new()),
        Scope::Rooms([room]) => query.filter(events::Column::RoomId.eq(*room)).all(db).await,
        Scope::Rooms(rooms) => {
            let backend = db.get_database_backend();
            let mut values: Vec<sea_orm::Value> = Vec::with_capacity(rooms.len() * 3 + 1);
            // The placeholder of the value pushed last.
            let placeholder =
                |values: &Vec<sea_orm::Value>| super::placeholder(backend, values.len());
            let mut parts = Vec::with_capacity(rooms.len());
            for (n, room) in rooms.iter().enumerate() {
                let mut part = String::from("SELECT * FROM (SELECT * FROM events WHERE room_id = ");
                for (value, tail) in [
                    (sea_orm::Value::from(*room), " AND id > "),
                    (after_id.into(), " ORDER BY id LIMIT "),
                    ((limit as i64).into(), ""),
                ] {
                    values.push(value);
                    part.push_str(&placeholder(&values));
                    part.push_str(tail);
                }
                part.push_str(&format!(") AS room_{n}"));
                parts.push(part);
            }
            values.push((limit as i64).into());
            let sql = format!(
                "{} ORDER BY id LIMIT {}",
                parts.join(" UNION ALL "),
                placeholder(&values)
            );
            events::Entity::find()
                .from_raw_sql(Statement::from_sql_and_values(backend, sql, values))
                .all(db)
                .await
        }
        Scope::Space(space) => {
            query
                .filter(events::Column::SpaceId.eq(space))
                .all(db)
                .await
        }
    }
}

/// Every stored event after `after_id`, oldest first, at most `limit`.
pub async fn all_after(
    db: &impl ConnectionTrait,
    after_id: i64,
    limit: u64,
) -> Result<Vec<events::Model>, DbErr> {
    events::Entity::find()
        .filter(events::Column::Id.gt(after_id))
        .order_by_asc(events::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// The id of the newest committed event (0 when there is none).
pub async fn last_id(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one(Statement::from_string(
            backend,
            "SELECT last_id FROM event_counter WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("event_counter".into()))?;
    row.try_get("", "last_id")
}
