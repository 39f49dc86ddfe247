//! Starting the server: a busy port is named and nothing is created before
//! the port is ours; on PostgreSQL, a missing database is created (or the
//! error says what to run), an unreachable server fails within seconds
//! with its host named, and a fresh database logs no migration notices.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use roundtable_tests::server::{postgres_server_url, server_binary, with_database_name};
use sea_orm::{ConnectionTrait, Database};

/// What a server started with `args` did: whether it reached "listening",
/// and everything it wrote. A server that listens is stopped at once.
struct Run {
    listened: bool,
    output: String,
    took: Duration,
}

fn run(args: &[&str]) -> Run {
    let started = Instant::now();
    let mut child = Command::new(server_binary())
        .arg("serve")
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .env("NO_COLOR", "1")
        .env_remove("ROUNDTABLE_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the server");
    let stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut output = String::new();
    let mut listened = false;
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        output.push_str(&line);
        output.push('\n');
        if line.starts_with("listening on ") {
            listened = true;
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no answer in 60 s"
        );
    }
    let took = started.elapsed();
    let _ = child.kill();
    let _ = child.wait();
    output.push_str(&errors.join().expect("stderr"));
    Run {
        listened,
        output,
        took,
    }
}

#[test]
fn a_busy_port_is_named_and_nothing_is_created_before_it_is_ours() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let address = taken.local_addr().expect("its address").to_string();
    let dir = tempfile::tempdir().expect("a folder");
    let database = dir.path().join("data").join("roundtable.db");
    let url = format!("sqlite://{}?mode=rwc", database.display());
    let outcome = run(&["--listen", &address, "--database-url", &url]);
    assert!(!outcome.listened, "{}", outcome.output);
    assert!(
        outcome
            .output
            .contains(&format!("cannot listen on {address}"))
            && outcome.output.contains("--listen"),
        "{}",
        outcome.output
    );
    assert!(
        !outcome.output.contains("rtk_"),
        "an admin key was made: {}",
        outcome.output
    );
    assert!(
        !database.exists(),
        "the database was created before the port was ours"
    );
}

/// Runs `statements` on the PostgreSQL server's maintenance database.
async fn on_postgres(server: &str, statements: &[String]) {
    let db = Database::connect(server)
        .await
        .expect("connect to PostgreSQL");
    for statement in statements {
        db.execute_unprepared(statement)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    let _ = db.close().await;
}

#[tokio::test]
async fn postgres_a_missing_database_is_created_with_no_migration_notices() {
    let Some(server) = postgres_server_url() else {
        eprintln!("PostgreSQL only: set ROUNDTABLE_TEST_DATABASE_URL");
        return;
    };
    let name = format!("rt_test_{}", uuid::Uuid::now_v7().simple());
    let url = with_database_name(&server, &name);
    let outcome = run(&["--listen", "127.0.0.1:0", "--database-url", &url]);
    assert!(outcome.listened, "{}", outcome.output);
    assert!(
        outcome.output.contains("created the database"),
        "{}",
        outcome.output
    );
    for noise in [
        "already exists, skipping",
        "Applying migration",
        "has been applied",
    ] {
        assert!(
            !outcome.output.contains(noise),
            "{noise:?} in {}",
            outcome.output
        );
    }
    assert!(
        outcome.output.contains("database migrated"),
        "{}",
        outcome.output
    );
    // Started again on it: nothing to create, nothing to migrate.
    let again = run(&["--listen", "127.0.0.1:0", "--database-url", &url]);
    assert!(again.listened, "{}", again.output);
    assert!(
        !again.output.contains("created the database"),
        "{}",
        again.output
    );
    assert!(
        !again.output.contains("database migrated"),
        "{}",
        again.output
    );
}

#[tokio::test]
async fn postgres_a_role_that_may_not_create_the_database_is_told_what_to_run() {
    let Some(server) = postgres_server_url() else {
        eprintln!("PostgreSQL only: set ROUNDTABLE_TEST_DATABASE_URL");
        return;
    };
    let role = format!("rt_role_{}", uuid::Uuid::now_v7().simple());
    on_postgres(
        &server,
        &[format!(
            "CREATE ROLE \"{role}\" LOGIN NOCREATEDB PASSWORD 'secret'"
        )],
    )
    .await;
    let name = format!("rt_test_{}", uuid::Uuid::now_v7().simple());
    let url = with_database_name(&server, &name).replacen(
        "postgres:postgres@",
        &format!("{role}:secret@"),
        1,
    );
    assert!(
        url.contains(&role),
        "the test URL has no postgres:postgres user: {server}"
    );
    let outcome = run(&["--listen", "127.0.0.1:0", "--database-url", &url]);
    on_postgres(&server, &[format!("DROP ROLE \"{role}\"")]).await;
    assert!(!outcome.listened, "{}", outcome.output);
    for expected in [
        format!("database \"{name}\" does not exist"),
        format!("createdb -h 127.0.0.1 -p 5432 -O {role} {name}"),
        format!("CREATE DATABASE \"{name}\" OWNER \"{role}\""),
    ] {
        assert!(
            outcome.output.contains(&expected),
            "{expected:?} not in {}",
            outcome.output
        );
    }
    assert!(
        !outcome.output.contains("secret"),
        "the password leaked: {}",
        outcome.output
    );
}

#[test]
fn an_unreachable_postgres_fails_within_seconds_naming_its_host() {
    // Port 1 on loopback: nothing listens there.
    let outcome = run(&[
        "--listen",
        "127.0.0.1:0",
        "--database-url",
        "postgres://someone:hidden@127.0.0.1:1/roundtable",
    ]);
    assert!(!outcome.listened, "{}", outcome.output);
    assert!(
        outcome.took < Duration::from_secs(8),
        "took {:?}",
        outcome.took
    );
    assert!(outcome.output.contains("127.0.0.1:1"), "{}", outcome.output);
    assert!(
        !outcome.output.contains("hidden"),
        "the password leaked: {}",
        outcome.output
    );
}
