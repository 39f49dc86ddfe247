//! Replies streaming on other replicas, as this one hears them.
//!
//! A reply's flight lives in the replica that runs it; its deltas reach the
//! others over NATS. Each replica keeps the text so far of the replies it
//! hears that way, so that a subscriber here that starts (or falls behind)
//! mid-reply gets a snapshot, then the next deltas, as it would from a
//! local flight. A reply heard from its first delta on, with none missed,
//! is whole; one joined late or with a delta lost is not, and gets no
//! snapshot (its end event carries the whole text).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use uuid::Uuid;

use super::ReplyDelta;

/// A reply not heard from for this long is forgotten (its replica died
/// before its end was stored, or its end was missed).
const FORGET_AFTER: Duration = Duration::from_secs(600);
/// Forgotten replies are swept when the mirror has grown by this many.
const SWEEP_EVERY: usize = 256;

/// What a subscriber needs to follow a reply streaming elsewhere.
#[derive(Debug, Clone)]
pub struct InFlight {
    pub room_id: Uuid,
    pub space_id: Uuid,
    pub message_id: Uuid,
    pub in_session: bool,
    /// The id of the reply's `reply_started` event.
    pub started_event: i64,
    /// The sequence of the last delta in `text`.
    pub sequence: i64,
    pub text: String,
}

struct Entry {
    reply: InFlight,
    /// Every delta from the first on was heard.
    whole: bool,
    heard: Instant,
}

/// The text so far of replies streaming on other replicas. Cheap to clone.
#[derive(Clone, Default)]
pub struct Mirror(Arc<Mutex<HashMap<Uuid, Entry>>>);

impl Mirror {
    /// Adds a delta heard from another replica.
    pub fn heard(&self, delta: &ReplyDelta) {
        let mut replies = self.0.lock().expect("mirror lock");
        let grown = !replies.contains_key(&delta.message_id);
        let entry = replies.entry(delta.message_id).or_insert_with(|| Entry {
            reply: InFlight {
                room_id: delta.room_id,
                space_id: delta.space_id,
                message_id: delta.message_id,
                in_session: delta.in_session,
                started_event: delta.started_event,
                sequence: 0,
                text: String::new(),
            },
            whole: true,
            heard: Instant::now(),
        });
        if delta.sequence <= entry.reply.sequence {
            return; // heard twice
        }
        if delta.sequence != entry.reply.sequence + 1 {
            entry.whole = false;
        }
        entry.reply.sequence = delta.sequence;
        entry.reply.text.push_str(&delta.text);
        entry.heard = Instant::now();
        if grown && replies.len().is_multiple_of(SWEEP_EVERY) {
            replies.retain(|_, entry| entry.heard.elapsed() < FORGET_AFTER);
        }
    }

    /// Forgets a reply that ended.
    pub fn ended(&self, reply_id: Uuid) {
        self.0.lock().expect("mirror lock").remove(&reply_id);
    }

    /// A whole reply's text so far.
    pub fn get(&self, reply_id: Uuid) -> Option<InFlight> {
        let replies = self.0.lock().expect("mirror lock");
        replies
            .get(&reply_id)
            .filter(|entry| entry.whole)
            .map(|entry| entry.reply.clone())
    }

    /// The whole replies that `keep` selects.
    pub fn select(&self, keep: impl Fn(&InFlight) -> bool) -> Vec<InFlight> {
        let replies = self.0.lock().expect("mirror lock");
        replies
            .values()
            .filter(|entry| entry.whole && keep(&entry.reply))
            .map(|entry| entry.reply.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delta(message_id: Uuid, sequence: i64, text: &str) -> ReplyDelta {
        ReplyDelta {
            room_id: Uuid::nil(),
            space_id: Uuid::nil(),
            message_id,
            in_session: false,
            sequence,
            started_event: 7,
            text: text.into(),
        }
    }

    #[test]
    fn a_reply_heard_from_its_start_is_whole_until_a_delta_is_missed() {
        let mirror = Mirror::default();
        let id = Uuid::now_v7();
        mirror.heard(&delta(id, 1, "Hel"));
        mirror.heard(&delta(id, 2, "lo"));
        mirror.heard(&delta(id, 2, "lo"));
        let seen = mirror.get(id).expect("whole");
        assert_eq!((seen.sequence, seen.text.as_str()), (2, "Hello"));
        mirror.heard(&delta(id, 4, "!"));
        assert!(mirror.get(id).is_none(), "a delta was missed");
        mirror.ended(id);
        assert!(mirror.select(|_| true).is_empty());
    }

    #[test]
    fn a_reply_joined_late_is_not_whole() {
        let mirror = Mirror::default();
        let id = Uuid::now_v7();
        mirror.heard(&delta(id, 3, "lo"));
        assert!(mirror.get(id).is_none());
        assert!(mirror.select(|_| true).is_empty());
    }
}
