use sea_orm::entity::prelude::*;

/// One change to a space's balance: its ledger.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "credit_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub space_id: Uuid,
    /// `initial`, `grant` or `charge`.
    pub kind: String,
    /// Tokens added or used; never negative.
    pub tokens: i64,
    pub balance_after: i64,
    /// A grant's reason; empty otherwise.
    pub reason: String,
    /// The admin who granted.
    pub actor_id: Option<Uuid>,
    /// A grant's idempotency key; unique per `actor_id`.
    pub request_id: Option<String>,
    /// What a charge paid for: `message`, `session`, `room` or `user`.
    pub subject_type: Option<String>,
    pub subject_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
