use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "rooms")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub space_id: Uuid,
    pub name: String,
    pub description: String,
    /// `public` or `private`.
    pub visibility: String,
    pub creator_id: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub last_message_at: Option<DateTimeUtc>,
    /// The room's last event sequence number.
    pub last_event_seq: i64,
    /// [`ROOM`], or [`SESSION`] for a session's conversation (private, with
    /// no members: room RPCs never find it). Events stored before it came
    /// read as a room's.
    #[serde(default = "room")]
    pub kind: String,
}

/// `kind` of a room.
pub const ROOM: &str = "room";
/// `kind` of a session's conversation.
pub const SESSION: &str = "session";

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

fn room() -> String {
    ROOM.into()
}
