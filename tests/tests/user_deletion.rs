//! DeleteUser: a user and what identifies them go, their messages erased or
//! anonymised everywhere (the event log included), their streams ended;
//! what it refuses, over gRPC, gRPC-Web and REST, and what is stored after.

use std::time::Duration;

use http::{Method, StatusCode};
use roundtable_tests::outcome::ends_within;
use roundtable_tests::proto::event::Kind;
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::{Actor, Api, Outcome, Team, TestServer, transport_test, unknown_id};
use sea_orm::{ConnectionTrait, Database, Statement};
use tonic::Code;

const NOBODY: &str = "00000000-0000-0000-0000-000000000000";

fn delete(user: &Actor, messages: DeletedUserMessages) -> DeleteUserRequest {
    DeleteUserRequest {
        user_id: user.id.clone(),
        messages: messages as i32,
    }
}

/// A cursor from before anything the test does in the room.
async fn cursor_now(owner: &Actor, room_id: &str) -> String {
    let mut events = owner
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![room_id.into()],
            ..Default::default()
        })
        .await
        .success();
    let first = events.message().await.expect("an event").expect("one");
    first.event.expect("the event").cursor
}

/// The member says something, edits it, says more and reacts to the owner.
async fn member_speaks(team: &Team, secret: &str) -> Message {
    let owners = team.owner.send(&team.room.room_id, "owner speaks").await;
    let said = team
        .member
        .send(&team.room.room_id, &format!("{secret} one"))
        .await;
    team.member
        .messages()
        .edit_message(EditMessageRequest {
            message_id: said.message_id.clone(),
            text: format!("{secret} edited"),
        })
        .await
        .success();
    team.member
        .send(&team.room.room_id, &format!("{secret} two"))
        .await;
    team.member
        .messages()
        .add_reaction(AddReactionRequest {
            message_id: owners.message_id.clone(),
            emoji: "👍".into(),
        })
        .await
        .success();
    owners
}

/// No event names `user` as its actor or as a message's sender, or shows
/// their username; their id is left only where it says what changed
/// (their reactions, their leaving), and leads nowhere.
#[track_caller]
fn unlinked(events: &[Event], user: &Actor) {
    for event in events {
        assert_ne!(event.actor_id, user.id, "{event:#?}");
        if let Some(message) = message_of(event) {
            assert_ne!(message.sender.as_ref().unwrap().id, user.id, "{event:#?}");
        }
    }
    assert!(
        !format!("{events:?}").contains(&user.username),
        "{events:#?}"
    );
}

fn message_of(event: &Event) -> Option<&Message> {
    match event.kind.as_ref()? {
        Kind::MessageCreated(m) | Kind::MessageEdited(m) | Kind::MessageDeleted(m) => Some(m),
        _ => None,
    }
}

transport_test!(
    deleting_a_user_erases_their_messages_in_the_room_and_in_the_log,
    |api| async move {
        let team = api.team().await;
        let room = &team.room.room_id;
        let before = cursor_now(&team.owner, room).await;
        let secret = format!("secret-{}", unknown_id());
        let owners = member_speaks(&team, &secret).await;

        let erased = api
            .admin()
            .users()
            .delete_user(delete(&team.member, DeletedUserMessages::Delete))
            .await
            .success();
        assert_eq!((erased.message_count, erased.space_count), (2, 1));

        let messages = team.owner.messages_in(room).await;
        assert_eq!(messages.len(), 3);
        for message in messages
            .iter()
            .filter(|m| m.message_id != owners.message_id)
        {
            assert!(message.text.is_empty(), "{message:?}");
            assert!(message.delete_time.is_some(), "{message:?}");
            let sender = message.sender.as_ref().expect("a sender");
            assert_eq!(sender.id, NOBODY);
            assert_eq!(sender.display_name, "Deleted user");
            assert!(sender.username.is_empty());
        }
        let owners = team.owner.get_message(&owners.message_id).await;
        assert!(owners.reactions.is_empty(), "{:?}", owners.reactions);
        assert!(
            !team
                .owner
                .room_members(room)
                .await
                .iter()
                .any(|m| m.user_id == team.member.id),
            "the member left the room"
        );

        // The log says it happened, and nowhere still says what they wrote,
        // who they were, or that they did anything.
        let events = team.owner.replay(room, &before).await;
        unlinked(&events, &team.member);
        assert!(!format!("{events:?}").contains(&secret), "{events:#?}");
        let kinds = |pick: fn(&Kind) -> bool| {
            events
                .iter()
                .filter(|e| e.kind.as_ref().is_some_and(pick))
                .count()
        };
        assert_eq!(kinds(|k| matches!(k, Kind::MessageDeleted(_))), 2);
        assert_eq!(kinds(|k| matches!(k, Kind::ReactionRemoved(_))), 1);
        assert_eq!(kinds(|k| matches!(k, Kind::MemberLeft(_))), 1);
        for event in &events {
            if let Some(message) = message_of(event)
                && message.message_id != owners.message_id
            {
                assert_eq!(message.sender.as_ref().unwrap().id, NOBODY);
                assert!(message.text.is_empty());
            }
        }

        // They are gone, and so is every way in.
        api.admin()
            .users()
            .get_user(GetUserRequest {
                user_id: team.member.id.clone(),
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        team.member
            .current_user()
            .await
            .map(tonic::Response::new)
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        api.with_token(&api.jwt_for(&team.member.id))
            .current_user()
            .await
            .map(tonic::Response::new)
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        api.admin()
            .users()
            .delete_user(delete(&team.member, DeletedUserMessages::Delete))
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        // The username is free again.
        api.admin()
            .users()
            .create_user(CreateUserRequest {
                username: team.member.username.clone(),
                display_name: "Someone new".into(),
                is_admin: false,
            })
            .await
            .success();
    }
);

transport_test!(
    anonymised_messages_keep_their_text_without_their_author,
    |api| async move {
        let team = api.team().await;
        let room = &team.room.room_id;
        let before = cursor_now(&team.owner, room).await;
        let secret = format!("kept-{}", unknown_id());
        member_speaks(&team, &secret).await;
        let erased = api
            .admin()
            .users()
            .delete_user(delete(&team.member, DeletedUserMessages::Anonymize))
            .await
            .success();
        assert_eq!(erased.message_count, 2);

        let kept: Vec<_> = team
            .owner
            .messages_in(room)
            .await
            .into_iter()
            .filter(|m| m.text.contains(&secret))
            .collect();
        assert_eq!(kept.len(), 2, "{kept:?}");
        for message in &kept {
            assert!(message.delete_time.is_none());
            let sender = message.sender.as_ref().unwrap();
            assert_eq!(
                (sender.id.as_str(), sender.display_name.as_str()),
                (NOBODY, "Deleted user")
            );
        }
        let events = team.owner.replay(room, &before).await;
        unlinked(&events, &team.member);
        let created: Vec<_> = events
            .iter()
            .filter(|e| matches!(e.kind, Some(Kind::MessageCreated(_))))
            .filter_map(message_of)
            .filter(|m| m.text.contains(&secret))
            .collect();
        assert_eq!(created.len(), 2, "{events:#?}");
        assert!(
            created
                .iter()
                .all(|m| m.sender.as_ref().unwrap().id == NOBODY)
        );
    }
);

transport_test!(
    deleting_a_user_ends_their_streams_within_a_second,
    |api| async move {
        let team = api.team().await;
        let subscribe = async |clients: &roundtable_tests::Clients| {
            let mut stream = clients
                .events()
                .subscribe(SubscribeRequest {
                    space_id: team.space.space_id.clone(),
                    ..Default::default()
                })
                .await
                .success();
            stream.message().await.expect("a first event").expect("one");
            stream
        };
        let mut by_key = subscribe(&team.member).await;
        let mut by_jwt = subscribe(&api.with_token(&api.jwt_for(&team.member.id))).await;
        let mut owners = subscribe(&team.owner).await;
        api.admin()
            .users()
            .delete_user(delete(&team.member, DeletedUserMessages::Delete))
            .await
            .success();
        for stream in [&mut by_key, &mut by_jwt] {
            let status = ends_within(stream, Duration::from_secs(1))
                .await
                .expect("the stream ends with a status");
            assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
        }
        // Others' streams go on, and hear that the member left.
        let next = tokio::time::timeout(Duration::from_secs(5), owners.message())
            .await
            .expect("the owner's stream delivers")
            .expect("no error")
            .expect("an event");
        assert!(
            matches!(next.event.unwrap().kind, Some(Kind::MemberLeft(_))),
            "the member left"
        );
    }
);

transport_test!(
    a_deletion_that_cannot_be_done_changes_nothing,
    |api| async move {
        let team = api.team().await;
        team.member.send(&team.room.room_id, "still mine").await;
        // The only owner of a space.
        let status = api
            .admin()
            .users()
            .delete_user(delete(&team.owner, DeletedUserMessages::Delete))
            .await
            .rejected(Code::FailedPrecondition, "LAST_OWNER");
        assert!(
            status.message().contains(&team.space.space_id),
            "{status:?}"
        );
        assert_eq!(
            team.owner.current_user().await.unwrap().user_id,
            team.owner.id
        );
        // Without a choice for the messages.
        api.admin()
            .users()
            .delete_user(delete(&team.member, DeletedUserMessages::Unspecified))
            .await
            .rejected_field("VALUE_REQUIRED", "messages");
        // Not by a non-admin, not oneself, not an unknown or malformed id.
        team.owner
            .users()
            .delete_user(delete(&team.member, DeletedUserMessages::Delete))
            .await
            .rejected_with_code(Code::PermissionDenied);
        let admin = api.new_admin("admin").await;
        admin
            .users()
            .delete_user(delete(&admin, DeletedUserMessages::Delete))
            .await
            .rejected(Code::FailedPrecondition, "CANNOT_DELETE_SELF");
        api.admin()
            .users()
            .delete_user(DeleteUserRequest {
                user_id: unknown_id(),
                messages: DeletedUserMessages::Delete as i32,
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        api.admin()
            .users()
            .delete_user(DeleteUserRequest {
                user_id: "nope".into(),
                messages: DeletedUserMessages::Delete as i32,
            })
            .await
            .rejected_field("INVALID_ID", "user_id");
        let messages = team.member.messages_in(&team.room.room_id).await;
        assert_eq!(messages.last().unwrap().text, "still mine");
        assert_eq!(
            messages.last().unwrap().sender.as_ref().unwrap().id,
            team.member.id
        );
    }
);

/// Over REST: the choice is a query parameter; and what the database holds
/// of the user afterwards: nothing that names them.
#[tokio::test]
async fn over_rest_and_in_the_database() {
    let api = Api::shared(roundtable_tests::Transport::Grpc);
    let rest = Rest::shared();
    let admin_key = api.admin_key().to_string();
    let team = api.team().await;
    let secret = format!("stored-{}", unknown_id());
    member_speaks(&team, &secret).await;
    team.member
        .sessions()
        .create_session(CreateSessionRequest {
            space_id: team.space.space_id.clone(),
            name: "mine".into(),
            ..Default::default()
        })
        .await
        .success();
    let last = team.member.messages_in(&team.room.room_id).await;
    team.member
        .events()
        .mark_read(MarkReadRequest {
            room_id: team.room.room_id.clone(),
            message_id: last.last().expect("a message").message_id.clone(),
        })
        .await
        .success();

    // What names the user in the database, table by table.
    let db = Database::connect(TestServer::shared().database().url())
        .await
        .expect("the server's database");
    let backend = db.get_database_backend();
    let id: uuid::Uuid = team.member.id.parse().expect("a uuid");
    let naming = [
        ("users", "id"),
        ("api_keys", "user_id"),
        ("space_members", "user_id"),
        ("room_members", "user_id"),
        ("room_reads", "user_id"),
        ("reactions", "user_id"),
        ("sessions", "owner_id"),
        ("messages", "sender_id"),
        ("events", "actor_id"),
    ];
    let count = async |sql: String, value: sea_orm::Value| {
        let placeholder = match backend {
            sea_orm::DbBackend::Postgres => "$1",
            _ => "?",
        };
        let sql = sql.replace("{}", placeholder);
        let row = db
            .query_one(Statement::from_sql_and_values(backend, sql, [value]))
            .await
            .expect("a count")
            .expect("a row");
        row.try_get_by_index::<i64>(0).expect("a number")
    };
    let rows_naming = async |table: &str, column: &str| {
        count(
            format!("SELECT COUNT(*) FROM {table} WHERE {column} = {{}}"),
            id.into(),
        )
        .await
    };
    let holding = async |table: &str, column: &str| {
        count(
            format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE {{}}"),
            format!("%{secret}%").into(),
        )
        .await
    };
    for (table, column) in naming {
        assert!(
            rows_naming(table, column).await > 0,
            "{table}.{column} before"
        );
    }
    assert!(holding("events", "payload").await > 0);
    assert!(holding("messages", "text").await > 0);

    let path = format!("/v1/users/{}", team.member.id);
    let refused = rest
        .call_with(&admin_key, Method::DELETE, &path, None, &[])
        .await;
    refused.rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "VALUE_REQUIRED",
    );
    assert_eq!(refused.violated_fields(), ["messages"]);
    let done = rest
        .call_with(
            &admin_key,
            Method::DELETE,
            &format!("{path}?messages=DELETED_USER_MESSAGES_DELETE"),
            None,
            &[],
        )
        .await
        .ok();
    assert_eq!(done["message_count"], "2", "{done}");

    for (table, column) in naming {
        assert_eq!(
            rows_naming(table, column).await,
            0,
            "{table}.{column} still names the user"
        );
    }
    assert_eq!(
        holding("events", "payload").await,
        0,
        "an event still holds what they wrote"
    );
    assert_eq!(
        holding("messages", "text").await,
        0,
        "a message still holds what they wrote"
    );
}

/// A REST event stream (SSE) of a deleted user's ends within a second too,
/// here one opened with a JWT.
#[tokio::test]
async fn deleting_a_user_ends_their_rest_event_stream_within_a_second() {
    use http_body_util::{BodyExt, Full};
    let api = Api::shared(roundtable_tests::Transport::Grpc);
    let team = api.team().await;
    let rest = Rest::shared();
    let request = http::Request::get(format!(
        "http://{}/v1/events?space_id={}",
        rest.addr, team.space.space_id
    ))
    .header(
        "authorization",
        format!("Bearer {}", api.jwt_for(&team.member.id)),
    )
    .header("accept", "text/event-stream")
    .body(Full::new(prost::bytes::Bytes::new()))
    .expect("a request");
    let response = rest.client.request(request).await.expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    let mut body = response.into_body();
    let first = body.frame().await.expect("a first frame").expect("data");
    assert!(first.is_data());
    api.admin()
        .users()
        .delete_user(delete(&team.member, DeletedUserMessages::Anonymize))
        .await
        .success();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(1);
    let mut rest_of_it = String::new();
    loop {
        match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => panic!("the event stream was still open after a second: {rest_of_it}"),
            Ok(None) => break,
            Ok(Some(frame)) => {
                if let Some(data) = frame.expect("a frame").data_ref() {
                    rest_of_it.push_str(&String::from_utf8_lossy(data));
                }
            }
        }
    }
    assert!(rest_of_it.contains("UNAUTHENTICATED"), "{rest_of_it}");
}
