//! The hub's link to the other replicas, over core NATS.
//!
//! Two subjects carry everything:
//! - `roundtable.commits`: a replica committed a write batch. The others
//!   read the event log after what they last published, as they do after a
//!   commit of their own. The message carries no event: the database stays
//!   the source of truth, and a doorbell lost (NATS down, a slow consumer)
//!   only delays delivery until the hub's next poll of the log.
//! - `roundtable.signals`: what is never stored (typing, the deltas of
//!   streaming replies, a user's changed rights), as JSON. These are lost
//!   while NATS is unreachable, as a delta is lost to a reader that
//!   disconnects; subscribers then rely on the end events, which are stored.
//!
//! Core NATS rather than JetStream: nothing here needs to be kept by NATS,
//! since every stored event is read from the database, and core NATS adds
//! no disk write and no acknowledgement to the path of each delta.
//!
//! Each message names the replica that sent it, which ignores its own.

use std::{sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use uuid::Uuid;

use super::{Hub, Invalidation, Live, Outward, ReplyDelta, Typing};

const COMMITS: &str = "roundtable.commits";
const SIGNALS: &str = "roundtable.signals";
/// How long the first connection may take before the server gives up.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Signals waiting to go out; beyond this they are dropped (and counted in
/// the log), never queued without bound.
pub const OUTWARD: usize = 16 * 1024;

/// A connection to NATS, made at start.
pub struct Nats {
    client: async_nats::Client,
    /// This replica, as the others see it in messages.
    replica: Uuid,
}

impl Nats {
    /// Connects to `url`; fails within a few seconds if NATS does not answer.
    /// Later disconnections are retried for as long as the server runs.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let replica = Uuid::now_v7();
        let client = async_nats::ConnectOptions::new()
            .name(format!("roundtable {replica}"))
            .connection_timeout(CONNECT_TIMEOUT)
            .reconnect_delay_callback(|attempts| {
                Duration::from_millis((attempts as u64 * 100).min(2000))
            })
            .connect(url)
            .await
            .map_err(|error| {
                anyhow::anyhow!(
                    "cannot connect to NATS at {}: {error}; start nats-server there, or \
                     run one replica without --nats-url (ROUNDTABLE_NATS_URL)",
                    crate::store::redact(url)
                )
            })?;
        tracing::info!(%replica, nats = %crate::store::redact(url), "connected to NATS");
        Ok(Self { client, replica })
    }
}

/// A signal as it travels between replicas.
#[derive(Serialize, Deserialize)]
struct Envelope {
    from: Uuid,
    #[serde(flatten)]
    signal: Signal,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Signal {
    Typing {
        room_id: Uuid,
        space_id: Uuid,
        user_id: Uuid,
        username: String,
        at: DateTime<Utc>,
        expire_at: DateTime<Utc>,
    },
    Delta {
        room_id: Uuid,
        space_id: Uuid,
        message_id: Uuid,
        in_session: bool,
        sequence: i64,
        started_event: i64,
        text: String,
    },
    Access {
        space_id: Uuid,
        user_id: Uuid,
    },
    Cancel {
        reply_id: Uuid,
    },
    Invalidate {
        invalidation: Invalidation,
    },
}

impl Signal {
    fn of(outward: &Outward) -> Option<Self> {
        let live = match outward {
            Outward::Cancel(reply_id) => {
                return Some(Signal::Cancel {
                    reply_id: *reply_id,
                });
            }
            Outward::Invalidate(invalidation) => {
                return Some(Signal::Invalidate {
                    invalidation: *invalidation,
                });
            }
            Outward::Live(live) => live,
        };
        Some(match live {
            Live::Stored(_) => return None,
            Live::Typing(t) => Signal::Typing {
                room_id: t.room_id,
                space_id: t.space_id,
                user_id: t.user_id,
                username: t.username.clone(),
                at: t.at,
                expire_at: t.expire_at,
            },
            Live::Delta(d) => Signal::Delta {
                room_id: d.room_id,
                space_id: d.space_id,
                message_id: d.message_id,
                in_session: d.in_session,
                sequence: d.sequence,
                started_event: d.started_event,
                text: d.text.to_string(),
            },
            Live::AccessChanged { space_id, user_id } => Signal::Access {
                space_id: *space_id,
                user_id: *user_id,
            },
        })
    }

    /// Hands the signal to this replica's hub.
    fn deliver(self, hub: &Hub) {
        let live = match self {
            Signal::Cancel { reply_id } => return hub.cancel_requested(reply_id),
            Signal::Invalidate { invalidation } => return hub.invalidated_elsewhere(invalidation),
            Signal::Typing {
                room_id,
                space_id,
                user_id,
                username,
                at,
                expire_at,
            } => Live::Typing(Arc::new(Typing {
                room_id,
                space_id,
                user_id,
                username,
                at,
                expire_at,
            })),
            Signal::Delta {
                room_id,
                space_id,
                message_id,
                in_session,
                sequence,
                started_event,
                text,
            } => Live::Delta(Arc::new(ReplyDelta {
                room_id,
                space_id,
                message_id,
                in_session,
                sequence,
                started_event,
                text: text.into(),
            })),
            Signal::Access { space_id, user_id } => Live::AccessChanged { space_id, user_id },
        };
        hub.heard(live);
    }
}

/// Starts the link's tasks: this replica's commits and signals go out, the
/// others' come in to `hub`.
pub(super) async fn link(
    nats: Nats,
    hub: Hub,
    mut commits: tokio::sync::watch::Receiver<u64>,
    mut outward: mpsc::Receiver<Outward>,
) -> anyhow::Result<()> {
    let Nats { client, replica } = nats;
    let mut inbound = futures::stream::select(
        client.subscribe(COMMITS).await?,
        client.subscribe(SIGNALS).await?,
    );
    // Both subscriptions exist on the server before the first write is served.
    client.flush().await?;

    let sender = client.clone();
    tokio::spawn(async move {
        let me = prost::bytes::Bytes::from(replica.to_string());
        while commits.changed().await.is_ok() {
            if let Err(error) = sender.publish(COMMITS, me.clone()).await {
                tracing::warn!(%error, "cannot tell the other replicas of a commit");
            }
        }
    });
    let sender = client.clone();
    tokio::spawn(async move {
        while let Some(out) = outward.recv().await {
            let Some(signal) = Signal::of(&out) else {
                continue;
            };
            let envelope = Envelope {
                from: replica,
                signal,
            };
            let payload = serde_json::to_vec(&envelope).expect("a signal serializes");
            if let Err(error) = sender.publish(SIGNALS, payload.into()).await {
                tracing::warn!(%error, "cannot send a signal to the other replicas");
            }
        }
    });
    tokio::spawn(async move {
        while let Some(message) = inbound.next().await {
            if message.subject.as_str() == COMMITS {
                if message.payload.as_ref() != replica.to_string().as_bytes() {
                    hub.wake();
                }
                continue;
            }
            match serde_json::from_slice::<Envelope>(&message.payload) {
                Ok(envelope) if envelope.from == replica => {}
                Ok(envelope) => envelope.signal.deliver(&hub),
                Err(error) => tracing::warn!(%error, "skipping an unreadable signal"),
            }
        }
        tracing::error!(
            "the NATS subscriptions ended; events from other replicas now arrive by polling"
        );
    });
    Ok(())
}
