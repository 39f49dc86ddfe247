//! Following a reply that streams on another replica (see
//! `events::mirror`): its deltas arrive over NATS and its end through the
//! event log, so a session RPC on any replica can follow an answer as the
//! replica running it would: a snapshot of the text so far, then each
//! delta, then the reply as stored.
//!
//! Deltas are lost while NATS is down; the end is not (it is read from the
//! database). A follower that misses a delta and cannot get a whole
//! snapshot from the mirror hands out no more text and waits for the end,
//! whose stored text is whole.

use sea_orm::DatabaseConnection;
use tokio::sync::broadcast::{self, error::RecvError};

use super::{flight::Heard, is_streaming};
use crate::{
    events::{Live, Mirror},
    store::{entities::messages, events::Payload, messages as stored_messages},
};

pub(super) struct Remote {
    /// The reply as stored when it was followed (still streaming).
    reply: messages::Model,
    /// Subscribed before `reply` was read, so its end cannot slip by.
    live: broadcast::Receiver<Live>,
    mirror: Mirror,
    db: DatabaseConnection,
    /// The sequence of the last text handed out.
    sent: i64,
    /// Every delta after `sent` can still be heard: text is handed out.
    in_step: bool,
    /// A snapshot to hand out first.
    first: Option<Heard>,
    done: bool,
}

impl Remote {
    /// Follows `reply`, streaming elsewhere, from where it stands here.
    pub(super) fn new(
        reply: messages::Model,
        live: broadcast::Receiver<Live>,
        mirror: Mirror,
        db: DatabaseConnection,
    ) -> Self {
        let mut remote = Self {
            reply,
            live,
            mirror,
            db,
            sent: 0,
            in_step: true,
            first: None,
            done: false,
        };
        // Not in the mirror: no delta heard yet (they come from the first),
        // or one was missed (the first one heard shows a gap).
        remote.first = remote.snapshot();
        remote
    }

    pub(super) fn reply_id(&self) -> uuid::Uuid {
        self.reply.id
    }

    /// The mirror's whole text so far, when it is ahead of what was handed
    /// out.
    fn snapshot(&mut self) -> Option<Heard> {
        let so_far = self.mirror.get(self.reply.id)?;
        if so_far.sequence <= self.sent {
            return None;
        }
        self.sent = so_far.sequence;
        Some(Heard::Delta {
            message_id: self.reply.id,
            sequence: so_far.sequence,
            text: so_far.text,
            snapshot: true,
        })
    }

    /// The reply as stored now, when it has ended.
    async fn ended_in_store(&self) -> Option<messages::Model> {
        match stored_messages::find(&self.db, self.reply.id).await {
            Ok(Some(stored)) if !is_streaming(&stored) => Some(stored),
            _ => None,
        }
    }

    pub(super) async fn next(&mut self) -> Option<Heard> {
        if self.done {
            return None;
        }
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        let id = self.reply.id;
        loop {
            match self.live.recv().await {
                Ok(Live::Delta(delta)) if delta.message_id == id => {
                    if !self.in_step || delta.sequence <= self.sent {
                        continue;
                    }
                    if delta.sequence == self.sent + 1 {
                        self.sent = delta.sequence;
                        return Some(Heard::Delta {
                            message_id: id,
                            sequence: delta.sequence,
                            text: delta.text.to_string(),
                            snapshot: false,
                        });
                    }
                    // A delta was missed: the mirror may still hold it all.
                    match self.snapshot() {
                        Some(snapshot) => return Some(snapshot),
                        None => self.in_step = false,
                    }
                }
                Ok(Live::Stored(event)) => match &event.payload {
                    Payload::ReplyCompleted(reply)
                    | Payload::ReplyFailed(reply)
                    | Payload::ReplyCancelled(reply)
                        if reply.id == id =>
                    {
                        self.done = true;
                        return Some(Heard::Ended(Box::new(reply.clone())));
                    }
                    _ => {}
                },
                Ok(_) => {}
                // The end may be among what was missed: the store knows.
                Err(RecvError::Lagged(_)) => {
                    if let Some(ended) = self.ended_in_store().await {
                        self.done = true;
                        return Some(Heard::Ended(Box::new(ended)));
                    }
                    match self.snapshot() {
                        Some(snapshot) => return Some(snapshot),
                        None => self.in_step = false,
                    }
                }
                Err(RecvError::Closed) => {
                    self.done = true;
                    let ended = self.ended_in_store().await;
                    return Some(Heard::Ended(Box::new(
                        ended.unwrap_or_else(|| self.reply.clone()),
                    )));
                }
            }
        }
    }
}
