//! The real `roundtable` binary as a child process on a free port, with a
//! fresh database.
//!
//! One server per test binary is shared by every test in it ([`TestServer::shared`]):
//! starting one per test is slow, and tests isolate themselves by creating
//! their own users and spaces. Tests that kill or restart the server start
//! their own ([`TestServer::start`]).

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use rand::Rng;
use rand::distr::Alphanumeric;
use sea_orm::{ConnectionTrait, Database};

use crate::actors::Api;
use crate::transport::Transport;

/// How long a start may take before the test fails.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// The line the server prints once it accepts connections.
const LISTENING: &str = "listening on http://";
/// The environment variable naming a PostgreSQL server to test against.
pub const DATABASE_URL_ENV: &str = "ROUNDTABLE_TEST_DATABASE_URL";

/// A running (or killed) server, with the database and secrets it was
/// started with, so it can be restarted on the same data.
pub struct TestServer {
    database: TestDatabase,
    admin_key: String,
    jwt_secret: String,
    /// Extra environment variables the server is started with.
    env: Vec<(String, String)>,
    /// The folder of the config file the server is started with, if any,
    /// kept for restarts.
    _config_dir: Option<tempfile::TempDir>,
    /// How much of the server's stderr is kept: the tail for failure
    /// messages, or all of it for tests that read the logs.
    keep_logs: usize,
    process: Mutex<Option<Process>>,
}

struct Process {
    child: Child,
    addr: SocketAddr,
    stderr: StderrTail,
    // Held so the server's stdin stays open: the server exits when it closes,
    // which is how it dies with the test process.
    _stdin: ChildStdin,
}

impl TestServer {
    /// The server shared by every test of this test binary, started on
    /// first use. It lives until the test process exits.
    pub fn shared() -> &'static TestServer {
        static SHARED: OnceLock<TestServer> = OnceLock::new();
        SHARED.get_or_init(|| TestServer::start_on(TestDatabase::from_env()))
    }

    /// Starts a server of its own on a fresh database: SQLite, or PostgreSQL
    /// when `ROUNDTABLE_TEST_DATABASE_URL` is set.
    pub fn start() -> TestServer {
        TestServer::start_on(TestDatabase::from_env())
    }

    /// Starts a server of its own on a fresh database (as [`TestServer::start`])
    /// with these extra environment variables, e.g.
    /// `("ROUNDTABLE_EVENT_HEARTBEAT_SECONDS", "1")`.
    pub fn start_with_env(env: &[(&str, &str)]) -> TestServer {
        TestServer::launched(TestDatabase::from_env(), env)
    }

    /// Starts a server of its own on a fresh database (as [`TestServer::start`])
    /// with this TOML config file (`ROUNDTABLE_CONFIG`), e.g. one naming AI
    /// providers, and these extra environment variables.
    pub fn start_with_config(config: &str, env: &[(&str, &str)]) -> TestServer {
        TestServer::start_with_config_on(TestDatabase::from_env(), config, env)
    }

    /// As [`TestServer::start_with_config`], on the given database.
    pub fn start_with_config_on(
        database: TestDatabase,
        config: &str,
        env: &[(&str, &str)],
    ) -> TestServer {
        let dir = tempfile::tempdir().expect("a folder for the config file");
        let path = dir.path().join("roundtable.toml");
        std::fs::write(&path, config).expect("write the config file");
        let path = path.to_str().expect("a UTF-8 temporary path").to_owned();
        let mut env = env.to_vec();
        env.push(("ROUNDTABLE_CONFIG", &path));
        let mut server = TestServer::launched(database, &env);
        server._config_dir = Some(dir);
        server
    }

    /// Starts a server of its own on a fresh database (as [`TestServer::start`])
    /// with these extra environment variables, keeping every line it writes
    /// to stderr for [`TestServer::logs`].
    pub fn start_keeping_logs(env: &[(&str, &str)]) -> TestServer {
        TestServer::launched_with(TestDatabase::from_env(), env, usize::MAX)
    }

    /// Starts a server of its own on the given database.
    pub fn start_on(database: TestDatabase) -> TestServer {
        TestServer::launched(database, &[])
    }

    fn launched(database: TestDatabase, env: &[(&str, &str)]) -> TestServer {
        TestServer::launched_with(database, env, StderrTail::KEEP)
    }

    fn launched_with(database: TestDatabase, env: &[(&str, &str)], keep_logs: usize) -> TestServer {
        let server = TestServer {
            database,
            admin_key: format!("rtk_{}", random_alphanumeric(40)),
            jwt_secret: random_alphanumeric(48),
            env: env
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            _config_dir: None,
            keep_logs,
            process: Mutex::new(None),
        };
        server.launch();
        server
    }

    /// Another server on this one's PostgreSQL database, with the same
    /// secrets, config file and environment: a replica. SQLite databases
    /// have no replicas. It lives no longer than this one (its config
    /// file is this one's).
    pub fn replica(&self) -> TestServer {
        let TestDatabase::Postgres { url } = &self.database else {
            panic!("replicas share a PostgreSQL database; this server runs on SQLite");
        };
        self.moved_to(TestDatabase::Postgres { url: url.clone() })
    }

    /// Another server with this one's secrets, config file and
    /// environment, on `database`: this deployment moved to another
    /// database (or, on the same one, a replica). It lives no longer than
    /// this one (its config file is this one's).
    pub fn moved_to(&self, database: TestDatabase) -> TestServer {
        let server = TestServer {
            database,
            admin_key: self.admin_key.clone(),
            jwt_secret: self.jwt_secret.clone(),
            env: self.env.clone(),
            _config_dir: None,
            keep_logs: StderrTail::KEEP,
            process: Mutex::new(None),
        };
        server.launch();
        server
    }

    /// Clients over `transport` for this server as it runs now.
    pub fn api(&self, transport: Transport) -> Api {
        Api::new(
            self.addr(),
            transport,
            self.admin_key.clone(),
            self.jwt_secret.clone(),
        )
    }

    /// Where the server listens now.
    pub fn addr(&self) -> SocketAddr {
        self.process()
            .as_ref()
            .expect("the server is not running")
            .addr
    }

    /// What the running server has written to stderr: everything for a
    /// server started with [`TestServer::start_keeping_logs`], else the last
    /// 64 KiB or more.
    pub fn logs(&self) -> String {
        self.process()
            .as_ref()
            .expect("the server is not running")
            .stderr
            .text()
    }

    /// The logs once `done` holds of them, or after `within` as they are
    /// then: stderr is read by a thread of this process, so a line the
    /// server just wrote may take a moment to arrive.
    pub async fn logs_once(&self, done: impl Fn(&str) -> bool, within: Duration) -> String {
        let deadline = std::time::Instant::now() + within;
        loop {
            let logs = self.logs();
            if done(&logs) || std::time::Instant::now() >= deadline {
                return logs;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The bootstrap admin API key the server was started with.
    pub fn admin_key(&self) -> &str {
        &self.admin_key
    }

    /// The secret user tokens (JWTs) are signed with.
    pub fn jwt_secret(&self) -> &str {
        &self.jwt_secret
    }

    /// The database the server stores its data in.
    pub fn database(&self) -> &TestDatabase {
        &self.database
    }

    /// Kills the server with SIGKILL, as a crash or a power cut would, and
    /// waits for it to be gone.
    pub fn kill(&self) {
        if let Some(mut process) = self.process().take() {
            process.child.kill().expect("kill the server");
            process.child.wait().expect("wait for the killed server");
        }
    }

    /// Starts the server again on the same database with the same secrets.
    /// A running server is killed first. The address changes.
    pub fn restart(&self) {
        self.kill();
        self.launch();
    }

    fn process(&self) -> MutexGuard<'_, Option<Process>> {
        self.process
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn launch(&self) {
        let binary = server_binary();
        let mut child = Command::new(&binary)
            .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
            .arg(self.database.url())
            .env("ROUNDTABLE_BOOTSTRAP_ADMIN_KEY", &self.admin_key)
            .env("ROUNDTABLE_JWT_SECRET", &self.jwt_secret)
            .env("ROUNDTABLE_EXIT_ON_STDIN_EOF", "1")
            .env("RUST_LOG", "warn")
            // The suite floods servers on purpose (slow readers, fan-out,
            // concurrency); the limits have tests of their own, on servers
            // that turn them back on.
            .env("ROUNDTABLE_RATE_LIMITS", "off")
            // Settings of the developer's own shell must not leak in: a
            // test names its config and providers itself.
            .env_remove("ROUNDTABLE_CONFIG")
            .env_remove("ROUNDTABLE_DEFAULT_PROVIDER")
            .env_remove("ROUNDTABLE_OPENAI_API_KEY")
            .env_remove("ROUNDTABLE_OPENAI_BASE_URL")
            .env_remove("ROUNDTABLE_OPENAI_MODELS")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", binary.display()));
        let stdin = child.stdin.take().expect("piped stdin");
        let stderr = drain_stderr(child.stderr.take().expect("piped stderr"), self.keep_logs);
        let lines = drain_stdout(child.stdout.take().expect("piped stdout"));

        let deadline = Instant::now() + START_TIMEOUT;
        let addr = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) => {
                    if let Some(rest) = line.split(LISTENING).nth(1) {
                        let addr = rest.split_whitespace().next().unwrap_or_default();
                        let addr = addr.trim_end_matches('/');
                        break addr.parse::<SocketAddr>().unwrap_or_else(|e| {
                            panic!("the server printed an address we cannot parse ({line:?}): {e}")
                        });
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!(
                        "the server did not print {LISTENING:?} within {START_TIMEOUT:?}; stderr:\n{}",
                        stderr.text()
                    );
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = child.wait();
                    // Give the stderr thread a moment to read the last words.
                    std::thread::sleep(Duration::from_millis(200));
                    panic!(
                        "the server exited before listening ({status:?}); stderr:\n{}",
                        stderr.text()
                    );
                }
            }
        };
        *self.process() = Some(Process {
            child,
            addr,
            stderr,
            _stdin: stdin,
        });
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Reads the server's stdout line by line in a background thread for as long
/// as the server runs (so it never blocks on a full pipe) and hands the lines
/// over until nobody listens.
fn drain_stdout(stdout: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut sender = Some(sender);
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Some(s) = &sender
                && s.send(line).is_err()
            {
                sender = None;
            }
        }
    });
    receiver
}

/// The tail of the server's stderr, kept for failure messages.
#[derive(Clone, Default)]
struct StderrTail(Arc<Mutex<String>>);

impl StderrTail {
    const KEEP: usize = 64 * 1024;

    fn text(&self) -> String {
        self.0.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

fn drain_stderr(stderr: impl Read + Send + 'static, keep: usize) -> StderrTail {
    let tail = StderrTail::default();
    let writer = tail.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            let Ok(mut text) = writer.0.lock() else { break };
            text.push_str(&line);
            text.push('\n');
            if text.len() > keep.saturating_mul(2) {
                let mut cut = text.len() - keep;
                while !text.is_char_boundary(cut) {
                    cut += 1;
                }
                text.drain(..cut);
            }
        }
    });
    tail
}

/// A database for one server: a SQLite file in a temporary directory, or a
/// fresh database on the PostgreSQL server named by
/// `ROUNDTABLE_TEST_DATABASE_URL`.
pub enum TestDatabase {
    Sqlite {
        url: String,
        _dir: tempfile::TempDir,
    },
    Postgres {
        url: String,
    },
}

impl TestDatabase {
    /// PostgreSQL when `ROUNDTABLE_TEST_DATABASE_URL` is set, else SQLite.
    pub fn from_env() -> TestDatabase {
        match postgres_server_url() {
            Some(server) => TestDatabase::postgres(&server),
            None => TestDatabase::sqlite(),
        }
    }

    /// A fresh SQLite file.
    pub fn sqlite() -> TestDatabase {
        static SWEEP: OnceLock<()> = OnceLock::new();
        SWEEP.get_or_init(remove_abandoned_sqlite_dirs);
        let dir = tempfile::Builder::new()
            .prefix(&format!("{SQLITE_DIR_PREFIX}{}-", std::process::id()))
            .tempdir()
            .expect("create a temporary directory");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("roundtable.db").display()
        );
        TestDatabase::Sqlite { url, _dir: dir }
    }

    /// A fresh database `rt_test_<uuid>` on the PostgreSQL server at
    /// `server_url`.
    pub fn postgres(server_url: &str) -> TestDatabase {
        let name = format!("rt_test_{}", uuid::Uuid::now_v7().simple());
        let statement = format!("CREATE DATABASE \"{name}\"");
        let server = server_url.to_owned();
        // Tests call this from inside their own runtime, which cannot block
        // on another future: run the statement on a runtime of its own.
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime to create the test database");
            runtime.block_on(async {
                let db = Database::connect(&server)
                    .await
                    .unwrap_or_else(|e| panic!("connect to {server}: {e}"));
                db.execute_unprepared(&statement)
                    .await
                    .unwrap_or_else(|e| panic!("{statement}: {e}"));
                let _ = db.close().await;
            });
        })
        .join()
        .expect("create the test database");
        TestDatabase::Postgres {
            url: with_database_name(server_url, &name),
        }
    }

    /// The URL the server is given.
    pub fn url(&self) -> &str {
        match self {
            TestDatabase::Sqlite { url, .. } | TestDatabase::Postgres { url } => url,
        }
    }

    /// The SQLite database file, or `None` on PostgreSQL. The file exists
    /// once a server or a command has opened the database.
    pub fn sqlite_file(&self) -> Option<PathBuf> {
        match self {
            TestDatabase::Sqlite { _dir, .. } => Some(_dir.path().join("roundtable.db")),
            TestDatabase::Postgres { .. } => None,
        }
    }

    /// `sqlite` or `postgres`, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            TestDatabase::Sqlite { .. } => "sqlite",
            TestDatabase::Postgres { .. } => "postgres",
        }
    }
}

/// Temporary directories of SQLite databases are named
/// `roundtable-test-<pid>-…` after the test process that made them.
const SQLITE_DIR_PREFIX: &str = "roundtable-test-";

/// The shared server's database directory outlives its test process (a
/// static is never dropped): remove those of test processes that are gone.
/// Only where `/proc` tells which processes exist.
fn remove_abandoned_sqlite_dirs() {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name
            .to_str()
            .and_then(|n| n.strip_prefix(SQLITE_DIR_PREFIX))
        else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if !proc.join(pid.to_string()).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The PostgreSQL server to test against, if any.
pub fn postgres_server_url() -> Option<String> {
    std::env::var(DATABASE_URL_ENV)
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// `postgres://u:p@host:5432/postgres?x=y` with its database name replaced.
pub fn with_database_name(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let root = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{root}/{name}?{query}"),
        None => format!("{root}/{name}"),
    }
}

/// The server binary: `$ROUNDTABLE_BIN`, else `target/debug/roundtable` of
/// this workspace, built once per test process if it is missing or older
/// than the server's sources (so a test never runs yesterday's server).
pub fn server_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("ROUNDTABLE_BIN") {
        return PathBuf::from(path);
    }
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let workspace = workspace_root();
            let target = match std::env::var_os("CARGO_TARGET_DIR") {
                Some(dir) => workspace.join(dir),
                None => workspace.join("target"),
            };
            let binary = target
                .join("debug")
                .join(format!("roundtable{}", std::env::consts::EXE_SUFFIX));
            if is_stale(&binary, &workspace) {
                build_server(&workspace);
            }
            assert!(
                binary.exists(),
                "no server binary at {}; build it with `cargo build -p roundtable-server --bin roundtable` or set ROUNDTABLE_BIN",
                binary.display()
            );
            binary
        })
        .clone()
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives in the workspace")
        .to_path_buf()
}

/// Whether `binary` is missing or older than any source it is built from.
fn is_stale(binary: &Path, workspace: &Path) -> bool {
    let Ok(built) = binary.metadata().and_then(|m| m.modified()) else {
        return true;
    };
    ["server", "migrations", "proto", "Cargo.toml", "Cargo.lock"]
        .iter()
        .any(|source| newer_than(&workspace.join(source), built))
}

fn newer_than(path: &Path, time: std::time::SystemTime) -> bool {
    let Ok(metadata) = path.metadata() else {
        return false;
    };
    if metadata.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return false;
        };
        entries
            .flatten()
            .any(|entry| newer_than(&entry.path(), time))
    } else {
        metadata.modified().is_ok_and(|modified| modified > time)
    }
}

fn build_server(workspace: &Path) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "-p", "roundtable-server", "--bin", "roundtable"])
        .current_dir(workspace)
        .status()
        .expect("run cargo build for the server");
    assert!(status.success(), "building the server failed: {status}");
}

/// `len` random ASCII letters and digits.
pub fn random_alphanumeric(len: usize) -> String {
    rand::rng()
        .sample_iter(Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{is_stale, with_database_name};

    #[test]
    fn binary_is_stale_when_missing_or_older_than_a_source() {
        let workspace = tempfile::tempdir().unwrap();
        let binary = workspace.path().join("roundtable");
        let source = workspace.path().join("server/src/lib.rs");
        std::fs::create_dir_all(source.parent().unwrap()).unwrap();
        std::fs::write(&source, "").unwrap();
        assert!(is_stale(&binary, workspace.path()), "missing");

        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&binary, "").unwrap();
        assert!(!is_stale(&binary, workspace.path()), "fresh");

        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&source, "// changed").unwrap();
        assert!(is_stale(&binary, workspace.path()), "source changed");
    }

    #[test]
    fn database_name_replaces_the_path_and_keeps_the_query() {
        assert_eq!(
            with_database_name("postgres://u:p@h:5432/postgres?sslmode=disable", "x"),
            "postgres://u:p@h:5432/x?sslmode=disable"
        );
        assert_eq!(with_database_name("postgres://h", "x"), "postgres://h/x");
    }
}
