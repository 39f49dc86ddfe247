//! The end of a reply: one write stores its text, usage, end event and
//! credit charge (and starts the replies a REPLR's text mentions), retried
//! when it fails; then its followers hear it.

use std::{sync::Arc, time::Duration};

use sea_orm::{DatabaseTransaction, DbErr};
use uuid::Uuid;

use super::{
    Author, Flight, Outcome, Persona, Planned, Replies, ReplyState, Started, UsageInfo, reply_of,
    to_json,
};
use crate::{
    ai,
    domain::{Error, Result},
    store::{
        credits::{self as stored_credits, Subject},
        entities::{messages, replrs},
        events::{EventId, Payload},
        leases, messages as stored_messages, replies as stored,
    },
};

/// How many times the end of a reply is written before giving up (a failed
/// write changed nothing, so it is tried again, 200 ms, 400 ms… apart).
const END_ATTEMPTS: u32 = 5;

impl Replies {
    /// Stores how the reply ended, with its event and its charge, in one
    /// write (retried, [`END_ATTEMPTS`] in all); starts the replies a REPLR's
    /// text asks for; and tells its followers.
    pub(super) async fn finish(&self, flight: Arc<Flight>, persona: &Persona, outcome: Outcome) {
        flight
            .ending
            .store(true, std::sync::atomic::Ordering::Release);
        let (text_so_far, pieces, prompt_tokens) = {
            let progress = flight.progress.lock().expect("progress lock");
            (
                progress.text.clone(),
                progress.sequence,
                progress.prompt_tokens,
            )
        };
        let mut reply = flight.reply.clone();
        let (_, mut info) = reply_of(&reply).expect("a flight is a reply");
        // What arrived of a reply that did not complete is kept and charged
        // (the provider counted it), estimated; nothing arrived, nothing is
        // charged.
        let estimated = |text: &str| UsageInfo {
            prompt_tokens: if pieces > 0 { prompt_tokens } else { 0 },
            completion_tokens: ai::estimate_tokens(text),
            estimated: true,
        };
        let (state, text, usage) = match outcome {
            Outcome::Complete(completion) => {
                let usage = UsageInfo {
                    prompt_tokens: completion.usage.prompt_tokens,
                    completion_tokens: completion.usage.completion_tokens,
                    estimated: completion.usage.estimated,
                };
                (ReplyState::Complete, completion.text, usage)
            }
            Outcome::Cancelled => {
                let usage = estimated(&text_so_far);
                (ReplyState::Cancelled, text_so_far, usage)
            }
            Outcome::Failed { reason, message } => {
                info.failure_reason = Some(reason);
                info.failure_message = Some(message);
                let usage = estimated(&text_so_far);
                (ReplyState::Failed, text_so_far, usage)
            }
        };
        info.usage = Some(usage);
        info.finished_at = Some(crate::domain::now());
        let depth = info.depth;
        if let Persona::Replr(_) = persona {
            let mentions = match crate::domain::messages::mentions_in(
                &self.store,
                reply.room_id,
                &text,
            )
            .await
            {
                Ok(mentions) => mentions,
                Err(error) => {
                    tracing::warn!(%error, reply = %reply.id, "cannot read the reply's mentions");
                    Vec::new()
                }
            };
            reply.mentions = to_json(&mentions);
        }
        reply.word_count = crate::domain::input::word_count(&text);
        reply.text = text;
        reply.reply_state = Some(state.as_str().into());
        reply.reply = Some(to_json(&info));
        let chained = match persona {
            // A completed reply that mentions other REPLRs wakes them, one
            // level deeper.
            Persona::Replr(replr) if state == ReplyState::Complete => {
                self.chain(&reply, replr, depth).await
            }
            _ => Vec::new(),
        };

        let payload = match state {
            ReplyState::Complete => Payload::ReplyCompleted,
            ReplyState::Cancelled => Payload::ReplyCancelled,
            _ => Payload::ReplyFailed,
        };
        let space_id = flight.space_id;
        let charged = i64::from(usage.prompt_tokens) + i64::from(usage.completion_tokens);
        let mut attempt = 0;
        let (stored_reply, started) = loop {
            attempt += 1;
            let ended = reply.clone();
            let rows: Vec<messages::Model> = chained.iter().map(|p| p.reply.clone()).collect();
            let written = self
                .store
                .writer
                .write(move |txn| Box::pin(store_end(txn, ended, space_id, payload, charged, rows)))
                .await;
            match written {
                Ok(Some((stored, events))) => {
                    crate::metrics::credits_charged("message", charged);
                    break (stored.unwrap_or_else(|| reply.clone()), events);
                }
                Ok(None) => {
                    tracing::warn!(reply = %reply.id, "this replica lost the reply's lease; another ended it");
                    let taken = stored_messages::find(&self.store.db, reply.id).await;
                    break (
                        taken.ok().flatten().unwrap_or_else(|| reply.clone()),
                        Vec::new(),
                    );
                }
                Err(error) if attempt < END_ATTEMPTS => {
                    tracing::warn!(%error, reply = %reply.id, attempt, "cannot store a reply's end; retrying");
                    tokio::time::sleep(Duration::from_millis(100 << attempt)).await;
                }
                Err(error) => {
                    tracing::error!(%error, reply = %reply.id, "cannot store a reply's end; it stays streaming until the next start");
                    break (reply, Vec::new());
                }
            }
        };
        self.flights.remove(flight.reply.id);
        flight.end(stored_reply);
        if !started.is_empty() {
            let started = chained
                .into_iter()
                .zip(started)
                .map(|(planned, started_event)| Started {
                    planned,
                    started_event,
                })
                .collect();
            self.launch(started, space_id);
        }
    }

    /// The replies a REPLR's completed reply starts by mentioning others.
    async fn chain(
        &self,
        reply: &messages::Model,
        replr: &replrs::Model,
        depth: i32,
    ) -> Vec<Planned> {
        let (_, replr_mentions) = crate::domain::messages::mentions_of(reply);
        let author = Author::Replr {
            replr_id: replr.id,
            depth,
        };
        match self
            .who_answers(reply.room_id, author, &replr_mentions)
            .await
        {
            Ok(replrs) => self.plan(reply, depth + 1, replrs),
            Err(error) => {
                tracing::warn!(%error, reply = %reply.id, "cannot find the REPLRs a reply mentions");
                Vec::new()
            }
        }
    }
}

/// The stored reply (none if it went with its conversation) and the
/// `reply_started` event of each reply it started; none when this replica
/// had lost the lease.
type StoredEnd = Option<(Option<messages::Model>, Vec<EventId>)>;

/// One write: the release of the reply's lease, the charge, the reply's
/// end with its event (unless it went with its conversation meanwhile: the
/// charge stands), and the replies it starts (unless the space's credits
/// are spent: they stay silent). Nothing at all when another replica took
/// the reply over: that one stored its end.
async fn store_end(
    txn: &DatabaseTransaction,
    ended: messages::Model,
    space_id: Uuid,
    payload: fn(messages::Model) -> Payload,
    charged: i64,
    rows: Vec<messages::Model>,
) -> Result<StoredEnd> {
    if !leases::release(txn, ended.id).await?
        && stored_messages::find(txn, ended.id).await?.is_some()
    {
        return Ok(None);
    }
    let subject = Subject::Reply {
        message_id: ended.id,
    };
    let answers = ended.id;
    match stored_credits::charge(txn, space_id, charged, subject).await {
        // The space is gone, and the conversation with it.
        Ok(()) | Err(DbErr::RecordNotFound(_)) => {}
        Err(error) => return Err(error.into()),
    }
    let Some(reply) = stored::finish(txn, ended, space_id, payload).await? else {
        return Ok(Some((None, Vec::new())));
    };
    let mut events = Vec::with_capacity(rows.len());
    if rows.is_empty() || !has_credits(txn, space_id).await? {
        return Ok(Some((Some(reply), events)));
    }
    for row in rows {
        events.push(stored::start(txn, row, answers, space_id).await?);
    }
    Ok(Some((Some(reply), events)))
}

/// Whether the space may start more AI work (see `credits::ensure_available_in`).
async fn has_credits(txn: &DatabaseTransaction, space_id: Uuid) -> Result<bool> {
    match crate::domain::credits::ensure_available_in(txn, space_id).await {
        Ok(()) => Ok(true),
        Err(Error::CreditsExhausted { .. }) => Ok(false),
        Err(error) => Err(error),
    }
}
