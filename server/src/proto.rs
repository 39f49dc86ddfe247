//! Code generated from `proto/` by `build.rs`.

#![allow(clippy::all, clippy::pedantic, missing_docs)]

pub mod v1 {
    tonic::include_proto!("roundtable.v1");
}

/// The encoded descriptors of every file of the contract, for reflection
/// (and for the REST gateway, which reads routes from them).
pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("roundtable_descriptor");
