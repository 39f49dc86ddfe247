//! Upgrades: a database written by an earlier release reads the same
//! through the API of this one, after its migrations ran.
//!
//! `tests/fixtures/upgrade/` holds, per database, what a release made: its
//! database (`sqlite.db`, a consistent copy taken with `roundtable backup`;
//! `postgres.sql`, from `pg_dump`) and `reads-<db>.json`, every read of it
//! that release answered (path, credential, JSON). The test loads the
//! database into a fresh one, starts this server on it and makes the same
//! reads: each answer must hold every field the release answered, with the
//! same value (new fields may be added). Event cursors the release issued
//! must resume on this one with the same events.
//!
//! To record the fixtures again, with the release's binary:
//!
//! ```text
//! ROUNDTABLE_BIN=/path/to/old/roundtable cargo test -p roundtable-tests \
//!   --test upgrade -- --ignored record
//! ROUNDTABLE_BIN=… ROUNDTABLE_TEST_DATABASE_URL=postgres://… cargo test … (the same)
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

use roundtable_tests::TestServer;
use roundtable_tests::reads::{Read, assert_same_answers, fill_and_read};
use roundtable_tests::rest::Rest;
use roundtable_tests::server::{TestDatabase, postgres_server_url, server_binary};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/upgrade")
}

#[tokio::test]
async fn a_database_of_the_last_release_reads_the_same_after_the_upgrade() {
    let database = TestDatabase::from_env();
    let kind = database.kind();
    let reads: Vec<Read> = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join(format!("reads-{kind}.json")))
            .expect("the recorded reads"),
    )
    .expect("JSON");
    match &database {
        TestDatabase::Sqlite { .. } => {
            let file = database.sqlite_file().expect("a SQLite file");
            std::fs::copy(fixtures().join("sqlite.db"), &file).expect("copy the release database");
        }
        TestDatabase::Postgres { url } => {
            let status = Command::new("psql")
                .args([
                    "--quiet",
                    "--no-psqlrc",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "--output=/dev/null",
                ])
                .arg("--file")
                .arg(fixtures().join("postgres.sql"))
                .arg(url)
                .status()
                .expect("psql runs (PostgreSQL's client)");
            assert!(status.success(), "restoring the release database failed");
        }
    }
    let server = TestServer::start_on(database);
    assert_same_answers(&Rest::at(server.addr()), &reads, "the upgrade").await;
}

/// Records the fixtures with the server `ROUNDTABLE_BIN` names (a release).
#[tokio::test]
#[ignore = "records the fixtures with a release binary; see the module docs"]
async fn record() {
    assert!(
        std::env::var_os("ROUNDTABLE_BIN").is_some(),
        "set ROUNDTABLE_BIN to the release's server binary"
    );
    let server = TestServer::start_on(TestDatabase::from_env());
    let kind = server.database().kind();
    let reads = fill_and_read(&server).await;
    std::fs::create_dir_all(fixtures()).expect("the fixtures directory");
    std::fs::write(
        fixtures().join(format!("reads-{kind}.json")),
        serde_json::to_string_pretty(&reads).expect("JSON") + "\n",
    )
    .expect("write the reads");
    match server.database() {
        TestDatabase::Sqlite { url, .. } => {
            let target = fixtures().join("sqlite.db");
            let status = Command::new(server_binary())
                .arg("backup")
                .arg(&target)
                .args(["--force", "--database-url", url])
                .status()
                .expect("roundtable backup runs");
            assert!(status.success(), "roundtable backup failed");
        }
        TestDatabase::Postgres { url } => {
            let dump = Command::new("pg_dump")
                .args(["--no-owner", "--no-privileges", url])
                .output()
                .expect("pg_dump runs");
            assert!(
                dump.status.success(),
                "{}",
                String::from_utf8_lossy(&dump.stderr)
            );
            std::fs::write(fixtures().join("postgres.sql"), dump.stdout).expect("write the dump");
        }
    }
    assert!(postgres_server_url().is_some() || kind == "sqlite");
}
