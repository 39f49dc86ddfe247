//! Query plans of the hot paths. A server logs every statement its store
//! issues (`RUST_LOG=roundtable::sql=trace`) while clients send messages
//! (with and without `request_id`), list them (first and later pages, both
//! orders, time windows), react, edit, delete, read, count unread messages,
//! subscribe with replay, get AI replies in rooms and in sessions, and read
//! credits. Each distinct statement is then explained on the database it ran
//! on (`EXPLAIN QUERY PLAN` on SQLite; `EXPLAIN` with sequential scans
//! disabled on PostgreSQL), and none may read a large table whole: a cost
//! that grows with the data, however fast it is on an empty database.
//!
//! A new hot query joins the list by being issued here.

use std::collections::BTreeMap;
use std::time::Duration;

use roundtable_tests::proto::credit_service_client::CreditServiceClient;
use roundtable_tests::proto::session_service_client::SessionServiceClient;
use roundtable_tests::proto::*;
use roundtable_tests::transport::with_bearer;
use roundtable_tests::{Outcome, TestServer, Transport};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};
use tokio_stream::StreamExt;

/// Tables that grow with use: a plan that reads one of them whole fails.
const LARGE_TABLES: &[&str] = &[
    "messages",
    "events",
    "reactions",
    "credit_entries",
    "room_members",
    "space_members",
    "room_reads",
];

#[tokio::test]
async fn no_hot_path_query_scans_a_large_table() {
    let server = TestServer::start_keeping_logs(&[
        (
            "RUST_LOG",
            "warn,roundtable::sql=trace,roundtable::store=info",
        ),
        ("ROUNDTABLE_LOG_FORMAT", "json"),
    ]);
    let api = server.api(Transport::Grpc);
    drive_the_hot_paths(&server, &api).await;

    let statements = logged_statements(&server.logs());
    assert!(
        statements.len() > 20,
        "the server logged only {} distinct statements; is the statement log on?",
        statements.len()
    );
    let db = Database::connect(server.database().url())
        .await
        .expect("connect to the server's database");
    let mut scans = Vec::new();
    for (sql, statement) in &statements {
        if let Some(scan) = full_scan(&db, statement).await {
            scans.push(format!("{sql}\n    plan: {scan}"));
        }
    }
    assert!(
        scans.is_empty(),
        "{} of {} hot-path statements read a large table whole on {}:\n\n{}",
        scans.len(),
        statements.len(),
        server.database().kind(),
        scans.join("\n\n")
    );
}

/// Every hot path a client can reach, once or twice each.
async fn drive_the_hot_paths(server: &TestServer, api: &roundtable_tests::Api) {
    let team = api.team().await;
    let (owner, member, room) = (&team.owner, &team.member, &team.room);
    let replr = owner.create_replr(&team.space.space_id, "planner").await;
    owner.add_replr(&room.room_id, &replr.replr_id).await;

    // Live, then replay from a cursor, by room and by space.
    let mut live = member
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![room.room_id.clone()],
            ..Default::default()
        })
        .await
        .success();

    let first = member.send(&room.room_id, "first").await;
    for request_id in ["plan-1", "plan-2", "plan-1"] {
        member
            .messages()
            .send_message(SendMessageRequest {
                room_id: room.room_id.clone(),
                text: format!("with {request_id}"),
                request_id: request_id.into(),
                ..Default::default()
            })
            .await
            .success();
    }
    let mentioned = member
        .messages()
        .send_message(SendMessageRequest {
            room_id: room.room_id.clone(),
            text: "@planner, a plan?".into(),
            wait_for_replies: true,
            ..Default::default()
        })
        .await
        .success();
    let reply = mentioned.replies.first().expect("the REPLR answers");
    member
        .messages()
        .get_reply_job(GetReplyJobRequest {
            job_id: reply.message_id.clone(),
        })
        .await
        .success();
    let mut stream = member
        .messages()
        .send_message_stream(SendMessageStreamRequest {
            room_id: room.room_id.clone(),
            text: "@planner, and again?".into(),
            ..Default::default()
        })
        .await
        .success();
    while let Some(item) = tokio::time::timeout(Duration::from_secs(20), stream.next())
        .await
        .expect("the reply streams")
    {
        item.expect("a stream item");
    }

    let cursor = loop {
        let event = tokio::time::timeout(Duration::from_secs(10), live.next())
            .await
            .expect("a live event")
            .expect("the stream is open")
            .expect("an event")
            .event
            .expect("an event");
        if !event.cursor.is_empty() && !event.room_id.is_empty() {
            break event.cursor;
        }
    };
    drop(live);
    for request in [
        SubscribeRequest {
            room_ids: vec![room.room_id.clone()],
            cursor: cursor.clone(),
            ..Default::default()
        },
        SubscribeRequest {
            space_id: team.space.space_id.clone(),
            cursor,
            ..Default::default()
        },
    ] {
        let mut replay = member.events().subscribe(request).await.success();
        // Up to `subscribed`, which ends the replay.
        loop {
            let event = tokio::time::timeout(Duration::from_secs(10), replay.next())
                .await
                .expect("the replay")
                .expect("the stream is open")
                .expect("an event")
                .event
                .expect("an event");
            if matches!(event.kind, Some(event::Kind::Subscribed(_))) {
                break;
            }
        }
    }

    // Lists: first and next page, both orders, time windows.
    let page = member
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room.room_id.clone(),
            page_size: 2,
            ..Default::default()
        })
        .await
        .success();
    member
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room.room_id.clone(),
            page_size: 2,
            page_token: page.next_page_token.clone(),
            ..Default::default()
        })
        .await
        .success();
    let newest = member
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room.room_id.clone(),
            page_size: 2,
            order: MessageOrder::NewestFirst as i32,
            ..Default::default()
        })
        .await
        .success();
    member
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room.room_id.clone(),
            page_size: 2,
            page_token: newest.next_page_token,
            order: MessageOrder::NewestFirst as i32,
            ..Default::default()
        })
        .await
        .success();
    member
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room.room_id.clone(),
            before: first.create_time,
            after: Some(prost_types::Timestamp {
                seconds: 0,
                nanos: 0,
            }),
            ..Default::default()
        })
        .await
        .success();

    // Reactions, edits, deletions, reads, unread counts.
    member.get_message(&first.message_id).await;
    for _ in 0..2 {
        owner
            .messages()
            .add_reaction(AddReactionRequest {
                message_id: first.message_id.clone(),
                emoji: "👍".into(),
            })
            .await
            .success();
    }
    owner
        .messages()
        .remove_reaction(RemoveReactionRequest {
            message_id: first.message_id.clone(),
            emoji: "👍".into(),
        })
        .await
        .success();
    member
        .messages()
        .edit_message(EditMessageRequest {
            message_id: first.message_id.clone(),
            text: "first, edited".into(),
        })
        .await
        .success();
    let doomed = member.send(&room.room_id, "to delete").await;
    member
        .messages()
        .delete_message(DeleteMessageRequest {
            message_id: doomed.message_id,
        })
        .await
        .success();
    owner.get_room(&room.room_id).await;
    owner
        .events()
        .mark_read(MarkReadRequest {
            room_id: room.room_id.clone(),
            message_id: first.message_id.clone(),
        })
        .await
        .success();
    owner.get_room(&room.room_id).await;
    owner.rooms_in(&team.space.space_id).await;
    member
        .events()
        .send_typing(SendTypingRequest {
            room_id: room.room_id.clone(),
        })
        .await
        .success();

    // Sessions: an answer, its list; the credits it spent.
    let channel = |token: &str| with_bearer(Transport::Grpc.connect(server.addr()), token);
    let mut sessions = SessionServiceClient::new(channel(&member.secret));
    let session = sessions
        .create_session(CreateSessionRequest {
            space_id: team.space.space_id.clone(),
            name: "plans".into(),
            ..Default::default()
        })
        .await
        .success()
        .session
        .expect("a session");
    for request_id in ["answer-1", "answer-1"] {
        sessions
            .send_session_message(SendSessionMessageRequest {
                session_id: session.session_id.clone(),
                text: "what is a query plan?".into(),
                request_id: request_id.into(),
                ..Default::default()
            })
            .await
            .success();
    }
    sessions
        .list_session_messages(ListSessionMessagesRequest {
            session_id: session.session_id.clone(),
            ..Default::default()
        })
        .await
        .success();
    let mut credits = CreditServiceClient::new(channel(&owner.secret));
    credits
        .get_credits(GetCreditsRequest {
            space_id: team.space.space_id.clone(),
        })
        .await
        .success();
    credits
        .list_credit_usage(ListCreditUsageRequest {
            space_id: team.space.space_id.clone(),
            ..Default::default()
        })
        .await
        .success();

    // Users: a batch upsert, then deleting the member (who sent, reacted,
    // read and chatted above), and another user anonymised.
    let admin = api.admin();
    let upsert = |suffix: &str| UpsertUser {
        external_id: format!("plan-{suffix}"),
        username: roundtable_tests::unique_username("planned"),
        display_name: "Planned".into(),
        ..Default::default()
    };
    admin
        .users()
        .upsert_users(UpsertUsersRequest {
            users: vec![upsert("a"), upsert("b")],
        })
        .await
        .success();
    let other = api.new_user_known_to(owner, "anonymised").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: team.space.space_id.clone(),
            user_id: other.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();
    other.join(&room.room_id).await;
    other.send(&room.room_id, "soon anonymous").await;
    for (user, messages) in [
        (&other, DeletedUserMessages::Anonymize),
        (member, DeletedUserMessages::Delete),
    ] {
        admin
            .users()
            .delete_user(DeleteUserRequest {
                user_id: user.id.clone(),
                messages: messages as i32,
            })
            .await
            .success();
    }
}

/// The distinct statements in the server's statement log (JSON lines) after
/// its migrations (which run once, at start, and may read tables they then
/// drop), each by its SQL with placeholders, with one example with its
/// values inlined.
fn logged_statements(logs: &str) -> BTreeMap<String, String> {
    let mut statements = BTreeMap::new();
    let mut migrated = false;
    for line in logs.lines() {
        let Ok(entry) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if entry["fields"]["message"] == "database migrated" {
            migrated = true;
            continue;
        }
        if !migrated || entry["target"] != "roundtable::sql" {
            continue;
        }
        let fields = &entry["fields"];
        let (Some(sql), Some(statement)) = (fields["sql"].as_str(), fields["statement"].as_str())
        else {
            continue;
        };
        let verb = sql.split_whitespace().next().unwrap_or_default();
        // Inserts read nothing; savepoints and pragmas plan nothing.
        if ["SELECT", "UPDATE", "DELETE", "WITH"].contains(&verb.to_ascii_uppercase().as_str()) {
            statements
                .entry(sql.to_owned())
                .or_insert_with(|| statement.to_owned());
        }
    }
    assert!(migrated, "the server logs the end of its migrations");
    statements
}

/// How `statement` reads a large table whole, if it does.
async fn full_scan(db: &DatabaseConnection, statement: &str) -> Option<String> {
    match db.get_database_backend() {
        DbBackend::Sqlite => sqlite_full_scan(db, statement).await,
        DbBackend::Postgres => postgres_full_scan(db, statement).await,
        backend => panic!("no plan check for {backend:?}"),
    }
}

/// SQLite says `SCAN <table>` for a read of every row (or every index
/// entry) and `SEARCH <table> …` for a lookup. Walking a partial index
/// (`… USING INDEX x` where `x` holds only the rows its `WHERE` admits,
/// such as replies still streaming) reads only what the query wants.
async fn sqlite_full_scan(db: &DatabaseConnection, statement: &str) -> Option<String> {
    let partial: Vec<String> = db
        .query_all(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'",
        ))
        .await
        .expect("read the partial indexes")
        .iter()
        .map(|row| row.try_get::<String>("", "name").expect("an index name"))
        .collect();
    let rows = db
        .query_all(Statement::from_string(
            DbBackend::Sqlite,
            format!("EXPLAIN QUERY PLAN {statement}"),
        ))
        .await
        .unwrap_or_else(|e| panic!("explain {statement}: {e}"));
    let details: Vec<String> = rows
        .iter()
        .map(|row| row.try_get::<String>("", "detail").expect("a plan detail"))
        .collect();
    let scans_large = details.iter().any(|detail| {
        let words: Vec<&str> = detail.split_whitespace().collect();
        let on_partial_index = words
            .windows(3)
            .any(|w| w[0] == "USING" && w[1] == "INDEX" && partial.iter().any(|p| p == w[2]));
        words.first() == Some(&"SCAN")
            && words.get(1).is_some_and(|t| LARGE_TABLES.contains(t))
            && !on_partial_index
    });
    scans_large.then(|| details.join(" | "))
}

/// PostgreSQL, told not to scan sequentially where it has any other way,
/// still says `Seq Scan on <table>` where no index serves; an index scan
/// whose condition leaves out the index's first column walks the whole
/// index, which is a full scan too, unless the index is partial.
async fn postgres_full_scan(db: &DatabaseConnection, statement: &str) -> Option<String> {
    use sea_orm::TransactionTrait;
    let leading = postgres_leading_columns(db).await;
    let txn = db.begin().await.expect("a transaction");
    txn.execute_unprepared("SET LOCAL enable_seqscan = off")
        .await
        .expect("disable sequential scans");
    let rows = txn
        .query_all(Statement::from_string(
            DbBackend::Postgres,
            format!("EXPLAIN {statement}"),
        ))
        .await
        .unwrap_or_else(|e| panic!("explain {statement}: {e}"));
    txn.rollback().await.expect("roll back");
    let lines: Vec<String> = rows
        .iter()
        .map(|row| {
            row.try_get::<String>("", "QUERY PLAN")
                .expect("a plan line")
        })
        .collect();
    let mut problems = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let node = line.trim_start().trim_start_matches("->").trim();
        if let Some(rest) = node.strip_prefix("Seq Scan on ") {
            let table = rest.split_whitespace().next().unwrap_or_default();
            if LARGE_TABLES.contains(&table) {
                problems.push(node.to_owned());
            }
            continue;
        }
        let index = [
            "Index Scan using ",
            "Index Only Scan using ",
            "Index Scan Backward using ",
            "Index Only Scan Backward using ",
            "Bitmap Index Scan on ",
        ]
        .iter()
        .find_map(|prefix| node.strip_prefix(prefix))
        .and_then(|rest| rest.split_whitespace().next());
        let Some((table, column, partial)) = index.and_then(|index| leading.get(index)) else {
            continue;
        };
        if !LARGE_TABLES.contains(&table.as_str()) || *partial {
            continue;
        }
        // The node's own detail lines follow it, up to the next node.
        let condition = lines[i + 1..]
            .iter()
            .map(|l| l.trim())
            .take_while(|l| !l.starts_with("->"))
            .find_map(|l| l.strip_prefix("Index Cond: "));
        let uses_leading = condition.is_some_and(|c| c.contains(&format!("({column} ")));
        if !uses_leading {
            problems.push(format!(
                "{node} (condition {condition:?} leaves out {column})"
            ));
        }
    }
    (!problems.is_empty()).then(|| format!("{} [{}]", problems.join("; "), lines.join(" | ")))
}

/// Each index of the public schema: its table, its first column and
/// whether it is partial.
async fn postgres_leading_columns(
    db: &DatabaseConnection,
) -> BTreeMap<String, (String, String, bool)> {
    let rows = db
        .query_all(Statement::from_string(
            DbBackend::Postgres,
            "SELECT ic.relname AS index_name, tc.relname AS table_name, a.attname AS column_name, \
             i.indpred IS NOT NULL AS partial \
             FROM pg_index i \
             JOIN pg_class ic ON ic.oid = i.indexrelid \
             JOIN pg_class tc ON tc.oid = i.indrelid \
             JOIN pg_namespace n ON n.oid = tc.relnamespace \
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] \
             WHERE n.nspname = 'public'",
        ))
        .await
        .expect("read the indexes");
    rows.iter()
        .map(|row| {
            let get = |c: &str| row.try_get::<String>("", c).expect("an index column");
            let partial = row.try_get::<bool>("", "partial").expect("partial or not");
            (
                get("index_name"),
                (get("table_name"), get("column_name"), partial),
            )
        })
        .collect()
}
