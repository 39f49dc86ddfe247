//! Replies in flight: one [`Flight`] per reply streaming in this process
//! (its text so far, a broadcast of its deltas, its cancel token), their
//! registry [`Flights`], and the two ways of following one: [`Followed`]
//! (a snapshot and the raw broadcast, for rooms' streams) and
//! [`Follower`] (a pull of merged pieces, for sessions' streams).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use tokio::sync::{
    broadcast::{self, error::RecvError},
    watch,
};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use crate::{
    events::{Hub, ReplyDelta},
    store::entities::messages,
};

/// Updates a follower of one reply may fall behind before it is sent a
/// snapshot instead.
const UPDATES: usize = 1024;

/// Something that happened to one reply, for its followers.
#[derive(Debug, Clone)]
pub enum Update {
    /// The next piece of text; `sequence` counts from 1.
    Delta { sequence: i64, text: Arc<str> },
    /// The reply ended; this is it as stored.
    Finished(Box<messages::Model>),
}

/// What following a reply starts with.
pub enum Followed {
    Streaming {
        /// The sequence of the last delta in `text`.
        sequence: i64,
        text: String,
        updates: broadcast::Receiver<Update>,
    },
    Ended(Box<messages::Model>),
}

#[derive(Default)]
pub(super) struct Progress {
    pub(super) text: String,
    pub(super) sequence: i64,
    pub(super) prompt_tokens: u32,
}

/// A reply streaming in this process.
pub struct Flight {
    /// The reply as stored when it started.
    pub reply: messages::Model,
    pub space_id: Uuid,
    /// The id of its `reply_started` event.
    pub started_event: i64,
    pub(super) progress: Mutex<Progress>,
    updates: broadcast::Sender<Update>,
    /// A receiver of `updates` taken before the reply started, for the
    /// caller who asked for it: it sees every delta from the first.
    first_follower: Mutex<Option<broadcast::Receiver<Update>>>,
    pub(super) cancel: CancellationToken,
    /// Set when its end is being stored: its lease may be released any
    /// moment, by that write.
    pub(super) ending: std::sync::atomic::AtomicBool,
    done: watch::Sender<Option<messages::Model>>,
}

impl Flight {
    pub(super) fn new(reply: messages::Model, space_id: Uuid, started_event: i64) -> Self {
        let (updates, first_follower) = broadcast::channel(UPDATES);
        Self {
            reply,
            space_id,
            started_event,
            progress: Mutex::new(Progress::default()),
            updates,
            first_follower: Mutex::new(Some(first_follower)),
            cancel: CancellationToken::new(),
            ending: Default::default(),
            done: watch::Sender::new(None),
        }
    }

    /// The text so far and the sequence of its last delta.
    pub fn snapshot(&self) -> (i64, String) {
        let progress = self.progress.lock().expect("progress lock");
        (progress.sequence, progress.text.clone())
    }

    /// The reply so far, as a message (text so far, still streaming).
    pub fn current(&self) -> messages::Model {
        let mut reply = self.reply.clone();
        reply.text = self.snapshot().1;
        reply
    }

    /// A snapshot, and every update after it: nothing between the two is
    /// missed, because both are taken under the lock deltas are added with.
    /// A reply that has already ended comes as `Followed::Ended`.
    pub fn follow(&self) -> Followed {
        let progress = self.progress.lock().expect("progress lock");
        let updates = self.updates.subscribe();
        // `finish` stores the end before it sends `Finished`: if it is not
        // stored yet, `Finished` reaches `updates`.
        if let Some(ended) = self.done.borrow().clone() {
            return Followed::Ended(Box::new(ended));
        }
        Followed::Streaming {
            sequence: progress.sequence,
            text: progress.text.clone(),
            updates,
        }
    }

    /// Every update from the reply's first delta on, for the first caller
    /// that asks (the one whose message started it, as a rule); later
    /// callers get [`Flight::follow`]'s snapshot instead.
    pub fn follow_from_start(&self) -> Followed {
        let first = self.first_follower.lock().expect("follower lock").take();
        match first {
            Some(updates) => Followed::Streaming {
                sequence: 0,
                text: String::new(),
                updates,
            },
            None => self.follow(),
        }
    }

    /// Waits for the reply to end and returns it as stored.
    pub async fn finished(&self) -> messages::Model {
        let mut done = self.done.subscribe();
        match done.wait_for(Option::is_some).await {
            Ok(stored) => stored.clone().expect("waited for Some"),
            // The sender lives as long as `self`.
            Err(_) => self.current(),
        }
    }

    pub(super) fn push(&self, text: String, hub: &Hub) {
        let mut progress = self.progress.lock().expect("progress lock");
        progress.sequence += 1;
        progress.text.push_str(&text);
        let sequence = progress.sequence;
        let text: Arc<str> = text.into();
        // Sent under the lock, so a snapshot is always at a delta boundary
        // and followers see deltas in order.
        let _ = self.updates.send(Update::Delta {
            sequence,
            text: text.clone(),
        });
        hub.reply_delta(ReplyDelta {
            room_id: self.reply.room_id,
            space_id: self.space_id,
            message_id: self.reply.id,
            in_session: self.reply.in_session(),
            sequence,
            started_event: self.started_event,
            text,
        });
    }

    /// Records the end as stored and tells every follower.
    pub(super) fn end(&self, stored: messages::Model) {
        self.done.send_replace(Some(stored.clone()));
        let _ = self.updates.send(Update::Finished(Box::new(stored)));
    }
}

/// The replies streaming in this process, by reply id. Cheap to clone.
#[derive(Clone, Default)]
pub struct Flights(Arc<Mutex<HashMap<Uuid, Arc<Flight>>>>);

impl Flights {
    pub fn get(&self, reply_id: Uuid) -> Option<Arc<Flight>> {
        self.0.lock().expect("flights lock").get(&reply_id).cloned()
    }

    /// Those that `keep` selects.
    pub fn select(&self, keep: impl Fn(&Flight) -> bool) -> Vec<Arc<Flight>> {
        let flights = self.0.lock().expect("flights lock");
        flights.values().filter(|f| keep(f)).cloned().collect()
    }

    pub(super) fn insert(&self, flight: Arc<Flight>) {
        let mut flights = self.0.lock().expect("flights lock");
        flights.insert(flight.reply.id, flight);
    }

    pub(super) fn remove(&self, reply_id: Uuid) {
        self.0.lock().expect("flights lock").remove(&reply_id);
    }
}

/// What a [`Follower`] hears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    /// More text: the next piece, or with `snapshot` the whole text so far.
    Delta {
        message_id: Uuid,
        /// Deltas the text now includes.
        sequence: i64,
        text: String,
        snapshot: bool,
    },
    /// The reply as it ended; nothing follows.
    Ended(Box<messages::Model>),
}

/// Reads one reply from where it stands to its end, one item at a time: a
/// snapshot first when text has already arrived, then each delta; a reader
/// that falls behind the broadcast gets the whole text so far again (a
/// snapshot) and goes on from there.
pub struct Follower {
    message_id: Uuid,
    flight: Option<Arc<Flight>>,
    start: Option<Followed>,
    updates: Option<broadcast::Receiver<Update>>,
    /// The sequence of the last text handed out.
    sent: i64,
    done: bool,
    /// Set when the reply streams on another replica: it is followed there.
    remote: Option<Box<super::remote::Remote>>,
}

impl Follower {
    /// Follows `flight` from where it stands, or from its first delta when
    /// `from_start` and no one took that yet.
    pub fn new(flight: Arc<Flight>, from_start: bool) -> Self {
        let start = if from_start {
            flight.follow_from_start()
        } else {
            flight.follow()
        };
        let mut follower = Self::nothing_yet(flight.reply.id);
        follower.start = Some(start);
        follower.flight = Some(flight);
        follower
    }

    /// A follower of a reply that has already ended: it hears only that.
    pub fn ended(reply: messages::Model) -> Self {
        let mut follower = Self::nothing_yet(reply.id);
        follower.start = Some(Followed::Ended(Box::new(reply)));
        follower
    }

    /// A follower of a reply streaming on another replica.
    pub(super) fn remote(remote: super::remote::Remote) -> Self {
        let mut follower = Self::nothing_yet(remote.reply_id());
        follower.remote = Some(Box::new(remote));
        follower
    }

    fn nothing_yet(message_id: Uuid) -> Self {
        Self {
            message_id,
            flight: None,
            start: None,
            updates: None,
            sent: 0,
            done: false,
            remote: None,
        }
    }

    /// The next item; `None` after the end.
    pub async fn next(&mut self) -> Option<Heard> {
        if let Some(remote) = self.remote.as_mut() {
            return remote.next().await;
        }
        if self.done {
            return None;
        }
        match self.start.take() {
            Some(Followed::Ended(reply)) => {
                self.done = true;
                return Some(Heard::Ended(reply));
            }
            Some(Followed::Streaming {
                sequence,
                text,
                updates,
            }) => {
                self.updates = Some(updates);
                self.sent = sequence;
                if !text.is_empty() {
                    return Some(self.delta(sequence, text, true));
                }
            }
            None => {}
        }
        loop {
            let updates = self.updates.as_mut()?;
            match updates.recv().await {
                Ok(Update::Delta { sequence, text }) if sequence > self.sent => {
                    self.sent = sequence;
                    return Some(self.delta(sequence, text.to_string(), false));
                }
                Ok(Update::Delta { .. }) => continue,
                Ok(Update::Finished(reply)) => {
                    self.done = true;
                    return Some(Heard::Ended(reply));
                }
                Err(RecvError::Lagged(_)) => {
                    let flight = self.flight.as_ref()?;
                    let (sequence, text) = flight.snapshot();
                    self.sent = sequence;
                    return Some(self.delta(sequence, text, true));
                }
                Err(RecvError::Closed) => {
                    self.done = true;
                    let flight = self.flight.as_ref()?;
                    return Some(Heard::Ended(Box::new(flight.finished().await)));
                }
            }
        }
    }

    fn delta(&self, sequence: i64, text: String, snapshot: bool) -> Heard {
        Heard::Delta {
            message_id: self.message_id,
            sequence,
            text,
            snapshot,
        }
    }
}
