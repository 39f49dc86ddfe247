//! The one error type of the domain. The API layer maps it, once, to a
//! `tonic::Status` with `google.rpc` details.

use sea_orm::DbErr;

/// Everything that can go wrong in a domain call.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No usable credentials.
    #[error("{0}")]
    Unauthenticated(&'static str),
    /// The caller can see the resource but may not do this.
    #[error("permission denied: {message}")]
    PermissionDenied {
        reason: &'static str,
        message: String,
    },
    /// Missing, or invisible to the caller: the two are never told apart.
    #[error("{kind} {id} not found")]
    NotFound { kind: Kind, id: String },
    /// One or more fields are bad.
    #[error("{}", .0.iter().map(|v| format!("invalid {}: {}", v.field, v.description)).collect::<Vec<_>>().join("; "))]
    InvalidArgument(Vec<FieldViolation>),
    #[error("{message}")]
    AlreadyExists {
        reason: &'static str,
        message: String,
    },
    #[error("{message}")]
    FailedPrecondition {
        reason: &'static str,
        message: String,
    },
    /// The space's AI credits are spent: AI work is refused until a server
    /// admin grants more.
    #[error(
        "the space has no AI credits left (balance {balance} tokens); a server admin can grant more"
    )]
    CreditsExhausted { space_id: uuid::Uuid, balance: i64 },
    /// An AI provider failed (unreachable, timed out, refused, broke off);
    /// `reason` names how (`PROVIDER_TIMEOUT`, …). Worth retrying later.
    #[error("{message}")]
    ProviderFailed {
        reason: &'static str,
        message: String,
    },
    /// The database failed; the details go to the log, not to the caller.
    #[error("storage error: {0}")]
    Storage(#[from] DbErr),
}

/// What kind of resource was not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    User,
    ApiKey,
    Space,
    SpaceMember,
    Room,
    RoomMember,
    Message,
    Replr,
    Reply,
    Session,
    SessionMessage,
    SessionJob,
    SessionLink,
    SessionShare,
}

impl Kind {
    /// The stable `ErrorInfo.reason` for "not found".
    pub fn not_found_reason(self) -> &'static str {
        match self {
            Kind::User => "USER_NOT_FOUND",
            Kind::ApiKey => "API_KEY_NOT_FOUND",
            Kind::Space => "SPACE_NOT_FOUND",
            Kind::SpaceMember => "SPACE_MEMBER_NOT_FOUND",
            Kind::Room => "ROOM_NOT_FOUND",
            Kind::RoomMember => "ROOM_MEMBER_NOT_FOUND",
            Kind::Message => "MESSAGE_NOT_FOUND",
            Kind::Replr => "REPLR_NOT_FOUND",
            Kind::Reply => "REPLY_NOT_FOUND",
            Kind::Session => "SESSION_NOT_FOUND",
            Kind::SessionMessage => "SESSION_MESSAGE_NOT_FOUND",
            Kind::SessionJob => "SESSION_JOB_NOT_FOUND",
            Kind::SessionLink => "SESSION_LINK_NOT_FOUND",
            Kind::SessionShare => "SESSION_SHARE_NOT_FOUND",
        }
    }

    /// The resource's name as a user reads it.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::User => "user",
            Kind::ApiKey => "API key",
            Kind::Space => "space",
            Kind::SpaceMember => "space member",
            Kind::Room => "room",
            Kind::RoomMember => "room member",
            Kind::Message => "message",
            Kind::Replr => "REPLR",
            Kind::Reply => "reply",
            Kind::Session => "session",
            Kind::SessionMessage => "session message",
            Kind::SessionJob => "session job",
            Kind::SessionLink => "shared session link",
            Kind::SessionShare => "session share",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.noun())
    }
}

/// One bad field: its path in the request (`attachments[0].url`), a stable
/// reason and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldViolation {
    pub field: String,
    pub reason: &'static str,
    pub description: String,
}

impl Error {
    /// `id` as the client gave it, cut to [`crate::text::QUOTE_MAX`]
    /// characters: it is echoed in the message and the ErrorInfo.
    pub fn not_found(kind: Kind, id: impl ToString) -> Self {
        let id = id.to_string();
        Error::NotFound {
            kind,
            id: id.chars().take(crate::text::QUOTE_MAX).collect(),
        }
    }

    pub fn invalid(
        field: impl Into<String>,
        reason: &'static str,
        description: impl Into<String>,
    ) -> Self {
        Error::InvalidArgument(vec![FieldViolation {
            field: field.into(),
            reason,
            description: description.into(),
        }])
    }

    pub fn denied(message: impl Into<String>) -> Self {
        Error::PermissionDenied {
            reason: "PERMISSION_DENIED",
            message: message.into(),
        }
    }

    pub fn precondition(reason: &'static str, message: impl Into<String>) -> Self {
        Error::FailedPrecondition {
            reason,
            message: message.into(),
        }
    }

    pub fn exists(reason: &'static str, message: impl Into<String>) -> Self {
        Error::AlreadyExists {
            reason,
            message: message.into(),
        }
    }

    /// The stable `ErrorInfo.reason` of this error.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::Unauthenticated(_) => "UNAUTHENTICATED",
            Error::PermissionDenied { reason, .. }
            | Error::AlreadyExists { reason, .. }
            | Error::FailedPrecondition { reason, .. }
            | Error::ProviderFailed { reason, .. } => reason,
            Error::NotFound { kind, .. } => kind.not_found_reason(),
            Error::InvalidArgument(violations) => {
                violations.first().map_or("INVALID_ARGUMENT", |v| v.reason)
            }
            Error::CreditsExhausted { .. } => "CREDITS_EXHAUSTED",
            Error::Storage(_) => "STORAGE_ERROR",
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
