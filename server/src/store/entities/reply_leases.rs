use sea_orm::entity::prelude::*;

/// Which replica runs a streaming reply, until when (see the migration
/// that made the table).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reply_leases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub reply_id: Uuid,
    pub holder: Uuid,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
