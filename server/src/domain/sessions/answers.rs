//! A session's messages. They are messages of the one store (conversation
//! kind `session`), and the assistant's answers are replies of the one
//! reply engine: started in the same write as the message that asks,
//! streamed, ended, charged, cancelled and recovered as a REPLR's reply is.
//! What only sessions do lives here: one answer streams at a time, an
//! answer is regenerated as version n+1 (the earlier versions stay, no
//! longer `latest`), the owner rates answers, messages are deleted for
//! good.

use sea_orm::{IntoActiveModel, Set};
use tokio::time::Instant;
use uuid::Uuid;

use super::{NewRating, NewSessionMessage, Sessions, Standing, answer_in_progress};
use crate::{
    domain::{
        Caller, Error, Kind, Result, credits,
        paging::PageRequest,
        replies::{Follower, ReplyState, Started, WAIT_LIMIT, is_streaming, reply_of},
    },
    store::{
        entities::messages,
        events::{self as log, EventId, NewEvent, Payload},
        messages::{self as stored_messages, Window},
        replies as stored_replies, sessions as stored,
    },
};

/// A stored message with its answer, and a follower of that answer.
pub struct Sent {
    /// The user message.
    pub message: messages::Model,
    /// Its answer: `None` only when a repeated request finds the answer
    /// deleted since.
    pub answer: Option<messages::Model>,
    pub follower: Option<Follower>,
}

// One value per call, moved once: its size does not matter.
#[allow(clippy::large_enum_variant)]
enum Written {
    Fresh(messages::Model, Vec<EventId>),
    Repeat(messages::Model, Option<messages::Model>),
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
        let space_id = session.space_id;
        let message = messages::Model {
            sender_type: messages::SENT_BY_USER.into(),
            sender_id: caller.user_id,
            word_count: crate::domain::input::word_count(&new.text),
            text: new.text,
            attachments: serde_json::to_string(&new.attachments).expect("attachments serialize"),
            request_id: new.request_id,
            ..blank(session_id)
        };
        let planned = self.replies.plan_answer(session, &message, 1);
        let answer = planned.reply.clone();
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
                    let (message, events) =
                        stored_replies::start_with_message(txn, message, vec![answer], space_id)
                            .await?;
                    Ok::<_, Error>(Written::Fresh(message, events))
                })
            })
            .await?;
        match written {
            Written::Fresh(message, events) => {
                let answer = planned.reply.clone();
                // One answer, one `reply_started`.
                let started = std::iter::once(planned)
                    .zip(events)
                    .map(|(planned, started_event)| Started {
                        planned,
                        started_event,
                    })
                    .collect();
                let flight = self.replies.launch(started, space_id).pop();
                Ok(Sent {
                    message,
                    answer: Some(answer),
                    follower: flight.map(|flight| Follower::new(flight, true)),
                })
            }
            Written::Repeat(message, answer) => {
                let follower = match answer.clone() {
                    Some(answer) => Some(self.replies.follower(answer).await?),
                    None => None,
                };
                Ok(Sent {
                    message,
                    follower,
                    answer: answer.map(|a| self.replies.as_it_stands(a).0),
                })
            }
        }
    }

    /// Answers the session's last user message again, as a new version.
    pub async fn regenerate(&self, caller: &Caller, session_id: Uuid) -> Result<Sent> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_writer("regenerate answers in")?;
        let space_id = session.space_id;
        let replies = self.replies.clone();
        let (target, planned, started_event) = self
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
                    let window = Window {
                        cursor: None,
                        created_before: None,
                        created_after: None,
                        newest_first: true,
                        limit: 1,
                    };
                    let last = stored_messages::list(txn, session_id, window)
                        .await?
                        .items
                        .pop()
                        .ok_or_else(nothing)?;
                    let target = match (last.sender_type.as_str(), last.in_reply_to) {
                        (messages::SENT_BY_USER, _) => last,
                        (messages::SENT_BY_ASSISTANT, Some(answered)) => {
                            stored::find_message(txn, answered)
                                .await?
                                .ok_or_else(nothing)?
                        }
                        _ => return Err(nothing()),
                    };
                    let versions = stored::versions(txn, target.id).await?;
                    let version = versions.iter().map(|v| v.version).max().unwrap_or(0) + 1;
                    stored::supersede_answers(txn, target.id).await?;
                    let planned = replies.plan_answer(session, &target, version);
                    let started_event =
                        stored_replies::start(txn, planned.reply.clone(), target.id, space_id)
                            .await?;
                    Ok::<_, Error>((target, planned, started_event))
                })
            })
            .await?;
        let answer = planned.reply.clone();
        let started = Started {
            planned,
            started_event,
        };
        let flight = self.replies.launch(vec![started], space_id).pop();
        Ok(Sent {
            message: target,
            answer: Some(answer),
            follower: flight.map(|flight| Follower::new(flight, true)),
        })
    }

    /// The answer once it has ended, or as it stands after [`WAIT_LIMIT`].
    pub async fn wait(
        &self,
        answer: messages::Model,
        follower: Option<Follower>,
    ) -> messages::Model {
        let Some(follower) = follower else {
            return answer;
        };
        let deadline = Instant::now() + WAIT_LIMIT;
        self.replies.ended_by(answer, follower, deadline).await
    }

    /// An answer with its text so far, and whether it has ended.
    pub async fn job(&self, caller: &Caller, job_id: Uuid) -> Result<(messages::Model, bool)> {
        let (answer, _) = self.open_job(caller, job_id).await?;
        Ok(self.replies.as_it_stands(answer))
    }

    /// A follower of an answer from where it stands.
    pub async fn watch(&self, caller: &Caller, job_id: Uuid) -> Result<Follower> {
        let (answer, _) = self.open_job(caller, job_id).await?;
        self.replies.follower(answer).await
    }

    /// Stops an answer that streams; it keeps its text so far.
    pub async fn cancel(&self, caller: &Caller, job_id: Uuid) -> Result<messages::Model> {
        let (answer, standing) = self.open_job(caller, job_id).await?;
        standing.require_owner("cancel answers in")?;
        self.replies.stop(answer, "ANSWER_FINISHED").await
    }

    /// An answer (a message of the model) the caller may read; NOT_FOUND
    /// for anything else.
    async fn open_job(&self, caller: &Caller, job_id: Uuid) -> Result<(messages::Model, Standing)> {
        let not_found = || Error::not_found(Kind::SessionJob, job_id);
        let (answer, _, standing) =
            self.open_message(caller, job_id)
                .await
                .map_err(|error| match error {
                    Error::NotFound { .. } => not_found(),
                    other => other,
                })?;
        if reply_of(&answer).is_none() {
            return Err(not_found());
        }
        Ok((answer, standing))
    }

    /// The messages of a session found by its public link.
    pub async fn shared_messages(
        &self,
        link_id: &str,
        page: PageRequest,
    ) -> Result<(Vec<messages::Model>, String)> {
        let session = self.shared(link_id).await?;
        self.page_of_messages(session.id, false, page).await
    }

    /// A session's messages, latest versions only.
    pub async fn list_messages(
        &self,
        caller: &Caller,
        session_id: Uuid,
        newest_first: bool,
        page: PageRequest,
    ) -> Result<(Vec<messages::Model>, String)> {
        self.open(caller, session_id).await?;
        self.page_of_messages(session_id, newest_first, page).await
    }

    async fn page_of_messages(
        &self,
        session_id: Uuid,
        newest_first: bool,
        page: PageRequest,
    ) -> Result<(Vec<messages::Model>, String)> {
        let window = Window {
            cursor: page.after_key()?,
            created_before: None,
            created_after: None,
            newest_first,
            limit: page.size,
        };
        let found = stored_messages::list(&self.store.db, session_id, window).await?;
        let token = page.next_key_token(found.more, found.items.last().map(|m| m.id));
        let messages = found
            .items
            .into_iter()
            .map(|m| self.replies.as_it_stands(m).0)
            .collect();
        Ok((messages, token))
    }

    pub async fn get_message(&self, caller: &Caller, message_id: Uuid) -> Result<messages::Model> {
        let (message, _, _) = self.open_message(caller, message_id).await?;
        Ok(self.replies.as_it_stands(message).0)
    }

    /// Every version of the answer `message_id` is one of, oldest first.
    pub async fn versions(
        &self,
        caller: &Caller,
        message_id: Uuid,
    ) -> Result<Vec<messages::Model>> {
        let (message, _, _) = self.open_message(caller, message_id).await?;
        let Some(answered) = message.in_reply_to else {
            return Ok(vec![self.replies.as_it_stands(message).0]);
        };
        let versions = stored::versions(&self.store.db, answered).await?;
        Ok(versions
            .into_iter()
            .map(|m| self.replies.as_it_stands(m).0)
            .collect())
    }

    /// Deletes a message for good: a user message with its answers, or one
    /// version of an answer (the one before it becomes the latest again).
    /// Subscribers hear `message_deleted`.
    pub async fn delete_message(&self, caller: &Caller, message_id: Uuid) -> Result<()> {
        let (_, session, standing) = self.open_message(caller, message_id).await?;
        standing.require_owner("delete messages of")?;
        let (space_id, actor) = (session.space_id, caller.user_id);
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let message = stored::find_message(txn, message_id)
                        .await?
                        .ok_or_else(|| Error::not_found(Kind::SessionMessage, message_id))?;
                    let answered = message.in_reply_to.unwrap_or(message.id);
                    let versions = stored::versions(txn, answered).await?;
                    let streaming = is_streaming(&message)
                        || (message.in_reply_to.is_none() && versions.iter().any(is_streaming));
                    if streaming {
                        return Err(answer_in_progress());
                    }
                    stored::delete_message(txn, message_id).await?;
                    if message.in_reply_to.is_some() && message.latest {
                        let previous = versions.iter().rev().find(|v| v.id != message_id);
                        if let Some(previous) = previous {
                            stored::mark_latest(txn, previous.id).await?;
                        }
                    }
                    let at = crate::domain::now();
                    let gone = messages::Model {
                        text: String::new(),
                        attachments: "[]".into(),
                        deleted_at: Some(at),
                        ..message
                    };
                    log::append(
                        txn,
                        vec![NewEvent {
                            room_id: gone.room_id,
                            space_id,
                            actor_id: Some(actor),
                            payload: Payload::MessageDeleted(gone),
                            at,
                        }],
                    )
                    .await?;
                    Ok::<_, Error>(())
                })
            })
            .await
    }

    /// Rates an assistant message (or removes its rating); subscribers
    /// hear `message_rated`.
    pub async fn rate(
        &self,
        caller: &Caller,
        message_id: Uuid,
        rating: NewRating,
    ) -> Result<messages::Model> {
        let (message, session, standing) = self.open_message(caller, message_id).await?;
        standing.require_owner("rate messages of")?;
        if message.sender_type == messages::SENT_BY_USER {
            return Err(Error::precondition(
                "NOT_AN_ANSWER",
                "only assistant messages can be rated",
            ));
        }
        if is_streaming(&message) {
            return Err(answer_in_progress());
        }
        let mut active = message.into_active_model();
        let rated = rating.rating.is_some();
        let at = crate::domain::now();
        active.rating = Set(rating.rating.map(|r| r.as_str().to_string()));
        active.rating_comment = Set(rated.then_some(rating.comment));
        active.rated_at = Set(rated.then_some(at));
        let (space_id, actor) = (session.space_id, caller.user_id);
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let rated =
                        stored::update_message(txn, active)
                            .await
                            .map_err(|error| match error {
                                sea_orm::DbErr::RecordNotUpdated => {
                                    Error::not_found(Kind::SessionMessage, message_id)
                                }
                                other => Error::Storage(other),
                            })?;
                    log::append(
                        txn,
                        vec![NewEvent {
                            room_id: rated.room_id,
                            space_id,
                            actor_id: Some(actor),
                            payload: Payload::MessageRated(rated.clone()),
                            at,
                        }],
                    )
                    .await?;
                    Ok(rated)
                })
            })
            .await
    }

    /// Adds an assistant message a person wrote: space owners and admins,
    /// in a session they can read.
    pub async fn send_assistant_message(
        &self,
        caller: &Caller,
        session_id: Uuid,
        text: &str,
    ) -> Result<messages::Model> {
        let text = crate::domain::input::message_text(text, false)?;
        let (session, standing) = self.open(caller, session_id).await?;
        if !standing.space_role.manages() {
            return Err(Error::denied(
                "only space owners and admins may write assistant messages",
            ));
        }
        let message = messages::Model {
            sender_type: messages::SENT_BY_AGENT.into(),
            sender_id: caller.user_id,
            word_count: crate::domain::input::word_count(&text),
            text,
            ..blank(session_id)
        };
        let space_id = session.space_id;
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if stored::find(txn, session_id).await?.is_none() {
                        return Err(Error::not_found(Kind::Session, session_id));
                    }
                    Ok(stored_messages::insert_one(txn, message, space_id).await?)
                })
            })
            .await
    }
}

/// The error a caller following an answer that failed ends with: the
/// provider's failure (UNAVAILABLE), or, for a provider or model the
/// server no longer has, a precondition of the session.
pub fn failure_error(answer: &messages::Model) -> Option<Error> {
    let (state, info) = reply_of(answer)?;
    if state != ReplyState::Failed {
        return None;
    }
    let message = info.failure_message.unwrap_or_default();
    let reason = match info.failure_reason.as_deref() {
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

/// A new message of the session, to fill in.
fn blank(session_id: Uuid) -> messages::Model {
    messages::Model::draft(
        crate::domain::new_id(),
        session_id,
        messages::IN_SESSION,
        crate::domain::now(),
    )
}
