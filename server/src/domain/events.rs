//! Subscriptions to the event log (replay, then live, with no gap and no
//! duplicate at the seam), typing signals and read markers.

use std::{collections::HashMap, sync::Arc, time::Duration};

use tokio::sync::{
    broadcast::error::RecvError,
    mpsc::{self, error::TrySendError},
};
use uuid::Uuid;

use super::{
    Caller, Error, Kind, Result,
    cursors::Cursors,
    replies::{Flight, Flights},
    rooms::Rooms,
    users::Directory,
};
use crate::{
    events::{Hub, InFlight, Live, ReplyDelta, Typing},
    store::{
        Store,
        events::{self as log, Logged, Payload, Scope},
        messages as stored_messages, rooms as stored_rooms, sessions as stored_sessions,
        spaces as stored_spaces,
    },
};

/// At most this many rooms and sessions in one subscription.
pub const MAX_ROOMS: usize = 100;
/// How long a typing indicator lasts unless sent again.
pub const TYPING_TTL: Duration = Duration::from_secs(5);
/// Events a subscription holds for a slow reader before it must resync.
const OUTBOX: usize = 256;
/// The longest a subscription waits for a reader that takes nothing, at any
/// heartbeat interval: well inside the connection's keepalive (a ping every
/// 30 s, 10 s to answer, in `server.rs`), so that a reader hears why its
/// stream ended before the connection may close.
const MAX_PATIENCE: Duration = Duration::from_secs(20);
/// Stored events read per query during a replay.
const REPLAY_PAGE: u64 = 500;

/// Which conversations a subscription covers.
#[derive(Debug, Clone)]
pub enum Topic {
    /// Every room of the space (sessions are not rooms).
    Space(Uuid),
    /// These rooms and these sessions.
    Conversations {
        rooms: Vec<Uuid>,
        sessions: Vec<Uuid>,
    },
}

impl Topic {
    /// Whether the topic covers an event of conversation `room_id` (a
    /// session's when `in_session`) in `space_id`.
    fn covers(&self, room_id: Uuid, space_id: Uuid, in_session: bool) -> bool {
        match self {
            Topic::Space(space) => *space == space_id && !in_session,
            Topic::Conversations { rooms, sessions } => {
                if in_session {
                    sessions.contains(&room_id)
                } else {
                    rooms.contains(&room_id)
                }
            }
        }
    }
}

/// One item of a subscription's stream.
#[derive(Debug, Clone)]
pub enum Delivery {
    /// A stored event and what it says.
    Event(Arc<Logged>),
    Typing {
        typing: Arc<Typing>,
        cursor: i64,
    },
    Heartbeat {
        cursor: i64,
    },
    /// The replay is over; live events follow.
    Subscribed {
        cursor: i64,
    },
    /// The reader fell behind; the stream ends after this.
    Resync {
        cursor: i64,
    },
    /// A streaming reply's next piece, or its whole text so far.
    Reply {
        room_id: Uuid,
        /// Whether `room_id` is a session.
        in_session: bool,
        message_id: Uuid,
        sequence: i64,
        text: Arc<str>,
        snapshot: bool,
        cursor: i64,
    },
}

#[derive(Clone)]
pub struct Events {
    store: Store,
    rooms: Rooms,
    hub: Hub,
    directory: Directory,
    flights: Flights,
    heartbeat: Duration,
    cursors: Cursors,
}

impl Events {
    pub fn new(
        store: Store,
        rooms: Rooms,
        hub: Hub,
        directory: Directory,
        flights: Flights,
        heartbeat: Duration,
        cursors: Cursors,
    ) -> Self {
        Self {
            store,
            rooms,
            hub,
            directory,
            flights,
            heartbeat,
            cursors,
        }
    }

    /// How this deployment's event cursors are written.
    pub fn cursors(&self) -> &Cursors {
        &self.cursors
    }

    /// Checks the request and starts the subscription; events arrive on
    /// the returned channel until the caller drops it.
    pub async fn subscribe(
        &self,
        caller: Caller,
        topic: Topic,
        cursor: &str,
    ) -> Result<mpsc::Receiver<Result<Delivery>>> {
        let resume_after = self.cursors.decode(cursor)?;
        match &topic {
            Topic::Space(space_id) => {
                stored_spaces::membership(&self.store.db, *space_id, caller.user_id)
                    .await?
                    .ok_or_else(|| Error::not_found(Kind::Space, space_id))?;
            }
            Topic::Conversations { rooms, sessions } => {
                if rooms.is_empty() && sessions.is_empty() {
                    return Err(Error::invalid(
                        "space_id",
                        "VALUE_REQUIRED",
                        "give space_id, or room_ids and session_ids",
                    ));
                }
                if rooms.len() + sessions.len() > MAX_ROOMS {
                    let field = if rooms.len() > MAX_ROOMS {
                        "room_ids"
                    } else {
                        "session_ids"
                    };
                    return Err(Error::invalid(
                        field,
                        "TOO_MANY_ROOMS",
                        format!("at most {MAX_ROOMS} rooms and sessions per subscription"),
                    ));
                }
                for room in rooms {
                    self.rooms.access(&caller, *room).await?;
                }
                for session in sessions {
                    if !stored_sessions::readable_by(&self.store.db, *session, caller.user_id)
                        .await?
                    {
                        return Err(Error::not_found(Kind::Session, session));
                    }
                }
            }
        }
        // Listen before reading the log, so nothing committed in between is missed.
        let live = self.hub.subscribe();
        // "From now" is the last committed event, read from the log: the hub
        // may not have published an event whose write was already
        // acknowledged to its sender, and that one is not "live".
        let start = match resume_after {
            Some(id) => id,
            None => log::last_id(&self.store.db).await?,
        };
        // One place more than the outbox holds, kept for the last word.
        let (outbox, deliveries) = mpsc::channel(OUTBOX + 1);
        let last_word = outbox
            .clone()
            .try_reserve_owned()
            .expect("a new channel has room");
        let run = Run {
            events: self.clone(),
            caller,
            topic,
            visible: HashMap::new(),
            last: start,
            replies: HashMap::new(),
            outbox,
            last_word,
            patience: self.heartbeat.min(MAX_PATIENCE),
            _open: crate::metrics::OpenSubscription::open(),
        };
        tokio::spawn(run.deliver(live, resume_after.is_some()));
        Ok(deliveries)
    }

    /// Tells the room's readers that the caller is typing.
    pub async fn typing(&self, caller: &Caller, room_id: Uuid) -> Result<()> {
        let access = self.rooms.access(caller, room_id).await?;
        access.require_writer()?;
        let username = self
            .directory
            .find_many(&[caller.user_id])
            .await?
            .remove(&caller.user_id)
            .map(|user| user.username)
            .unwrap_or_default();
        let at = chrono::Utc::now();
        self.hub.typing(Typing {
            room_id,
            space_id: access.room.space_id,
            user_id: caller.user_id,
            username,
            at,
            expire_at: at + TYPING_TTL,
        });
        Ok(())
    }

    /// Moves the caller's read marker to `message_id`; returns the unread count.
    pub async fn mark_read(&self, caller: &Caller, room_id: Uuid, message_id: Uuid) -> Result<i64> {
        let access = self.rooms.access(caller, room_id).await?;
        if access.room_role.is_none() {
            return Err(Error::denied("only members of the room have read markers"));
        }
        stored_messages::find(&self.store.db, message_id)
            .await?
            .filter(|message| message.room_id == room_id)
            .ok_or_else(|| Error::not_found(Kind::Message, message_id))?;
        let user_id = caller.user_id;
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    Ok::<_, Error>(
                        stored_rooms::mark_read(txn, room_id, user_id, message_id, super::now())
                            .await?,
                    )
                })
            })
            .await?;
        let unread = stored_rooms::unread_counts(
            &self.store.db,
            user_id,
            &[room_id],
            super::rooms::UNREAD_COUNT_MAX,
        )
        .await?;
        Ok(unread.get(&room_id).copied().unwrap_or(0))
    }
}

/// One running subscription.
struct Run {
    events: Events,
    caller: Caller,
    topic: Topic,
    /// Whether the caller may read each room, as last checked.
    visible: HashMap<Uuid, bool>,
    /// Id of the last stored event dealt with (queued for the reader, or
    /// not for it): the resume cursor.
    last: i64,
    /// Streaming replies delivered, by id: the sequence of the last delta sent.
    replies: HashMap<Uuid, i64>,
    outbox: mpsc::Sender<Result<Delivery>>,
    /// The outbox's place kept for what ends the stream (a resync notice or
    /// an error), so that it gets in however full the outbox is.
    last_word: mpsc::OwnedPermit<Result<Delivery>>,
    /// How long a reader may take nothing from a full outbox.
    patience: Duration,
    _open: crate::metrics::OpenSubscription,
}

/// Why a subscription stops delivering.
enum Stop {
    /// The reader went away.
    Gone,
    /// The reader fell too far behind: it is told to resync.
    Behind,
    /// The server failed: the reader is told so.
    Failed(Error),
}

impl Run {
    async fn deliver(mut self, live: tokio::sync::broadcast::Receiver<Live>, replay: bool) {
        let stop = self.run(live, replay).await;
        let last_word = match stop {
            Stop::Gone => return,
            Stop::Behind => Ok(Delivery::Resync { cursor: self.last }),
            Stop::Failed(error) => Err(error),
        };
        self.last_word.send(last_word);
    }

    /// Delivers until the reader leaves, falls behind or the server fails.
    async fn run(
        &mut self,
        mut live: tokio::sync::broadcast::Receiver<Live>,
        replay: bool,
    ) -> Stop {
        if replay && let Err(stop) = self.replay().await {
            return stop;
        }
        if let Err(stop) = self.snapshots().await {
            return stop;
        }
        if let Err(stop) = self.send(Delivery::Subscribed { cursor: self.last }).await {
            return stop;
        }
        // Rights may change in ways no room event shows (a removal from a
        // space, told by a signal that a replica may miss while NATS is
        // down): what the caller may read is checked again at least once
        // a heartbeat interval, busy or not.
        let mut checked = tokio::time::Instant::now();
        loop {
            if checked.elapsed() >= self.events.heartbeat {
                self.visible.clear();
                checked = tokio::time::Instant::now();
            }
            let next = tokio::time::timeout(self.events.heartbeat, live.recv()).await;
            let outcome = match next {
                // Quiet for a heartbeat: rights are checked again at the
                // top of the loop, before anything else is delivered.
                Err(_idle) => self.send(Delivery::Heartbeat { cursor: self.last }).await,
                Ok(Ok(Live::Stored(event))) => self.offer(event).await,
                Ok(Ok(Live::Typing(typing))) => {
                    if self.topic.covers(typing.room_id, typing.space_id, false)
                        && self.may_read(typing.room_id).await
                    {
                        self.send(Delivery::Typing {
                            typing,
                            cursor: self.last,
                        })
                        .await
                    } else {
                        Ok(())
                    }
                }
                Ok(Ok(Live::Delta(delta))) => self.reply_delta(delta).await,
                Ok(Ok(Live::AccessChanged { user_id, .. })) => {
                    if user_id == self.caller.user_id {
                        self.visible.clear();
                    }
                    Ok(())
                }
                // The hub's ring moved on without this reader.
                Ok(Err(RecvError::Lagged(_))) => Err(Stop::Behind),
                Ok(Err(RecvError::Closed)) => Err(Stop::Gone),
            };
            if let Err(stop) = outcome {
                return stop;
            }
        }
    }

    /// Sends every stored event after `last` in the topic, page by page.
    async fn replay(&mut self) -> std::result::Result<(), Stop> {
        loop {
            let conversations: Vec<Uuid>;
            let scope = match &self.topic {
                Topic::Space(space) => Scope::Space(*space),
                Topic::Conversations { rooms, sessions } => {
                    conversations = rooms.iter().chain(sessions).copied().collect();
                    Scope::Rooms(&conversations)
                }
            };
            let page = log::after(&self.events.store.db, scope, self.last, REPLAY_PAGE)
                .await
                .map_err(|error| Stop::Failed(error.into()))?;
            let full = page.len() as u64 == REPLAY_PAGE;
            for row in page {
                let id = row.id;
                match Logged::decode(row) {
                    Ok(event) => self.offer(Arc::new(event)).await?,
                    Err(error) => {
                        tracing::error!(%error, "skipping an unreadable event");
                        self.last = self.last.max(id);
                    }
                }
            }
            if !full {
                return Ok(());
            }
        }
    }

    /// Sends the text so far of every reply streaming in the topic whose
    /// start the subscriber has seen (or, live from now, could have read in
    /// the room), so it can follow the deltas that come next: replies
    /// streaming here, then those streaming on other replicas.
    async fn snapshots(&mut self) -> std::result::Result<(), Stop> {
        let last = self.last;
        let topic = self.topic.clone();
        let mut streaming: Vec<InFlight> = self
            .events
            .flights
            .select(|f| {
                f.started_event <= last
                    && topic.covers(f.reply.room_id, f.space_id, f.reply.in_session())
            })
            .iter()
            .map(|flight| in_flight(flight))
            .collect();
        streaming.extend(self.events.hub.mirror().select(|r| {
            r.started_event <= last && topic.covers(r.room_id, r.space_id, r.in_session)
        }));
        for reply in streaming {
            if self.may_read(reply.room_id).await {
                self.snapshot(reply).await?;
            }
        }
        Ok(())
    }

    /// The text so far of a reply streaming here or, heard whole, elsewhere.
    fn streaming(&self, reply_id: Uuid) -> Option<InFlight> {
        match self.events.flights.get(reply_id) {
            Some(flight) => Some(in_flight(&flight)),
            None => self.events.hub.mirror().get(reply_id),
        }
    }

    async fn snapshot(&mut self, reply: InFlight) -> std::result::Result<(), Stop> {
        self.send(Delivery::Reply {
            room_id: reply.room_id,
            in_session: reply.in_session,
            message_id: reply.message_id,
            sequence: reply.sequence,
            text: reply.text.into(),
            snapshot: true,
            cursor: self.last,
        })
        .await?;
        self.replies.insert(reply.message_id, reply.sequence);
        Ok(())
    }

    /// Delivers a reply's next piece in order: an old one is skipped; after
    /// a gap (a subscriber that started mid-reply without its snapshot) the
    /// text so far is sent instead.
    async fn reply_delta(&mut self, delta: Arc<ReplyDelta>) -> std::result::Result<(), Stop> {
        if !self
            .topic
            .covers(delta.room_id, delta.space_id, delta.in_session)
            || !self.may_read(delta.room_id).await
        {
            return Ok(());
        }
        let sent = self.replies.get(&delta.message_id).copied().unwrap_or(0);
        if delta.sequence <= sent {
            return Ok(());
        }
        if delta.sequence > sent + 1 {
            return match self.streaming(delta.message_id) {
                Some(reply) => self.snapshot(reply).await,
                // Ended meanwhile, or not heard whole from another replica:
                // its end event carries the text.
                None => Ok(()),
            };
        }
        self.send(Delivery::Reply {
            room_id: delta.room_id,
            in_session: delta.in_session,
            message_id: delta.message_id,
            sequence: delta.sequence,
            text: delta.text.clone(),
            snapshot: false,
            cursor: self.last,
        })
        .await?;
        self.replies.insert(delta.message_id, delta.sequence);
        Ok(())
    }

    /// Delivers a stored event if it is new, in the topic and readable. The
    /// resume cursor moves past it only once it is dealt with, so a reader
    /// told to resync meanwhile gets it again.
    async fn offer(&mut self, event: Arc<Logged>) -> std::result::Result<(), Stop> {
        let id = event.row.id;
        if id <= self.last {
            return Ok(()); // already replayed: the seam between replay and live
        }
        self.consider(event).await?;
        self.last = id;
        Ok(())
    }

    async fn consider(&mut self, event: Arc<Logged>) -> std::result::Result<(), Stop> {
        let row = &event.row;
        if !self
            .topic
            .covers(row.room_id, row.space_id, event.payload.in_session())
        {
            return Ok(());
        }
        let room_id = row.room_id;
        let payload = &event.payload;
        if let Payload::ReplyCompleted(reply)
        | Payload::ReplyFailed(reply)
        | Payload::ReplyCancelled(reply) = payload
        {
            self.replies.remove(&reply.id);
        }
        let me = self.caller.user_id;
        let about_me = matches!(payload, Payload::MemberLeft { user_id } if *user_id == me);
        let could_read = self.visible.get(&room_id).copied();
        // Only a change of the caller's own membership or of the room itself
        // can change what the caller may read. Others joining or leaving do
        // not; and checking again for them would judge the event by a later
        // state (a room deleted since would hide its last events).
        if about_me
            || matches!(payload, Payload::MemberJoined(member) if member.user_id == me)
            || matches!(
                payload,
                Payload::RoomUpdated(_) | Payload::RoomDeleted { .. }
            )
        {
            self.visible.remove(&room_id);
        }
        // Whoever could read a room hears that it was deleted or that they left it.
        let deliver = match payload {
            Payload::RoomDeleted { public, members } => {
                could_read.unwrap_or(false)
                    || members.contains(&self.caller.user_id)
                    || (*public && self.in_space(row.space_id).await)
            }
            _ if about_me => true,
            _ => self.may_read(room_id).await,
        };
        if deliver {
            return self.send(Delivery::Event(event)).await;
        }
        Ok(())
    }

    /// Whether the caller is (still) a member of `space_id`.
    async fn in_space(&self, space_id: Uuid) -> bool {
        matches!(
            stored_spaces::membership(&self.events.store.db, space_id, self.caller.user_id).await,
            Ok(Some(_))
        )
    }

    async fn may_read(&mut self, room_id: Uuid) -> bool {
        if let Some(known) = self.visible.get(&room_id) {
            return *known;
        }
        let session = matches!(&self.topic, Topic::Conversations { sessions, .. } if sessions.contains(&room_id));
        let readable = if session {
            let db = &self.events.store.db;
            matches!(
                stored_sessions::readable_by(db, room_id, self.caller.user_id).await,
                Ok(true)
            )
        } else {
            self.events
                .rooms
                .access(&self.caller, room_id)
                .await
                .is_ok()
        };
        self.visible.insert(room_id, readable);
        readable
    }

    /// Queues `delivery` for the reader, waiting at most `patience` for
    /// room: a reader that takes nothing for that long is behind.
    async fn send(&self, delivery: Delivery) -> std::result::Result<(), Stop> {
        let place = match self.outbox.try_reserve() {
            Ok(place) => place,
            Err(TrySendError::Closed(())) => return Err(Stop::Gone),
            // Only a full outbox needs a timer.
            Err(TrySendError::Full(())) => {
                match tokio::time::timeout(self.patience, self.outbox.reserve()).await {
                    Ok(Ok(place)) => place,
                    Ok(Err(_closed)) => return Err(Stop::Gone),
                    Err(_waited) => return Err(Stop::Behind),
                }
            }
        };
        place.send(Ok(delivery));
        Ok(())
    }
}

/// A local flight as a subscriber follows it.
fn in_flight(flight: &Flight) -> InFlight {
    let (sequence, text) = flight.snapshot();
    InFlight {
        room_id: flight.reply.room_id,
        space_id: flight.space_id,
        message_id: flight.reply.id,
        in_session: flight.reply.in_session(),
        started_event: flight.started_event,
        sequence,
        text,
    }
}
