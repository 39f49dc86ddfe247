//! Compiles the Protobuf contract in `../proto` into Rust types, tonic
//! services and a file descriptor set (for reflection and, later, the REST
//! gateway). `protoc` comes from the `protoc-bin-vendored` crate so a build
//! needs nothing installed.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var_os("PROTOC").is_none() {
        unsafe_set_protoc(protoc_bin_vendored::protoc_bin_path()?);
    }
    let proto_root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../proto");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    let files: Vec<PathBuf> = std::fs::read_dir(proto_root.join("roundtable/v1"))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    tonic_prost_build::configure()
        .build_client(true)
        // Undecodable requests are INVALID_ARGUMENT (see src/codec.rs).
        .codec_path("crate::codec::Codec")
        .file_descriptor_set_path(out_dir.join("roundtable_descriptor.bin"))
        .compile_protos(&files, std::slice::from_ref(&proto_root))?;
    println!("cargo:rerun-if-changed={}", proto_root.display());
    // The pages of web/ are embedded (src/gateway/assets.rs); rust-embed
    // alone would not see a file added there.
    println!("cargo:rerun-if-changed=../web");
    Ok(())
}

#[allow(unsafe_code)]
fn unsafe_set_protoc(path: PathBuf) {
    // SAFETY: build scripts run single-threaded; no other thread reads the environment.
    unsafe { std::env::set_var("PROTOC", path) };
}
