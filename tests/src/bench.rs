//! What the benchmarks share: starting a release server of their own,
//! authenticating as its bootstrap admin, connecting, a room to use, and
//! driving calls from many tasks while recording their latencies.

use std::{
    io::{BufRead, BufReader},
    net::SocketAddr,
    path::Path,
    process::{Child, Command, Stdio},
};

use anyhow::{Context, bail};
use tonic::{Request, transport::Channel};

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
            // A benchmark sends from one address with a few keys, far above
            // the default rate limits and stream cap by design: it measures
            // the server, not its limits.
            .env("ROUNDTABLE_RATE_LIMITS", "off")
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
    authed_as(message, ADMIN_KEY)
}

/// A request authenticated with the API key `key`.
pub fn authed_as<T>(message: T, key: &str) -> Request<T> {
    let mut request = Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        format!("Bearer {key}").parse().expect("ascii"),
    );
    request
}

/// The server binary a benchmark runs: `--server`, else `roundtable` next
/// to the benchmark's own program.
pub fn server_binary(given: Option<&Path>) -> anyhow::Result<std::path::PathBuf> {
    match given {
        Some(path) => Ok(path.to_path_buf()),
        None => Ok(std::env::current_exe()?.with_file_name("roundtable")),
    }
}

impl Server {
    /// `count` (at least one) HTTP/2 connections to the server.
    pub async fn connect(&self, count: usize) -> anyhow::Result<Vec<Channel>> {
        let mut channels = Vec::with_capacity(count.max(1));
        for _ in 0..count.max(1) {
            channels.push(
                tonic::transport::Channel::from_shared(format!("http://{}", self.addr))?
                    .connect()
                    .await?,
            );
        }
        Ok(channels)
    }
}

/// Creates a space and a room in it as the admin; returns the room id.
pub async fn room(channel: tonic::transport::Channel) -> anyhow::Result<String> {
    let space_id = space(channel.clone(), "bench").await?;
    room_in(channel, &space_id, "bench").await
}

/// Creates a space named `name` as the admin; returns its id.
pub async fn space(channel: tonic::transport::Channel, name: &str) -> anyhow::Result<String> {
    use crate::proto::{CreateSpaceRequest, space_service_client::SpaceServiceClient};
    let space = SpaceServiceClient::new(channel)
        .create_space(authed(CreateSpaceRequest {
            name: name.into(),
            description: String::new(),
        }))
        .await?
        .into_inner()
        .space
        .context("space")?;
    Ok(space.space_id)
}

/// Creates a room named `name` in a space as the admin; returns its id.
pub async fn room_in(
    channel: tonic::transport::Channel,
    space_id: &str,
    name: &str,
) -> anyhow::Result<String> {
    use crate::proto::{CreateRoomRequest, room_service_client::RoomServiceClient};
    let room = RoomServiceClient::new(channel)
        .create_room(authed(CreateRoomRequest {
            space_id: space_id.into(),
            name: name.into(),
            ..Default::default()
        }))
        .await?
        .into_inner()
        .room
        .context("room")?;
    Ok(room.room_id)
}

/// The CPU time (user + system) process `pid` has used so far, from
/// `/proc/<pid>/stat` (Linux; zero elsewhere).
pub fn cpu_time(pid: u32) -> std::time::Duration {
    let ticks = || -> Option<u64> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // Fields after the parenthesised command name; utime and stime are
        // the 14th and 15th fields of the line.
        let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
        Some(fields.next()?.parse::<u64>().ok()? + fields.next()?.parse::<u64>().ok()?)
    };
    std::time::Duration::from_secs_f64(ticks().unwrap_or(0) as f64 / clock_ticks_per_second())
}

fn clock_ticks_per_second() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|out| String::from_utf8(out.stdout).ok()?.trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// What one driven call did during a run.
pub struct Run {
    /// Latencies of the successful calls, in microseconds.
    pub histogram: hdrhistogram::Histogram<u64>,
    pub ok: u64,
    pub failed: u64,
    pub elapsed: std::time::Duration,
}

impl Run {
    pub fn per_second(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64()
    }

    /// The latency at quantile `q`, in milliseconds.
    pub fn ms(&self, q: f64) -> f64 {
        self.histogram.value_at_quantile(q) as f64 / 1000.0
    }
}

fn histogram() -> hdrhistogram::Histogram<u64> {
    hdrhistogram::Histogram::new_with_bounds(1, 60_000_000, 3).expect("valid bounds")
}

/// Runs `call(task, n)` from `concurrency` tasks until `stop` is set or
/// `duration` passes. A call that fails is counted and left out of the
/// latencies; the values of the successful ones are returned.
pub async fn drive<F, Fut, T, E>(
    concurrency: usize,
    duration: std::time::Duration,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    call: F,
) -> (Run, Vec<T>)
where
    F: Fn(usize, u64) -> Fut + Send + Sync + Clone + 'static,
    Fut: std::future::Future<Output = Result<T, E>> + Send,
    T: Send + 'static,
{
    use std::sync::atomic::Ordering;
    let started = std::time::Instant::now();
    let deadline = started + duration;
    let mut tasks = Vec::new();
    for task in 0..concurrency {
        let (call, stop) = (call.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = histogram();
            let (mut ok, mut failed, mut values) = (0u64, 0u64, Vec::new());
            let mut n = 0u64;
            while std::time::Instant::now() < deadline && !stop.load(Ordering::Relaxed) {
                let began = std::time::Instant::now();
                match call(task, n).await {
                    Ok(value) => {
                        latencies.saturating_record(began.elapsed().as_micros() as u64);
                        ok += 1;
                        values.push(value);
                    }
                    Err(_) => failed += 1,
                }
                n += 1;
            }
            (latencies, ok, failed, values)
        }));
    }
    let mut run = Run {
        histogram: histogram(),
        ok: 0,
        failed: 0,
        elapsed: std::time::Duration::ZERO,
    };
    let mut all = Vec::new();
    for task in tasks {
        let (latencies, ok, failed, values) = task.await.expect("a bench task");
        run.histogram.add(latencies).expect("same bounds");
        run.ok += ok;
        run.failed += failed;
        all.extend(values);
    }
    run.elapsed = started.elapsed().min(duration);
    (run, all)
}

/// The database a benchmark runs on: `database_url`, or a fresh SQLite file
/// in `folder`; with `prefill` > 0 first filled with that many messages
/// (see [`crate::prefill`]). On SQLite a filled file is kept in
/// `cache` as `prefill-<N>.db`, when given, and copied from there by later
/// runs instead of being filled again.
pub async fn database(
    binary: &Path,
    database_url: Option<String>,
    prefill: u64,
    cache: Option<&Path>,
    folder: &Path,
) -> anyhow::Result<String> {
    let file = folder.join("bench.db");
    let url = database_url.unwrap_or_else(|| format!("sqlite://{}", file.display()));
    if prefill == 0 {
        return Ok(url);
    }
    let sqlite = url.starts_with("sqlite:");
    let cached = cache.map(|dir| dir.join(format!("prefill-{prefill}.db")));
    if let Some(cached) = cached.as_ref().filter(|c| sqlite && c.exists()) {
        std::fs::copy(cached, &file)
            .with_context(|| format!("copy {} to {}", cached.display(), file.display()))?;
        println!("prefill: copied {}", cached.display());
        flush_to_disk();
        return Ok(url);
    }
    // The server creates the schema and the admin, then the fill adds the rest.
    Server::start(binary, &url, &[])?.kill();
    let filled = crate::prefill::fill(&url, prefill).await?;
    println!("prefill: {filled}");
    if let Some(cached) = cached.filter(|_| sqlite) {
        if let Some(dir) = cached.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::copy(&file, &cached)
            .with_context(|| format!("keep {} as {}", file.display(), cached.display()))?;
    }
    flush_to_disk();
    Ok(url)
}

/// Writes the gigabytes a fill or a copy left in the page cache to disk
/// now, so that their write-back does not compete with the measurement
/// for the disk (and its fsyncs).
fn flush_to_disk() {
    let _ = std::process::Command::new("sync").status();
}

/// Where a benchmark's server runs: its binary, its database, and what
/// that database is filled with first.
#[derive(clap::Args, Debug, Clone)]
pub struct Setup {
    /// Database for the server (empty, or prefilled by an earlier run);
    /// default a fresh SQLite file in a temp folder.
    #[arg(long)]
    pub database_url: Option<String>,
    /// The server binary; default `roundtable` next to this program.
    #[arg(long)]
    pub server: Option<std::path::PathBuf>,
    /// Before measuring, fill the database with this many messages, spread
    /// over rooms (10,000 each) and spaces (10 rooms each), with REPLR
    /// replies, reactions, their events, read markers and credit charges.
    #[arg(long, default_value_t = 0)]
    pub prefill: u64,
    /// Keep prefilled SQLite files in this folder and copy them from there
    /// in later runs (filling 10 million messages takes minutes).
    #[arg(long)]
    pub prefill_cache: Option<std::path::PathBuf>,
}

impl Setup {
    /// The server binary and the URL of its database, filled as asked
    /// (see [`database`]); a fresh SQLite file lives in `folder`.
    pub async fn prepare(&self, folder: &Path) -> anyhow::Result<(std::path::PathBuf, String)> {
        let binary = server_binary(self.server.as_deref())?;
        let url = database(
            &binary,
            self.database_url.clone(),
            self.prefill,
            self.prefill_cache.as_deref(),
            folder,
        )
        .await?;
        Ok((binary, url))
    }
}

/// How many servers a benchmark runs, and what links them.
#[derive(clap::Args, Debug, Clone)]
pub struct Replication {
    /// Replicas of the server (PostgreSQL only: `--database-url
    /// postgres://…`), linked by NATS; 1 is one server without NATS.
    #[arg(long, default_value_t = 1)]
    pub replicas: usize,
    /// The NATS server linking the replicas; default a `nats-server` of the
    /// benchmark's own on a free port (`ROUNDTABLE_TEST_NATS_SERVER`, else
    /// on the `PATH`, else `~/go/bin`).
    #[arg(long)]
    pub nats_url: Option<String>,
}

/// The benchmark's servers: one, or several replicas on one PostgreSQL
/// database with a NATS server between them. Killed when dropped.
pub struct Fleet {
    pub servers: Vec<Server>,
    /// Stopped after the servers (fields drop in order).
    _nats: Option<crate::nats::NatsServer>,
}

impl Fleet {
    /// Starts `replication.replicas` servers of `binary` on `database_url`.
    pub fn start(
        binary: &Path,
        database_url: &str,
        replication: &Replication,
    ) -> anyhow::Result<Self> {
        if replication.replicas <= 1 {
            return Ok(Self {
                servers: vec![Server::start(binary, database_url, &[])?],
                _nats: None,
            });
        }
        if !database_url.starts_with("postgres") {
            bail!("--replicas needs PostgreSQL: give --database-url postgres://…");
        }
        // A NATS server of the benchmark's own unless one is given.
        let nats = match replication.nats_url {
            Some(_) => None,
            None => Some(crate::nats::NatsServer::start()),
        };
        let url = replication
            .nats_url
            .clone()
            .or_else(|| nats.as_ref().map(|n| n.url()))
            .expect("a NATS server, given or started");
        // The first migrates the database and makes the admin; the others
        // find both done.
        let mut servers = Vec::with_capacity(replication.replicas);
        for _ in 0..replication.replicas {
            servers.push(Server::start(binary, database_url, &["--nats-url", &url])?);
        }
        Ok(Self {
            servers,
            _nats: nats,
        })
    }

    /// `per_server` HTTP/2 connections to each server; connection `i` goes
    /// to server `i % servers`.
    pub async fn connect(&self, per_server: usize) -> anyhow::Result<Vec<Channel>> {
        let mut by_server = Vec::new();
        for server in &self.servers {
            by_server.push(server.connect(per_server).await?);
        }
        let mut channels = Vec::new();
        for i in 0..per_server.max(1) {
            for server in &by_server {
                channels.push(server[i].clone());
            }
        }
        Ok(channels)
    }

    /// Kills every server with SIGKILL.
    pub fn kill(&mut self) {
        for server in &mut self.servers {
            server.kill();
        }
    }

    /// A line naming the servers, for the benchmark's header.
    pub fn describe(&self) -> String {
        match self.servers.len() {
            1 => "one server".into(),
            n => format!("{n} replicas linked by NATS"),
        }
    }
}

/// What a server's write path had done by a moment, from its `/metrics`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Writes {
    /// Write batches committed (or failed).
    pub batches: f64,
    /// Writes in them.
    pub writes: f64,
    /// Seconds spent inside batch transactions, BEGIN to COMMIT: on
    /// PostgreSQL, at most the time the batches held the event log's
    /// counter row, which every writer's batch locks.
    pub busy_seconds: f64,
}

impl Writes {
    /// What happened between `earlier` and `self`.
    pub fn since(&self, earlier: &Writes) -> Writes {
        Writes {
            batches: self.batches - earlier.batches,
            writes: self.writes - earlier.writes,
            busy_seconds: self.busy_seconds - earlier.busy_seconds,
        }
    }
}

impl Server {
    /// The write path's counters, scraped from `/metrics`.
    pub async fn writes(&self) -> anyhow::Result<Writes> {
        Self::writes_at(self.addr).await
    }

    /// The write path's counters of the server at `addr`.
    pub async fn writes_at(addr: SocketAddr) -> anyhow::Result<Writes> {
        use http_body_util::BodyExt;
        let client =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build_http::<http_body_util::Empty<prost::bytes::Bytes>>();
        let answer = client
            .get(format!("http://{addr}/metrics").parse()?)
            .await?;
        let scrape = crate::scrape::Scrape(String::from_utf8(
            answer.into_body().collect().await?.to_bytes().to_vec(),
        )?);
        let value = |name: &str| scrape.value(name, &[]);
        Ok(Writes {
            batches: value("roundtable_write_batch_size_count"),
            writes: value("roundtable_write_batch_size_sum"),
            busy_seconds: value("roundtable_write_batch_duration_seconds_sum"),
        })
    }
}
