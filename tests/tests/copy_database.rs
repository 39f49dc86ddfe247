//! Moving a deployment from SQLite to another database with `roundtable
//! copy-database`: everything made through the API reads the same from a
//! server on the copy (ids, times, page tokens, API keys, event cursors
//! issued before the move), a reply streaming when the old server died
//! ends as a restart ends it, an interrupted copy resumes to a copy equal
//! to the source, and the command refuses what would lose or mix data.
//!
//! The source is SQLite; the target is PostgreSQL when
//! `ROUNDTABLE_TEST_DATABASE_URL` is set, else another SQLite file (the
//! same command, the same checks).

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use roundtable_tests::cluster::{Feed, assert_in_order, slow_replr, streaming_reply};
use roundtable_tests::fake_openai::FakeOpenAi;
use roundtable_tests::proto::{SubscribeRequest, event::Kind};
use roundtable_tests::reads::{assert_same_answers, fill_and_read};
use roundtable_tests::rest::Rest;
use roundtable_tests::server::{TestDatabase, server_binary};
use roundtable_tests::{TestServer, Transport};
use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::Value;

fn config(fake: &FakeOpenAi) -> String {
    format!(
        "default_provider = \"offline\"\n[providers.fake]\nkind = \"openai\"\n\
         base_url = \"{}\"\napi_key = \"sk-test\"\nmodels = [\"slow\"]\n",
        fake.base_url()
    )
}

/// Runs `roundtable copy-database --from … --to …` with `args`.
fn copy(from: &str, to: &str, args: &[&str]) -> Output {
    Command::new(server_binary())
        .args(["copy-database", "--from", from, "--to", to])
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("roundtable copy-database runs")
}

/// Checks that a copy with `--verify` succeeded; what it printed.
fn verified(output: &Output) -> String {
    let said = stdout(output);
    assert!(
        output.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(said.contains("verified: every table"), "{said}");
    said
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The `reason` of a refused `--json` run, and its exit code.
fn refusal(output: &Output) -> (String, Option<i32>) {
    let json: Value = serde_json::from_str(stdout(output).trim())
        .unwrap_or_else(|e| panic!("JSON on stdout ({e}): {}", stdout(output)));
    (
        json["error"]["reason"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        output.status.code(),
    )
}

/// The target database of a copy: PostgreSQL on the PostgreSQL run.
fn target() -> TestDatabase {
    TestDatabase::from_env()
}

async fn sql_value(url: &str, sql: &str) -> Option<i64> {
    let db = Database::connect(url).await.ok()?;
    let row = db
        .query_one(Statement::from_string(db.get_database_backend(), sql))
        .await
        .ok()??;
    let value = row.try_get::<i64>("", "n").ok();
    let _ = db.close().await;
    value
}

#[tokio::test]
async fn a_copied_database_answers_every_read_as_the_original_did() {
    let fake = FakeOpenAi::start();
    let source = TestServer::start_with_config_on(
        TestDatabase::sqlite(),
        &config(&fake),
        &[("ROUNDTABLE_EVENT_HEARTBEAT_SECONDS", "2")],
    );
    // A team of its own, whose REPLR will be streaming when the server
    // dies; made first, so the reads below (the admin's list of users)
    // see it as the copy will.
    let api = source.api(Transport::Grpc);
    let team = api.team().await;
    slow_replr(&api, &team, &fake, 400).await;
    let reads = fill_and_read(&source).await;

    // The mention, after a cursor its owner took.
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let mut feed = Feed::open(&team.owner, room).await;
    let before = feed.cursor.clone();
    let asked = team
        .member
        .send(&team.room.room_id, "@sage speak at length")
        .await;
    let reply = streaming_reply(&mut feed).await;
    source.kill();

    let database = target();
    let said = verified(&copy(
        source.database().url(),
        database.url(),
        &["--verify"],
    ));
    for table in [
        "users",
        "api_keys",
        "messages",
        "events",
        "sessions",
        "credit_entries",
    ] {
        assert!(
            said.lines()
                .any(|line| line.trim_start().starts_with(table)),
            "no line for {table}: {said}"
        );
    }

    // The same secrets and settings, on the copy.
    let moved = source.moved_to(database);
    assert_same_answers(&Rest::at(moved.addr()), &reads, "the move").await;

    // From the cursor taken before the move: the mention, the reply's
    // start, and its end as a restart ends it (the server ends it as it
    // starts), in order, each once.
    let api = moved.api(Transport::Grpc);
    let owner = api.reconnect(&team.owner);
    let events = owner.replay(&team.room.room_id, &before).await;
    let failed = events
        .iter()
        .filter(
            |e| matches!(&e.kind, Some(Kind::ReplyFailed(m)) if m.message_id == reply.message_id),
        )
        .count();
    assert_eq!(failed, 1, "{events:?}");
    assert_in_order(&events, "events resumed after the move");
    let created: Vec<_> = events
        .iter()
        .filter(|e| matches!(&e.kind, Some(Kind::MessageCreated(m)) if m.message_id == asked.message_id))
        .collect();
    assert_eq!(created.len(), 1, "{events:?}");
    let started = events
        .iter()
        .filter(
            |e| matches!(&e.kind, Some(Kind::ReplyStarted(m)) if m.message_id == reply.message_id),
        )
        .count();
    assert_eq!(started, 1, "{events:?}");
}

#[tokio::test]
async fn a_copy_killed_midway_resumes_to_a_copy_equal_to_the_source() {
    // A source of some size, filled in bulk while no server runs.
    let source = TestServer::start_on(TestDatabase::sqlite());
    source.kill();
    let from = source.database().url().to_string();
    roundtable_tests::prefill::fill(&from, 20_000)
        .await
        .expect("prefill the source");
    let database = target();
    let to = database.url().to_string();

    let mut child = Command::new(server_binary())
        .args([
            "copy-database",
            "--from",
            &from,
            "--to",
            &to,
            "--batch-rows",
            "100",
        ])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("roundtable copy-database starts");
    // Killed once some batches committed, and before the end.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let copied = sql_value(
            &to,
            "SELECT CAST(COALESCE(SUM(copied), 0) AS BIGINT) AS n FROM copy_database_progress",
        )
        .await
        .unwrap_or(0);
        if copied >= 1_000 {
            break;
        }
        assert!(
            child.try_wait().expect("the copy runs").is_none(),
            "the copy ended before it could be interrupted"
        );
        assert!(Instant::now() < deadline, "no progress within 60 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().expect("kill -9 the copy");
    child.wait().expect("the copy is gone");
    let unfinished = sql_value(
        &to,
        "SELECT COUNT(*) AS n FROM copy_database_progress WHERE NOT finished",
    )
    .await;
    assert!(
        unfinished.unwrap_or(0) > 0,
        "the copy finished before it was killed"
    );

    // Without --resume, a partial copy is refused.
    let again = copy(&from, &to, &["--json"]);
    assert_eq!(
        refusal(&again),
        ("COPY_INTERRUPTED".to_string(), Some(2)),
        "{}",
        stdout(&again)
    );
    verified(&copy(&from, &to, &["--resume", "--verify"]));
    let messages = sql_value(&to, "SELECT COUNT(*) AS n FROM messages").await;
    assert!(messages.unwrap_or(0) >= 20_000, "{messages:?}");

    // A finished copy: checked again alone; a changed row is found.
    verified(&copy(&from, &to, &["--verify"]));
    let db = Database::connect(&to).await.expect("the target");
    db.execute_unprepared(
        "UPDATE messages SET text = 'changed after the copy' \
         WHERE id = (SELECT id FROM messages ORDER BY id LIMIT 1)",
    )
    .await
    .expect("change a row");
    let _ = db.close().await;
    let differs = copy(&from, &to, &["--verify", "--json"]);
    let (reason, code) = refusal(&differs);
    assert_eq!((reason.as_str(), code), ("COPY_DIFFERS", Some(2)));
    assert!(
        stdout(&differs).contains("messages"),
        "{}",
        stdout(&differs)
    );
    let finished = copy(&from, &to, &["--json"]);
    assert_eq!(refusal(&finished).0, "COPY_FINISHED");
}

#[tokio::test]
async fn the_copy_refuses_a_target_holding_data_and_a_source_that_is_not_there() {
    let source = TestServer::start_on(TestDatabase::sqlite());
    source.kill();
    let from = source.database().url().to_string();
    // A database a server already uses.
    let used = TestServer::start_on(target());
    used.kill();
    let refused = copy(&from, used.database().url(), &["--json"]);
    assert_eq!(
        refusal(&refused),
        ("COPY_TARGET_NOT_EMPTY".to_string(), Some(2)),
        "{}",
        stdout(&refused)
    );
    let same = copy(&from, &from, &["--json"]);
    assert_eq!(refusal(&same).0, "COPY_SAME_DATABASE");
    let missing = copy(
        "sqlite:///nonexistent/roundtable.db",
        target().url(),
        &["--json"],
    );
    assert_eq!(refusal(&missing).0, "COPY_NO_SOURCE");
}
