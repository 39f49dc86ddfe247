use sea_orm::entity::prelude::*;

/// One stored event: the outbox row written in the same transaction as the
/// change it describes.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    /// Global position, taken from `event_counter`: commit order.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub room_id: Uuid,
    pub space_id: Uuid,
    /// Position in the room's log: 1, 2, 3…
    pub room_seq: i64,
    pub kind: String,
    pub actor_id: Option<Uuid>,
    /// JSON; its shape depends on `kind` (see `store::events::Payload`).
    pub payload: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
