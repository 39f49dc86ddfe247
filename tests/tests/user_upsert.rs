//! UpsertUsers: a product's own users, matched on its ids, in batches that
//! are applied whole or not at all; what it refuses, over gRPC, gRPC-Web
//! and REST.

use std::collections::HashMap;

use http::{Method, StatusCode};
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::{Api, Outcome, is_uuid_v7, transport_test, unique_username};
use serde_json::json;
use tonic::Code;

/// A batch item with a fresh external id and username.
fn item(name: &str) -> UpsertUser {
    UpsertUser {
        external_id: format!("crm-{}", unique_username(name)),
        username: unique_username(name),
        display_name: format!("{name} from the CRM"),
        avatar_url: format!("https://cdn.example.com/{name}.png"),
        metadata: HashMap::from([("plan".to_string(), "pro".to_string())]),
    }
}

async fn upsert(api: &Api, users: Vec<UpsertUser>) -> Result<Vec<UpsertedUser>, tonic::Status> {
    Ok(api
        .admin()
        .users()
        .upsert_users(UpsertUsersRequest { users })
        .await?
        .into_inner()
        .users)
}

transport_test!(
    upserting_creates_then_updates_by_external_id,
    |api| async move {
        let (ann, ben) = (item("ann"), item("ben"));
        let first = upsert(&api, vec![ann.clone(), ben.clone()]).await.unwrap();
        assert_eq!(first.len(), 2);
        for (result, asked) in first.iter().zip([&ann, &ben]) {
            assert!(result.created, "{result:?}");
            let user = result.user.as_ref().expect("the user");
            assert!(is_uuid_v7(&user.user_id));
            assert_eq!(user.external_id, asked.external_id);
            assert_eq!(user.username, asked.username);
            assert_eq!(user.display_name, asked.display_name);
            assert_eq!(user.avatar_url, asked.avatar_url);
            assert_eq!(user.metadata, asked.metadata);
            assert!(!user.is_admin);
        }

        // The same batch again: the same users, nothing created or changed.
        let again = upsert(&api, vec![ann.clone(), ben.clone()]).await.unwrap();
        for (result, before) in again.iter().zip(&first) {
            assert!(!result.created);
            assert_eq!(result.user, before.user);
        }

        // A changed item updates its user in place; an empty metadata map
        // and avatar clear them.
        let renamed = UpsertUser {
            username: unique_username("annie"),
            display_name: "Annie".into(),
            avatar_url: String::new(),
            metadata: HashMap::new(),
            ..ann.clone()
        };
        let changed = upsert(&api, vec![renamed.clone()]).await.unwrap();
        let user = changed[0].user.clone().expect("the user");
        assert!(!changed[0].created);
        assert_eq!(user.user_id, first[0].user.as_ref().unwrap().user_id);
        assert_eq!(
            (user.username.as_str(), user.display_name.as_str()),
            (renamed.username.as_str(), "Annie")
        );
        assert!(user.avatar_url.is_empty() && user.metadata.is_empty());
        let fetched = api
            .admin()
            .users()
            .get_user(GetUserRequest {
                user_id: user.user_id.clone(),
            })
            .await
            .success()
            .user;
        assert_eq!(fetched, Some(user));
    }
);

transport_test!(
    an_upsert_keeps_the_admin_flag_and_shows_new_names_at_once,
    |api| async move {
        let ann = item("ann");
        let created = upsert(&api, vec![ann.clone()]).await.unwrap();
        let user = created[0].user.clone().expect("the user");
        api.admin()
            .users()
            .update_user(UpdateUserRequest {
                user_id: user.user_id.clone(),
                is_admin: Some(true),
                ..Default::default()
            })
            .await
            .success();
        // She sends a message as herself (with a key an admin made her)...
        let key = api
            .admin()
            .users()
            .create_api_key(CreateApiKeyRequest {
                name: "ann".into(),
                user_id: user.user_id.clone(),
                ..Default::default()
            })
            .await
            .success();
        let as_ann = api.with_token(&key.secret);
        let space = as_ann
            .spaces()
            .create_space(CreateSpaceRequest {
                name: "CRM".into(),
                ..Default::default()
            })
            .await
            .success()
            .space
            .expect("a space");
        let room = as_ann
            .rooms()
            .create_room(CreateRoomRequest {
                space_id: space.space_id.clone(),
                name: "general".into(),
                ..Default::default()
            })
            .await
            .success()
            .room
            .expect("a room");
        let sent = as_ann
            .messages()
            .send_message(SendMessageRequest {
                room_id: room.room_id.clone(),
                text: "hello".into(),
                ..Default::default()
            })
            .await
            .success()
            .message
            .expect("the message");

        // ...and a renaming upsert shows on it at once, admin flag kept.
        let renamed = UpsertUser {
            display_name: "Ann Renamed".into(),
            ..ann
        };
        let updated = upsert(&api, vec![renamed]).await.unwrap();
        assert!(updated[0].user.as_ref().unwrap().is_admin);
        let message = as_ann
            .messages()
            .get_message(GetMessageRequest {
                message_id: sent.message_id,
            })
            .await
            .success()
            .message
            .expect("the message");
        assert_eq!(message.sender.unwrap().display_name, "Ann Renamed");
    }
);

transport_test!(
    a_bad_item_names_its_field_and_the_batch_changes_nothing,
    |api| async move {
        let good = item("good");
        let mut bad = item("bad");
        bad.username = "Not Valid".into();
        bad.avatar_url = "http://plain.example.com/a.png".into();
        let status = upsert(&api, vec![good.clone(), bad])
            .await
            .map(tonic::Response::new)
            .rejected_field("INVALID_VALUE", "users[1].username");
        roundtable_tests::outcome::assert_field_violation(&status, "users[1].avatar_url");

        let mut metadata = item("meta");
        metadata.metadata = HashMap::from([("no spaces".into(), "x".into())]);
        upsert(&api, vec![metadata])
            .await
            .map(tonic::Response::new)
            .rejected_field("INVALID_KEY", r#"users[0].metadata["no spaces"]"#);
        let mut many = item("many");
        many.metadata = (0..33).map(|n| (format!("k{n}"), "v".into())).collect();
        upsert(&api, vec![many])
            .await
            .map(tonic::Response::new)
            .rejected_field("TOO_MANY_ENTRIES", "users[0].metadata");
        let mut unnamed = item("unnamed");
        unnamed.external_id = "  ".into();
        upsert(&api, vec![unnamed])
            .await
            .map(tonic::Response::new)
            .rejected_field("VALUE_REQUIRED", "users[0].external_id");

        // The good item of the refused batch was not created.
        let created = upsert(&api, vec![good]).await.unwrap();
        assert!(created[0].created);
    }
);

transport_test!(
    conflicts_in_and_outside_the_batch_are_refused,
    |api| async move {
        let ann = item("ann");
        let twin = UpsertUser {
            username: unique_username("twin"),
            ..ann.clone()
        };
        upsert(&api, vec![ann.clone(), twin])
            .await
            .map(tonic::Response::new)
            .rejected_field("DUPLICATE_VALUE", "users[1].external_id");
        let same_name = UpsertUser {
            external_id: "another".into(),
            ..ann.clone()
        };
        upsert(&api, vec![ann.clone(), same_name])
            .await
            .map(tonic::Response::new)
            .rejected_field("DUPLICATE_VALUE", "users[1].username");

        // A username another user holds fails the whole batch.
        let holder = api.new_user("holder").await;
        let fresh = item("fresh");
        let taker = UpsertUser {
            username: holder.username.clone(),
            ..item("taker")
        };
        let status = upsert(&api, vec![fresh.clone(), taker])
            .await
            .map(tonic::Response::new)
            .rejected(Code::AlreadyExists, "USERNAME_TAKEN");
        assert!(status.message().contains("users[1].username"), "{status:?}");
        assert!(upsert(&api, vec![fresh]).await.unwrap()[0].created);

        upsert(&api, Vec::new())
            .await
            .map(tonic::Response::new)
            .rejected_field("VALUE_REQUIRED", "users");
        let too_many = (0..101).map(|n| item(&format!("u{n}"))).collect();
        upsert(&api, too_many)
            .await
            .map(tonic::Response::new)
            .rejected_field("TOO_MANY_ITEMS", "users");
    }
);

transport_test!(only_server_admins_upsert_users, |api| async move {
    let alice = api.new_user("alice").await;
    alice
        .users()
        .upsert_users(UpsertUsersRequest {
            users: vec![item("x")],
        })
        .await
        .rejected_with_code(Code::PermissionDenied);
});

#[tokio::test]
async fn upsert_users_over_rest() {
    let api = Api::shared(roundtable_tests::Transport::Grpc);
    let rest = Rest::shared();
    let admin_key = api.admin_key().to_string();
    let username = unique_username("rest");
    let body = json!({"users": [{
        "external_id": format!("crm-{username}"),
        "username": username,
        "display_name": "Over REST",
        "metadata": {"tier": "gold"},
    }]});
    let first = rest
        .call_with(
            &admin_key,
            Method::POST,
            "/v1/users:upsert",
            Some(body.clone()),
            &[],
        )
        .await
        .ok();
    assert_eq!(first["users"][0]["created"], true, "{first}");
    assert_eq!(first["users"][0]["user"]["metadata"]["tier"], "gold");
    assert_eq!(
        first["users"][0]["user"]["external_id"],
        format!("crm-{username}")
    );
    let again = rest
        .call_with(
            &admin_key,
            Method::POST,
            "/v1/users:upsert",
            Some(body),
            &[],
        )
        .await
        .ok();
    assert_eq!(again["users"][0]["created"], false, "{again}");
    assert_eq!(again["users"][0]["user"], first["users"][0]["user"]);

    let bad = rest
        .call_with(
            &admin_key,
            Method::POST,
            "/v1/users:upsert",
            Some(json!({"users": [{"external_id": "x", "username": "NO", "display_name": "n"}]})),
            &[],
        )
        .await;
    bad.rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "INVALID_VALUE",
    );
    assert_eq!(bad.violated_fields(), ["users[0].username"]);
}
