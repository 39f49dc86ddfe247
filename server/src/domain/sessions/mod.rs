//! Sessions: private AI chats. A session belongs to a space (whose credits
//! pay for its answers) and to its owner, who alone writes it; users it is
//! shared with read it, and so does anyone holding its public link.
//!
//! Who sees what: a session is visible to its owner and to the users it is
//! shared with, while they are members of its space; to everyone else it
//! does not exist (NOT_FOUND). Writing needs the owner with a space role
//! other than viewer.
//!
//! A session is a conversation of the one message store (a row of `rooms`
//! of kind `session`, with the session's id) whose replies are the answers
//! of the session's assistant, made by the one reply engine
//! ([`super::replies`]). [`answers`] holds what only sessions do with
//! their messages: one answer at a time, versions, ratings.

mod answers;
mod sharing;
mod summaries;

use sea_orm::{IntoActiveModel, Set, SqlErr};
use uuid::Uuid;

pub use answers::{Sent, failure_error};

use super::{
    Caller, Error, Kind, Result, SpaceRole,
    assist::{self, SummaryText},
    credits,
    input::{self, keep},
    paging::PageRequest,
    replies::{self, Replies},
};
use crate::{
    ai::{Providers, ResolveError},
    store::{
        Store,
        credits::{self as ledger, Subject},
        entities::{messages, session_shares, sessions, users},
        messages as stored_messages, sessions as stored, spaces as stored_spaces,
        users as stored_users,
    },
};

/// A session's name when its creator gives none.
pub const DEFAULT_NAME: &str = "New session";
pub const DEFAULT_TEMPERATURE: f64 = 1.0;
pub const DEFAULT_MAX_TOKENS: i32 = 1024;
/// The most users one session is shared with.
pub const SHARES_MAX: u64 = 100;
/// The longest comment of a rating, in characters.
pub const RATING_COMMENT_MAX: usize = 1000;
/// Characters of a public link id: 32 alphanumerics, about 190 bits.
const LINK_ID_CHARS: usize = 32;
/// The longest link id a lookup considers.
const LINK_ID_MAX: usize = 64;

/// What the caller may do with a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads and writes it.
    Owner,
    /// Reads it: it is shared with them.
    Reader,
}

/// A session as one caller sees it.
pub struct SessionView {
    pub session: sessions::Model,
    pub access: Access,
}

/// What a client sent about a session, unchecked. `None` means "not
/// given": the default on create, unchanged on update.
#[derive(Debug, Default)]
pub struct SessionFields {
    pub name: Option<String>,
    pub provider: Option<String>,
    pub model: Option<String>,
    pub system_prompt: Option<String>,
    pub temperature: Option<f64>,
    pub max_tokens: Option<i32>,
}

/// The fields, each validated; every bad field is reported at once.
struct Checked {
    name: Option<String>,
    provider: Option<String>,
    model: Option<String>,
    system_prompt: Option<String>,
    temperature: Option<f64>,
    max_tokens: Option<i32>,
}

impl Checked {
    fn new(fields: SessionFields) -> Result<Self> {
        let mut violations = Vec::new();
        let v = &mut violations;
        let checked = Checked {
            name: fields
                .name
                .and_then(|n| keep(v, input::name("name", &n, input::NAME_MAX))),
            provider: fields
                .provider
                .and_then(|p| keep(v, input::provider("provider", &p))),
            model: fields
                .model
                .and_then(|m| keep(v, input::model("model", &m))),
            system_prompt: fields.system_prompt.and_then(|p| {
                keep(
                    v,
                    input::text("system_prompt", &p, input::SYSTEM_PROMPT_MAX),
                )
            }),
            temperature: fields
                .temperature
                .and_then(|t| keep(v, input::temperature("temperature", t))),
            max_tokens: fields
                .max_tokens
                .and_then(|m| keep(v, input::max_tokens("max_tokens", m))),
        };
        if violations.is_empty() {
            Ok(checked)
        } else {
            Err(Error::InvalidArgument(violations))
        }
    }
}

/// A new session, validated, with defaults filled in.
pub struct NewSession {
    name: String,
    provider: String,
    model: String,
    system_prompt: String,
    temperature: f64,
    max_tokens: i32,
    request_id: Option<String>,
}

impl NewSession {
    pub fn new(fields: SessionFields, request_id: &str) -> Result<Self> {
        let request_id = input::request_id(request_id);
        let checked = Checked::new(fields);
        let (checked, request_id) = match (checked, request_id) {
            (Ok(checked), Ok(request_id)) => (checked, request_id),
            (checked, request_id) => {
                let mut violations = Vec::new();
                keep(&mut violations, checked);
                keep(&mut violations, request_id);
                return Err(Error::InvalidArgument(violations));
            }
        };
        Ok(Self {
            name: checked.name.unwrap_or_else(|| DEFAULT_NAME.into()),
            provider: checked.provider.unwrap_or_default(),
            model: checked.model.unwrap_or_default(),
            system_prompt: checked.system_prompt.unwrap_or_default(),
            temperature: checked.temperature.unwrap_or(DEFAULT_TEMPERATURE),
            max_tokens: checked.max_tokens.unwrap_or(DEFAULT_MAX_TOKENS),
            request_id,
        })
    }
}

/// Changes to a session, validated; `None` leaves a field as it is.
pub struct SessionChanges(Checked);

impl SessionChanges {
    pub fn new(fields: SessionFields) -> Result<Self> {
        Checked::new(fields).map(Self)
    }
}

/// A message the owner sends, validated as a room's message is.
pub struct NewSessionMessage {
    pub text: String,
    pub attachments: Vec<input::Attachment>,
    pub request_id: Option<String>,
}

impl NewSessionMessage {
    /// `text` at most 4000 characters after trimming, and not empty unless
    /// there are attachments (at most 10); `request_id` empty or an
    /// idempotency key.
    pub fn new(text: &str, attachments: Vec<input::Attachment>, request_id: &str) -> Result<Self> {
        let mut violations = Vec::new();
        let body = keep(&mut violations, input::message_body(text, attachments));
        let request_id = keep(&mut violations, input::request_id(request_id));
        match (body, request_id) {
            (Some((text, attachments)), Some(request_id)) if violations.is_empty() => Ok(Self {
                text,
                attachments,
                request_id,
            }),
            _ => Err(Error::InvalidArgument(violations)),
        }
    }
}

/// The owner's verdict on an assistant message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Up,
    Down,
}

impl Rating {
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Up => "up",
            Rating::Down => "down",
        }
    }

    pub fn parse(stored: &str) -> Option<Self> {
        match stored {
            "up" => Some(Rating::Up),
            "down" => Some(Rating::Down),
            _ => None,
        }
    }
}

/// A rating to store, validated: a rating with a comment, or none.
pub struct NewRating {
    rating: Option<Rating>,
    comment: String,
}

impl NewRating {
    pub fn new(rating: Option<Rating>, comment: &str) -> Result<Self> {
        let comment = input::text("comment", comment, RATING_COMMENT_MAX)?;
        if rating.is_none() && !comment.is_empty() {
            return Err(Error::invalid(
                "comment",
                "INVALID_VALUE",
                "a comment needs a rating (up or down)",
            ));
        }
        Ok(Self { rating, comment })
    }
}

#[derive(Clone)]
pub struct Sessions {
    store: Store,
    providers: Providers,
    replies: Replies,
}

impl Sessions {
    pub fn new(store: Store, providers: Providers, replies: Replies) -> Self {
        Self {
            store,
            providers,
            replies,
        }
    }

    pub async fn create(
        &self,
        caller: &Caller,
        space_id: Uuid,
        new: NewSession,
    ) -> Result<SessionView> {
        let role = self.space_role(caller, space_id).await?;
        if !role.writes() {
            return Err(Error::denied("space viewers cannot create sessions"));
        }
        super::models::resolve(&self.providers, &new.provider, &new.model)?;
        let now = super::now();
        let session = sessions::Model {
            id: super::new_id(),
            space_id,
            owner_id: caller.user_id,
            name: new.name,
            provider: new.provider,
            model: new.model,
            system_prompt: new.system_prompt,
            temperature: new.temperature,
            max_tokens: new.max_tokens,
            title: String::new(),
            summary: String::new(),
            labels: "[]".into(),
            summarized_at: None,
            public_link_id: None,
            request_id: new.request_id,
            created_at: now,
            updated_at: now,
        };
        let session = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if let Some(request_id) = &session.request_id
                        && let Some(first) =
                            stored::find_by_request(txn, session.owner_id, request_id).await?
                    {
                        return Ok(first);
                    }
                    credits::ensure_available_in(txn, session.space_id).await?;
                    Ok::<_, Error>(stored::insert(txn, session).await?)
                })
            })
            .await?;
        Ok(SessionView {
            session,
            access: Access::Owner,
        })
    }

    pub async fn get(&self, caller: &Caller, session_id: Uuid) -> Result<SessionView> {
        let (session, standing) = self.open(caller, session_id).await?;
        Ok(SessionView {
            session,
            access: standing.access,
        })
    }

    /// The caller's sessions in a space, or those shared with them.
    pub async fn list(
        &self,
        caller: &Caller,
        space_id: Uuid,
        shared_with_me: bool,
        page: PageRequest,
    ) -> Result<(Vec<SessionView>, String)> {
        self.space_role(caller, space_id).await?;
        let after = page.after_key()?;
        let (found, access) = if shared_with_me {
            let found = stored::list_shared_with(
                &self.store.db,
                space_id,
                caller.user_id,
                after,
                page.size,
            )
            .await?;
            (found, Access::Reader)
        } else {
            let found =
                stored::list_owned(&self.store.db, space_id, caller.user_id, after, page.size)
                    .await?;
            (found, Access::Owner)
        };
        let token = page.next_key_token(found.more, found.items.last().map(|s| s.id));
        let views = found
            .items
            .into_iter()
            .map(|session| SessionView { session, access })
            .collect();
        Ok((views, token))
    }

    pub async fn update(
        &self,
        caller: &Caller,
        session_id: Uuid,
        changes: SessionChanges,
    ) -> Result<SessionView> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_writer("change")?;
        let SessionChanges(changes) = changes;
        let provider = changes.provider.as_deref().unwrap_or(&session.provider);
        let model = changes.model.as_deref().unwrap_or(&session.model);
        if changes.provider.is_some() || changes.model.is_some() {
            super::models::resolve(&self.providers, provider, model)?;
        }
        let mut active = session.into_active_model();
        if let Some(name) = changes.name {
            active.name = Set(name);
        }
        if let Some(provider) = changes.provider {
            active.provider = Set(provider);
        }
        if let Some(model) = changes.model {
            active.model = Set(model);
        }
        if let Some(system_prompt) = changes.system_prompt {
            active.system_prompt = Set(system_prompt);
        }
        if let Some(temperature) = changes.temperature {
            active.temperature = Set(temperature);
        }
        if let Some(max_tokens) = changes.max_tokens {
            active.max_tokens = Set(max_tokens);
        }
        active.updated_at = Set(super::now());
        let session = self.save(session_id, active).await?;
        Ok(SessionView {
            session,
            access: Access::Owner,
        })
    }

    /// Deletes a session; an answer still streaming is stopped first.
    pub async fn delete(&self, caller: &Caller, session_id: Uuid) -> Result<()> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_owner("delete")?;
        self.replies.stop_all_in(session.id).await;
        let deleted = self
            .store
            .writer
            .write_settled(move |txn| {
                Box::pin(async move { stored::delete(txn, session_id).await })
            })
            .await?;
        if !deleted {
            return Err(Error::not_found(Kind::Session, session_id));
        }
        Ok(())
    }

    /// The session and what the caller is to it; NOT_FOUND unless they
    /// own it or it is shared with them, and they are in its space.
    async fn open(&self, caller: &Caller, session_id: Uuid) -> Result<(sessions::Model, Standing)> {
        let not_found = || Error::not_found(Kind::Session, session_id);
        let session = stored::find(&self.store.db, session_id)
            .await?
            .ok_or_else(not_found)?;
        let space_role =
            stored_spaces::membership(&self.store.db, session.space_id, caller.user_id)
                .await?
                .map(|member| SpaceRole::parse(&member.role))
                .ok_or_else(not_found)?;
        let access = if session.owner_id == caller.user_id {
            Access::Owner
        } else if stored::find_share(&self.store.db, session_id, caller.user_id)
            .await?
            .is_some()
        {
            Access::Reader
        } else {
            return Err(not_found());
        };
        Ok((session, Standing { access, space_role }))
    }

    /// A message, its session and what the caller is to it.
    async fn open_message(
        &self,
        caller: &Caller,
        message_id: Uuid,
    ) -> Result<(messages::Model, sessions::Model, Standing)> {
        let not_found = || Error::not_found(Kind::SessionMessage, message_id);
        let message = stored::find_message(&self.store.db, message_id)
            .await?
            .ok_or_else(not_found)?;
        let (session, standing) =
            self.open(caller, message.room_id)
                .await
                .map_err(|error| match error {
                    Error::NotFound { .. } => not_found(),
                    other => other,
                })?;
        Ok((message, session, standing))
    }

    async fn space_role(&self, caller: &Caller, space_id: Uuid) -> Result<SpaceRole> {
        stored_spaces::membership(&self.store.db, space_id, caller.user_id)
            .await?
            .map(|member| SpaceRole::parse(&member.role))
            .ok_or_else(|| Error::not_found(Kind::Space, space_id))
    }

    /// Stores a change to a session that may have been deleted meanwhile.
    async fn save(
        &self,
        session_id: Uuid,
        active: sessions::ActiveModel,
    ) -> Result<sessions::Model> {
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    stored::update(txn, active)
                        .await
                        .map_err(|error| match error {
                            sea_orm::DbErr::RecordNotUpdated => {
                                Error::not_found(Kind::Session, session_id)
                            }
                            other => match other.sql_err() {
                                // Two links drawn alike: 190 random bits; never.
                                Some(SqlErr::UniqueConstraintViolation(_)) => Error::precondition(
                                    "SESSION_LINK_TAKEN",
                                    "that link id is taken; try again",
                                ),
                                _ => Error::Storage(other),
                            },
                        })
                })
            })
            .await
    }
}

/// What the caller is to a session they can see.
#[derive(Debug, Clone, Copy)]
struct Standing {
    access: Access,
    space_role: SpaceRole,
}

impl Standing {
    /// Only the owner may `what` the session.
    fn require_owner(self, what: &str) -> Result<()> {
        match self.access {
            Access::Owner => Ok(()),
            Access::Reader => Err(Error::denied(format!(
                "the session is shared with you read-only: only its owner may {what} it"
            ))),
        }
    }

    /// The owner, with a space role that writes (AI work costs the space).
    fn require_writer(self, what: &str) -> Result<()> {
        self.require_owner(what)?;
        if !self.space_role.writes() {
            return Err(Error::denied(format!(
                "space viewers cannot {what} sessions"
            )));
        }
        Ok(())
    }
}

fn answer_in_progress() -> Error {
    Error::precondition(
        "ANSWER_IN_PROGRESS",
        "an answer of this session is still streaming; wait for it or cancel it",
    )
}

/// The session names a provider or model the server no longer has.
fn model_unavailable(error: &ResolveError) -> Error {
    Error::precondition(
        "MODEL_UNAVAILABLE",
        format!("{error}; change the session's provider or model"),
    )
}

/// The labels stored on a session.
pub fn labels(session: &sessions::Model) -> Vec<String> {
    serde_json::from_str(&session.labels).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_needs_a_rating_and_a_length() {
        assert!(NewRating::new(Some(Rating::Up), "great").is_ok());
        assert!(NewRating::new(None, "").is_ok());
        assert!(NewRating::new(None, "why").is_err());
        assert!(NewRating::new(Some(Rating::Down), &"x".repeat(1001)).is_err());
    }

    #[test]
    fn every_bad_field_is_reported() {
        let fields = SessionFields {
            name: Some(" ".into()),
            temperature: Some(3.0),
            model: Some("a b".into()),
            ..Default::default()
        };
        let Err(Error::InvalidArgument(violations)) = NewSession::new(fields, "bad id") else {
            panic!("expected invalid fields");
        };
        let fields: Vec<&str> = violations.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["name", "model", "temperature", "request_id"]);
    }
}
