use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The conversation: a room, or a session (the session's id).
    pub room_id: Uuid,
    /// [`SENT_BY_USER`], [`SENT_BY_REPLR`], [`SENT_BY_ASSISTANT`] or
    /// [`SENT_BY_AGENT`].
    pub sender_type: String,
    /// The user, the REPLR, or for a session's assistant the session.
    pub sender_id: Uuid,
    pub text: String,
    /// JSON array of attachment metadata.
    pub attachments: String,
    /// JSON array of `{user_id, username}` (users) and `{replr_id, handle}`
    /// (REPLRs), in the order they are written.
    pub mentions: String,
    pub word_count: i32,
    pub request_id: Option<String>,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
    pub deleted_at: Option<DateTimeUtc>,
    /// A reply's state (`streaming`, `complete`, `failed`, `cancelled`);
    /// `None` for a message that is not a reply.
    pub reply_state: Option<String>,
    /// A reply's details as JSON (`domain::replies::ReplyInfo`).
    pub reply: Option<String>,
    // The fields below came with sessions in this table: events stored
    // before carry messages without them, which read as a room's.
    /// [`IN_ROOM`] or [`IN_SESSION`]: the kind of conversation `room_id` is.
    #[serde(default = "in_room")]
    pub conversation: String,
    /// For replies: the message answered (also in `reply`, kept here to be
    /// found by).
    #[serde(default)]
    pub in_reply_to: Option<Uuid>,
    /// 1, or n+1 for the n-th regeneration of a session's answer.
    #[serde(default = "first_version")]
    pub version: i32,
    /// Whether this is its answer's latest version (true for every other
    /// message).
    #[serde(default = "latest")]
    pub latest: bool,
    /// A session owner's rating of an answer: `up` or `down`.
    #[serde(default)]
    pub rating: Option<String>,
    #[serde(default)]
    pub rating_comment: Option<String>,
    #[serde(default)]
    pub rated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

fn in_room() -> String {
    IN_ROOM.into()
}

fn first_version() -> i32 {
    1
}

fn latest() -> bool {
    true
}

/// `sender_type` of a person's message.
pub const SENT_BY_USER: &str = "user";
/// `sender_type` of a REPLR's reply.
pub const SENT_BY_REPLR: &str = "replr";
/// `sender_type` of a session assistant's answer (`sender_id` is the
/// session's id).
pub const SENT_BY_ASSISTANT: &str = "assistant";
/// `sender_type` of an assistant message a person wrote in a session
/// (`sender_id` is that person).
pub const SENT_BY_AGENT: &str = "agent";

/// `conversation` of a room's message.
pub const IN_ROOM: &str = "room";
/// `conversation` of a session's message.
pub const IN_SESSION: &str = "session";

impl Model {
    /// A new message of conversation `room_id` (a room's, or with
    /// `conversation` [`IN_SESSION`] a session's), empty: no text, sender,
    /// attachments, mentions, reply or rating; version 1, the latest; made
    /// `created_at`. Fill in the rest.
    pub fn draft(
        id: Uuid,
        room_id: Uuid,
        conversation: &str,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            room_id,
            sender_type: String::new(),
            sender_id: Uuid::nil(),
            text: String::new(),
            attachments: "[]".into(),
            mentions: "[]".into(),
            word_count: 0,
            request_id: None,
            created_at,
            edited_at: None,
            deleted_at: None,
            reply_state: None,
            reply: None,
            conversation: conversation.into(),
            in_reply_to: None,
            version: 1,
            latest: true,
            rating: None,
            rating_comment: None,
            rated_at: None,
        }
    }

    /// Whether a REPLR wrote it (`sender_id` is then a REPLR's id).
    pub fn by_replr(&self) -> bool {
        self.sender_type == SENT_BY_REPLR
    }

    /// Whether it is a message of a session.
    pub fn in_session(&self) -> bool {
        self.conversation == IN_SESSION
    }

    /// Whether the AI wrote it (a REPLR, or a session's assistant).
    pub fn by_ai(&self) -> bool {
        self.sender_type == SENT_BY_REPLR || self.sender_type == SENT_BY_ASSISTANT
    }
}
