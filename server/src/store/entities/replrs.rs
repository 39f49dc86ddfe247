use sea_orm::entity::prelude::*;

// `PartialEq` only: `temperature` is a float.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "replrs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub space_id: Uuid,
    /// As given by its creator.
    pub handle: String,
    /// `handle` lower-cased; unique per space.
    pub handle_key: String,
    pub display_name: String,
    pub description: String,
    /// Empty, or an https URL.
    pub avatar_url: String,
    pub system_prompt: String,
    pub provider: String,
    /// Empty: the provider's default model.
    pub model: String,
    pub temperature: f64,
    pub max_tokens: i32,
    /// `on_mention`, `every_human_message` or `never`.
    pub reply_mode: String,
    pub creator_id: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
