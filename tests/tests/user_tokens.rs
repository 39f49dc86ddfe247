//! CreateUserToken: a server admin mints a user JWT that the server then
//! accepts as that user, over gRPC, gRPC-Web and REST; what it refuses.

use std::time::{SystemTime, UNIX_EPOCH};

use http::{Method, StatusCode};
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::{Api, Outcome, TestServer, Transport, transport_test, unknown_id};
use tonic::Code;

fn request(user: &User, ttl_seconds: i32) -> CreateUserTokenRequest {
    CreateUserTokenRequest {
        user_id: user.user_id.clone(),
        ttl_seconds,
    }
}

fn seconds_from_now(at: &prost_types::Timestamp) -> i64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64;
    at.seconds - now
}

transport_test!(
    a_minted_token_acts_as_its_user_until_it_expires,
    |api| async move {
        let user = api.new_user("minted").await;
        let admin = api.admin();
        let minted = admin
            .users()
            .create_user_token(request(&user.user, 0))
            .await
            .success();
        let left = seconds_from_now(minted.expire_time.as_ref().expect("an expiry"));
        assert!(
            (3590..=3600).contains(&left),
            "an hour by default, got {left} s"
        );
        let me = api
            .with_token(&minted.token)
            .users()
            .get_current_user(GetCurrentUserRequest {})
            .await
            .success()
            .user
            .expect("a user");
        assert_eq!(me.user_id, user.id);

        let short = admin
            .users()
            .create_user_token(request(&user.user, 60))
            .await
            .success();
        let left = seconds_from_now(short.expire_time.as_ref().expect("an expiry"));
        assert!((50..=60).contains(&left), "got {left} s");
    }
);

transport_test!(
    only_admins_mint_tokens_for_users_that_exist,
    |api| async move {
        let user = api.new_user("plain").await;
        user.users()
            .create_user_token(request(&user.user, 0))
            .await
            .rejected_with_code(Code::PermissionDenied);
        api.admin()
            .users()
            .create_user_token(CreateUserTokenRequest {
                user_id: unknown_id(),
                ttl_seconds: 0,
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        for ttl in [-1, 59, 7 * 24 * 3600 + 1] {
            api.admin()
                .users()
                .create_user_token(request(&user.user, ttl))
                .await
                .rejected_field("INVALID_VALUE", "ttl_seconds");
        }
    }
);

#[tokio::test]
async fn over_rest_the_token_is_minted_at_its_route() {
    let api = Api::shared(Transport::Grpc);
    let user = api.new_user("rested").await;
    let rest = Rest::shared();
    let reply = rest
        .call_with(
            api.admin_key(),
            Method::POST,
            &format!("/v1/users/{}:createToken", user.id),
            Some(serde_json::json!({"ttl_seconds": 120})),
            &[],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json);
    let token = reply.json["token"].as_str().expect("a token").to_owned();
    let me = rest
        .call_with(&token, Method::GET, "/v1/me", None, &[])
        .await
        .ok();
    assert_eq!(me["user"]["user_id"], user.id.as_str());
}

#[tokio::test]
async fn a_server_without_a_jwt_secret_cannot_mint() {
    let server = TestServer::start_with_env(&[("ROUNDTABLE_JWT_SECRET", "")]);
    let api = server.api(Transport::Grpc);
    let user = api.new_user("nosecret").await;
    let status = api
        .admin()
        .users()
        .create_user_token(request(&user.user, 0))
        .await
        .rejected(Code::FailedPrecondition, "JWT_SECRET_NOT_CONFIGURED");
    assert!(
        status.message().contains("ROUNDTABLE_JWT_SECRET"),
        "{}",
        status.message()
    );
}
