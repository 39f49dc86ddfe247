//! A real S3-compatible server, SeaweedFS (`weed server -s3`), as a child
//! process on free loopback ports with a fresh data folder, for the tests
//! of S3 storage. Requests are signed (SigV4) with an identity of its own
//! configuration, as against a real bucket.
//!
//! The binary is `ROUNDTABLE_TEST_SEAWEEDFS`, else `weed` on the `PATH`;
//! `.ci/run` builds it from the Go module proxy and names it.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The environment variable naming the `weed` binary.
pub const SEAWEEDFS_ENV: &str = "ROUNDTABLE_TEST_SEAWEEDFS";

/// The identity requests are signed with.
pub const ACCESS_KEY: &str = "roundtable-test";
pub const SECRET_KEY: &str = "roundtable-test-secret-key";
/// Any region will do; SeaweedFS signs with this one by default.
pub const REGION: &str = "us-east-1";

/// A running SeaweedFS with its S3 gateway; stopped when dropped.
pub struct SeaweedFs {
    s3: SocketAddr,
    child: Child,
    _dir: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

impl SeaweedFs {
    /// Starts one and waits until its S3 gateway listens.
    pub fn start() -> SeaweedFs {
        let dir = tempfile::tempdir().expect("a data folder");
        let config = dir.path().join("s3.json");
        std::fs::write(
            &config,
            format!(
                r#"{{"identities":[{{"name":"roundtable","credentials":[{{"accessKey":"{ACCESS_KEY}","secretKey":"{SECRET_KEY}"}}],"actions":["Admin","Read","Write","List","Tagging"]}}]}}"#
            ),
        )
        .expect("write the S3 identities");
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).expect("the data folder");
        let s3_port = free_port();
        let mut args: Vec<String> = vec![
            "server".into(),
            "-ip=127.0.0.1".into(),
            "-ip.bind=127.0.0.1".into(),
            format!("-dir={}", data.display()),
            "-master.telemetry=false".into(),
            "-master.volumeSizeLimitMB=64".into(),
            "-volume.max=20".into(),
            "-iam=false".into(),
            "-s3".into(),
            format!("-s3.config={}", config.display()),
            "-s3.port.iceberg=0".into(),
            "-s3.port.lance=0".into(),
            format!("-s3.port={s3_port}"),
        ];
        for flag in [
            "master.port",
            "master.port.grpc",
            "volume.port",
            "volume.port.grpc",
            "filer.port",
            "filer.port.grpc",
            "s3.port.grpc",
        ] {
            args.push(format!("-{flag}={}", free_port()));
        }
        let child = Command::new(binary())
            .args(&args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", binary().display()));
        let s3 = SocketAddr::from(([127, 0, 0, 1], s3_port));
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(s3).is_err() {
            assert!(
                Instant::now() < deadline,
                "SeaweedFS's S3 gateway did not listen on {s3} within 60 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        SeaweedFs {
            s3,
            child,
            _dir: dir,
        }
    }

    /// Its S3 endpoint (path-style: `endpoint/bucket/key`). A bucket is
    /// made by the first write into it (SeaweedFS creates buckets on
    /// upload for admin identities).
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.s3)
    }
}

impl Drop for SeaweedFs {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os(SEAWEEDFS_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join("weed"))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "no SeaweedFS: build `weed` as .ci/run does (.ci/seaweedfs), or name it in \
                 {SEAWEEDFS_ENV}"
            )
        })
}
