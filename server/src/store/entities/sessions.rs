use sea_orm::entity::prelude::*;

// `PartialEq` only: `temperature` is a float.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub space_id: Uuid,
    pub owner_id: Uuid,
    pub name: String,
    /// Empty: the server's default provider.
    pub provider: String,
    /// Empty: the provider's default model.
    pub model: String,
    pub system_prompt: String,
    pub temperature: f64,
    pub max_tokens: i32,
    pub title: String,
    pub summary: String,
    /// JSON array of strings.
    pub labels: String,
    pub summarized_at: Option<DateTimeUtc>,
    /// Set while the public link is on.
    pub public_link_id: Option<String>,
    pub request_id: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
