//! Answers: the model's replies in a session, made in a task of their own.
//!
//! Sending a message stores it and its answer (state `streaming`, empty) in
//! one write, after checking the space's credits and that no other answer
//! of the session streams. A task then sends the session's system prompt and
//! recent messages to the provider and feeds each delta into the answer's
//! [`Progress`], which any number of [`Follower`]s read (the streaming RPC,
//! a caller waiting, `WatchSessionJob`); a follower that falls behind gets
//! the pieces it missed in one delta, so memory stays one text per answer.
//! When the provider finishes or fails, one write stores the text, state and
//! usage and charges the usage to the space; then the followers hear the
//! end. Nothing a follower does stops the task: only `CancelSessionJob`
//! (or deleting the session) does.
//!
//! Regenerating answers the same user message again as version n+1; the
//! earlier versions stay, no longer `latest`.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use sea_orm::{DbErr, IntoActiveModel, Set};
use tokio::{sync::watch, time::Instant};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::{
    super::{Caller, Error, Kind, Result, credits},
    ASSISTANT, NewSessionMessage, Sessions, USER, answer_in_progress,
};
use crate::{
    ai::{
        self, ChatMessage, ChatRequest, ProviderError, ReplyEvent, ResolveError, Resolved, Role,
        Usage,
    },
    store::{
        Store,
        credits::{self as ledger, Subject},
        entities::{session_messages, sessions},
        sessions as stored,
    },
};

/// At most this many of the session's latest messages form an answer's
/// context.
pub const CONTEXT_MESSAGES: u64 = 100;
/// The context's budget, in estimated tokens (the system prompt included).
pub const CONTEXT_TOKENS: u32 = 6000;
/// The longest a SendSessionMessage or RegenerateAnswer without `async`
/// waits for its answer.
pub const WAIT_LIMIT: Duration = Duration::from_secs(60);
/// How long a cancelled answer has to store its end before the caller
/// hears of it as it stands.
const CANCEL_WAIT: Duration = Duration::from_secs(10);
/// How many times the end of an answer is written before giving up.
const END_ATTEMPTS: u32 = 5;

/// What an answer has streamed so far, and how it ended.
#[derive(Default)]
struct Progress {
    text: String,
    /// Deltas received.
    pieces: i64,
    /// The answer as stored when it ended.
    ended: Option<session_messages::Model>,
}

/// An answer being made.
struct Running {
    session_id: Uuid,
    progress: watch::Sender<Progress>,
    cancel: CancellationToken,
}

/// The answers being made in this process, by message id.
#[derive(Clone, Default)]
pub(super) struct Live(Arc<Mutex<HashMap<Uuid, Arc<Running>>>>);

impl Live {
    fn start(&self, answer_id: Uuid, session_id: Uuid) -> Arc<Running> {
        let running = Arc::new(Running {
            session_id,
            progress: watch::Sender::new(Progress::default()),
            cancel: CancellationToken::new(),
        });
        self.lock().insert(answer_id, running.clone());
        running
    }

    fn get(&self, answer_id: Uuid) -> Option<Arc<Running>> {
        self.lock().get(&answer_id).cloned()
    }

    fn remove(&self, answer_id: Uuid) {
        self.lock().remove(&answer_id);
    }

    fn of_session(&self, session_id: Uuid) -> Vec<Arc<Running>> {
        self.lock()
            .values()
            .filter(|running| running.session_id == session_id)
            .cloned()
            .collect()
    }

    /// A stored answer with its text so far, while it streams here.
    pub(super) fn with_text_so_far(
        &self,
        mut message: session_messages::Model,
    ) -> session_messages::Model {
        if message.state == stored::STREAMING
            && let Some(running) = self.get(message.id)
        {
            let progress = running.progress.borrow();
            match &progress.ended {
                Some(ended) => return ended.clone(),
                None => message.text.clone_from(&progress.text),
            }
        }
        message
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Uuid, Arc<Running>>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// What a follower of an answer hears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Update {
    /// More text: the next piece, or with `snapshot` the whole text so far.
    Delta {
        message_id: Uuid,
        /// Deltas the text now includes.
        sequence: i64,
        text: String,
        snapshot: bool,
    },
    /// The answer as it ended; nothing follows.
    Ended(Box<session_messages::Model>),
}

/// Reads one answer's progress from where it stands to its end.
pub struct Follower {
    message_id: Uuid,
    progress: watch::Receiver<Progress>,
    /// Bytes of the text already handed out.
    sent: usize,
    /// Whether the first text handed out is a snapshot.
    snapshot: bool,
    done: bool,
}

impl Follower {
    fn new(message_id: Uuid, running: &Running) -> Self {
        let progress = running.progress.subscribe();
        let snapshot = !progress.borrow().text.is_empty();
        Self {
            message_id,
            progress,
            sent: 0,
            snapshot,
            done: false,
        }
    }

    /// A follower of an answer that has already ended: it hears only that.
    fn ended(answer: session_messages::Model) -> Self {
        let message_id = answer.id;
        let (_, progress) = watch::channel(Progress {
            ended: Some(answer),
            ..Progress::default()
        });
        Self {
            message_id,
            progress,
            sent: 0,
            snapshot: false,
            done: false,
        }
    }

    /// The next update; `None` after the end.
    pub async fn next(&mut self) -> Option<Update> {
        loop {
            if self.done {
                return None;
            }
            {
                let progress = self.progress.borrow_and_update();
                if progress.text.len() > self.sent {
                    let text = progress.text[self.sent..].to_string();
                    self.sent = progress.text.len();
                    let snapshot = std::mem::take(&mut self.snapshot);
                    return Some(Update::Delta {
                        message_id: self.message_id,
                        sequence: progress.pieces,
                        text,
                        snapshot,
                    });
                }
                if let Some(ended) = &progress.ended {
                    self.done = true;
                    return Some(Update::Ended(Box::new(ended.clone())));
                }
            }
            if self.progress.changed().await.is_err() {
                // Ended without saying so: the task is gone (a panic).
                self.done = true;
                return None;
            }
        }
    }
}

/// A stored message with its answer, and a follower of that answer.
pub struct Sent {
    /// The user message.
    pub message: session_messages::Model,
    /// Its answer: `None` only when a repeated request finds the answer
    /// deleted since.
    pub answer: Option<session_messages::Model>,
    pub follower: Option<Follower>,
}

/// An answer to make.
struct Job {
    session: sessions::Model,
    answer: session_messages::Model,
    resolved: std::result::Result<Resolved, ResolveError>,
    running: Arc<Running>,
}

/// How an answer ended, before it is stored.
struct Outcome {
    state: &'static str,
    text: String,
    usage: Usage,
    failure: Option<(&'static str, String)>,
}

enum Written {
    Fresh(session_messages::Model, session_messages::Model),
    Repeat(session_messages::Model, Option<session_messages::Model>),
}

impl Sessions {
    /// Stores the owner's message and its answer, and starts the answer.
    pub async fn send(
        &self,
        caller: &Caller,
        session_id: Uuid,
        new: NewSessionMessage,
    ) -> Result<Sent> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_writer("write in")?;
        let resolved = self.providers.resolve(&session.provider, &session.model);
        let now = super::super::now();
        let message = session_messages::Model {
            id: super::super::new_id(),
            session_id,
            role: USER.into(),
            author_id: Some(caller.user_id),
            text: new.text,
            state: stored::COMPLETE.into(),
            in_reply_to: None,
            request_id: new.request_id,
            created_at: now,
            ..blank()
        };
        let answer = new_answer(&session, &resolved, message.id, 1);
        let answer_id = answer.id;
        let running = self.live.start(answer_id, session_id);
        let space_id = session.space_id;
        let written = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if let Some(request_id) = &message.request_id
                        && let Some(first) =
                            stored::find_message_by_request(txn, session_id, request_id).await?
                    {
                        let versions = stored::versions(txn, first.id).await?;
                        let latest = versions.into_iter().find(|v| v.latest);
                        return Ok(Written::Repeat(first, latest));
                    }
                    if stored::find(txn, session_id).await?.is_none() {
                        return Err(Error::not_found(Kind::Session, session_id));
                    }
                    credits::ensure_available_in(txn, space_id).await?;
                    if stored::streaming_in(txn, session_id).await?.is_some() {
                        return Err(answer_in_progress());
                    }
                    let message = stored::insert_message(txn, message).await?;
                    let answer = stored::insert_message(txn, answer).await?;
                    Ok::<_, Error>(Written::Fresh(message, answer))
                })
            })
            .await;
        match written {
            Ok(Written::Fresh(message, answer)) => {
                let follower = Follower::new(answer.id, &running);
                self.spawn(Job {
                    session,
                    answer: answer.clone(),
                    resolved,
                    running,
                });
                Ok(Sent {
                    message,
                    answer: Some(answer),
                    follower: Some(follower),
                })
            }
            Ok(Written::Repeat(message, answer)) => {
                self.live.remove(answer_id);
                let follower = answer.clone().map(|a| self.follower(a));
                Ok(Sent {
                    message,
                    answer: answer.map(|a| self.live.with_text_so_far(a)),
                    follower,
                })
            }
            Err(error) => {
                self.live.remove(answer_id);
                Err(error)
            }
        }
    }

    /// Answers the session's last user message again, as a new version.
    pub async fn regenerate(&self, caller: &Caller, session_id: Uuid) -> Result<Sent> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_writer("regenerate answers in")?;
        let resolved = self.providers.resolve(&session.provider, &session.model);
        let answer = new_answer(&session, &resolved, Uuid::nil(), 0);
        let answer_id = answer.id;
        let running = self.live.start(answer_id, session_id);
        let space_id = session.space_id;
        let written = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if stored::find(txn, session_id).await?.is_none() {
                        return Err(Error::not_found(Kind::Session, session_id));
                    }
                    credits::ensure_available_in(txn, space_id).await?;
                    if stored::streaming_in(txn, session_id).await?.is_some() {
                        return Err(answer_in_progress());
                    }
                    let nothing = || {
                        Error::precondition(
                            "NOTHING_TO_REGENERATE",
                            "the session's last message is neither a user message nor the \
                             model's answer to one",
                        )
                    };
                    let last = stored::recent_messages(txn, session_id, None, 1)
                        .await?
                        .pop()
                        .ok_or_else(nothing)?;
                    let target = match (last.role.as_str(), last.in_reply_to) {
                        (USER, _) => last,
                        (_, Some(answered)) => stored::find_message(txn, answered)
                            .await?
                            .ok_or_else(nothing)?,
                        _ => return Err(nothing()),
                    };
                    let versions = stored::versions(txn, target.id).await?;
                    let version = versions.iter().map(|v| v.version).max().unwrap_or(0) + 1;
                    stored::supersede_answers(txn, target.id).await?;
                    let answer = stored::insert_message(
                        txn,
                        session_messages::Model {
                            in_reply_to: Some(target.id),
                            version,
                            ..answer
                        },
                    )
                    .await?;
                    Ok::<_, Error>((target, answer))
                })
            })
            .await;
        let (target, answer) = match written {
            Ok(written) => written,
            Err(error) => {
                self.live.remove(answer_id);
                return Err(error);
            }
        };
        let follower = Follower::new(answer.id, &running);
        self.spawn(Job {
            session,
            answer: answer.clone(),
            resolved,
            running,
        });
        Ok(Sent {
            message: target,
            answer: Some(answer),
            follower: Some(follower),
        })
    }

    /// The answer once it has ended, or as it stands after [`WAIT_LIMIT`].
    pub async fn wait(
        &self,
        answer: session_messages::Model,
        follower: Option<Follower>,
    ) -> session_messages::Model {
        let Some(mut follower) = follower else {
            return answer;
        };
        let deadline = Instant::now() + WAIT_LIMIT;
        loop {
            match tokio::time::timeout_at(deadline, follower.next()).await {
                Ok(Some(Update::Ended(ended))) => return *ended,
                Ok(Some(Update::Delta { .. })) => continue,
                Ok(None) | Err(_) => return self.live.with_text_so_far(answer),
            }
        }
    }

    /// An answer with its text so far, and whether it has ended.
    pub async fn job(
        &self,
        caller: &Caller,
        job_id: Uuid,
    ) -> Result<(session_messages::Model, bool)> {
        let (answer, _) = self.open_job(caller, job_id).await?;
        let answer = self.live.with_text_so_far(answer);
        let done = answer.state != stored::STREAMING;
        Ok((answer, done))
    }

    /// A follower of an answer from where it stands.
    pub async fn watch(&self, caller: &Caller, job_id: Uuid) -> Result<Follower> {
        let (answer, _) = self.open_job(caller, job_id).await?;
        Ok(self.follower(answer))
    }

    /// Stops an answer that streams; it keeps its text so far.
    pub async fn cancel(&self, caller: &Caller, job_id: Uuid) -> Result<session_messages::Model> {
        let (answer, standing) = self.open_job(caller, job_id).await?;
        standing.require_owner("cancel answers in")?;
        match answer.state.as_str() {
            stored::CANCELLED => return Ok(answer),
            stored::STREAMING => {}
            _ => {
                return Err(Error::precondition(
                    "ANSWER_FINISHED",
                    "the answer has already ended",
                ));
            }
        }
        let Some(running) = self.live.get(job_id) else {
            return Ok(self.live.with_text_so_far(answer));
        };
        let mut follower = Follower::new(job_id, &running);
        running.cancel.cancel();
        let ended = tokio::time::timeout(CANCEL_WAIT, async {
            while let Some(update) = follower.next().await {
                if let Update::Ended(ended) = update {
                    return Some(*ended);
                }
            }
            None
        })
        .await;
        Ok(match ended {
            Ok(Some(ended)) => ended,
            _ => self.live.with_text_so_far(answer),
        })
    }

    /// Cancels the answers of a session and waits (a while) for them to end.
    pub(super) async fn stop_answers_of(&self, session_id: Uuid) {
        for running in self.live.of_session(session_id) {
            let mut progress = running.progress.subscribe();
            running.cancel.cancel();
            let _ = tokio::time::timeout(
                CANCEL_WAIT,
                progress.wait_for(|progress| progress.ended.is_some()),
            )
            .await;
        }
    }

    /// An answer (a message of the model) the caller may read; NOT_FOUND
    /// for anything else.
    async fn open_job(
        &self,
        caller: &Caller,
        job_id: Uuid,
    ) -> Result<(session_messages::Model, super::Standing)> {
        let not_found = || Error::not_found(Kind::SessionJob, job_id);
        let (answer, _, standing) =
            self.open_message(caller, job_id)
                .await
                .map_err(|error| match error {
                    Error::NotFound { .. } => not_found(),
                    other => other,
                })?;
        if answer.in_reply_to.is_none() {
            return Err(not_found());
        }
        Ok((answer, standing))
    }

    fn follower(&self, answer: session_messages::Model) -> Follower {
        match self.live.get(answer.id) {
            Some(running) if answer.state == stored::STREAMING => {
                Follower::new(answer.id, &running)
            }
            _ => Follower::ended(answer),
        }
    }

    fn spawn(&self, job: Job) {
        use tracing::Instrument;
        let span = tracing::info_span!(
            "session_answer",
            answer = %job.answer.id,
            session = %job.session.id,
            provider = %job.answer.provider,
        );
        let sessions = self.clone();
        tokio::spawn(async move { sessions.run(job).await }.instrument(span));
    }

    /// Makes one answer, start to end.
    async fn run(self, job: Job) {
        let answer_id = job.answer.id;
        let outcome = self.make(&job).await;
        let ended = self.store_end(&job, outcome).await;
        job.running
            .progress
            .send_modify(|progress| progress.ended = Some(ended));
        self.live.remove(answer_id);
    }

    async fn make(&self, job: &Job) -> Outcome {
        let resolved = match &job.resolved {
            Ok(resolved) => resolved,
            Err(error) => {
                return Outcome::failed(
                    "MODEL_UNAVAILABLE",
                    format!("{error}; change the session's provider or model"),
                    String::new(),
                    Usage::default(),
                );
            }
        };
        let Some(answered) = job.answer.in_reply_to else {
            return Outcome::failed(
                "STORAGE_ERROR",
                "the answer answers no message".into(),
                String::new(),
                Usage::default(),
            );
        };
        let messages = match self.context(&job.session, answered).await {
            Ok(messages) => messages,
            Err(error) => {
                tracing::error!(%error, answer = %job.answer.id, "cannot read an answer's context");
                return Outcome::failed(
                    "STORAGE_ERROR",
                    "the server could not read the conversation".into(),
                    String::new(),
                    Usage::default(),
                );
            }
        };
        let request = ChatRequest {
            model: resolved.model.clone(),
            system_prompt: job.session.system_prompt.clone(),
            messages,
            temperature: Some(job.session.temperature as f32),
            max_tokens: u32::try_from(job.session.max_tokens).ok(),
        };
        // Estimated now: the request moves into the provider's task.
        let prompt_tokens = ai::estimate_prompt_tokens(&request);
        let mut stream = resolved.stream(request, job.running.cancel.clone());
        let error = loop {
            match stream.next().await {
                Some(Ok(ReplyEvent::Delta(text))) => {
                    job.running.progress.send_modify(|progress| {
                        progress.text.push_str(&text);
                        progress.pieces += 1;
                    });
                }
                Some(Ok(ReplyEvent::Done(completion))) => {
                    return Outcome {
                        state: stored::COMPLETE,
                        text: completion.text,
                        usage: completion.usage,
                        failure: None,
                    };
                }
                Some(Err(error)) => break error,
                None => {
                    break ProviderError::Malformed {
                        provider: resolved.provider.clone(),
                        message: "the provider stopped without an answer".into(),
                    };
                }
            }
        };
        // What arrived is kept and charged: the provider counted it.
        let (text, pieces) = {
            let progress = job.running.progress.borrow();
            (progress.text.clone(), progress.pieces)
        };
        let usage = if pieces > 0 {
            Usage {
                prompt_tokens,
                completion_tokens: u32::try_from(pieces).unwrap_or(u32::MAX),
                estimated: true,
            }
        } else {
            Usage::default()
        };
        match error {
            ProviderError::Cancelled => Outcome {
                state: stored::CANCELLED,
                text,
                usage,
                failure: None,
            },
            error => Outcome::failed(error.reason(), error.to_string(), text, usage),
        }
    }

    /// The system prompt's company: the session's latest messages up to
    /// the one answered, oldest first, within the budget. Answers that did
    /// not complete are left out; the message answered always counts.
    async fn context(&self, session: &sessions::Model, answered: Uuid) -> Result<Vec<ChatMessage>> {
        let recent =
            stored::recent_messages(&self.store.db, session.id, Some(answered), CONTEXT_MESSAGES)
                .await?;
        let budget = CONTEXT_TOKENS.saturating_sub(ai::estimate_tokens(&session.system_prompt));
        let usable = recent
            .into_iter()
            .filter(|message| message.state == stored::COMPLETE && !message.text.is_empty())
            .map(|message| {
                let role = if message.role == ASSISTANT {
                    Role::Assistant
                } else {
                    Role::User
                };
                ChatMessage::new(role, message.text)
            });
        Ok(ai::newest_within(budget, usable, |m| {
            ai::estimate_tokens(&m.text) + 4
        }))
    }

    /// Stores how an answer ended and charges its usage, in one write.
    /// Returns the answer as stored (or, if the write failed, as it would
    /// have been: the next start marks it failed).
    async fn store_end(&self, job: &Job, outcome: Outcome) -> session_messages::Model {
        let now = super::super::now();
        let (reason, message) = match outcome.failure {
            Some((reason, message)) => (Some(reason.to_string()), Some(message)),
            None => (None, None),
        };
        let ended = session_messages::Model {
            text: outcome.text,
            state: outcome.state.into(),
            prompt_tokens: Some(i32::try_from(outcome.usage.prompt_tokens).unwrap_or(i32::MAX)),
            completion_tokens: Some(
                i32::try_from(outcome.usage.completion_tokens).unwrap_or(i32::MAX),
            ),
            usage_estimated: outcome.usage.estimated,
            failure_reason: reason,
            failure_message: message,
            finished_at: Some(now),
            ..job.answer.clone()
        };
        let tokens =
            i64::from(outcome.usage.prompt_tokens) + i64::from(outcome.usage.completion_tokens);
        let (space_id, message_id) = (job.session.space_id, job.answer.id);
        // A failed write changed nothing (its savepoint, or its batch, rolled
        // back), so it is tried again: an answer left `streaming` would hold
        // its session until the next start.
        let mut attempt = 0;
        loop {
            attempt += 1;
            let end = ended.clone();
            let stored = self
                .store
                .writer
                .write(move |txn| {
                    Box::pin(async move {
                        match ledger::charge(txn, space_id, tokens, Subject::Reply { message_id })
                            .await
                        {
                            // The space is gone, and the session with it.
                            Ok(()) | Err(DbErr::RecordNotFound(_)) => {}
                            Err(error) => return Err(error),
                        }
                        // Deleted with its session meanwhile: the charge stands.
                        let Some(row) = stored::find_message(txn, message_id).await? else {
                            return Ok(None);
                        };
                        let mut active = row.into_active_model();
                        active.text = Set(end.text);
                        active.state = Set(end.state);
                        active.prompt_tokens = Set(end.prompt_tokens);
                        active.completion_tokens = Set(end.completion_tokens);
                        active.usage_estimated = Set(end.usage_estimated);
                        active.failure_reason = Set(end.failure_reason);
                        active.failure_message = Set(end.failure_message);
                        active.finished_at = Set(end.finished_at);
                        Ok(Some(stored::update_message(txn, active).await?))
                    })
                })
                .await;
            if stored.is_ok() {
                crate::metrics::credits_charged("message", tokens);
            }
            match stored {
                Ok(Some(stored)) => return stored,
                Ok(None) => return ended,
                Err(error) if attempt < END_ATTEMPTS => {
                    tracing::warn!(%error, answer = %message_id, attempt, "cannot store how an answer ended; retrying");
                    tokio::time::sleep(Duration::from_millis(100 << attempt)).await;
                }
                Err(error) => {
                    tracing::error!(%error, answer = %message_id, "cannot store how an answer ended; it stays streaming until the next start");
                    return ended;
                }
            }
        }
    }
}

impl Outcome {
    fn failed(reason: &'static str, message: String, text: String, usage: Usage) -> Self {
        Self {
            state: stored::FAILED,
            text,
            usage,
            failure: Some((reason, message)),
        }
    }
}

/// Fails the answers left streaming by a server that stopped.
pub(super) async fn recover(store: &Store) -> Result<u64> {
    store
        .writer
        .write(|txn| {
            Box::pin(async move {
                Ok::<_, Error>(
                    stored::fail_streaming(
                        txn,
                        "SERVER_RESTARTED",
                        "the server stopped while the answer streamed",
                        super::super::now(),
                    )
                    .await?,
                )
            })
        })
        .await
}

/// The error a caller following an answer that failed ends with: the
/// provider's failure (UNAVAILABLE), or, for a provider or model the
/// server no longer has, a precondition of the session.
pub fn failure_error(answer: &session_messages::Model) -> Option<Error> {
    if answer.state != stored::FAILED {
        return None;
    }
    let message = answer.failure_message.clone().unwrap_or_default();
    let reason = match answer.failure_reason.as_deref() {
        Some("MODEL_UNAVAILABLE") => {
            return Some(Error::precondition("MODEL_UNAVAILABLE", message));
        }
        Some("PROVIDER_UNREACHABLE") => "PROVIDER_UNREACHABLE",
        Some("PROVIDER_TIMEOUT") => "PROVIDER_TIMEOUT",
        Some("PROVIDER_INTERRUPTED") => "PROVIDER_INTERRUPTED",
        Some("PROVIDER_MALFORMED_STREAM") => "PROVIDER_MALFORMED_STREAM",
        Some("SERVER_RESTARTED") => "SERVER_RESTARTED",
        Some("STORAGE_ERROR") => "STORAGE_ERROR",
        _ => "PROVIDER_ERROR",
    };
    Some(Error::ProviderFailed { reason, message })
}

/// A new answer to `answered`, streaming and empty.
fn new_answer(
    session: &sessions::Model,
    resolved: &std::result::Result<Resolved, ResolveError>,
    answered: Uuid,
    version: i32,
) -> session_messages::Model {
    let (provider, model) = match resolved {
        Ok(resolved) => (resolved.provider.clone(), resolved.model.clone()),
        Err(_) => (session.provider.clone(), session.model.clone()),
    };
    session_messages::Model {
        id: super::super::new_id(),
        session_id: session.id,
        role: ASSISTANT.into(),
        state: stored::STREAMING.into(),
        in_reply_to: Some(answered),
        version,
        provider,
        model,
        usage_estimated: false,
        created_at: super::super::now(),
        ..blank()
    }
}

/// A message with every field empty, to fill in.
pub(super) fn blank() -> session_messages::Model {
    session_messages::Model {
        id: Uuid::nil(),
        session_id: Uuid::nil(),
        role: String::new(),
        author_id: None,
        text: String::new(),
        state: String::new(),
        in_reply_to: None,
        version: 1,
        latest: true,
        provider: String::new(),
        model: String::new(),
        prompt_tokens: None,
        completion_tokens: None,
        usage_estimated: false,
        failure_reason: None,
        failure_message: None,
        rating: None,
        rating_comment: None,
        rated_at: None,
        request_id: None,
        created_at: chrono::DateTime::UNIX_EPOCH,
        finished_at: None,
    }
}
