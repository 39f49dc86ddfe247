//! What the benchmarks share: starting a release server of their own, and
//! authenticating as its bootstrap admin.

use std::{
    io::{BufRead, BufReader},
    net::SocketAddr,
    path::Path,
    process::{Child, Command, Stdio},
};

use anyhow::{Context, bail};
use tonic::Request;

/// The admin key the benchmark servers start with.
pub const ADMIN_KEY: &str = "rtk_benchmark_admin_key_0123456789abcdefghij";

/// A server process of the benchmark's own, killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Server {
    /// Starts `binary` on a free loopback port with `database_url` and extra arguments.
    pub fn start(binary: &Path, database_url: &str, extra: &[&str]) -> anyhow::Result<Self> {
        let mut child = Command::new(binary)
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--database-url",
                database_url,
            ])
            .args(extra)
            .env("ROUNDTABLE_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY)
            .env("ROUNDTABLE_EXIT_ON_STDIN_EOF", "1")
            .env(
                "RUST_LOG",
                std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| format!("start {}", binary.display()))?;
        let stdout = child.stdout.take().context("stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let addr = loop {
            let Some(line) = lines.next() else {
                bail!("the server exited before listening")
            };
            if let Some(addr) = line?.strip_prefix("listening on http://") {
                break addr.trim().parse()?;
            }
        };
        std::thread::spawn(move || lines.for_each(drop));
        Ok(Self { child, addr })
    }

    /// Kills the server with SIGKILL and waits for it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A request authenticated as the admin.
pub fn authed<T>(message: T) -> Request<T> {
    let mut request = Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        format!("Bearer {ADMIN_KEY}").parse().expect("ascii"),
    );
    request
}
