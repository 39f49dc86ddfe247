//! The reply engine, one for rooms and sessions: which REPLRs answer a
//! room's message, the session assistant that answers a session's, and the
//! life of every reply.
//!
//! A reply is a message written by a [`Persona`] (a REPLR, or a session's
//! assistant). It is stored when it starts (state `streaming`, empty text,
//! in the same write as the message it answers, with its `reply_started`
//! event; a REPLR adds its 💭 reaction to that message), then runs in a
//! task of its own: the conversation so far goes to the provider, each
//! delta goes out live (to event subscribers through the hub, and to
//! callers following this reply), and the end (complete, failed,
//! cancelled) is stored with its text, usage, end event and credit charge
//! in one write. Nothing a watcher does stops it but a cancel.
//!
//! Loops: a reply answers a person's message at depth 1. A REPLR's reply
//! that mentions another REPLR of the room starts that REPLR's reply one
//! level deeper, up to [`MAX_DEPTH`]; REPLRs never answer their own
//! replies and never answer REPLR messages that do not mention them.

mod context;

pub(super) use context::is_turn;
mod end;
mod flight;
mod leases;
mod remote;

use std::{sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use flight::{Flight, Flights, Followed, Follower, Heard, Update};

use super::{
    Caller, Error, Kind, Result, RoomRole, SpaceRole, messages::ReplrMention, replrs::ReplyMode,
    rooms::Rooms, users::Directory,
};
use crate::{
    ai::{self, Completion, ProviderError, Providers, ReplyEvent},
    events::Hub,
    store::{
        Store,
        entities::{messages, replrs, sessions},
        events::EventId,
        leases as stored_leases, messages as stored_messages, replrs as stored_replrs,
    },
};

/// How many replies deep a conversation between REPLRs may go.
pub const MAX_DEPTH: i32 = 3;
/// The longest a caller waits for replies before it gets them as they stand.
pub const WAIT_LIMIT: Duration = Duration::from_secs(60);
/// How long a cancelled reply has to store its end before the cancel
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

/// Whether a message is a reply still streaming.
pub fn is_streaming(message: &messages::Model) -> bool {
    message.reply_state.as_deref() == Some(ReplyState::Streaming.as_str())
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

/// Who writes a reply: where rooms and sessions differ, besides who may
/// read them.
#[derive(Debug, Clone)]
pub enum Persona {
    /// A REPLR of the room.
    Replr(replrs::Model),
    /// The session's implicit assistant, with the session's settings.
    Assistant(sessions::Model),
}

impl Persona {
    /// The provider and model it asks for (empty: the defaults).
    fn choice(&self) -> (&str, &str) {
        match self {
            Persona::Replr(replr) => (&replr.provider, &replr.model),
            Persona::Assistant(session) => (&session.provider, &session.model),
        }
    }

    /// How a reply records its writer: sender type, sender id and the kind
    /// of conversation.
    fn sender(&self) -> (&'static str, Uuid, &'static str) {
        match self {
            Persona::Replr(replr) => (messages::SENT_BY_REPLR, replr.id, messages::IN_ROOM),
            Persona::Assistant(session) => (
                messages::SENT_BY_ASSISTANT,
                session.id,
                messages::IN_SESSION,
            ),
        }
    }

    /// What to tell a user whose persona's model is gone.
    fn unavailable_hint(&self) -> &'static str {
        match self {
            Persona::Replr(_) => "change the REPLR's provider or model",
            Persona::Assistant(_) => "change the session's provider or model",
        }
    }
}

/// A reply to store with the message it answers, before it runs.
pub struct Planned {
    pub reply: messages::Model,
    pub persona: Persona,
}

/// A reply stored and ready to run.
pub struct Started {
    pub planned: Planned,
    /// Its `reply_started` event, whose id is known now that it is stored.
    pub started_event: EventId,
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

    /// The fan-out of live events.
    pub fn hub(&self) -> &Hub {
        &self.hub
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
            .map(|replr| self.planned(source, depth, Persona::Replr(replr), 1))
            .collect()
    }

    /// The answer row to store for a session's assistant answering
    /// `source`, as version `version` of its answer.
    pub fn plan_answer(
        &self,
        session: sessions::Model,
        source: &messages::Model,
        version: i32,
    ) -> Planned {
        self.planned(source, 1, Persona::Assistant(session), version)
    }

    fn planned(
        &self,
        source: &messages::Model,
        depth: i32,
        persona: Persona,
        version: i32,
    ) -> Planned {
        // The names a reply records are those it will use; a persona whose
        // provider is gone fails when it runs.
        let (provider, model) = persona.choice();
        let (provider, model) = match self.providers.resolve(provider, model) {
            Ok(resolved) => (resolved.provider, resolved.model),
            Err(_) => (provider.to_string(), model.to_string()),
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
        let (sender_type, sender_id, conversation) = persona.sender();
        let reply = messages::Model {
            sender_type: sender_type.into(),
            sender_id,
            reply_state: Some(ReplyState::Streaming.as_str().into()),
            reply: Some(to_json(&info)),
            in_reply_to: Some(source.id),
            version,
            ..messages::Model::draft(super::new_id(), source.room_id, conversation, super::now())
        };
        Planned { reply, persona }
    }

    /// Starts the planned replies, each in a task of its own; they are
    /// already stored.
    pub fn launch(&self, started: Vec<Started>, space_id: Uuid) -> Vec<Arc<Flight>> {
        started
            .into_iter()
            .map(|started| {
                // No id: the room went meanwhile, the reply will find it gone.
                let started_event = started.started_event.get().unwrap_or_default();
                let flight = Arc::new(Flight::new(started.planned.reply, space_id, started_event));
                self.flights.insert(flight.clone());
                let engine = self.clone();
                let (run, persona) = (flight.clone(), started.planned.persona);
                use tracing::Instrument;
                let span = tracing::info_span!("reply", reply = %flight.reply.id, conversation = %flight.reply.room_id);
                tokio::spawn(
                    async move {
                        let outcome = engine.generate(&run, &persona).await;
                        engine.finish(run, &persona, outcome).await;
                    }
                    .instrument(span),
                );
                flight
            })
            .collect()
    }

    /// A room's reply and whether it has ended; while it streams, with its
    /// text so far.
    pub async fn job(&self, caller: &Caller, reply_id: Uuid) -> Result<(messages::Model, bool)> {
        let reply = self.visible_reply(caller, reply_id).await?.0;
        Ok(self.as_it_stands(reply))
    }

    /// Cancels a room's streaming reply; see `CancelReply` in message.proto.
    pub async fn cancel(&self, caller: &Caller, reply_id: Uuid) -> Result<messages::Model> {
        let (reply, access) = self.visible_reply(caller, reply_id).await?;
        let source = match reply.in_reply_to {
            Some(answered) => stored_messages::find(&self.store.db, answered).await?,
            None => None,
        };
        let asked_for_it = source.is_some_and(|m| m.sender_id == caller.user_id);
        let manages_room = matches!(access.room_role, Some(role) if role <= RoomRole::Admin)
            || access.space_role <= SpaceRole::Admin;
        if !(asked_for_it || manages_room && access.space_role.writes()) {
            return Err(Error::denied(
                "only the author of the message it answers, or a room or space owner or admin, may cancel a reply",
            ));
        }
        self.stop(reply, "REPLY_FINISHED").await
    }

    /// Stops a streaming reply and returns it as it ended (or, if its end
    /// takes too long to store, as it stands). A cancelled reply is
    /// returned as it is; one that completed or failed gives
    /// FAILED_PRECONDITION with `finished_reason`.
    pub async fn stop(
        &self,
        reply: messages::Model,
        finished_reason: &'static str,
    ) -> Result<messages::Model> {
        let state = reply_of(&reply).map(|(state, _)| state);
        match state {
            Some(ReplyState::Cancelled) => return Ok(reply),
            Some(ReplyState::Streaming) => {}
            _ => {
                return Err(Error::precondition(
                    finished_reason,
                    "the reply has already ended",
                ));
            }
        }
        match self.flights.get(reply.id) {
            Some(flight) => {
                flight.cancel.cancel();
                match tokio::time::timeout(CANCEL_WAIT, flight.finished()).await {
                    Ok(stored) => Ok(stored),
                    Err(_) => Ok(flight.current()),
                }
            }
            // Run by another replica: it is asked to cancel over NATS.
            None if self.hub.replicated()
                && stored_leases::held_elsewhere(&self.store.db, reply.id).await? =>
            {
                self.stop_elsewhere(reply, finished_reason).await
            }
            // Streaming in the database but run nowhere: left by a stopped
            // process (its end is stored at start, or when another replica
            // takes it over).
            None => Err(Error::precondition(
                "REPLY_NOT_RUNNING",
                "this reply is not running in any server yet; try again shortly",
            )),
        }
    }

    /// Cancels every reply streaming in a conversation and waits (a while)
    /// for each to store its end.
    pub async fn stop_all_in(&self, conversation: Uuid) {
        for flight in self.flights.select(|f| f.reply.room_id == conversation) {
            flight.cancel.cancel();
            let _ = tokio::time::timeout(CANCEL_WAIT, flight.finished()).await;
        }
    }

    /// A reply as it stands: the stored row, or, while it streams here or
    /// (heard whole) on another replica, the text so far; and whether it
    /// has ended.
    pub fn as_it_stands(&self, reply: messages::Model) -> (messages::Model, bool) {
        match reply_of(&reply) {
            Some((ReplyState::Streaming, _)) => match self.flights.get(reply.id) {
                Some(flight) => (flight.current(), false),
                None => match self.hub.mirror().get(reply.id) {
                    Some(elsewhere) => (
                        messages::Model {
                            text: elsewhere.text,
                            ..reply
                        },
                        false,
                    ),
                    None => (reply, false),
                },
            },
            _ => (reply, true),
        }
    }

    /// The reply once `follower` hears its end, or as it stands at
    /// `deadline`.
    pub async fn ended_by(
        &self,
        reply: messages::Model,
        mut follower: Follower,
        deadline: tokio::time::Instant,
    ) -> messages::Model {
        loop {
            match tokio::time::timeout_at(deadline, follower.next()).await {
                Ok(Some(Heard::Ended(ended))) => return *ended,
                Ok(Some(Heard::Delta { .. })) => continue,
                Ok(None) | Err(_) => return self.as_it_stands(reply).0,
            }
        }
    }

    /// A follower of a reply from where it stands: here, or, with
    /// replicas, on the replica running it.
    pub async fn follower(&self, reply: messages::Model) -> Result<Follower> {
        if !is_streaming(&reply) {
            return Ok(Follower::ended(reply));
        }
        if let Some(flight) = self.flights.get(reply.id) {
            return Ok(Follower::new(flight, false));
        }
        if !self.hub.replicated() {
            // Left streaming by a stopped server: as it stands.
            return Ok(Follower::ended(reply));
        }
        // Listen first, then read it again: an end stored in between is
        // either read here or heard.
        let live = self.hub.subscribe();
        let db = self.store.db.clone();
        let reply = stored_messages::find(&db, reply.id).await?.unwrap_or(reply);
        if !is_streaming(&reply) {
            return Ok(Follower::ended(reply));
        }
        let mirror = self.hub.mirror().clone();
        Ok(Follower::remote(remote::Remote::new(
            reply, live, mirror, db,
        )))
    }

    /// The reply `reply_id` and the caller's access to its room; NOT_FOUND
    /// when it is not a room's reply or its room is not visible.
    async fn visible_reply(
        &self,
        caller: &Caller,
        reply_id: Uuid,
    ) -> Result<(messages::Model, super::rooms::Access)> {
        let not_found = || Error::not_found(Kind::Reply, reply_id);
        let reply = stored_messages::find(&self.store.db, reply_id)
            .await?
            .filter(|m| reply_of(m).is_some() && !m.in_session())
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

    /// Calls the provider and streams its deltas out.
    async fn generate(&self, flight: &Flight, persona: &Persona) -> Outcome {
        let (provider, model) = persona.choice();
        let resolved = match self.providers.resolve(provider, model) {
            Ok(resolved) => resolved,
            Err(error) => {
                return Outcome::Failed {
                    reason: "MODEL_UNAVAILABLE".into(),
                    message: format!("{error}; {}", persona.unavailable_hint()),
                };
            }
        };
        let request = match context::request(&self.store, &self.directory, &flight.reply, persona)
            .await
        {
            Ok(request) => request,
            Err(error) => {
                tracing::error!(%error, reply = %flight.reply.id, "cannot read a reply's context");
                return Outcome::Failed {
                    reason: "STORAGE_ERROR".into(),
                    message: "the server could not read the conversation".into(),
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
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("reply details serialize")
}
