use sea_orm::entity::prelude::*;

/// A space's AI credits account: one row per space, made with the space.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "space_credits")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub space_id: Uuid,
    /// Tokens left; below zero by at most the replies that ran when it ran out.
    pub balance: i64,
    /// Tokens charged, ever.
    pub used_tokens: i64,
    /// The initial balance plus every grant.
    pub granted_tokens: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
