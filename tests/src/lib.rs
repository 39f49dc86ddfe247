//! Black-box tests for Roundtable: start the real server binary on a free
//! port with a fresh database, and talk to it as clients do, over gRPC and
//! gRPC-Web. The tests know the server only through the contract in
//! `../proto`.
//!
//! A test reads as a sentence about behaviour and runs on both transports:
//!
//! ```text
//! transport_test!(viewer_cannot_send_messages, |api| async move {
//!     let (owner, viewer) = (api.new_user("owner").await, api.new_user("viewer").await);
//!     let space = api.space_with(&owner, &[(&viewer, SpaceRole::Viewer)]).await;
//!     /* ... */
//! });
//! ```
//!
//! The database is SQLite by default; set `ROUNDTABLE_TEST_DATABASE_URL`
//! (e.g. `postgres://postgres:postgres@127.0.0.1:5432/postgres`) to run every
//! test on a fresh PostgreSQL database instead. `ROUNDTABLE_BIN` names a
//! server binary to use instead of `target/debug/roundtable`.

pub mod actors;
pub mod bench;
pub mod cluster;
pub mod fake_openai;
pub mod nats;
pub mod outcome;
pub mod prefill;
pub mod reads;
pub mod rest;
pub mod scrape;
pub mod server;
pub mod transport;

/// The generated client code for `roundtable.v1`.
#[allow(clippy::all)]
pub mod proto {
    tonic::include_proto!("roundtable.v1");
}

pub use actors::{Actor, Api, Clients, Team, is_uuid_v7, mint_jwt, unique_username, unknown_id};
pub use outcome::Outcome;
pub use server::{TestDatabase, TestServer};
pub use transport::{Channel, Transport};

/// Defines a test that runs twice, once per transport, as `name::grpc` and
/// `name::grpc_web`, against this test binary's shared server. The closure
/// receives the [`Api`] for that transport.
#[macro_export]
macro_rules! transport_test {
    ($(#[$attr:meta])* $name:ident, |$api:ident| $body:expr) => {
        $(#[$attr])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn grpc() {
                let $api = $crate::Api::shared($crate::Transport::Grpc);
                $body.await
            }

            #[tokio::test]
            async fn grpc_web() {
                let $api = $crate::Api::shared($crate::Transport::GrpcWeb);
                $body.await
            }
        }
    };
}
