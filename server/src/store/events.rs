//! The event log: appended inside the transaction of each change (an
//! outbox), read back for replay and for live fan-out.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::entities::{events, messages, replrs, room_members, rooms};
use super::outbox::{self, Held, Ids};

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

/// Appends events in order. Inside the writer they are held back and
/// written when the batch ends (see `outbox`); elsewhere at once. Either
/// way each takes its global id from the counter row and its per-room
/// sequence number from its room's row, both row locks held until the
/// transaction commits, so ids and sequences commit in order on PostgreSQL
/// as well as SQLite.
pub async fn append(db: &impl ConnectionTrait, new: Vec<NewEvent>) -> Result<Appended, DbErr> {
    let mut rows = Vec::with_capacity(new.len());
    for event in new {
        rows.push(events::Model {
            id: 0,
            room_id: event.room_id,
            space_id: event.space_id,
            room_seq: 0,
            kind: event.payload.kind().to_string(),
            actor_id: event.actor_id,
            payload: serde_json::to_string(&event.payload)
                .map_err(|e| DbErr::Custom(format!("cannot encode an event: {e}")))?,
            created_at: event.at,
        });
    }
    match outbox::hold(rows) {
        Ok(ids) => Ok(Appended(ids)),
        Err(rows) => {
            let (held, ids) = Held::of(rows);
            write(db, held).await?;
            Ok(Appended(ids))
        }
    }
}

/// The events of one `append`; their ids once the write holding them has
/// returned.
#[derive(Clone, Debug)]
pub struct Appended(Ids);

impl Appended {
    /// The `n`th event of the append.
    pub fn event(&self, n: usize) -> EventId {
        EventId {
            ids: self.0.clone(),
            n,
        }
    }
}

/// An appended event, whose id is known once its write has returned.
#[derive(Clone, Debug)]
pub struct EventId {
    ids: Ids,
    n: usize,
}

impl EventId {
    /// The event's id; `None` before its batch wrote the log, or when its
    /// room was deleted meanwhile (by another replica) and it was dropped.
    pub fn get(&self) -> Option<i64> {
        let id = *self.ids.get()?.get(self.n)?;
        (id > 0).then_some(id)
    }
}

/// Writes what the batch holds back: the writer calls it as the batch's
/// last statements, and before an operation that must see the log as it is
/// (`Writer::write_settled`).
pub(super) async fn settle(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    match outbox::take() {
        Some(held) => write(db, held).await,
        None => Ok(()),
    }
}

/// Writes what the current operation holds back, for an operation that is
/// about to read or delete stored events, or delete a room. It must run
/// with nothing of earlier operations pending (`Writer::write_settled`).
pub async fn settle_own(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    if outbox::pending_before_operation() {
        return Err(DbErr::Custom(
            "an operation that reads or deletes stored events, or deletes a room, must be \
             submitted with Writer::write_settled"
                .into(),
        ));
    }
    settle(db).await
}

/// Writes held events and last-message times: each room's row in id
/// order (its sequence numbers, its last-message time), then the counter,
/// then the events in one INSERT. Events of a room gone meanwhile are
/// dropped: its `room_deleted` was its last.
async fn write(db: &impl ConnectionTrait, held: Held) -> Result<(), DbErr> {
    let Held {
        mut rows,
        appends,
        touched,
        ..
    } = held;
    let mut rooms: BTreeMap<Uuid, (i64, Option<DateTime<Utc>>)> = BTreeMap::new();
    for row in &rows {
        rooms.entry(row.room_id).or_default().0 += 1;
    }
    for (room_id, at) in touched {
        let latest = &mut rooms.entry(room_id).or_default().1;
        *latest = (*latest).max(Some(at));
    }
    let mut next_seq: HashMap<Uuid, i64> = HashMap::with_capacity(rooms.len());
    for (room_id, (count, at)) in rooms {
        if let Some(last) = bump_room(db, room_id, count, at).await? {
            next_seq.insert(room_id, last - count + 1);
        }
    }
    let mut ids = vec![0; rows.len()];
    let kept = rows
        .iter()
        .filter(|row| next_seq.contains_key(&row.room_id))
        .count() as i64;
    if kept > 0 {
        let last_id = take_ids(db, kept).await?;
        let mut next_id = last_id - kept + 1;
        for (row, id) in rows.iter_mut().zip(ids.iter_mut()) {
            if let Some(seq) = next_seq.get_mut(&row.room_id) {
                row.room_seq = *seq;
                row.id = next_id;
                *id = next_id;
                *seq += 1;
                next_id += 1;
            }
        }
        events::Entity::insert_many(
            rows.into_iter()
                .filter(|row| row.id > 0)
                .map(IntoActiveModel::into_active_model),
        )
        .exec_without_returning(db)
        .await?;
    }
    let mut ends = appends.iter().map(|(start, _)| *start).skip(1);
    for (start, cell) in &appends {
        let end = ends.next().unwrap_or(ids.len());
        let _ = cell.set(ids[*start..end].to_vec());
    }
    Ok(())
}

/// Takes `count` sequence numbers of a room (and moves its last-message
/// time, when given); the last one taken, or `None` when the room is gone.
async fn bump_room(
    db: &impl ConnectionTrait,
    room_id: Uuid,
    count: i64,
    at: Option<DateTime<Utc>>,
) -> Result<Option<i64>, DbErr> {
    let backend = db.get_database_backend();
    let p = |n| super::placeholder(backend, n);
    let (sql, values): (String, Vec<sea_orm::Value>) = match at {
        Some(at) => (
            format!(
                "UPDATE rooms SET last_event_seq = last_event_seq + {}, last_message_at = {} \
                 WHERE id = {} RETURNING last_event_seq",
                p(1),
                p(2),
                p(3)
            ),
            vec![count.into(), at.into(), room_id.into()],
        ),
        None => (
            format!(
                "UPDATE rooms SET last_event_seq = last_event_seq + {} WHERE id = {} \
                 RETURNING last_event_seq",
                p(1),
                p(2)
            ),
            vec![count.into(), room_id.into()],
        ),
    };
    match db
        .query_one(Statement::from_sql_and_values(backend, sql, values))
        .await?
    {
        Some(row) => Ok(Some(row.try_get("", "last_event_seq")?)),
        None => Ok(None),
    }
}

/// Takes `n` ids from the counter row; the last one taken.
async fn take_ids(db: &impl ConnectionTrait, n: i64) -> Result<i64, DbErr> {
    let backend = db.get_database_backend();
    let sql = format!(
        "UPDATE event_counter SET last_id = last_id + {} WHERE id = 1 RETURNING last_id",
        super::placeholder(backend, 1)
    );
    db.query_one(Statement::from_sql_and_values(backend, sql, [n.into()]))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("event_counter".into()))?
        .try_get("", "last_id")
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
