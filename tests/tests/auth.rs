//! Who may call: API keys, user tokens (JWTs), scopes and server admins.

use std::time::Duration;

use roundtable_tests::outcome::assert_field_violation;
use roundtable_tests::outcome::ends_within;
use roundtable_tests::proto::*;
use roundtable_tests::server::random_alphanumeric;
use roundtable_tests::{Actor, Outcome, mint_jwt, transport_test, unknown_id};
use tonic::Code;

/// A new API key for `actor`, made by `actor`, with the given scopes.
async fn new_key(actor: &Actor, scopes: &[ApiKeyScope]) -> CreateApiKeyResponse {
    actor
        .users()
        .create_api_key(CreateApiKeyRequest {
            name: "extra".into(),
            scopes: scopes.iter().map(|s| *s as i32).collect(),
            user_id: String::new(),
            expire_time: None,
        })
        .await
        .success()
}

async fn keys_of(actor: &Actor) -> Vec<ApiKey> {
    actor
        .users()
        .list_api_keys(ListApiKeysRequest {
            user_id: String::new(),
            page_size: 200,
            page_token: String::new(),
        })
        .await
        .success()
        .api_keys
}

transport_test!(
    call_without_credentials_is_unauthenticated,
    |api| async move {
        let anonymous = api.anonymous();
        anonymous
            .current_user()
            .await
            .map(tonic::Response::new)
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        anonymous
            .spaces()
            .list_spaces(ListSpacesRequest::default())
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        anonymous
            .rooms()
            .get_room(GetRoomRequest {
                room_id: unknown_id(),
            })
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        anonymous
            .messages()
            .get_message(GetMessageRequest {
                message_id: unknown_id(),
            })
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
    }
);

transport_test!(garbage_credentials_are_unauthenticated, |api| async move {
    let unknown_key = format!("rtk_{}", random_alphanumeric(40));
    for clients in [
        api.with_token("garbage"),
        api.with_token(&unknown_key),
        api.with_token("a.b.c"),
        api.with_authorization("Basic dXNlcjpwYXNz"),
        api.with_authorization(&format!("Token {}", api.admin_key())),
        api.with_authorization("Bearer"),
    ] {
        clients
            .spaces()
            .list_spaces(ListSpacesRequest::default())
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
    }
});

transport_test!(revoked_api_key_is_unauthenticated, |api| async move {
    let alice = api.new_user("alice").await;
    let created = new_key(&alice, &[]).await;
    let second = api.with_token(&created.secret);
    assert_eq!(second.current_user().await.unwrap().user_id, alice.id);

    let revoked = alice
        .users()
        .revoke_api_key(RevokeApiKeyRequest {
            api_key_id: created.api_key.as_ref().unwrap().api_key_id.clone(),
        })
        .await
        .success()
        .api_key
        .unwrap();
    assert!(revoked.revoke_time.is_some());

    second
        .users()
        .get_current_user(GetCurrentUserRequest {})
        .await
        .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
    // The other key still works, and the revoked one is still listed.
    assert_eq!(alice.current_user().await.unwrap().user_id, alice.id);
    let keys = keys_of(&alice).await;
    let listed = keys
        .iter()
        .find(|k| k.api_key_id == revoked.api_key_id)
        .expect("revoked keys are listed");
    assert_eq!(listed.revoke_time, revoked.revoke_time);
});

transport_test!(
    revoking_a_revoked_key_succeeds_and_changes_nothing,
    |api| async move {
        let alice = api.new_user("alice").await;
        let key_id = new_key(&alice, &[]).await.api_key.unwrap().api_key_id;
        let revoke = async || {
            alice
                .users()
                .revoke_api_key(RevokeApiKeyRequest {
                    api_key_id: key_id.clone(),
                })
                .await
        };
        let first = revoke().await.success().api_key.unwrap();
        let second = revoke().await.success().api_key.unwrap();
        assert!(first.revoke_time.is_some());
        assert_eq!(first.revoke_time, second.revoke_time);
    }
);

transport_test!(expired_jwt_is_unauthenticated, |api| async move {
    let alice = api.new_user("alice").await;
    let token = api.expired_jwt_for(&alice.id, Duration::from_secs(600));
    api.with_token(&token)
        .users()
        .get_current_user(GetCurrentUserRequest {})
        .await
        .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
});

transport_test!(
    jwt_signed_with_another_secret_is_unauthenticated,
    |api| async move {
        let alice = api.new_user("alice").await;
        let exp = chrono::Utc::now().timestamp() + 3600;
        let token = mint_jwt(&alice.id, exp, &random_alphanumeric(48));
        api.with_token(&token)
            .users()
            .get_current_user(GetCurrentUserRequest {})
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
    }
);

transport_test!(
    jwt_for_an_unknown_user_is_unauthenticated,
    |api| async move {
        let token = api.jwt_for(&unknown_id());
        api.with_token(&token)
            .users()
            .get_current_user(GetCurrentUserRequest {})
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
    }
);

transport_test!(
    valid_jwt_acts_as_the_user_in_its_subject,
    |api| async move {
        let alice = api.new_user("alice").await;
        let as_alice = api.with_token(&api.jwt_for(&alice.id));
        let me = as_alice.current_user().await.unwrap();
        assert_eq!(me.user_id, alice.id);
        assert_eq!(me.username, alice.username);

        // A token can write too: the space is alice's.
        let space = as_alice
            .spaces()
            .create_space(CreateSpaceRequest {
                name: "Made with a token".into(),
                description: String::new(),
            })
            .await
            .success()
            .space
            .unwrap();
        assert_eq!(space.my_role, SpaceRole::Owner as i32);
        assert_eq!(
            alice.get_space(&space.space_id).await.name,
            "Made with a token"
        );
    }
);

transport_test!(
    api_key_secret_starts_with_rtk_and_is_shown_only_once,
    |api| async move {
        let alice = api.new_user("alice").await;
        assert!(
            alice.secret.starts_with("rtk_"),
            "secret {:?}",
            alice.secret
        );
        let created = new_key(&alice, &[]).await;
        let key = created.api_key.clone().unwrap();
        assert!(created.secret.starts_with("rtk_"));
        assert!(
            created.secret.len() > "rtk_".len() + 20,
            "a secret that long is guessable"
        );
        assert_ne!(created.secret, alice.secret);
        assert!(roundtable_tests::is_uuid_v7(&key.api_key_id));
        assert_eq!(key.user_id, alice.id);
        assert!(!key.prefix.is_empty());
        assert!(created.secret.starts_with(&key.prefix));
        assert!(key.prefix.len() < created.secret.len());

        let listed = alice
            .users()
            .list_api_keys(ListApiKeysRequest::default())
            .await
            .success();
        assert!(
            listed
                .api_keys
                .iter()
                .any(|k| k.api_key_id == key.api_key_id)
        );
        let bytes = prost::Message::encode_to_vec(&listed);
        for secret in [&created.secret, &alice.secret] {
            assert!(
                !bytes
                    .windows(secret.len())
                    .any(|window| window == secret.as_bytes()),
                "ListApiKeys shows a secret"
            );
        }
    }
);

transport_test!(list_api_keys_shows_my_keys_oldest_first, |api| async move {
    let alice = api.new_user("alice").await;
    let second = new_key(&alice, &[ApiKeyScope::Read]).await.api_key.unwrap();
    let keys = keys_of(&alice).await;
    let ids: Vec<_> = keys.iter().map(|k| k.api_key_id.as_str()).collect();
    assert_eq!(
        ids,
        [
            alice.api_key.api_key_id.as_str(),
            second.api_key_id.as_str()
        ]
    );
    assert_eq!(keys[1].scopes, [ApiKeyScope::Read as i32]);
    assert!(keys.iter().all(|k| k.user_id == alice.id));
});

transport_test!(
    key_created_without_scopes_gets_read_and_write,
    |api| async move {
        let alice = api.new_user("alice").await;
        let key = new_key(&alice, &[]).await.api_key.unwrap();
        let mut scopes = key.scopes.clone();
        scopes.sort();
        assert_eq!(
            scopes,
            [ApiKeyScope::Read as i32, ApiKeyScope::Write as i32]
        );
    }
);

transport_test!(read_only_key_cannot_write, |api| async move {
    let alice = api.new_user("alice").await;
    let space = alice.create_space("Before").await;
    let read_only = api.with_token(&new_key(&alice, &[ApiKeyScope::Read]).await.secret);

    // Reading works.
    let spaces = read_only
        .spaces()
        .list_spaces(ListSpacesRequest::default())
        .await
        .success()
        .spaces;
    assert_eq!(spaces.len(), 1);

    read_only
        .spaces()
        .create_space(CreateSpaceRequest {
            name: "Nope".into(),
            description: String::new(),
        })
        .await
        .rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");
    read_only
        .spaces()
        .update_space(UpdateSpaceRequest {
            space_id: space.space_id.clone(),
            name: Some("After".into()),
            description: None,
        })
        .await
        .rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");

    let spaces = alice.my_spaces().await;
    assert_eq!(spaces.len(), 1);
    assert_eq!(spaces[0].name, "Before");
});

transport_test!(write_only_key_cannot_read, |api| async move {
    let alice = api.new_user("alice").await;
    let write_only = api.with_token(&new_key(&alice, &[ApiKeyScope::Write]).await.secret);
    write_only
        .spaces()
        .list_spaces(ListSpacesRequest::default())
        .await
        .rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");
    // Writing works.
    write_only
        .spaces()
        .create_space(CreateSpaceRequest {
            name: "Written".into(),
            description: String::new(),
        })
        .await
        .success();
    assert_eq!(alice.my_spaces().await.len(), 1);
});

transport_test!(non_admin_cannot_create_or_list_users, |api| async move {
    let alice = api.new_user("alice").await;
    let username = roundtable_tests::unique_username("mallory");
    alice
        .users()
        .create_user(CreateUserRequest {
            username: username.clone(),
            display_name: "Mallory".into(),
            is_admin: true,
        })
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    alice
        .users()
        .list_users(ListUsersRequest::default())
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    // Nothing was created: the username is still free.
    api.admin()
        .users()
        .create_user(CreateUserRequest {
            username,
            display_name: "Mallory".into(),
            is_admin: false,
        })
        .await
        .success();
});

transport_test!(non_admin_cannot_ask_for_the_admin_scope, |api| async move {
    let alice = api.new_user("alice").await;
    alice
        .users()
        .create_api_key(CreateApiKeyRequest {
            name: "escalate".into(),
            scopes: vec![ApiKeyScope::Admin as i32],
            user_id: String::new(),
            expire_time: None,
        })
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    assert_eq!(keys_of(&alice).await.len(), 1);
});

transport_test!(
    non_admin_cannot_manage_another_users_keys,
    |api| async move {
        let alice = api.new_user("alice").await;
        let bob = api.new_user("bob").await;
        // They share a space, so alice can see bob.
        api.space_with(&alice, &[(&bob, SpaceRole::Member)]).await;

        alice
            .users()
            .create_api_key(CreateApiKeyRequest {
                name: "for bob".into(),
                scopes: Vec::new(),
                user_id: bob.id.clone(),
                expire_time: None,
            })
            .await
            .rejected_with_code(Code::PermissionDenied);
        alice
            .users()
            .list_api_keys(ListApiKeysRequest {
                user_id: bob.id.clone(),
                ..Default::default()
            })
            .await
            .rejected_with_code(Code::PermissionDenied);
        let status = alice
            .users()
            .revoke_api_key(RevokeApiKeyRequest {
                api_key_id: bob.api_key.api_key_id.clone(),
            })
            .await
            .unwrap_err();
        assert!(
            matches!(status.code(), Code::NotFound | Code::PermissionDenied),
            "{status:?}"
        );

        // Bob's keys are as they were, and his key still works.
        assert_eq!(keys_of(&bob).await.len(), 1);
        assert_eq!(bob.current_user().await.unwrap().user_id, bob.id);
    }
);

transport_test!(server_admin_manages_another_users_keys, |api| async move {
    let alice = api.new_user("alice").await;
    let admin = api.admin();
    let created = admin
        .users()
        .create_api_key(CreateApiKeyRequest {
            name: "made by admin".into(),
            scopes: vec![ApiKeyScope::Read as i32],
            user_id: alice.id.clone(),
            expire_time: None,
        })
        .await
        .success();
    let key = created.api_key.unwrap();
    assert_eq!(key.user_id, alice.id);
    assert_eq!(
        api.with_token(&created.secret)
            .current_user()
            .await
            .unwrap()
            .user_id,
        alice.id
    );

    let listed = admin
        .users()
        .list_api_keys(ListApiKeysRequest {
            user_id: alice.id.clone(),
            ..Default::default()
        })
        .await
        .success()
        .api_keys;
    let ids: Vec<_> = listed.iter().map(|k| k.api_key_id.clone()).collect();
    assert_eq!(
        ids,
        [alice.api_key.api_key_id.clone(), key.api_key_id.clone()]
    );

    admin
        .users()
        .revoke_api_key(RevokeApiKeyRequest {
            api_key_id: alice.api_key.api_key_id.clone(),
        })
        .await
        .success();
    alice
        .users()
        .get_current_user(GetCurrentUserRequest {})
        .await
        .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
});

transport_test!(
    server_admin_key_can_have_the_admin_scope,
    |api| async move {
        let root = api.new_admin("root").await;
        assert!(root.user.is_admin);
        let mut scopes = root.api_key.scopes.clone();
        scopes.sort();
        assert_eq!(
            scopes,
            [
                ApiKeyScope::Read as i32,
                ApiKeyScope::Write as i32,
                ApiKeyScope::Admin as i32
            ]
        );
        // And uses it.
        root.users()
            .create_user(CreateUserRequest {
                username: roundtable_tests::unique_username("made_by_root"),
                display_name: "Made by root".into(),
                is_admin: false,
            })
            .await
            .success();
    }
);

transport_test!(
    admin_without_the_admin_scope_cannot_create_users,
    |api| async move {
        let root = api.new_admin("root").await;
        let plain_key = new_key(&root, &[ApiKeyScope::Read, ApiKeyScope::Write]).await;
        api.with_token(&plain_key.secret)
            .users()
            .create_user(CreateUserRequest {
                username: roundtable_tests::unique_username("nope"),
                display_name: "Nope".into(),
                is_admin: false,
            })
            .await
            .rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");
    }
);

transport_test!(
    api_key_with_a_past_expire_time_is_rejected,
    |api| async move {
        let alice = api.new_user("alice").await;
        let past = std::time::SystemTime::now() - Duration::from_secs(60);
        let status = alice
            .users()
            .create_api_key(CreateApiKeyRequest {
                name: "stale".into(),
                scopes: Vec::new(),
                user_id: String::new(),
                expire_time: Some(past.into()),
            })
            .await
            .rejected_with_code(Code::InvalidArgument);
        assert_field_violation(&status, "expire_time");
        assert_eq!(keys_of(&alice).await.len(), 1);
    }
);

transport_test!(api_key_stops_working_at_its_expire_time, |api| async move {
    let alice = api.new_user("alice").await;
    let soon = std::time::SystemTime::now() + Duration::from_secs(2);
    let created = alice
        .users()
        .create_api_key(CreateApiKeyRequest {
            name: "short-lived".into(),
            scopes: Vec::new(),
            user_id: String::new(),
            expire_time: Some(soon.into()),
        })
        .await
        .success();
    assert!(created.api_key.unwrap().expire_time.is_some());
    let short_lived = api.with_token(&created.secret);
    assert_eq!(short_lived.current_user().await.unwrap().user_id, alice.id);
    tokio::time::sleep(Duration::from_millis(3500)).await;
    short_lived
        .users()
        .get_current_user(GetCurrentUserRequest {})
        .await
        .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
});

transport_test!(
    api_key_name_is_required_and_at_most_100_characters,
    |api| async move {
        let alice = api.new_user("alice").await;
        for (name, reason) in [
            (String::new(), "VALUE_REQUIRED"),
            ("   ".to_string(), "VALUE_REQUIRED"),
            ("k".repeat(101), "VALUE_TOO_LONG"),
        ] {
            alice
                .users()
                .create_api_key(CreateApiKeyRequest {
                    name,
                    ..Default::default()
                })
                .await
                .rejected_field(reason, "name");
        }
        assert_eq!(keys_of(&alice).await.len(), 1);
        new_key_named(&alice, &"k".repeat(100)).await;
    }
);

async fn new_key_named(actor: &Actor, name: &str) {
    actor
        .users()
        .create_api_key(CreateApiKeyRequest {
            name: name.into(),
            ..Default::default()
        })
        .await
        .success();
}

transport_test!(
    revoking_an_unknown_or_malformed_key_id_fails,
    |api| async move {
        let alice = api.new_user("alice").await;
        let revoke = async |api_key_id: String| {
            alice
                .users()
                .revoke_api_key(RevokeApiKeyRequest { api_key_id })
                .await
        };
        revoke(unknown_id())
            .await
            .rejected(Code::NotFound, "API_KEY_NOT_FOUND");
        revoke("not-a-uuid".into())
            .await
            .rejected_field("INVALID_ID", "api_key_id");
        revoke(String::new()).await.rejected_missing("api_key_id");
    }
);

transport_test!(
    revoking_a_key_ends_the_streams_it_opened_within_a_second,
    |api| async move {
        let team = api.team().await;
        let key = new_key(&team.member, &[ApiKeyScope::Read, ApiKeyScope::Write]).await;
        let with_key = api.with_token(&key.secret);
        let mut events = with_key
            .events()
            .subscribe(SubscribeRequest {
                space_id: team.space.space_id.clone(),
                ..Default::default()
            })
            .await
            .success();
        // A stream of the member's other key stays open.
        let mut other = team
            .member
            .events()
            .subscribe(SubscribeRequest {
                space_id: team.space.space_id.clone(),
                ..Default::default()
            })
            .await
            .success();
        let subscribed = events.message().await.expect("a first event");
        assert!(subscribed.is_some());
        other.message().await.expect("a first event");

        team.member
            .users()
            .revoke_api_key(RevokeApiKeyRequest {
                api_key_id: key.api_key.expect("the key").api_key_id,
            })
            .await
            .success();
        let last = ends_within(&mut events, Duration::from_secs(1)).await;
        let status = last.expect("the stream ends with a status");
        assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
        // The key no longer opens anything; the other stream still delivers.
        with_key
            .events()
            .subscribe(SubscribeRequest {
                space_id: team.space.space_id.clone(),
                ..Default::default()
            })
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        team.owner.send(&team.room.room_id, "still here").await;
        let next = tokio::time::timeout(Duration::from_secs(5), other.message())
            .await
            .expect("the other stream delivers")
            .expect("no error");
        assert!(next.is_some());
    }
);

transport_test!(a_stream_ends_when_its_jwt_expires, |api| async move {
    let team = api.team().await;
    let exp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64
        + 2;
    let token = mint_jwt(&team.member.id, exp, api.jwt_secret());
    let mut events = api
        .with_token(&token)
        .events()
        .subscribe(SubscribeRequest {
            space_id: team.space.space_id.clone(),
            ..Default::default()
        })
        .await
        .success();
    let status = ends_within(&mut events, Duration::from_secs(4))
        .await
        .expect("the stream ends with a status");
    assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
});

#[tokio::test]
async fn revoking_a_key_ends_its_rest_event_stream_within_a_second() {
    use http_body_util::{BodyExt, Full};
    let api = roundtable_tests::Api::shared(roundtable_tests::Transport::Grpc);
    let team = api.team().await;
    let key = new_key(&team.member, &[ApiKeyScope::Read]).await;
    let rest = roundtable_tests::rest::Rest::shared();
    let request = http::Request::get(format!(
        "http://{}/v1/events?space_id={}",
        rest.addr, team.space.space_id
    ))
    .header("authorization", format!("Bearer {}", key.secret))
    .header("accept", "text/event-stream")
    .body(Full::new(prost::bytes::Bytes::new()))
    .expect("a request");
    let response = rest.client.request(request).await.expect("an answer");
    assert_eq!(response.status(), http::StatusCode::OK);
    let mut body = response.into_body();
    let first = body.frame().await.expect("a first frame").expect("data");
    assert!(first.is_data());
    team.member
        .users()
        .revoke_api_key(RevokeApiKeyRequest {
            api_key_id: key.api_key.expect("the key").api_key_id,
        })
        .await
        .success();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(1);
    let mut rest_of_it = String::new();
    loop {
        match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => panic!("the event stream was still open after a second: {rest_of_it}"),
            Ok(None) => break,
            Ok(Some(frame)) => {
                let frame = frame.expect("a frame");
                if let Some(data) = frame.data_ref() {
                    rest_of_it.push_str(&String::from_utf8_lossy(data));
                }
            }
        }
    }
    assert!(rest_of_it.contains("UNAUTHENTICATED"), "{rest_of_it}");
}
