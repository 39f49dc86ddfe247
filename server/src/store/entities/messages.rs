use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub room_id: Uuid,
    /// `user`, or `replr` for a REPLR's reply.
    pub sender_type: String,
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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// `sender_type` of a person's message.
pub const SENT_BY_USER: &str = "user";
/// `sender_type` of a REPLR's reply.
pub const SENT_BY_REPLR: &str = "replr";

impl Model {
    /// Whether a REPLR wrote it (`sender_id` is then a REPLR's id).
    pub fn by_replr(&self) -> bool {
        self.sender_type == SENT_BY_REPLR
    }
}
