//! Live fan-out of the event log to subscribers in this process.
//!
//! The log itself is written by the domain inside each change's transaction
//! (`store::events`). After every committed write batch, the hub reads the
//! events it has not published yet, in id order, and broadcasts them; it
//! also carries ephemeral signals (typing) that are never stored.
//!
//! One broadcast ring buffer serves every subscriber, so memory does not
//! grow with the number of subscribers or with how slowly they read: a
//! subscriber that falls more than `CAPACITY` events behind is told it
//! lagged (and the subscription asks its client to resync).
//!
//! With several replicas (`--nats-url`), `nats` links the hubs: a commit
//! anywhere makes every hub read the log, and the signals that are never
//! stored (typing, reply deltas, changed rights) travel to every replica;
//! `mirror` keeps the text so far of replies streaming elsewhere. Each hub
//! also polls the log every [`POLL`], so a lost NATS message only delays an
//! event, never loses it.

mod mirror;
pub mod nats;

pub use mirror::{InFlight, Mirror};

use std::{
    sync::{
        Arc,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use chrono::{DateTime, Utc};
use tokio::sync::{Notify, broadcast, mpsc, watch};
use uuid::Uuid;

use crate::store::{Store, events as log};

/// Events a subscriber may fall behind before it must resync.
pub const CAPACITY: usize = 4096;

/// Cancel requests and invalidations from other replicas waiting to be
/// acted on.
const CANCELS: usize = 256;

/// What goes from this replica to the others.
#[derive(Debug, Clone)]
pub enum Outward {
    Live(Live),
    /// Cancel this reply, wherever it runs.
    Cancel(Uuid),
    Invalidate(Invalidation),
}

/// What another replica must stop remembering, having changed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Invalidation {
    /// An API key was revoked: it is refused, and its streams end.
    Key { key_id: Uuid },
    /// A user was deleted: every credential of theirs is refused, and
    /// their streams end.
    User { user_id: Uuid },
    /// Remembered credentials are stale (a user's admin flag changed).
    Credentials,
    /// A user's record changed (their name, or they are gone).
    Profile { user_id: Uuid },
}

/// How often a replica reads the log even if no commit was announced.
pub const POLL: Duration = Duration::from_secs(1);

/// Read from the log per query when catching up.
const PAGE: u64 = 1000;
/// The hub lets other tasks run after decoding this many events.
const YIELD_EVERY: usize = 64;

/// What the hub broadcasts.
#[derive(Debug, Clone)]
pub enum Live {
    /// A committed event from the log, decoded once for every subscriber.
    Stored(Arc<log::Logged>),
    /// Someone is typing; never stored.
    Typing(Arc<Typing>),
    /// A user's rights in a space changed in a way no room event shows
    /// (removed from the space): their subscriptions check again.
    AccessChanged { space_id: Uuid, user_id: Uuid },
    /// The next piece of a streaming reply; never stored.
    Delta(Arc<ReplyDelta>),
}

/// The next piece of a streaming reply (a REPLR's, or a session's answer).
#[derive(Debug)]
pub struct ReplyDelta {
    pub room_id: Uuid,
    pub space_id: Uuid,
    /// The reply message.
    pub message_id: Uuid,
    /// Whether the conversation (`room_id`) is a session.
    pub in_session: bool,
    /// 1, 2, 3… within the reply.
    pub sequence: i64,
    /// The id of the reply's `reply_started` event.
    pub started_event: i64,
    pub text: Arc<str>,
}

#[derive(Debug)]
pub struct Typing {
    pub room_id: Uuid,
    pub space_id: Uuid,
    pub user_id: Uuid,
    pub username: String,
    pub at: DateTime<Utc>,
    pub expire_at: DateTime<Utc>,
}

/// Handle to the fan-out. Cheap to clone.
#[derive(Clone)]
pub struct Hub {
    sender: broadcast::Sender<Live>,
    published: Arc<AtomicI64>,
    /// The same as `published`, for those who wait for an event to go out.
    published_watch: watch::Sender<i64>,
    /// Rung when another replica committed: read the log.
    wake: Arc<Notify>,
    /// Signals for the other replicas; none when this is the only one.
    outward: Option<mpsc::Sender<Outward>>,
    /// Requests, from other replicas, to cancel replies running here.
    cancels: broadcast::Sender<Uuid>,
    /// What other replicas changed and this one must forget.
    invalidations: broadcast::Sender<Invalidation>,
    /// Replies streaming on other replicas.
    mirror: Mirror,
}

impl Hub {
    /// Starts publishing events committed from now on: through this
    /// process only, or, given `nats`, through every replica linked to it.
    pub async fn start(store: Store, nats: Option<nats::Nats>) -> anyhow::Result<Self> {
        let (sender, _) = broadcast::channel(CAPACITY);
        let last = log::last_id(&store.db).await?;
        let published = Arc::new(AtomicI64::new(last));
        let (outward, to_send) = match nats {
            Some(_) => {
                let (outward, to_send) = mpsc::channel(nats::OUTWARD);
                (Some(outward), Some(to_send))
            }
            None => (None, None),
        };
        let hub = Self {
            sender,
            published,
            published_watch: watch::Sender::new(last),
            wake: Arc::new(Notify::new()),
            outward,
            cancels: broadcast::channel(CANCELS).0,
            invalidations: broadcast::channel(CANCELS).0,
            mirror: Mirror::default(),
        };
        if let (Some(nats), Some(to_send)) = (nats, to_send) {
            nats::link(nats, hub.clone(), store.writer.commits(), to_send).await?;
        }
        tokio::spawn(hub.clone().publish_commits(store));
        Ok(hub)
    }

    /// Replies streaming on other replicas.
    pub fn mirror(&self) -> &Mirror {
        &self.mirror
    }

    /// Whether other replicas share this one's database.
    pub fn replicated(&self) -> bool {
        self.outward.is_some()
    }

    /// Asks the replica running `reply_id` to cancel it.
    pub fn cancel_elsewhere(&self, reply_id: Uuid) {
        self.send_out(Outward::Cancel(reply_id));
    }

    /// Requests from other replicas to cancel replies (running here or not).
    pub fn cancel_requests(&self) -> broadcast::Receiver<Uuid> {
        self.cancels.subscribe()
    }

    /// A request from another replica to cancel a reply.
    fn cancel_requested(&self, reply_id: Uuid) {
        let _ = self.cancels.send(reply_id);
    }

    /// Tells the other replicas to forget what this one changed (it has
    /// forgotten it itself).
    pub fn invalidate(&self, what: Invalidation) {
        self.send_out(Outward::Invalidate(what));
    }

    /// What other replicas changed, for this one to forget.
    pub fn invalidations(&self) -> broadcast::Receiver<Invalidation> {
        self.invalidations.subscribe()
    }

    fn invalidated_elsewhere(&self, what: Invalidation) {
        let _ = self.invalidations.send(what);
    }

    fn send_out(&self, outward: Outward) {
        if let Some(sender) = &self.outward
            && let Err(error) = sender.try_send(outward)
        {
            tracing::warn!(%error, "a signal for the other replicas was dropped");
        }
    }

    /// Another replica committed: read the log now.
    fn wake(&self) {
        self.wake.notify_one();
    }

    /// A signal from another replica, for this one's subscribers.
    fn heard(&self, live: Live) {
        if let Live::Delta(delta) = &live {
            self.mirror.heard(delta);
        }
        let _ = self.sender.send(live);
    }

    /// Broadcasts a signal here and sends it to the other replicas.
    fn signal(&self, live: Live) {
        if self.outward.is_some() {
            self.send_out(Outward::Live(live.clone()));
        }
        // No receivers is fine: nobody is listening.
        let _ = self.sender.send(live);
    }

    /// A receiver of everything published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Live> {
        self.sender.subscribe()
    }

    /// The id of the last stored event published.
    pub fn published(&self) -> i64 {
        self.published.load(Ordering::Acquire)
    }

    /// Waits until the stored event `id` has been broadcast (or, should the
    /// hub be stuck on a failing database, a few seconds).
    pub async fn wait_published(&self, id: i64) {
        let mut published = self.published_watch.subscribe();
        let _ = tokio::time::timeout(
            Duration::from_secs(5),
            published.wait_for(|last| *last >= id),
        )
        .await;
    }

    /// Broadcasts the next piece of a streaming reply.
    pub fn reply_delta(&self, delta: ReplyDelta) {
        self.signal(Live::Delta(Arc::new(delta)));
    }

    /// Broadcasts an ephemeral typing signal.
    pub fn typing(&self, typing: Typing) {
        self.signal(Live::Typing(Arc::new(typing)));
    }

    /// Tells `user_id`'s subscriptions that their rights in `space_id`
    /// changed; send it after the change is committed.
    pub fn access_changed(&self, space_id: Uuid, user_id: Uuid) {
        self.signal(Live::AccessChanged { space_id, user_id });
    }

    async fn publish_commits(self, store: Store) {
        let mut commits = store.writer.commits();
        let replicated = self.outward.is_some();
        let mut poll = tokio::time::interval(POLL);
        poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                changed = commits.changed() => {
                    if changed.is_err() {
                        return;
                    }
                }
                _ = self.wake.notified() => {}
                _ = poll.tick(), if replicated => {}
            }
            loop {
                let after = self.published();
                match log::all_after(&store.db, after, PAGE).await {
                    Ok(batch) if batch.is_empty() => break,
                    Ok(batch) => {
                        let full = batch.len() as u64 == PAGE;
                        for (n, row) in batch.into_iter().enumerate() {
                            if n % YIELD_EVERY == YIELD_EVERY - 1 {
                                // Decoding a large batch must not hold a
                                // runtime thread: streaming replies wait.
                                tokio::task::yield_now().await;
                            }
                            let id = row.id;
                            match log::Logged::decode(row) {
                                Ok(event) => {
                                    let (kind, at) = (event.payload.kind(), event.row.created_at);
                                    crate::metrics::event_published(kind, at);
                                    if let log::Payload::ReplyCompleted(reply)
                                    | log::Payload::ReplyFailed(reply)
                                    | log::Payload::ReplyCancelled(reply) = &event.payload
                                    {
                                        self.mirror.ended(reply.id);
                                    }
                                    let _ = self.sender.send(Live::Stored(Arc::new(event)));
                                }
                                Err(error) => {
                                    tracing::error!(%error, "skipping an unreadable event")
                                }
                            }
                            self.published.store(id, Ordering::Release);
                        }
                        self.published_watch.send_replace(self.published());
                        if !full {
                            break;
                        }
                    }
                    Err(error) => {
                        tracing::error!(%error, "cannot read new events; retrying");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
            }
        }
    }
}
