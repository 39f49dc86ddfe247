//! Roundtable's schema as SeaORM migrations.
//!
//! Migrations are append-only: a migration that has landed on `main` is never
//! edited; a change to the schema is a new file. Every migration runs on both
//! SQLite and PostgreSQL, and `tests/tests/upgrade.rs` runs them on a
//! database an earlier release made, checking that it reads the same.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_foundation;
mod m20261125_000002_events;
mod m20261125_000003_replrs;
mod m20261125_000004_replies;
mod m20261125_000005_sessions;
mod m20261125_000006_credits;
mod m20261202_000007_server_secrets;
mod m20261202_000008_user_profiles;
mod m20261202_000009_one_conversation_store;
mod m20261203_000010_reply_leases;

/// Every migration, in the order they apply.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_foundation::Migration),
            Box::new(m20261125_000002_events::Migration),
            Box::new(m20261125_000003_replrs::Migration),
            Box::new(m20261125_000004_replies::Migration),
            Box::new(m20261125_000005_sessions::Migration),
            Box::new(m20261125_000006_credits::Migration),
            Box::new(m20261202_000007_server_secrets::Migration),
            Box::new(m20261202_000008_user_profiles::Migration),
            Box::new(m20261202_000009_one_conversation_store::Migration),
            Box::new(m20261203_000010_reply_leases::Migration),
        ]
    }
}
