//! Who runs each reply. A server alone runs every reply there is: at
//! start, the replies a stopped server left streaming end as failed, and
//! no lease is ever taken. One of several replicas takes a reply's lease in
//! the write that stores it and releases it in the write that stores its
//! end (`end.rs`); between the two, it renews the leases of its flights.
//! Each replica takes over the replies whose lease expired: their replica
//! stopped answering, so they end as failed (`REPLICA_LOST`), exactly once,
//! and the replica that lost a lease, should it still run, stores nothing.

use std::{collections::HashSet, time::Duration};

use tokio::sync::broadcast::error::RecvError;

use super::{CANCEL_WAIT, Replies, ReplyState, is_streaming, reply_of, to_json};
use crate::{
    domain::{Error, Result},
    events::Live,
    store::{
        entities::messages, events::Payload, leases, messages as stored_messages,
        replies as stored, rooms as stored_rooms,
    },
};

/// How often this replica renews its leases: a few times per TTL.
const RENEW_EVERY: Duration = Duration::from_secs(3);
/// How often a replica looks for the expired leases of others.
const TAKE_OVER_EVERY: Duration = Duration::from_secs(2);
/// Replies taken over in one write.
const TAKE_OVER_BATCH: u64 = 100;

impl Replies {
    /// At start, before serving. One server alone: every reply left
    /// streaming was its own, so each ends as failed (`SERVER_RESTARTED`)
    /// and every lease goes. One of several replicas (`replicated`): a
    /// streaming reply may run on another, so only those no lease covers
    /// (left by a release from before leases) end so; the others are taken
    /// over once their lease expires. Returns how many ended.
    pub async fn recover(&self, replicated: bool) -> Result<usize> {
        let db = &self.store.db;
        let left = if replicated {
            leases::unleased_streaming(db).await?
        } else {
            stored::streaming(db).await?
        };
        let count = left.len();
        for reply in left {
            self.store
                .writer
                .write(move |txn| {
                    Box::pin(async move {
                        end_as_failed(
                            txn,
                            reply,
                            "SERVER_RESTARTED",
                            "the server stopped while this reply was streaming",
                        )
                        .await
                    })
                })
                .await?;
        }
        if !replicated {
            leases::release_all(db).await?;
        }
        if count > 0 {
            tracing::warn!(
                count,
                "replies left streaming by a stopped server marked failed"
            );
        }
        Ok(count)
    }

    /// Keeps this replica's leases alive for as long as the server runs,
    /// and, with `replicated`, takes over the replies of replicas that
    /// stopped answering.
    pub fn keep_leases(&self, replicated: bool) {
        if !replicated {
            return; // a server alone takes no leases
        }
        leases::use_leases();
        let engine = self.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(RENEW_EVERY);
            loop {
                every.tick().await;
                if let Err(error) = engine.renew().await {
                    tracing::warn!(%error, "cannot renew this replica's reply leases");
                }
            }
        });
        let engine = self.clone();
        let mut cancels = self.hub.cancel_requests();
        tokio::spawn(async move {
            loop {
                match cancels.recv().await {
                    Ok(reply_id) => {
                        if let Some(flight) = engine.flights.get(reply_id) {
                            flight.cancel.cancel();
                        }
                    }
                    Err(RecvError::Lagged(missed)) => {
                        tracing::warn!(missed, "cancel requests from other replicas were missed")
                    }
                    Err(RecvError::Closed) => return,
                }
            }
        });
        let engine = self.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(TAKE_OVER_EVERY);
            loop {
                every.tick().await;
                if let Err(error) = engine.take_over().await {
                    tracing::warn!(%error, "cannot take over the replies of lost replicas");
                }
            }
        });
    }

    /// Asks the replica running a reply to cancel it, and waits (a while)
    /// for its end to be stored: returns it as it ended, or as it stands.
    pub(super) async fn stop_elsewhere(
        &self,
        reply: messages::Model,
        finished_reason: &'static str,
    ) -> Result<messages::Model> {
        // Listen before asking, so the end cannot slip by.
        let mut live = self.hub.subscribe();
        self.hub.cancel_elsewhere(reply.id);
        let ended = async {
            loop {
                match live.recv().await {
                    Ok(Live::Stored(event)) => match &event.payload {
                        Payload::ReplyCompleted(r)
                        | Payload::ReplyFailed(r)
                        | Payload::ReplyCancelled(r)
                            if r.id == reply.id =>
                        {
                            return;
                        }
                        _ => {}
                    },
                    Ok(_) | Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => return,
                }
            }
        };
        let _ = tokio::time::timeout(CANCEL_WAIT, ended).await;
        let stored = stored_messages::find(&self.store.db, reply.id)
            .await?
            .unwrap_or(reply);
        match reply_of(&stored).map(|(state, _)| state) {
            Some(ReplyState::Streaming | ReplyState::Cancelled) | None => {
                Ok(self.as_it_stands(stored).0)
            }
            Some(_) => Err(Error::precondition(
                finished_reason,
                "the reply has already ended",
            )),
        }
    }

    /// Renews the leases of this replica's flights; a flight whose lease
    /// is gone was taken over, and is stopped (its end is not stored here).
    async fn renew(&self) -> Result<()> {
        // Flights from before the write: their leases were committed before
        // they took off, so the write sees them unless they were taken.
        let flying = self.flights.select(|_| true);
        if flying.is_empty() {
            return Ok(());
        }
        let held: HashSet<_> = self
            .store
            .writer
            .write(|txn| Box::pin(async move { Ok::<_, Error>(leases::renew(txn).await?) }))
            .await?
            .into_iter()
            .collect();
        for flight in flying {
            // One whose end is being stored releases its lease in that write.
            let ending = flight.ending.load(std::sync::atomic::Ordering::Acquire);
            if !held.contains(&flight.reply.id) && !ending {
                tracing::warn!(reply = %flight.reply.id, "another replica took this reply over; stopping it");
                flight.cancel.cancel();
            }
        }
        Ok(())
    }

    /// Ends, as failed (`REPLICA_LOST`), the replies whose lease another
    /// replica let expire. Two replicas doing it at once never end the same
    /// reply twice: a lease is claimed by one write only. Returns how many.
    pub async fn take_over(&self) -> Result<usize> {
        let ended = self
            .store
            .writer
            .write(|txn| {
                Box::pin(async move {
                    let mut ended = Vec::new();
                    for reply_id in leases::claim_expired(txn, TAKE_OVER_BATCH).await? {
                        let Some(reply) = stored_messages::find(txn, reply_id).await? else {
                            continue; // gone with its conversation
                        };
                        if is_streaming(&reply) {
                            end_as_failed(
                                txn,
                                reply,
                                "REPLICA_LOST",
                                "the server running this reply stopped answering",
                            )
                            .await?;
                            ended.push(reply_id);
                        }
                    }
                    Ok::<_, Error>(ended)
                })
            })
            .await?;
        if !ended.is_empty() {
            tracing::warn!(
                count = ended.len(),
                replies = ?ended,
                "took over the replies of a replica that stopped answering: they ended as failed"
            );
        }
        Ok(ended.len())
    }
}

/// Stores a streaming reply's end as failed, with its event; nothing is
/// charged (what the lost replica received is unknown).
async fn end_as_failed(
    txn: &sea_orm::DatabaseTransaction,
    mut reply: messages::Model,
    reason: &str,
    message: &str,
) -> Result<()> {
    let Some((_, mut info)) = reply_of(&reply) else {
        return Ok(());
    };
    let Some(room) = stored_rooms::find(txn, reply.room_id).await? else {
        return Ok(());
    };
    info.failure_reason = Some(reason.into());
    info.failure_message = Some(message.into());
    info.finished_at = Some(crate::domain::now());
    reply.reply_state = Some(ReplyState::Failed.as_str().into());
    reply.reply = Some(to_json(&info));
    stored::finish(txn, reply, room.space_id, Payload::ReplyFailed).await?;
    Ok(())
}
