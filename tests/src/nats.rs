//! A real `nats-server` as a child process on a free loopback port, for the
//! tests of several replicas.
//!
//! The binary is `ROUNDTABLE_TEST_NATS_SERVER`, else `nats-server` on the
//! `PATH`, else `~/go/bin/nats-server` (where `go install
//! github.com/nats-io/nats-server/v2@v2.15.2` puts it); `.ci/run` installs
//! it and names it.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The environment variable naming the `nats-server` binary.
pub const NATS_SERVER_ENV: &str = "ROUNDTABLE_TEST_NATS_SERVER";

/// A running `nats-server`; stopped when dropped.
pub struct NatsServer {
    binary: PathBuf,
    addr: SocketAddr,
    child: Mutex<Option<Child>>,
}

impl NatsServer {
    /// Starts one on a free port of 127.0.0.1.
    pub fn start() -> NatsServer {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let server = NatsServer {
            binary: binary(),
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            child: Mutex::new(None),
        };
        server.launch();
        server
    }

    /// The URL replicas are given.
    pub fn url(&self) -> String {
        format!("nats://{}", self.addr)
    }

    /// Kills the server (as a crash would).
    pub fn kill(&self) {
        if let Some(mut child) = self.child.lock().expect("nats lock").take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same port.
    pub fn restart(&self) {
        self.kill();
        self.launch();
    }

    fn launch(&self) {
        let port = self.addr.port().to_string();
        let child = Command::new(&self.binary)
            .args(["--addr", "127.0.0.1", "--port", &port])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", self.binary.display()));
        *self.child.lock().expect("nats lock") = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(self.addr).is_err() {
            assert!(
                Instant::now() < deadline,
                "nats-server did not listen on {} within 10 s",
                self.addr
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        self.kill();
    }
}

fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os(NATS_SERVER_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join("nats-server"))
        .find(|candidate| candidate.is_file());
    let in_go_bin = std::env::var_os("HOME")
        .map(|home| PathBuf::from(home).join("go/bin/nats-server"))
        .filter(|candidate| candidate.is_file());
    on_path.or(in_go_bin).unwrap_or_else(|| {
        panic!(
            "no nats-server: install it with `go install \
             github.com/nats-io/nats-server/v2@v2.15.2`, or name it in {NATS_SERVER_ENV}"
        )
    })
}
