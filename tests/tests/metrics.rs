//! What an operator scrapes and probes: `/metrics` (every family moves
//! with traffic over gRPC, gRPC-Web and REST), `/livez`, `/readyz`, the
//! metrics token, and `metrics = false`.
//!
//! The provider is the fake OpenAI-compatible server, so a test can hold a
//! reply open (to see it active) or make the provider fail on purpose.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Duration;

use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{Client, connect::HttpConnector};
use hyper_util::rt::TokioExecutor;
use prost::bytes::Bytes;
use roundtable_tests::fake_openai::{Behaviour, FakeOpenAi, Script};
use roundtable_tests::proto::*;
use roundtable_tests::scrape::Scrape;
use roundtable_tests::{Actor, Api, Outcome, Team, TestServer, Transport};

const MODELS: &[&str] = &["quick", "slow", "failing"];
const SEND_MESSAGE: &str = "/roundtable.v1.MessageService/SendMessage";
const GET_MESSAGE: &str = "/roundtable.v1.MessageService/GetMessage";
const SUBSCRIBE: &str = "/roundtable.v1.EventService/Subscribe";
const METRICS_TOKEN: &str = "scrape-me-secret";

/// The fake provider and a server whose provider `fake` points at it.
fn setup() -> &'static (FakeOpenAi, TestServer) {
    static SETUP: OnceLock<(FakeOpenAi, TestServer)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let fake = FakeOpenAi::start();
        let models: Vec<String> = MODELS.iter().map(|m| format!("{m:?}")).collect();
        let server = TestServer::start_with_config(
            &format!(
                "[providers.fake]\nkind = \"openai\"\nbase_url = \"{}\"\napi_key = \"sk-test\"\n\
                 models = [{}]\nmax_retries = 0\n",
                fake.base_url(),
                models.join(", ")
            ),
            &[],
        );
        (fake, server)
    })
}

/// What an HTTP GET answered.
struct Answer {
    status: StatusCode,
    content_type: String,
    text: String,
}

async fn http(
    addr: SocketAddr,
    method: Method,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Answer {
    let client: Client<HttpConnector, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let mut request = Request::builder()
        .method(method)
        .uri(format!("http://{addr}{path}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_owned())))
        .expect("a valid request");
    let response = client.request(request).await.expect("an answer");
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("the body")
        .to_bytes();
    Answer {
        status,
        content_type,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Answer {
    http(addr, Method::GET, path, headers, "").await
}

/// The metrics of the shared server now.
async fn scrape() -> Scrape {
    let answer = get(setup().1.addr(), "/metrics", &[]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    Scrape(answer.text)
}

/// `after` exceeds `before` for this series.
#[track_caller]
fn moved(before: &Scrape, after: &Scrape, name: &str, labels: &[(&str, &str)]) {
    let (was, is) = (before.value(name, labels), after.value(name, labels));
    assert!(
        is > was,
        "{name}{labels:?} did not grow: {was} then {is}\n{}",
        after.0
    );
}

/// Scrapes until the series has grown past `before` (or five seconds pass).
async fn eventually(before: &Scrape, name: &str, labels: &[(&str, &str)]) -> Scrape {
    let was = before.value(name, labels);
    for _ in 0..100 {
        let now = scrape().await;
        if now.value(name, labels) > was {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    scrape().await
}

/// A REPLR on the fake provider's `model` in the team's room.
async fn replr_in(team: &Team, handle: &str, model: &str) {
    let replr = team
        .owner
        .replrs()
        .create_replr(CreateReplrRequest {
            space_id: team.space.space_id.clone(),
            handle: handle.into(),
            system_prompt: "Be brief.".into(),
            provider: "fake".into(),
            model: model.into(),
            reply_mode: ReplyMode::OnMention as i32,
            ..Default::default()
        })
        .await
        .success()
        .replr
        .expect("CreateReplr returns the REPLR");
    team.owner
        .add_replr(&team.room.room_id, &replr.replr_id)
        .await;
}

/// Sends `text` and waits until the replies it started have ended.
async fn send_and_wait(by: &Actor, room: &Room, text: &str) -> SendMessageResponse {
    by.messages()
        .send_message(SendMessageRequest {
            room_id: room.room_id.clone(),
            text: text.into(),
            wait_for_replies: true,
            ..Default::default()
        })
        .await
        .success()
}

#[tokio::test]
async fn every_family_moves_with_traffic_on_each_transport() {
    let (fake, server) = setup();
    let words = |text: &str| Behaviour::stream(Script::words(text));
    fake.script_model("quick", words("a quick answer of several words"));
    fake.script_model(
        "failing",
        Behaviour::http_error(500, "the model is on fire"),
    );
    let grpc = server.api(Transport::Grpc);
    let web = server.api(Transport::GrpcWeb);
    let team = grpc.team().await;
    replr_in(&team, "quick", "quick").await;
    replr_in(&team, "failing", "failing").await;
    let before = scrape().await;

    // gRPC: a reply that completes and one whose provider fails.
    let sent = send_and_wait(&team.member, &team.room, "@quick and @failing, hello").await;
    assert_eq!(sent.replies.len(), 2, "{sent:?}");
    // gRPC-Web: a message and a lookup of one that does not exist.
    let member_web = web.reconnect(&team.member);
    member_web.send(&team.room.room_id, "over gRPC-Web").await;
    let missing = member_web
        .messages()
        .get_message(GetMessageRequest {
            message_id: roundtable_tests::unknown_id(),
        })
        .await;
    assert!(missing.is_err());
    // REST: a message.
    let auth = format!("Bearer {}", team.member.secret);
    let rest = http(
        server.addr(),
        Method::POST,
        &format!("/v1/rooms/{}/messages", team.room.room_id),
        &[
            ("authorization", &auth),
            ("content-type", "application/json"),
        ],
        r#"{"text": "over REST"}"#,
    )
    .await;
    assert_eq!(rest.status, StatusCode::OK, "{}", rest.text);
    // Health, and a gRPC-Web call to a path the server does not serve,
    // which is labelled `other`, never by its path.
    grpc.health()
        .check(tonic_health::pb::HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("health answers");
    let unknown = http(
        server.addr(),
        Method::POST,
        "/roundtable.v1.NoSuchService/Nothing",
        &[("content-type", "application/grpc-web+proto")],
        "\0\0\0\0\0",
    )
    .await;
    assert_eq!(
        unknown.status,
        StatusCode::OK,
        "gRPC-Web answers with a status"
    );

    // The hub publishes after the commit, on its own time.
    let after = eventually(
        &before,
        "roundtable_events_appended_total",
        &[("kind", "reply_completed")],
    )
    .await;
    let requests = "roundtable_requests_total";
    for (rpc, transport, code) in [
        (SEND_MESSAGE, "grpc", "OK"),
        (SEND_MESSAGE, "grpc_web", "OK"),
        (SEND_MESSAGE, "rest", "OK"),
        (GET_MESSAGE, "grpc_web", "NOT_FOUND"),
        ("other", "grpc_web", "UNIMPLEMENTED"),
        ("/grpc.health.v1.Health/Check", "grpc", "OK"),
    ] {
        let labels = [("rpc", rpc), ("transport", transport), ("code", code)];
        moved(&before, &after, requests, &labels);
        moved(
            &before,
            &after,
            "roundtable_request_duration_seconds_count",
            &labels,
        );
    }
    for path in ["/v1/rooms/", "NoSuchService"] {
        assert!(!after.0.contains(path), "{path} is no label value");
    }
    moved(
        &before,
        &after,
        "roundtable_request_duration_seconds_bucket",
        &[("le", "+Inf")],
    );
    moved(&before, &after, "roundtable_write_batch_size_count", &[]);
    moved(
        &before,
        &after,
        "roundtable_write_batch_duration_seconds_count",
        &[],
    );
    moved(
        &before,
        &after,
        "roundtable_write_commit_duration_seconds_count",
        &[("outcome", "ok")],
    );
    moved(
        &before,
        &after,
        "roundtable_events_appended_total",
        &[("kind", "message_created")],
    );
    moved(
        &before,
        &after,
        "roundtable_events_appended_total",
        &[("kind", "reply_completed")],
    );
    moved(
        &before,
        &after,
        "roundtable_event_fanout_lag_seconds_count",
        &[],
    );
    let fake_provider = [("provider", "fake")];
    moved(
        &before,
        &after,
        "roundtable_reply_first_token_seconds_count",
        &fake_provider,
    );
    moved(
        &before,
        &after,
        "roundtable_reply_tokens_per_second_count",
        &fake_provider,
    );
    moved(
        &before,
        &after,
        "roundtable_replies_total",
        &[("provider", "fake"), ("outcome", "complete")],
    );
    moved(
        &before,
        &after,
        "roundtable_replies_total",
        &[("provider", "fake"), ("outcome", "failed")],
    );
    moved(
        &before,
        &after,
        "roundtable_provider_errors_total",
        &[("provider", "fake"), ("reason", "PROVIDER_ERROR")],
    );
    moved(
        &before,
        &after,
        "roundtable_credits_charged_total",
        &[("subject", "message")],
    );
    // Refusals are counted by the rate limiter (its own tests move it);
    // the family is exported from the start.
    assert!(
        after.describes("roundtable_rate_limited_total"),
        "{}",
        after.0
    );
    // Its series exist at 0 before any refusal, so rates and alerts work.
    assert!(
        after
            .0
            .contains("roundtable_rate_limited_total{class=\"write\",key=\"ip\"}"),
        "{}",
        after.0
    );
    for family in [
        "roundtable_requests_total",
        "roundtable_request_duration_seconds",
        "roundtable_write_batch_size",
        "roundtable_write_commit_duration_seconds",
        "roundtable_events_appended_total",
        "roundtable_event_fanout_lag_seconds",
        "roundtable_subscriptions_open",
        "roundtable_replies_active",
        "roundtable_reply_first_token_seconds",
        "roundtable_reply_tokens_per_second",
        "roundtable_provider_errors_total",
        "roundtable_credits_charged_total",
    ] {
        assert!(after.describes(family), "{family} has no HELP or TYPE");
    }
    assert!(
        after
            .0
            .contains("# TYPE roundtable_request_duration_seconds histogram"),
        "histograms, not summaries"
    );
}

#[tokio::test]
async fn a_streaming_reply_and_a_subscription_count_while_they_last() {
    let (fake, server) = setup();
    let tokens: Vec<String> = "one two three four five six"
        .split(' ')
        .map(|t| format!("{t} "))
        .collect();
    fake.script_model(
        "slow",
        Behaviour::stream(Script::tokens(&tokens).token_delay(Duration::from_millis(300))),
    );
    let api: Api = server.api(Transport::Grpc);
    let team = api.team().await;
    replr_in(&team, "slowpoke", "slow").await;
    let sent = team
        .member
        .send(&team.room.room_id, "@slowpoke take your time")
        .await;
    assert!(!sent.message_id.is_empty());

    let active = [("provider", "fake")];
    let mut seen = false;
    for _ in 0..40 {
        if scrape().await.value("roundtable_replies_active", &active) >= 1.0 {
            seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(seen, "the streaming reply never showed as active");

    let during = scrape().await;
    let mut events = team
        .member
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![team.room.room_id.clone()],
            ..Default::default()
        })
        .await
        .success();
    events.message().await.expect("an event");
    let open = scrape().await;
    assert!(
        open.value("roundtable_subscriptions_open", &[])
            > during.value("roundtable_subscriptions_open", &[]),
        "{}",
        open.0
    );
    let streams = [("rpc", SUBSCRIBE), ("transport", "grpc")];
    // The stream is counted when it ends: closed by the client, CANCELLED.
    drop(events);
    let mut ended = false;
    for _ in 0..100 {
        let now = scrape().await;
        if now.value(
            "roundtable_requests_total",
            &[streams[0], streams[1], ("code", "CANCELLED")],
        ) > open.value(
            "roundtable_requests_total",
            &[streams[0], streams[1], ("code", "CANCELLED")],
        ) {
            ended = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ended, "a closed subscription is counted as CANCELLED");

    let mut idle = false;
    for _ in 0..100 {
        if scrape().await.value("roundtable_replies_active", &active) == 0.0 {
            idle = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(idle, "the reply ended but still counts as active");
}

#[tokio::test]
async fn liveness_and_readiness_answer_without_credentials() {
    let addr = setup().1.addr();
    let live = get(addr, "/livez", &[]).await;
    assert_eq!((live.status, live.text.as_str()), (StatusCode::OK, "ok\n"));
    let ready = get(addr, "/readyz", &[]).await;
    assert_eq!(
        (ready.status, ready.text.as_str()),
        (StatusCode::OK, "ready\n")
    );
    let probed = http(addr, Method::HEAD, "/readyz", &[], "").await;
    assert_eq!((probed.status, probed.text.as_str()), (StatusCode::OK, ""));
    let metrics = get(addr, "/metrics", &[]).await;
    assert!(
        metrics.content_type.starts_with("text/plain"),
        "{}",
        metrics.content_type
    );
    // They are not routes of the contract.
    let openapi = get(addr, "/openapi.json", &[]).await;
    for path in ["/livez", "/readyz", "/metrics"] {
        assert!(
            !openapi.text.contains(&format!("\"{path}\"")),
            "{path} in /openapi.json"
        );
    }
}

#[tokio::test]
async fn a_metrics_token_guards_the_endpoint_and_off_turns_it_off() {
    let guarded = TestServer::start_with_env(&[("ROUNDTABLE_METRICS_TOKEN", METRICS_TOKEN)]);
    let addr = guarded.addr();
    let refused = get(addr, "/metrics", &[]).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let wrong = get(
        addr,
        "/metrics",
        &[("authorization", "Bearer not-the-token")],
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let auth = format!("Bearer {METRICS_TOKEN}");
    let scraped = get(addr, "/metrics", &[("authorization", &auth)]).await;
    assert_eq!(scraped.status, StatusCode::OK);
    assert!(
        scraped.text.contains("# HELP roundtable_"),
        "{}",
        scraped.text
    );
    // The probes need no token.
    assert_eq!(get(addr, "/readyz", &[]).await.status, StatusCode::OK);

    let off = TestServer::start_with_env(&[("ROUNDTABLE_METRICS", "false")]);
    let answer = get(off.addr(), "/metrics", &[]).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", answer.text);
    assert_eq!(get(off.addr(), "/livez", &[]).await.status, StatusCode::OK);
}

/// Readiness follows the database: a server whose PostgreSQL stops taking
/// connections says it is not ready (and why), then ready again once the
/// database answers. PostgreSQL only: a SQLite file that the server holds
/// open cannot stop answering.
#[tokio::test]
async fn readiness_is_lost_while_the_database_does_not_answer() {
    let Some(postgres) = roundtable_tests::server::postgres_server_url() else {
        eprintln!("PostgreSQL only: set ROUNDTABLE_TEST_DATABASE_URL");
        return;
    };
    let server = TestServer::start();
    let addr = server.addr();
    assert_eq!(get(addr, "/readyz", &[]).await.status, StatusCode::OK);
    let name = server
        .database()
        .url()
        .rsplit('/')
        .next()
        .expect("a database name")
        .to_owned();
    let admin = sea_orm::Database::connect(&postgres)
        .await
        .expect("connect to PostgreSQL");
    let cut = [
        format!("ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false"),
        format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"),
    ];
    for statement in &cut {
        sea_orm::ConnectionTrait::execute_unprepared(&admin, statement)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    let unready = poll_readiness(addr, StatusCode::SERVICE_UNAVAILABLE).await;
    assert!(
        unready.text.starts_with("not ready: the database"),
        "{}",
        unready.text
    );
    assert_eq!(
        get(addr, "/livez", &[]).await.status,
        StatusCode::OK,
        "still alive"
    );

    let statement = format!("ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS true");
    sea_orm::ConnectionTrait::execute_unprepared(&admin, &statement)
        .await
        .unwrap_or_else(|e| panic!("{statement}: {e}"));
    poll_readiness(addr, StatusCode::OK).await;
}

/// Asks `/readyz` until it answers `status`, for up to 20 seconds.
async fn poll_readiness(addr: SocketAddr, status: StatusCode) -> Answer {
    let mut last = None;
    for _ in 0..100 {
        let answer = get(addr, "/readyz", &[]).await;
        if answer.status == status {
            return answer;
        }
        last = Some((answer.status, answer.text));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("/readyz never answered {status}; last {last:?}");
}
