//! A big database, fast: what the benchmarks' `--prefill N` writes before
//! they start measuring. N messages spread over rooms (10,000 each) and
//! spaces (10 rooms each), every tenth a REPLR's finished reply (with its
//! credit charge), every fifth a 👍 reaction, each with the events the
//! server would have stored, read markers for every member — written
//! straight into the database with multi-row INSERTs in large transactions.
//!
//! The rows are the server's own entities and the events its own payloads
//! (this is the one place the tests crate uses the server's library), so the
//! server reads them back as if its clients had sent them. The database
//! must have been opened once by the server (migrations run, the admin
//! created), and the server must not be running while it is filled.

use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{DateTime, Utc};
use roundtable::domain::replies::{ReplyInfo, UsageInfo};
use roundtable::store::entities::{
    credit_entries, events, messages, reactions, replrs, room_members, room_reads, room_replrs,
    rooms, space_credits, space_members, spaces, users,
};
use roundtable::store::events::{Payload, ReactionChange};
use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};
use uuid::Uuid;

/// Messages in each prefilled room.
pub const MESSAGES_PER_ROOM: u64 = 10_000;
/// Rooms in each prefilled space.
const ROOMS_PER_SPACE: u64 = 10;
/// Users who send the messages; each is a member of every space and room.
const USERS: u64 = 20;
/// Every `REPLY_EVERY`th message is a REPLR's reply to the room's previous one.
const REPLY_EVERY: u64 = 10;
/// Every `REACTION_EVERY`th message gets a reaction.
const REACTION_EVERY: u64 = 5;
/// Messages per INSERT; rows of the other tables follow them in step.
const ROWS_PER_INSERT: usize = 1_000;
/// Messages per transaction.
const MESSAGES_PER_COMMIT: u64 = 100_000;
/// How far back the prefilled history starts.
const HISTORY: Duration = Duration::from_secs(30 * 24 * 3600);

/// What a fill wrote.
#[derive(Debug, Default)]
pub struct Filled {
    pub spaces: u64,
    pub rooms: u64,
    pub messages: u64,
    pub replies: u64,
    pub reactions: u64,
    pub events: u64,
    pub elapsed: Duration,
}

impl std::fmt::Display for Filled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} messages ({} replies) in {} rooms of {} spaces, {} reactions, {} events, in {:.1} s",
            self.messages,
            self.replies,
            self.rooms,
            self.spaces,
            self.reactions,
            self.events,
            self.elapsed.as_secs_f64()
        )
    }
}

/// One prefilled room and what it needs to write its messages.
struct Room {
    id: Uuid,
    space_id: Uuid,
    replr_id: Uuid,
    seq: i64,
    last_message: Option<(Uuid, DateTime<Utc>)>,
}

/// Rows waiting for the next INSERT.
#[derive(Default)]
struct Batch {
    messages: Vec<messages::Model>,
    events: Vec<events::Model>,
    reactions: Vec<reactions::Model>,
    charges: Vec<credit_entries::Model>,
}

/// Writes `count` messages (and everything that goes with them) into the
/// database at `url`.
pub async fn fill(url: &str, count: u64) -> anyhow::Result<Filled> {
    let started = Instant::now();
    let db = connect(url).await?;
    let admin = users::Entity::find()
        .filter(users::Column::IsAdmin.eq(true))
        .order_by_asc(users::Column::CreatedAt)
        .one(&db)
        .await?
        .context("no admin user: start the server once on this database first")?;
    let mut next_event = last_event_id(&db).await? + 1;
    let room_count = count.div_ceil(MESSAGES_PER_ROOM).max(1);
    let space_count = room_count.div_ceil(ROOMS_PER_SPACE);
    // As the server stores times: to the microsecond.
    let now = chrono::SubsecRound::trunc_subsecs(Utc::now(), 6);
    let history_start = now - chrono::Duration::from_std(HISTORY)?;
    let at = |n: u64| history_start + chrono::Duration::milliseconds(n as i64);

    // Users, spaces, REPLRs, rooms, memberships: small, one transaction.
    let txn = db.begin().await?;
    let users: Vec<users::Model> = (0..USERS)
        .map(|n| users::Model {
            id: Uuid::now_v7(),
            username: format!("prefill_{:08x}_{n}", rand::random::<u32>()),
            display_name: format!("Prefilled user {n}"),
            is_admin: false,
            created_at: at(0),
            external_id: None,
            avatar_url: String::new(),
            metadata: "{}".into(),
        })
        .collect();
    insert_all(&txn, users.clone()).await?;
    let mut rooms = Vec::with_capacity(room_count as usize);
    for s in 0..space_count {
        let space = spaces::Model {
            id: Uuid::now_v7(),
            name: format!("Prefilled space {s}"),
            description: String::new(),
            created_at: at(0),
            updated_at: at(0),
        };
        insert_all(&txn, vec![space.clone()]).await?;
        insert_all(
            &txn,
            vec![space_credits::Model {
                space_id: space.id,
                balance: 1_000_000_000,
                used_tokens: 0,
                granted_tokens: 1_000_000_000,
                updated_at: at(0),
            }],
        )
        .await?;
        let members = std::iter::once((admin.id, "owner"))
            .chain(users.iter().map(|u| (u.id, "member")))
            .map(|(user_id, role)| space_members::Model {
                space_id: space.id,
                user_id,
                role: role.into(),
                joined_at: at(0),
            })
            .collect();
        insert_all(&txn, members).await?;
        let replr = replrs::Model {
            id: Uuid::now_v7(),
            space_id: space.id,
            handle: "prefilled".into(),
            handle_key: "prefilled".into(),
            display_name: "Prefilled persona".into(),
            description: String::new(),
            avatar_url: String::new(),
            system_prompt: "You answer briefly.".into(),
            provider: String::new(),
            model: String::new(),
            temperature: 0.7,
            max_tokens: 512,
            reply_mode: "on_mention".into(),
            creator_id: admin.id,
            created_at: at(0),
            updated_at: at(0),
        };
        insert_all(&txn, vec![replr.clone()]).await?;
        for r in 0..ROOMS_PER_SPACE.min(room_count - s * ROOMS_PER_SPACE) {
            let room = rooms::Model {
                id: Uuid::now_v7(),
                space_id: space.id,
                name: format!("Prefilled room {}", s * ROOMS_PER_SPACE + r),
                description: String::new(),
                visibility: "public".into(),
                creator_id: admin.id,
                created_at: at(0),
                updated_at: at(0),
                last_message_at: None,
                last_event_seq: 0,
                kind: rooms::ROOM.into(),
            };
            insert_all(&txn, vec![room.clone()]).await?;
            let members = std::iter::once((admin.id, "owner"))
                .chain(users.iter().map(|u| (u.id, "member")))
                .map(|(user_id, role)| room_members::Model {
                    room_id: room.id,
                    user_id,
                    role: role.into(),
                    joined_at: at(0),
                })
                .collect();
            insert_all(&txn, members).await?;
            insert_all(
                &txn,
                vec![room_replrs::Model {
                    room_id: room.id,
                    replr_id: replr.id,
                    added_at: at(0),
                }],
            )
            .await?;
            rooms.push(Room {
                id: room.id,
                space_id: space.id,
                replr_id: replr.id,
                seq: 0,
                last_message: None,
            });
        }
    }
    txn.commit().await?;

    // The messages, in time order across rooms, so every index grows at
    // its end (or at one place per room) rather than at random.
    let span_ms = HISTORY.as_millis() as u64;
    let mut filled = Filled {
        spaces: space_count,
        rooms: room_count,
        ..Default::default()
    };
    let mut batch = Batch::default();
    let mut used: std::collections::HashMap<Uuid, i64> = std::collections::HashMap::new();
    let mut txn = db.begin().await?;
    for n in 0..count {
        let ms = n * span_ms / count.max(1);
        let created_at = at(ms);
        let id = uuid::Builder::from_unix_timestamp_millis(
            created_at.timestamp_millis() as u64,
            &counter_bytes(n),
        )
        .into_uuid();
        let room = &mut rooms[(n % room_count) as usize];
        let in_room = n / room_count;
        let sender = &users[(in_room % USERS) as usize];
        let mut event = |room: &mut Room, kind_payload: Payload, actor: Uuid| {
            room.seq += 1;
            let event = events::Model {
                id: next_event,
                room_id: room.id,
                space_id: room.space_id,
                room_seq: room.seq,
                kind: kind_payload.kind().into(),
                actor_id: Some(actor),
                payload: serde_json::to_string(&kind_payload).expect("a payload encodes"),
                created_at,
            };
            next_event += 1;
            event
        };
        let answered = room
            .last_message
            .filter(|_| in_room % REPLY_EVERY == REPLY_EVERY - 1);
        let message = match answered {
            Some((in_reply_to, _)) => {
                let usage = UsageInfo {
                    prompt_tokens: 120,
                    completion_tokens: 40,
                    estimated: true,
                };
                let info = |finished: bool| ReplyInfo {
                    in_reply_to,
                    provider: "offline".into(),
                    model: "offline".into(),
                    depth: 1,
                    usage: finished.then_some(usage),
                    failure_reason: None,
                    failure_message: None,
                    finished_at: finished.then_some(created_at),
                };
                let text = format!("Prefilled reply {n}: a short answer from the persona.");
                let reply = messages::Model {
                    id,
                    room_id: room.id,
                    sender_type: messages::SENT_BY_REPLR.into(),
                    sender_id: room.replr_id,
                    word_count: text.split_whitespace().count() as i32,
                    text,
                    attachments: "[]".into(),
                    mentions: "[]".into(),
                    request_id: None,
                    created_at,
                    edited_at: None,
                    deleted_at: None,
                    reply_state: Some("complete".into()),
                    reply: Some(serde_json::to_string(&info(true))?),
                    in_reply_to: Some(in_reply_to),
                    ..room_message()
                };
                let started = messages::Model {
                    text: String::new(),
                    word_count: 0,
                    reply_state: Some("streaming".into()),
                    reply: Some(serde_json::to_string(&info(false))?),
                    ..reply.clone()
                };
                let replr = room.replr_id;
                batch
                    .events
                    .push(event(room, Payload::ReplyStarted(started), replr));
                batch
                    .events
                    .push(event(room, Payload::ReplyCompleted(reply.clone()), replr));
                batch.charges.push(credit_entries::Model {
                    id: Uuid::now_v7(),
                    space_id: room.space_id,
                    kind: "charge".into(),
                    tokens: 160,
                    balance_after: {
                        let used = used.entry(room.space_id).or_default();
                        *used += 160;
                        1_000_000_000 - *used
                    },
                    reason: String::new(),
                    actor_id: None,
                    request_id: None,
                    subject_type: Some("message".into()),
                    subject_id: Some(id),
                    created_at,
                });
                filled.replies += 1;
                reply
            }
            None => {
                let text = format!(
                    "Prefilled message {n} in room {}: the quick brown fox jumps over the lazy dog",
                    n % room_count
                );
                let message = messages::Model {
                    id,
                    room_id: room.id,
                    sender_type: messages::SENT_BY_USER.into(),
                    sender_id: sender.id,
                    word_count: text.split_whitespace().count() as i32,
                    text,
                    attachments: "[]".into(),
                    mentions: "[]".into(),
                    request_id: n.is_multiple_of(2).then(|| format!("prefill-{n}")),
                    created_at,
                    edited_at: None,
                    deleted_at: None,
                    reply_state: None,
                    reply: None,
                    ..room_message()
                };
                batch.events.push(event(
                    room,
                    Payload::MessageCreated(message.clone()),
                    sender.id,
                ));
                if in_room.is_multiple_of(REACTION_EVERY) {
                    let reactor = users[((in_room + 1) % USERS) as usize].id;
                    batch.reactions.push(reactions::Model {
                        message_id: id,
                        user_id: reactor,
                        emoji: "👍".into(),
                        created_at,
                    });
                    let change = ReactionChange {
                        message_id: id,
                        emoji: "👍".into(),
                        user_id: reactor,
                        count: 1,
                    };
                    batch
                        .events
                        .push(event(room, Payload::ReactionAdded(change), reactor));
                    filled.reactions += 1;
                }
                message
            }
        };
        room.last_message = Some((message.id, created_at));
        batch.messages.push(message);
        if batch.messages.len() >= ROWS_PER_INSERT {
            filled.events += batch.flush(&txn).await?;
        }
        if (n + 1).is_multiple_of(MESSAGES_PER_COMMIT) {
            txn.commit().await?;
            txn = db.begin().await?;
        }
    }
    filled.events += batch.flush(&txn).await?;
    filled.messages = count;

    // Every member has read every room to its end; rooms and the event
    // counter say where they stand.
    let mut reads = Vec::new();
    for room in &rooms {
        let Some((last_id, last_at)) = room.last_message else {
            continue;
        };
        reads.extend(users.iter().map(|user| room_reads::Model {
            room_id: room.id,
            user_id: user.id,
            last_read_message_id: last_id,
            updated_at: last_at,
        }));
        txn.execute(sea_orm::Statement::from_sql_and_values(
            db.get_database_backend(),
            placeholders(
                db.get_database_backend(),
                "UPDATE rooms SET last_event_seq = ?, last_message_at = ? WHERE id = ?",
            ),
            [room.seq.into(), last_at.into(), room.id.into()],
        ))
        .await?;
    }
    for chunk in reads.chunks(ROWS_PER_INSERT) {
        insert_all(&txn, chunk.to_vec()).await?;
    }
    txn.execute(sea_orm::Statement::from_sql_and_values(
        db.get_database_backend(),
        placeholders(
            db.get_database_backend(),
            "UPDATE event_counter SET last_id = ? WHERE id = 1",
        ),
        [(next_event - 1).into()],
    ))
    .await?;
    for (space_id, used) in used {
        txn.execute(sea_orm::Statement::from_sql_and_values(
            db.get_database_backend(),
            placeholders(
                db.get_database_backend(),
                "UPDATE space_credits SET used_tokens = ?, balance = granted_tokens - ? WHERE space_id = ?",
            ),
            [used.into(), used.into(), space_id.into()],
        ))
        .await?;
    }
    txn.commit().await?;
    settle(&db).await?;
    db.close().await?;
    filled.elapsed = started.elapsed();
    Ok(filled)
}

impl Batch {
    /// Inserts what is waiting; returns how many events that was.
    async fn flush(&mut self, txn: &impl ConnectionTrait) -> anyhow::Result<u64> {
        let events = self.events.len() as u64;
        insert_all(txn, std::mem::take(&mut self.messages)).await?;
        for chunk in std::mem::take(&mut self.events).chunks(ROWS_PER_INSERT) {
            insert_all(txn, chunk.to_vec()).await?;
        }
        insert_all(txn, std::mem::take(&mut self.reactions)).await?;
        insert_all(txn, std::mem::take(&mut self.charges)).await?;
        Ok(events)
    }
}

/// One multi-row INSERT of `rows` (nothing when there are none).
async fn insert_all<M, A>(db: &impl ConnectionTrait, rows: Vec<M>) -> anyhow::Result<()>
where
    M: IntoActiveModel<A>,
    A: sea_orm::ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    if rows.is_empty() {
        return Ok(());
    }
    A::Entity::insert_many(rows.into_iter().map(IntoActiveModel::into_active_model))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Ten bytes for a UUIDv7 after its millisecond: `n`'s low 16 bits first
/// (so ids of one millisecond keep their order), then random.
fn counter_bytes(n: u64) -> [u8; 10] {
    let mut bytes: [u8; 10] = rand::random();
    bytes[..2].copy_from_slice(&(n as u16).to_be_bytes());
    bytes
}

/// One connection, tuned for bulk writes: on SQLite no fsync and a large
/// page cache (the server sets its own durable settings when it opens the
/// file again).
async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(1)
        .min_connections(1)
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .with_context(|| format!("connect to {}", url.split('@').next_back().unwrap_or(url)))?;
    if db.get_database_backend() == DbBackend::Sqlite {
        for pragma in [
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = OFF",
            "PRAGMA cache_size = -1048576",
            "PRAGMA temp_store = MEMORY",
        ] {
            db.execute_unprepared(pragma).await?;
        }
    } else {
        db.execute_unprepared("SET synchronous_commit = off")
            .await?;
    }
    Ok(db)
}

/// After the fill: SQLite folds its write-ahead log into the file (so a
/// copy of the file is the whole database); PostgreSQL gathers the
/// statistics its autovacuum would have by now.
async fn settle(db: &DatabaseConnection) -> anyhow::Result<()> {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await?
        }
        _ => db.execute_unprepared("VACUUM ANALYZE").await?,
    };
    Ok(())
}

async fn last_event_id(db: &DatabaseConnection) -> anyhow::Result<i64> {
    let row = db
        .query_one(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT last_id FROM event_counter WHERE id = 1",
        ))
        .await?
        .context("no event_counter row")?;
    Ok(row.try_get("", "last_id")?)
}

/// `sql` with its `?` placeholders written for `backend`.
fn placeholders(backend: DbBackend, sql: &str) -> String {
    let mut parts = sql.split('?');
    let mut written = parts.next().unwrap_or_default().to_owned();
    for (n, part) in parts.enumerate() {
        written.push_str(&roundtable::store::placeholder(backend, n + 1));
        written.push_str(part);
    }
    written
}

/// A room's message to fill in.
fn room_message() -> messages::Model {
    messages::Model::draft(
        Uuid::nil(),
        Uuid::nil(),
        messages::IN_ROOM,
        chrono::DateTime::UNIX_EPOCH,
    )
}
