//! Operator commands: `roundtable admin …` makes users, keys and credit
//! grants that a server then honours, refuses bad input with the domain's
//! words and a non-zero exit, and `roundtable backup` copies a live SQLite
//! database into a file a new server serves. On SQLite and PostgreSQL.

use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use roundtable_tests::proto::*;
use roundtable_tests::server::{postgres_server_url, server_binary};
use roundtable_tests::{Api, Outcome, TestDatabase, TestServer, Transport, unique_username};
use serde_json::Value;
use tonic::Code;

/// What a run of the `roundtable` binary did.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The one JSON object a `--json` command printed, after checking it
    /// succeeded.
    fn json(&self) -> Value {
        assert_eq!(self.code, Some(0), "the command failed: {}", self.stderr);
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|e| panic!("not one JSON object ({e}): {:?}", self.stdout))
    }

    /// Checks the command was refused (exit code 2) saying `words`.
    fn refused(&self, words: &str) {
        assert_eq!(
            self.code,
            Some(2),
            "expected a refusal; stdout {:?}, stderr {:?}",
            self.stdout,
            self.stderr
        );
        assert!(
            self.stderr.contains(words),
            "expected {words:?} in {:?}",
            self.stderr
        );
    }
}

/// Runs `roundtable ARGS --database-url URL` on `database`, as an operator
/// would, with none of the developer's own settings.
fn roundtable(database: &TestDatabase, args: &[&str]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(server_binary())
        .args(args)
        .args(["--database-url", database.url()])
        .env("RUST_LOG", "warn")
        .env_remove("ROUNDTABLE_CONFIG")
        .env_remove("ROUNDTABLE_DATABASE_URL")
        .output()
        .expect("run the roundtable binary");
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

fn text<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {value}"))
}

/// All users, as the bootstrap admin lists them over gRPC.
async fn usernames(api: &Api) -> Vec<String> {
    api.admin()
        .users()
        .list_users(ListUsersRequest {
            page_size: 200,
            page_token: String::new(),
        })
        .await
        .success()
        .users
        .into_iter()
        .map(|user| user.username)
        .collect()
}

#[tokio::test]
async fn a_key_minted_at_the_command_line_acts_as_its_user_until_revoked() {
    let server = TestServer::start();
    let database = server.database();
    let username = unique_username("operator_made");
    let created = roundtable(
        database,
        &[
            "admin",
            "create-user",
            "--username",
            &username,
            "--display-name",
            "Made by the operator",
            "--json",
        ],
    )
    .json();
    let user_id = text(&created, "/user/user_id").to_owned();
    assert_eq!(text(&created, "/user/username"), username);
    assert_eq!(created["user"]["is_admin"], false);

    // A read-only key, by username, that expires in a week.
    let minted = roundtable(
        database,
        &[
            "admin",
            "create-key",
            "--user",
            &username,
            "--name",
            "reporting",
            "--scopes",
            "read",
            "--expires-in-days",
            "7",
            "--json",
        ],
    )
    .json();
    let secret = text(&minted, "/secret").to_owned();
    let key_id = text(&minted, "/api_key/api_key_id").to_owned();
    assert!(secret.starts_with("rtk_"), "{secret}");
    assert_eq!(text(&minted, "/api_key/user_id"), user_id);
    assert_eq!(minted["api_key"]["scopes"], serde_json::json!(["read"]));

    let api = server.api(Transport::Grpc);
    let key = api.with_token(&secret);
    let me = key.current_user().await.expect("the key authenticates");
    assert_eq!(
        (me.user_id.as_str(), me.username.as_str()),
        (user_id.as_str(), username.as_str())
    );
    key.spaces()
        .create_space(CreateSpaceRequest {
            name: "not with a read key".into(),
            description: String::new(),
        })
        .await
        .rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");
    let listed = api
        .admin()
        .users()
        .list_api_keys(ListApiKeysRequest {
            user_id: user_id.clone(),
            page_size: 200,
            page_token: String::new(),
        })
        .await
        .success()
        .api_keys;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].api_key_id, key_id);
    assert_eq!(listed[0].name, "reporting");
    assert_eq!(listed[0].scopes, [ApiKeyScope::Read as i32]);
    let expires = listed[0].expire_time.as_ref().expect("an expiry").seconds;
    let in_a_week = chrono::Utc::now().timestamp() + 7 * 24 * 3600;
    assert!((expires - in_a_week).abs() < 120, "expires at {expires}");

    // A key by user id, with the default scopes: reads and writes.
    let writer = roundtable(
        database,
        &["admin", "create-key", "--user", &user_id, "--json"],
    )
    .json();
    assert_eq!(
        writer["api_key"]["scopes"],
        serde_json::json!(["read", "write"])
    );
    api.with_token(text(&writer, "/secret"))
        .spaces()
        .create_space(CreateSpaceRequest {
            name: "written with a CLI key".into(),
            description: String::new(),
        })
        .await
        .success();

    let revoked = roundtable(database, &["admin", "revoke-key", &key_id, "--json"]).json();
    assert!(revoked["api_key"]["revoke_time"].is_string(), "{revoked}");
    // The running server remembers authenticated keys for 30 s: a server
    // started after the revocation refuses the key at once.
    server.restart();
    let api = server.api(Transport::Grpc);
    api.with_token(&secret)
        .users()
        .get_current_user(GetCurrentUserRequest {})
        .await
        .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
    api.with_token(text(&writer, "/secret"))
        .current_user()
        .await
        .expect("the other key still works");
}

#[tokio::test]
async fn an_admin_made_at_the_command_line_holds_the_admin_scope() {
    let server = TestServer::start();
    let username = unique_username("cli_admin");
    let plain = roundtable(
        server.database(),
        &[
            "admin",
            "create-user",
            "--username",
            &username,
            "--display-name",
            "CLI admin",
            "--admin",
        ],
    );
    assert_eq!(plain.code, Some(0), "{}", plain.stderr);
    assert!(plain.stdout.contains(&username), "{}", plain.stdout);
    let minted = roundtable(
        server.database(),
        &[
            "admin",
            "create-key",
            "--user",
            &username,
            "--scopes",
            "read,write,admin",
        ],
    );
    assert_eq!(minted.code, Some(0), "{}", minted.stderr);
    assert!(minted.stdout.contains("shown once"), "{}", minted.stdout);
    let secret = minted
        .stdout
        .split_whitespace()
        .find(|word| word.starts_with("rtk_"))
        .expect("the secret is printed")
        .to_owned();
    let api = server.api(Transport::Grpc);
    let users = api
        .with_token(&secret)
        .users()
        .list_users(ListUsersRequest {
            page_size: 200,
            page_token: String::new(),
        })
        .await
        .success()
        .users;
    assert!(users.iter().any(|u| u.username == username && u.is_admin));

    let listed = roundtable(server.database(), &["admin", "list-users", "--json"]).json();
    let names: Vec<&str> = listed["users"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|u| text(u, "/username"))
        .collect();
    assert!(
        names.contains(&"admin") && names.contains(&username.as_str()),
        "{names:?}"
    );
}

#[tokio::test]
async fn credits_granted_at_the_command_line_show_in_the_balance_and_ledger() {
    let server = TestServer::start();
    let api = server.api(Transport::Grpc);
    let owner = api.new_user("granted_owner").await;
    let space = owner.create_space("Granted").await;
    let before = owner
        .credits()
        .get_credits(GetCreditsRequest {
            space_id: space.space_id.clone(),
        })
        .await
        .success()
        .credits
        .expect("credits");

    let granted = roundtable(
        server.database(),
        &[
            "admin",
            "grant-credits",
            "--space",
            &space.space_id,
            "--amount",
            "5000",
            "--reason",
            "launch week",
            "--request-id",
            "cli-grant-1",
            "--json",
        ],
    )
    .json();
    assert_eq!(granted["credits"]["balance"], before.balance + 5000);
    // The same request id grants once.
    let repeated = roundtable(
        server.database(),
        &[
            "admin",
            "grant-credits",
            "--space",
            &space.space_id,
            "--amount",
            "5000",
            "--reason",
            "launch week",
            "--request-id",
            "cli-grant-1",
        ],
    );
    assert_eq!(repeated.code, Some(0), "{}", repeated.stderr);

    let after = owner
        .credits()
        .get_credits(GetCreditsRequest {
            space_id: space.space_id.clone(),
        })
        .await
        .success()
        .credits
        .expect("credits");
    assert_eq!(after.balance, before.balance + 5000);
    assert_eq!(after.granted_tokens, before.granted_tokens + 5000);
    let ledger = owner
        .credits()
        .list_credit_usage(ListCreditUsageRequest {
            space_id: space.space_id.clone(),
            kind: CreditEntryKind::Grant as i32,
            page_size: 50,
            page_token: String::new(),
        })
        .await
        .success()
        .entries;
    assert_eq!(ledger.len(), 1);
    assert_eq!(ledger[0].tokens, 5000);
    assert_eq!(ledger[0].reason, "launch week");
    // The operator is no user: the nil id stands for it.
    assert_eq!(ledger[0].granted_by, uuid::Uuid::nil().to_string());
}

#[tokio::test]
async fn bad_input_exits_non_zero_with_the_domains_message_and_changes_nothing() {
    let server = TestServer::start();
    let database = server.database();
    let api = server.api(Transport::Grpc);
    let owner = api.new_user("refused_owner").await;
    let space = owner.create_space("Refused").await;
    let users_before = usernames(&api).await;

    let create_user = |username: &str| {
        roundtable(
            database,
            &[
                "admin",
                "create-user",
                "--username",
                username,
                "--display-name",
                "X",
            ],
        )
    };
    create_user("Not Valid!").refused("invalid username");
    create_user(&owner.username).refused(&format!("the username \"{}\" is taken", owner.username));
    roundtable(
        database,
        &[
            "admin",
            "create-user",
            "--username",
            "blank_name_user",
            "--display-name",
            "  ",
        ],
    )
    .refused("invalid display_name");

    roundtable(
        database,
        &["admin", "create-key", "--user", "nobody_at_all"],
    )
    .refused("user nobody_at_all not found");
    let unknown = roundtable_tests::unknown_id();
    roundtable(database, &["admin", "create-key", "--user", &unknown])
        .refused(&format!("user {unknown} not found"));
    roundtable(
        database,
        &[
            "admin",
            "create-key",
            "--user",
            &owner.username,
            "--scopes",
            "admin",
        ],
    )
    .refused("only server admins may hold the ADMIN scope");
    roundtable(
        database,
        &[
            "admin",
            "create-key",
            "--user",
            &owner.username,
            "--scopes",
            "everything",
        ],
    )
    .refused("invalid scopes[0]");
    roundtable(database, &["admin", "revoke-key", &unknown])
        .refused(&format!("API key {unknown} not found"));
    roundtable(database, &["admin", "revoke-key", "not-an-id"]).refused("invalid api_key_id");

    let grant = |space_id: &str, amount: &str| {
        roundtable(
            database,
            &[
                "admin",
                "grant-credits",
                "--space",
                space_id,
                "--amount",
                amount,
            ],
        )
    };
    grant(&space.space_id, "-5").refused("invalid amount: must be between 1 and");
    grant(&space.space_id, "0").refused("invalid amount");
    grant(&unknown, "10").refused(&format!("space {unknown} not found"));

    // For scripts: one JSON object naming the reason.
    let run = roundtable(
        database,
        &[
            "admin",
            "create-user",
            "--username",
            &owner.username,
            "--display-name",
            "X",
            "--json",
        ],
    );
    assert_eq!(run.code, Some(2));
    let error: Value = serde_json::from_str(run.stdout.trim()).expect("one JSON object");
    assert_eq!(text(&error, "/error/reason"), "USERNAME_TAKEN");
    assert!(text(&error, "/error/message").contains("is taken"));

    assert_eq!(usernames(&api).await, users_before);
    let keys = api
        .admin()
        .users()
        .list_api_keys(ListApiKeysRequest {
            user_id: owner.id.clone(),
            page_size: 200,
            page_token: String::new(),
        })
        .await
        .success()
        .api_keys;
    assert_eq!(keys.len(), 1, "only the fixture's key");
    let ledger = owner
        .credits()
        .list_credit_usage(ListCreditUsageRequest {
            space_id: space.space_id.clone(),
            kind: CreditEntryKind::Grant as i32,
            page_size: 50,
            page_token: String::new(),
        })
        .await
        .success()
        .entries;
    assert!(ledger.is_empty(), "{ledger:?}");
}

#[tokio::test]
async fn a_backup_taken_while_the_server_writes_restores_what_was_written_before_it() {
    let server = TestServer::start();
    let folder = tempfile::tempdir().expect("a folder for the backup");
    let backup = folder.path().join("backup.db");
    let backup_arg = backup.to_str().expect("a UTF-8 path");
    if postgres_server_url().is_some() {
        let refused = roundtable(server.database(), &["backup", backup_arg]);
        refused.refused("pg_dump");
        assert!(!backup.exists());
        return;
    }

    let api = server.api(Transport::Grpc);
    let team = api.team().await;
    let mut before = Vec::new();
    for i in 0..20 {
        before.push(
            team.owner
                .send(&team.room.room_id, &format!("before {i}"))
                .await,
        );
    }
    // Writes go on while the backup runs.
    let writing = Arc::new(AtomicBool::new(true));
    let writer = {
        let (writing, member, room_id) = (
            writing.clone(),
            api.reconnect(&team.member),
            team.room.room_id.clone(),
        );
        tokio::spawn(async move {
            let mut sent = 0;
            while writing.load(Ordering::SeqCst) {
                member.send(&room_id, &format!("during {sent}")).await;
                sent += 1;
            }
            sent
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    let taken = roundtable(server.database(), &["backup", backup_arg, "--json"]).json();
    writing.store(false, Ordering::SeqCst);
    let sent_during = writer.await.expect("the writer");
    assert!(sent_during > 0, "nothing was written during the backup");
    let size = backup.metadata().expect("the backup exists").len();
    assert_eq!(taken["bytes"], size);
    assert!(taken["seconds"].is_number(), "{taken}");

    // A backup never overwrites a file unless told to.
    roundtable(server.database(), &["backup", backup_arg]).refused("pass --force");
    assert_eq!(backup.metadata().unwrap().len(), size);

    // Restore: a copy of the backup as the database of a new server.
    let restored = TestDatabase::sqlite();
    std::fs::copy(&backup, restored.sqlite_file().expect("a SQLite file"))
        .expect("copy the backup");
    let restored = TestServer::start_on(restored);
    let api = Api::new(
        restored.addr(),
        Transport::Grpc,
        server.admin_key().to_owned(),
        restored.jwt_secret().to_owned(),
    );
    let owner = api.reconnect(&team.owner);
    let messages = owner.messages_in(&team.room.room_id).await;
    for message in &before {
        let found = messages
            .iter()
            .find(|m| m.message_id == message.message_id)
            .unwrap_or_else(|| panic!("{} is missing from the restored server", message.text));
        assert_eq!(found.text, message.text);
    }
    // And the restored server takes writes.
    owner.send(&team.room.room_id, "after the restore").await;

    let replaced = roundtable(server.database(), &["backup", backup_arg, "--force"]);
    assert_eq!(replaced.code, Some(0), "{}", replaced.stderr);
    assert!(replaced.stdout.contains("backed up"), "{}", replaced.stdout);
}
