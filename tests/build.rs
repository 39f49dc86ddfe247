//! Generates client code from the contract in `../proto`. The tests know the
//! server only through these files, as any client does. `protoc` comes from
//! the `protoc-bin-vendored` crate so a build needs nothing installed.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var_os("PROTOC").is_none() {
        set_protoc(protoc_bin_vendored::protoc_bin_path()?);
    }
    let proto_root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../proto");
    let mut files: Vec<PathBuf> = std::fs::read_dir(proto_root.join("roundtable/v1"))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|path| path.extension().is_some_and(|ext| ext == "proto"));
    files.sort();
    tonic_prost_build::configure()
        .build_server(false)
        .build_client(true)
        .compile_protos(&files, std::slice::from_ref(&proto_root))?;
    println!("cargo:rerun-if-changed={}", proto_root.display());
    Ok(())
}

#[allow(unsafe_code)]
fn set_protoc(path: PathBuf) {
    // SAFETY: build scripts run single-threaded; no other thread reads the environment.
    unsafe { std::env::set_var("PROTOC", path) };
}
