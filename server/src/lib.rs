//! Roundtable: a self-hostable backend where people and AI personas talk
//! together. See ARCHITECTURE.md at the repository root for the map.

pub mod admin;
pub mod ai;
pub mod api;
pub mod backup;
pub mod codec;
pub mod config;
pub mod copy;
pub mod cors;
pub mod domain;
pub mod events;
pub mod gateway;
pub mod media;
pub mod metrics;
pub mod operator;
pub mod proto;
pub mod server;
pub mod store;
pub mod text;
pub mod traces;
