//! REPLR replies in rooms: which REPLRs answer a message, the engine that
//! streams each reply from its provider, and the replies in flight.
//!
//! A reply is a message whose sender is a REPLR. It is stored when it
//! starts (state `streaming`, empty text, in the same transaction as the
//! message it answers, with the REPLR's 💭 reaction on that message), then
//! runs in a task of its own: the conversation so far goes to the provider,
//! each delta goes out live (to event subscribers through the hub, and to
//! callers following this reply), and the end (complete, failed, cancelled)
//! is stored with its text and usage. Nothing a watcher does stops it but
//! `CancelReply`.
//!
//! Loops: a reply answers a person's message at depth 1. A reply's text that
//! mentions another REPLR of the room starts that REPLR's reply one level
//! deeper, up to [`MAX_DEPTH`]; REPLRs never answer their own replies and
//! never answer REPLR messages that do not mention them.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::{DateTime, Utc};
use sea_orm::DatabaseTransaction;
use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, watch};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::{
    Caller, Error, Kind, Result, RoomRole, SpaceRole, messages::ReplrMention, replrs::ReplyMode,
    rooms::Rooms, users::Directory,
};
use crate::{
    ai::{self, ChatMessage, ChatRequest, Completion, ProviderError, Providers, ReplyEvent, Role},
    events::{Hub, ReplyDelta},
    store::{
        Store,
        credits::{self as stored_credits, Subject},
        entities::{messages, replrs},
        events::Payload,
        messages::{self as stored_messages, Window},
        replies as stored, replrs as stored_replrs,
    },
};

/// How many replies deep a conversation between REPLRs may go.
pub const MAX_DEPTH: i32 = 3;
/// At most this many messages of the room form a reply's context.
pub const CONTEXT_MESSAGES: u64 = 50;
/// The context's budget, in estimated tokens (the system prompt included).
pub const CONTEXT_TOKENS: u32 = 6000;
/// The longest `wait_for_replies` waits.
pub const WAIT_LIMIT: Duration = Duration::from_secs(60);
/// Updates a follower of one reply may fall behind before it is sent a
/// snapshot instead.
const UPDATES: usize = 1024;
/// How long a cancelled reply has to store its end before CancelReply
/// answers with the reply as it stands.
const CANCEL_WAIT: Duration = Duration::from_secs(10);

/// Where a reply stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyState {
    Streaming,
    Complete,
    Failed,
    Cancelled,
}

impl ReplyState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyState::Streaming => "streaming",
            ReplyState::Complete => "complete",
            ReplyState::Failed => "failed",
            ReplyState::Cancelled => "cancelled",
        }
    }

    pub fn parse(stored: &str) -> Option<Self> {
        Some(match stored {
            "streaming" => ReplyState::Streaming,
            "complete" => ReplyState::Complete,
            "failed" => ReplyState::Failed,
            "cancelled" => ReplyState::Cancelled,
            _ => return None,
        })
    }
}

/// Tokens a reply used, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageInfo {
    pub prompt_tokens: u32,
    pub completion_tokens: u32,
    pub estimated: bool,
}

/// A reply's details, stored as JSON in `messages.reply`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyInfo {
    pub in_reply_to: Uuid,
    pub provider: String,
    pub model: String,
    pub depth: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<UsageInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<DateTime<Utc>>,
}

/// A message's reply state and details; `None` for a message that is not a
/// reply (or whose details cannot be read, which this module never writes).
pub fn reply_of(message: &messages::Model) -> Option<(ReplyState, ReplyInfo)> {
    let state = ReplyState::parse(message.reply_state.as_deref()?)?;
    let info = serde_json::from_str(message.reply.as_deref()?).ok()?;
    Some((state, info))
}

/// Who wrote the message that may be answered.
#[derive(Debug, Clone, Copy)]
pub enum Author {
    Person,
    /// A REPLR, in a reply this deep.
    Replr {
        replr_id: Uuid,
        depth: i32,
    },
}

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
struct Progress {
    text: String,
    sequence: i64,
    prompt_tokens: u32,
}

/// A reply streaming in this process.
pub struct Flight {
    /// The reply as stored when it started.
    pub reply: messages::Model,
    /// The message it answers.
    pub answers: Uuid,
    pub space_id: Uuid,
    /// The id of its `reply_started` event.
    pub started_event: i64,
    progress: Mutex<Progress>,
    updates: broadcast::Sender<Update>,
    /// A receiver of `updates` taken before the reply started, for the
    /// caller who asked for it: it sees every delta from the first.
    first_follower: Mutex<Option<broadcast::Receiver<Update>>>,
    cancel: CancellationToken,
    done: watch::Sender<Option<messages::Model>>,
}

impl Flight {
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

    fn push(&self, text: String, hub: &Hub) {
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
            sequence,
            text,
        });
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

    fn insert(&self, flight: Arc<Flight>) {
        let mut flights = self.0.lock().expect("flights lock");
        flights.insert(flight.reply.id, flight);
    }

    fn remove(&self, reply_id: Uuid) {
        self.0.lock().expect("flights lock").remove(&reply_id);
    }
}

/// A reply to store with the message it answers, before it runs.
pub struct Planned {
    pub reply: messages::Model,
    pub replr: replrs::Model,
}

/// A reply stored and ready to run.
pub struct Started {
    pub planned: Planned,
    pub started_event: i64,
}

/// How a provider call ended.
enum Outcome {
    Complete(Completion),
    Cancelled,
    Failed { reason: String, message: String },
}

/// The reply engine. Cheap to clone.
#[derive(Clone)]
pub struct Replies {
    store: Store,
    rooms: Rooms,
    providers: Providers,
    hub: Hub,
    directory: Directory,
    flights: Flights,
}

impl Replies {
    pub fn new(
        store: Store,
        rooms: Rooms,
        providers: Providers,
        hub: Hub,
        directory: Directory,
    ) -> Self {
        Self {
            store,
            rooms,
            providers,
            hub,
            directory,
            flights: Flights::default(),
        }
    }

    /// The replies streaming in this process.
    pub fn flights(&self) -> &Flights {
        &self.flights
    }

    /// The room's REPLRs that answer a message from `author` mentioning
    /// `mentions`, in the order they were added to the room.
    pub async fn who_answers(
        &self,
        room_id: Uuid,
        author: Author,
        mentions: &[ReplrMention],
    ) -> Result<Vec<replrs::Model>> {
        let mentioned = |replr: &replrs::Model| mentions.iter().any(|m| m.replr_id == replr.id);
        let answers = |replr: &replrs::Model| match author {
            Author::Person => match ReplyMode::parse(&replr.reply_mode) {
                ReplyMode::EveryHumanMessage => true,
                ReplyMode::OnMention => mentioned(replr),
                ReplyMode::Never => false,
            },
            Author::Replr { replr_id, depth } => {
                depth < MAX_DEPTH
                    && replr.id != replr_id
                    && mentioned(replr)
                    && ReplyMode::parse(&replr.reply_mode) != ReplyMode::Never
            }
        };
        if matches!(author, Author::Replr { depth, .. } if depth >= MAX_DEPTH || mentions.is_empty())
        {
            // A REPLR wakes only the REPLRs it mentions: no need to look.
            return Ok(Vec::new());
        }
        let mut in_room = stored_replrs::in_rooms(&self.store.db, &[room_id]).await?;
        Ok(in_room
            .remove(&room_id)
            .unwrap_or_default()
            .into_iter()
            .filter(answers)
            .collect())
    }

    /// The reply rows to store for `replrs` answering `source`.
    pub fn plan(
        &self,
        source: &messages::Model,
        depth: i32,
        replrs: Vec<replrs::Model>,
    ) -> Vec<Planned> {
        replrs
            .into_iter()
            .map(|replr| {
                // The names a reply records are those it will use; a REPLR
                // whose provider is gone fails when it runs.
                let (provider, model) = match self.providers.resolve(&replr.provider, &replr.model)
                {
                    Ok(resolved) => (resolved.provider, resolved.model),
                    Err(_) => (replr.provider.clone(), replr.model.clone()),
                };
                let info = ReplyInfo {
                    in_reply_to: source.id,
                    provider,
                    model,
                    depth,
                    usage: None,
                    failure_reason: None,
                    failure_message: None,
                    finished_at: None,
                };
                let reply = messages::Model {
                    id: super::new_id(),
                    room_id: source.room_id,
                    sender_type: messages::SENT_BY_REPLR.into(),
                    sender_id: replr.id,
                    text: String::new(),
                    attachments: "[]".into(),
                    mentions: "[]".into(),
                    word_count: 0,
                    request_id: None,
                    created_at: super::now(),
                    edited_at: None,
                    deleted_at: None,
                    reply_state: Some(ReplyState::Streaming.as_str().into()),
                    reply: Some(to_json(&info)),
                };
                Planned { reply, replr }
            })
            .collect()
    }

    /// Starts the planned replies, each in a task of its own; they are
    /// already stored.
    pub fn launch(&self, started: Vec<Started>, space_id: Uuid) -> Vec<Arc<Flight>> {
        started
            .into_iter()
            .map(|started| {
                let (updates, first_follower) = broadcast::channel(UPDATES);
                let answers = reply_of(&started.planned.reply)
                    .map(|(_, info)| info.in_reply_to)
                    .unwrap_or_default();
                let flight = Arc::new(Flight {
                    answers,
                    reply: started.planned.reply,
                    space_id,
                    started_event: started.started_event,
                    progress: Mutex::new(Progress::default()),
                    updates,
                    first_follower: Mutex::new(Some(first_follower)),
                    cancel: CancellationToken::new(),
                    done: watch::Sender::new(None),
                });
                self.flights.insert(flight.clone());
                let engine = self.clone();
                let (run, replr) = (flight.clone(), started.planned.replr);
                tokio::spawn(async move {
                    let outcome = engine.generate(&run, &replr).await;
                    engine.finish(run, &replr, outcome).await;
                });
                flight
            })
            .collect()
    }

    /// Marks the replies a stopped process left streaming as failed
    /// (`SERVER_RESTARTED`). Run at start, before serving.
    pub async fn recover(&self) -> Result<usize> {
        let left = stored::streaming(&self.store.db).await?;
        let count = left.len();
        for reply in left {
            let Some((_, mut info)) = reply_of(&reply) else {
                continue;
            };
            let Some(space_id) = self.space_of(reply.room_id).await? else {
                continue;
            };
            info.failure_reason = Some("SERVER_RESTARTED".into());
            info.failure_message = Some("the server stopped while this reply was streaming".into());
            info.finished_at = Some(super::now());
            let mut reply = reply;
            reply.reply_state = Some(ReplyState::Failed.as_str().into());
            reply.reply = Some(to_json(&info));
            self.store
                .writer
                .write(move |txn| {
                    Box::pin(async move {
                        stored::finish(txn, reply, space_id, Payload::ReplyFailed).await?;
                        Ok::<_, Error>(())
                    })
                })
                .await?;
        }
        if count > 0 {
            tracing::warn!(
                count,
                "replies left streaming by a stopped server marked failed"
            );
        }
        Ok(count)
    }

    /// A reply and whether it has ended; while it streams, with its text so far.
    pub async fn job(&self, caller: &Caller, reply_id: Uuid) -> Result<(messages::Model, bool)> {
        let reply = self.visible_reply(caller, reply_id).await?.0;
        Ok(self.as_it_stands(reply))
    }

    /// Cancels a streaming reply; see `CancelReply` in message.proto.
    pub async fn cancel(&self, caller: &Caller, reply_id: Uuid) -> Result<messages::Model> {
        let (reply, access) = self.visible_reply(caller, reply_id).await?;
        let (state, info) = reply_of(&reply).expect("visible_reply checks it is a reply");
        let source = stored_messages::find(&self.store.db, info.in_reply_to).await?;
        let asked_for_it = source.is_some_and(|m| m.sender_id == caller.user_id);
        let manages_room = matches!(access.room_role, Some(role) if role <= RoomRole::Admin)
            || access.space_role <= SpaceRole::Admin;
        if !(asked_for_it || manages_room && access.space_role.writes()) {
            return Err(Error::denied(
                "only the author of the message it answers, or a room or space owner or admin, may cancel a reply",
            ));
        }
        match state {
            ReplyState::Cancelled => return Ok(reply),
            ReplyState::Complete | ReplyState::Failed => {
                return Err(Error::precondition(
                    "REPLY_FINISHED",
                    "the reply has already ended",
                ));
            }
            ReplyState::Streaming => {}
        }
        match self.flights.get(reply_id) {
            Some(flight) => {
                flight.cancel.cancel();
                match tokio::time::timeout(CANCEL_WAIT, flight.finished()).await {
                    Ok(stored) => Ok(stored),
                    Err(_) => Ok(flight.current()),
                }
            }
            // Streaming in the database but not here: left by a stopped
            // process (recovered at start) or run by another replica.
            None => Err(Error::precondition(
                "REPLY_NOT_RUNNING",
                "this reply is not running in this server yet; try again shortly",
            )),
        }
    }

    /// A reply as it stands: the stored row, or, while it streams here, the
    /// text so far.
    pub fn as_it_stands(&self, reply: messages::Model) -> (messages::Model, bool) {
        match reply_of(&reply) {
            Some((ReplyState::Streaming, _)) => match self.flights.get(reply.id) {
                Some(flight) => (flight.current(), false),
                None => (reply, false),
            },
            _ => (reply, true),
        }
    }

    /// The reply `reply_id` and the caller's access to its room; NOT_FOUND
    /// when it is not a reply or its room is not visible.
    async fn visible_reply(
        &self,
        caller: &Caller,
        reply_id: Uuid,
    ) -> Result<(messages::Model, super::rooms::Access)> {
        let not_found = || Error::not_found(Kind::Reply, reply_id);
        let reply = stored_messages::find(&self.store.db, reply_id)
            .await?
            .filter(|m| reply_of(m).is_some())
            .ok_or_else(not_found)?;
        let access =
            self.rooms
                .access(caller, reply.room_id)
                .await
                .map_err(|error| match error {
                    Error::NotFound { .. } => not_found(),
                    other => other,
                })?;
        Ok((reply, access))
    }

    async fn space_of(&self, room_id: Uuid) -> Result<Option<Uuid>> {
        Ok(crate::store::rooms::find(&self.store.db, room_id)
            .await?
            .map(|room| room.space_id))
    }

    /// Calls the provider and streams its deltas out.
    async fn generate(&self, flight: &Flight, replr: &replrs::Model) -> Outcome {
        let resolved = match self.providers.resolve(&replr.provider, &replr.model) {
            Ok(resolved) => resolved,
            Err(error) => {
                return Outcome::Failed {
                    reason: "MODEL_UNAVAILABLE".into(),
                    message: error.to_string(),
                };
            }
        };
        let request = match self.context(flight, replr).await {
            Ok(request) => request,
            Err(error) => {
                return Outcome::Failed {
                    reason: "CONTEXT_UNAVAILABLE".into(),
                    message: format!("cannot read the conversation: {error}"),
                };
            }
        };
        flight.progress.lock().expect("progress lock").prompt_tokens =
            ai::estimate_prompt_tokens(&request);
        let mut stream = resolved.stream(request, flight.cancel.clone());
        // Subscribers must see `reply_started` before any delta.
        self.hub.wait_published(flight.started_event).await;
        while let Some(item) = stream.next().await {
            match item {
                Ok(ReplyEvent::Delta(text)) => flight.push(text, &self.hub),
                Ok(ReplyEvent::Done(completion)) => return Outcome::Complete(completion),
                Err(ProviderError::Cancelled) => return Outcome::Cancelled,
                Err(error) => {
                    return Outcome::Failed {
                        reason: error.reason().into(),
                        message: error.to_string(),
                    };
                }
            }
        }
        Outcome::Failed {
            reason: "PROVIDER_INTERRUPTED".into(),
            message: "the provider stopped without an answer".into(),
        }
    }

    /// The conversation the provider sees: the REPLR's instructions, then
    /// the room's messages up to the one answered, newest kept first within
    /// the budget.
    async fn context(&self, flight: &Flight, replr: &replrs::Model) -> Result<ChatRequest> {
        let (_, info) = reply_of(&flight.reply).expect("a flight is a reply");
        let db = &self.store.db;
        let source = stored_messages::find(db, info.in_reply_to)
            .await?
            .ok_or_else(|| Error::not_found(Kind::Message, info.in_reply_to))?;
        let window = Window {
            cursor: Some(source.id),
            created_before: None,
            created_after: None,
            newest_first: true,
            limit: CONTEXT_MESSAGES - 1,
        };
        let mut newest_first = vec![source];
        newest_first.extend(
            stored_messages::list(db, flight.reply.room_id, window)
                .await?
                .items,
        );
        newest_first.retain(|m| {
            m.deleted_at.is_none()
                && !m.text.is_empty()
                && m.reply_state.as_deref() != Some(ReplyState::Streaming.as_str())
        });

        // The REPLR's own words are its turns, not named: look up the others.
        let others: Vec<&messages::Model> = newest_first
            .iter()
            .filter(|m| !(m.by_replr() && m.sender_id == replr.id))
            .collect();
        let senders = self.directory.senders_of(&others).await?;
        let name = |m: &messages::Model| {
            if m.by_replr() {
                senders
                    .replrs
                    .get(&m.sender_id)
                    .map(|r| format!("@{}", r.handle))
                    .unwrap_or_else(|| "a former REPLR".into())
            } else {
                senders
                    .users
                    .get(&m.sender_id)
                    .map(|u| format!("@{}", u.username))
                    .unwrap_or_else(|| "a former member".into())
            }
        };

        let system_prompt = system_prompt(replr);
        let budget = CONTEXT_TOKENS.saturating_sub(ai::estimate_tokens(&system_prompt));
        let turns = newest_first.iter().map(|m| {
            if m.by_replr() && m.sender_id == replr.id {
                ChatMessage::new(Role::Assistant, m.text.clone())
            } else {
                ChatMessage::new(Role::User, format!("{}: {}", name(m), m.text))
            }
        });
        let messages = ai::newest_within(budget, turns, |m| ai::estimate_tokens(&m.text) + 4);
        Ok(ChatRequest {
            model: String::new(),
            system_prompt,
            messages,
            temperature: Some(replr.temperature as f32),
            max_tokens: u32::try_from(replr.max_tokens).ok(),
        })
    }

    /// Stores how the reply ended (retrying a failed write a few times),
    /// starts the replies its text asks for, and tells its followers.
    async fn finish(&self, flight: Arc<Flight>, replr: &replrs::Model, outcome: Outcome) {
        let (text_so_far, prompt_tokens) = {
            let progress = flight.progress.lock().expect("progress lock");
            (progress.text.clone(), progress.prompt_tokens)
        };
        let mut reply = flight.reply.clone();
        let (_, mut info) = reply_of(&reply).expect("a flight is a reply");
        let estimated = |text: &str| UsageInfo {
            prompt_tokens,
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
        info.finished_at = Some(super::now());
        let depth = info.depth;
        let mentions = match super::messages::mentions_in(&self.store, reply.room_id, &text).await {
            Ok(mentions) => mentions,
            Err(error) => {
                tracing::warn!(%error, reply = %reply.id, "cannot read the reply's mentions");
                Vec::new()
            }
        };
        reply.word_count = super::input::word_count(&text);
        reply.text = text;
        reply.mentions = to_json(&mentions);
        reply.reply_state = Some(state.as_str().into());
        reply.reply = Some(to_json(&info));

        // A completed reply that mentions other REPLRs wakes them, one
        // level deeper.
        let chained = if state == ReplyState::Complete {
            let (_, replr_mentions) = super::messages::split_mentions(&mentions);
            let author = Author::Replr {
                replr_id: replr.id,
                depth,
            };
            match self
                .who_answers(reply.room_id, author, &replr_mentions)
                .await
            {
                Ok(replrs) => self.plan(&reply, depth + 1, replrs),
                Err(error) => {
                    tracing::warn!(%error, reply = %reply.id, "cannot find the REPLRs a reply mentions");
                    Vec::new()
                }
            }
        } else {
            Vec::new()
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
            let ended = reply.clone();
            let rows: Vec<(messages::Model, Uuid)> = chained
                .iter()
                .map(|p| (p.reply.clone(), reply.id))
                .collect();
            let written = self
                .store
                .writer
                .write(move |txn| {
                    Box::pin(async move {
                        let subject = Subject::Reply {
                            message_id: ended.id,
                        };
                        let reply = stored::finish(txn, ended, space_id, payload).await?;
                        stored_credits::charge(txn, space_id, charged, subject).await?;
                        let mut events = Vec::with_capacity(rows.len());
                        if !rows.is_empty() && !has_credits(txn, space_id).await? {
                            // The REPLRs this reply mentions stay silent: the
                            // space's credits are spent.
                            return Ok::<_, Error>((reply, events));
                        }
                        for (row, answers) in rows {
                            events.push(stored::start(txn, row, answers, space_id).await?);
                        }
                        Ok::<_, Error>((reply, events))
                    })
                })
                .await;
            match written {
                Ok(written) => {
                    crate::metrics::credits_charged("message", charged);
                    break written;
                }
                Err(error) if attempt < 3 => {
                    attempt += 1;
                    tracing::warn!(%error, reply = %reply.id, attempt, "cannot store a reply's end; retrying");
                    tokio::time::sleep(Duration::from_millis(200 * attempt)).await;
                }
                Err(error) => {
                    tracing::error!(%error, reply = %reply.id, "cannot store a reply's end; it stays streaming until the next start");
                    break (reply, Vec::new());
                }
            }
        };
        self.flights.remove(flight.reply.id);
        flight.done.send_replace(Some(stored_reply.clone()));
        let _ = flight
            .updates
            .send(Update::Finished(Box::new(stored_reply)));
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
}

/// Whether the space may start more AI work (see `credits::ensure_available_in`).
async fn has_credits(txn: &DatabaseTransaction, space_id: Uuid) -> Result<bool> {
    match super::credits::ensure_available_in(txn, space_id).await {
        Ok(()) => Ok(true),
        Err(Error::CreditsExhausted { .. }) => Ok(false),
        Err(error) => Err(error),
    }
}

/// The REPLR's instructions, after a line that places it in the room.
fn system_prompt(replr: &replrs::Model) -> String {
    let mut prompt = format!(
        "You are {} (@{}), one participant in a group chat. Messages from others start with their @name.",
        replr.display_name, replr.handle
    );
    if !replr.system_prompt.is_empty() {
        prompt.push_str("\n\n");
        prompt.push_str(&replr.system_prompt);
    }
    prompt
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("reply details serialize")
}
