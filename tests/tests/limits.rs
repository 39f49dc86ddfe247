//! Limits on what one client may ask: rate limits per credential and per
//! client address (separate budgets for reads, writes and AI work), the cap
//! on open streams per user, the size of a request; and the level failed
//! calls are logged at. Each test runs a server of its own with the limits
//! on (the shared test server turns them off).

use std::time::Duration;

use http::{Method, StatusCode};
use roundtable_tests::outcome::describe;
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::{Outcome, TestServer, Transport};
use tonic::Code;
use tonic_types::StatusExt;

/// A server with these `[limits]` (and everything else at its defaults).
fn limited(limits: &str) -> TestServer {
    TestServer::start_with_config(limits, &[("ROUNDTABLE_RATE_LIMITS", "on")])
}

/// A user made by the admin (one write of the admin's budget), acting
/// with a JWT: its budget is its own.
async fn user_with_jwt(api: &roundtable_tests::Api, name: &str) -> roundtable_tests::Clients {
    let user = api
        .admin()
        .users()
        .create_user(CreateUserRequest {
            username: roundtable_tests::unique_username(name),
            display_name: name.into(),
            is_admin: false,
        })
        .await
        .success()
        .user
        .expect("the user");
    api.with_token(&api.jwt_for(&user.user_id))
}

#[tokio::test]
async fn a_credential_over_its_write_budget_is_told_when_to_retry() {
    let server = limited(
        "[limits.credential]\nwrite = { per_second = 1, burst = 3 }\n\
         read = { per_second = 1000, burst = 1000 }\n",
    );
    let api = server.api(Transport::Grpc);
    let (owner, other) = (
        user_with_jwt(&api, "owner").await,
        user_with_jwt(&api, "other").await,
    );
    let create = |clients: &roundtable_tests::Clients| {
        let mut spaces = clients.spaces();
        async move {
            spaces
                .create_space(CreateSpaceRequest {
                    name: "A space".into(),
                    description: String::new(),
                })
                .await
        }
    };
    for _ in 0..3 {
        create(&owner).await.success();
    }
    let status = create(&owner)
        .await
        .rejected(Code::ResourceExhausted, "RATE_LIMITED");
    let retry = status
        .get_details_retry_info()
        .and_then(|info| info.retry_delay)
        .expect("a RetryInfo with a delay");
    assert!(retry <= Duration::from_secs(1), "{retry:?}");
    assert!(
        status.get_details_quota_failure().is_some(),
        "{}",
        describe(&status)
    );
    // The same over gRPC-Web.
    let web = server.api(Transport::GrpcWeb);
    let status = web
        .with_token(&api.jwt_for(&owner.current_user().await.expect("me").user_id))
        .spaces()
        .create_space(CreateSpaceRequest {
            name: "Over gRPC-Web".into(),
            description: String::new(),
        })
        .await
        .rejected(Code::ResourceExhausted, "RATE_LIMITED");
    assert!(status.get_details_retry_info().is_some());
    // Nothing was created; reads have a budget of their own; another
    // credential has its own budget.
    let mine = owner
        .spaces()
        .list_spaces(ListSpacesRequest::default())
        .await
        .success()
        .spaces;
    assert_eq!(mine.len(), 3);
    create(&other).await.success();
    // The bucket refills at its rate.
    tokio::time::sleep(retry + Duration::from_millis(100)).await;
    create(&owner).await.success();
}

#[tokio::test]
async fn over_rest_a_refusal_is_429_with_retry_after_and_ratelimit_headers() {
    let server = limited(
        "[limits.credential]\nread = { per_second = 1, burst = 2 }\n\
         write = { per_second = 1000, burst = 1000 }\n",
    );
    let api = server.api(Transport::Grpc);
    let owner = api.new_user("owner").await;
    let rest = Rest::at(server.addr());
    for _ in 0..2 {
        rest.call(&owner, Method::GET, "/v1/spaces", None)
            .await
            .ok();
    }
    let reply = rest.call(&owner, Method::GET, "/v1/spaces", None).await;
    reply.rejected(
        StatusCode::TOO_MANY_REQUESTS,
        Code::ResourceExhausted,
        "RATE_LIMITED",
    );
    for header in [
        "retry-after",
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
    ] {
        assert!(
            reply.headers.contains_key(header),
            "{header}: {:?}",
            reply.headers
        );
    }
    assert_eq!(reply.headers["retry-after"], "1");
    assert_eq!(reply.headers["ratelimit-limit"], "2");
    assert_eq!(reply.headers["ratelimit-remaining"], "0");
    // The refusal is counted.
    let scraped = rest.send(Method::GET, "/metrics", &[], Vec::new()).await;
    let text = scraped
        .json
        .as_str()
        .expect("the exposition text")
        .to_string();
    let refused = text
        .lines()
        .find(|line| {
            line.starts_with("roundtable_rate_limited_total{")
                && line.contains("class=\"read\"")
                && line.contains("key=\"credential\"")
        })
        .unwrap_or_else(|| panic!("no read/credential series in\n{text}"));
    assert!(refused.ends_with(" 1"), "{refused}");
}

#[tokio::test]
async fn a_client_address_is_limited_whatever_credentials_it_tries() {
    let server = limited("[limits.ip]\nread = { per_second = 1, burst = 5 }\n");
    let api = server.api(Transport::Grpc);
    let guessing = api.with_token("rtk_guessed_key_that_does_not_exist_at_all_0000");
    let mut codes = Vec::new();
    for _ in 0..8 {
        let status = guessing
            .spaces()
            .list_spaces(ListSpacesRequest::default())
            .await
            .expect_err("no such key");
        codes.push(status.code());
    }
    assert_eq!(codes[..5], [Code::Unauthenticated; 5], "{codes:?}");
    assert!(
        codes[5..].iter().all(|c| *c == Code::ResourceExhausted),
        "{codes:?}"
    );
}

#[tokio::test]
async fn ai_work_has_a_budget_of_its_own() {
    let server = limited("[limits.credential]\nai = { per_second = 1, burst = 1 }\n");
    let api = server.api(Transport::Grpc);
    let team = api.team().await;
    let translate = || TranslateRequest {
        space_id: team.space.space_id.clone(),
        text: "Bonjour".into(),
        target_language: "English".into(),
        ..Default::default()
    };
    // Together, so the bucket has no time to refill.
    let (mut first, mut second) = (team.owner.assist(), team.owner.assist());
    let (one, two) = tokio::join!(first.translate(translate()), second.translate(translate()));
    let refused = [one, two]
        .into_iter()
        .filter_map(Result::err)
        .collect::<Vec<_>>();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].code(), Code::ResourceExhausted);
    // Writes are not AI work.
    team.owner.send(&team.room.room_id, "still writing").await;
}

#[tokio::test]
async fn a_user_holds_a_bounded_number_of_open_streams() {
    let server = limited("[limits]\nstreams_per_user = 2\n");
    for transport in [Transport::Grpc, Transport::GrpcWeb] {
        let api = server.api(transport);
        let team = api.team().await;
        let subscribe = || SubscribeRequest {
            space_id: team.space.space_id.clone(),
            ..Default::default()
        };
        let first = team.member.events().subscribe(subscribe()).await.success();
        let _second = team.member.events().subscribe(subscribe()).await.success();
        team.member
            .events()
            .subscribe(subscribe())
            .await
            .rejected(Code::ResourceExhausted, "TOO_MANY_STREAMS");
        // A stream that needs a place is refused before it changes anything.
        team.member
            .messages()
            .send_message_stream(SendMessageStreamRequest {
                room_id: team.room.room_id.clone(),
                text: "not sent".into(),
                ..Default::default()
            })
            .await
            .rejected(Code::ResourceExhausted, "TOO_MANY_STREAMS");
        assert!(
            team.owner
                .messages_in(&team.room.room_id)
                .await
                .iter()
                .all(|m| m.text != "not sent")
        );
        // Others are not affected; closing a stream frees its place.
        team.owner.events().subscribe(subscribe()).await.success();
        drop(first);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        loop {
            match team.member.events().subscribe(subscribe()).await {
                Ok(_) => break,
                Err(status) if tokio::time::Instant::now() < deadline => {
                    assert_eq!(status.code(), Code::ResourceExhausted);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(status) => panic!("the place was not freed: {}", describe(&status)),
            }
        }
    }
}

#[tokio::test]
async fn a_request_over_a_mebibyte_is_refused() {
    let server = TestServer::start();
    let api = server.api(Transport::Grpc);
    let owner = api.new_user("owner").await;
    let status = owner
        .spaces()
        .create_space(CreateSpaceRequest {
            name: "Big".into(),
            description: "d".repeat(1100 * 1024),
        })
        .await
        .expect_err("too large");
    assert_eq!(status.code(), Code::OutOfRange, "{}", describe(&status));
    assert!(owner.my_spaces().await.is_empty());
}

#[tokio::test]
async fn client_errors_are_not_logged_as_errors() {
    let server = TestServer::start_keeping_logs(&[("RUST_LOG", "info")]);
    let api = server.api(Transport::Grpc);
    let owner = api.new_user("owner").await;
    owner
        .spaces()
        .get_space(GetSpaceRequest {
            space_id: roundtable_tests::unknown_id(),
        })
        .await
        .rejected_with_code(Code::NotFound);
    owner
        .spaces()
        .get_space(GetSpaceRequest {
            space_id: "not an id".into(),
        })
        .await
        .rejected_with_code(Code::InvalidArgument);
    api.with_token("rtk_nope")
        .spaces()
        .list_spaces(ListSpacesRequest::default())
        .await
        .rejected_with_code(Code::Unauthenticated);
    let logs = server.logs();
    assert!(
        !logs.lines().any(|line| line.contains("ERROR")),
        "client errors logged as errors:\n{logs}"
    );
    assert!(
        logs.contains("listening") || logs.contains("serving"),
        "{logs}"
    );
}
