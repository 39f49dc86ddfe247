use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "session_messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub session_id: Uuid,
    /// `user` or `assistant`.
    pub role: String,
    /// The person who wrote it; `None` for the model's answers.
    pub author_id: Option<Uuid>,
    pub text: String,
    /// `streaming`, `complete`, `failed` or `cancelled`.
    pub state: String,
    /// For the model's answers: the user message answered.
    pub in_reply_to: Option<Uuid>,
    pub version: i32,
    /// The latest version of its answer; true for other messages.
    pub latest: bool,
    pub provider: String,
    pub model: String,
    pub prompt_tokens: Option<i32>,
    pub completion_tokens: Option<i32>,
    pub usage_estimated: bool,
    pub failure_reason: Option<String>,
    pub failure_message: Option<String>,
    /// `up` or `down`.
    pub rating: Option<String>,
    pub rating_comment: Option<String>,
    pub rated_at: Option<DateTimeUtc>,
    pub request_id: Option<String>,
    pub created_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
