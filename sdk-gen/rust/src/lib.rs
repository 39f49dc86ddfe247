//! Rust client for the Roundtable API.
//!
//! [`v1`] holds the code generated from `proto/roundtable/v1` (messages
//! and one tonic client per service, e.g. [`v1::room_service_client::RoomServiceClient`]).
//! This crate adds what makes it pleasant to use:
//!
//! - [`Client::connect`]: a channel from a base URL and a bearer token (an
//!   API key `rtk_…` or a JWT) sent as `authorization: Bearer <token>` on
//!   every call;
//! - retries of idempotent calls (`Get*` and `List*`) on `UNAVAILABLE`
//!   ([`RetryPolicy`]);
//! - [`Client::send_message_stream`], [`Client::subscribe`] and
//!   [`Client::subscribe_resuming`], which turn the streaming RPCs into
//!   [`futures::Stream`]s, the last one resuming from the cursor when the
//!   stream breaks;
//! - [`ApiError`], which reads the `google.rpc` details of a failed call.
//!
//! ```no_run
//! use roundtable_sdk::{Client, v1};
//! use roundtable_sdk::v1::space_service_client::SpaceServiceClient;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::connect("http://127.0.0.1:8080", "rtk_…").await?;
//! let mut spaces = client.service(SpaceServiceClient::new);
//! let space = spaces
//!     .create_space(v1::CreateSpaceRequest { name: "Acme".into(), ..Default::default() })
//!     .await?
//!     .into_inner();
//! # Ok(()) }
//! ```

mod client;
mod error;
mod retry;
mod stream;

/// Code generated from `proto/roundtable/v1` by protoc-gen-prost and
/// protoc-gen-tonic (`sdk-gen/rust/gen.sh`); do not edit.
#[allow(clippy::all, clippy::pedantic, missing_docs, rustdoc::all)]
pub mod v1 {
    include!("gen/roundtable.v1.rs");
}

pub use client::{Bearer, Client, ClientBuilder, ConnectError, Transport};
pub use error::ApiError;
pub use retry::{Retry, RetryPolicy, is_idempotent};
pub use tonic::{Code, Status};
pub use tonic_types::{ErrorDetails, FieldViolation};
