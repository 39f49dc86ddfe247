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
//! Between replicas, events would travel over NATS; that is not built yet,
//! so subscribers see the events committed through their own replica.

use std::{
    sync::{
        Arc,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use chrono::{DateTime, Utc};
use tokio::sync::broadcast;
use uuid::Uuid;

use crate::store::{Store, events as log};

/// Events a subscriber may fall behind before it must resync.
pub const CAPACITY: usize = 4096;

/// Read from the log per query when catching up.
const PAGE: u64 = 1000;

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
}

impl Hub {
    /// Starts publishing events committed from now on.
    pub async fn start(store: Store) -> Result<Self, sea_orm::DbErr> {
        let (sender, _) = broadcast::channel(CAPACITY);
        let published = Arc::new(AtomicI64::new(log::last_id(&store.db).await?));
        let hub = Self { sender, published };
        tokio::spawn(hub.clone().publish_commits(store));
        Ok(hub)
    }

    /// A receiver of everything published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Live> {
        self.sender.subscribe()
    }

    /// The id of the last stored event published.
    pub fn published(&self) -> i64 {
        self.published.load(Ordering::Acquire)
    }

    /// Broadcasts an ephemeral typing signal.
    pub fn typing(&self, typing: Typing) {
        // No receivers is fine: nobody is listening.
        let _ = self.sender.send(Live::Typing(Arc::new(typing)));
    }

    /// Tells `user_id`'s subscriptions that their rights in `space_id`
    /// changed; send it after the change is committed.
    pub fn access_changed(&self, space_id: Uuid, user_id: Uuid) {
        let _ = self.sender.send(Live::AccessChanged { space_id, user_id });
    }

    async fn publish_commits(self, store: Store) {
        let mut commits = store.writer.commits();
        while commits.changed().await.is_ok() {
            loop {
                let after = self.published();
                match log::all_after(&store.db, after, PAGE).await {
                    Ok(batch) if batch.is_empty() => break,
                    Ok(batch) => {
                        let full = batch.len() as u64 == PAGE;
                        for row in batch {
                            let id = row.id;
                            match log::Logged::decode(row) {
                                Ok(event) => {
                                    let _ = self.sender.send(Live::Stored(Arc::new(event)));
                                }
                                Err(error) => {
                                    tracing::error!(%error, "skipping an unreadable event")
                                }
                            }
                            self.published.store(id, Ordering::Release);
                        }
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
