//! SeaORM entities, one per table. Plain data: no rules live here.

pub mod api_keys;
pub mod credit_entries;
pub mod events;
pub mod messages;
pub mod reactions;
pub mod replrs;
pub mod reply_leases;
pub mod room_members;
pub mod room_reads;
pub mod room_replrs;
pub mod rooms;
pub mod server_secrets;
pub mod session_shares;
pub mod sessions;
pub mod space_credits;
pub mod space_members;
pub mod spaces;
pub mod users;
