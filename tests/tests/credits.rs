//! AI credits: a space's balance in tokens, who reads it and who grants
//! more (server admins only), limits and validation, idempotent grants,
//! the ledger, the configured initial balance, and REST.

use std::net::SocketAddr;
use std::process::{Command, Stdio};

use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use prost::bytes::Bytes;
use roundtable_tests::proto::credit_service_client::CreditServiceClient;
use roundtable_tests::proto::session_service_client::SessionServiceClient;
use roundtable_tests::proto::*;
use roundtable_tests::transport::with_bearer;
use roundtable_tests::{Actor, Api, Channel, Outcome, TestServer, Transport, transport_test};
use serde_json::{Value, json};
use tonic::{Code, Response, Status};
use tonic_types::StatusExt;

/// What a new space starts with when nothing is configured.
const DEFAULT_INITIAL: i64 = 1_000_000;
/// The most one grant adds.
const GRANT_MAX: i64 = 1_000_000_000;
/// The highest balance grants may reach.
const BALANCE_MAX: i64 = 1_000_000_000_000_000;

/// CreditService clients for one server over one transport.
struct Credits {
    transport: Transport,
    addr: SocketAddr,
}

impl Credits {
    /// For the shared server of this test binary.
    fn shared(api: &Api) -> Credits {
        Credits {
            transport: api.transport(),
            addr: TestServer::shared().addr(),
        }
    }

    fn on(server: &TestServer, transport: Transport) -> Credits {
        Credits {
            transport,
            addr: server.addr(),
        }
    }

    /// A client that authenticates with `token`.
    fn with(&self, token: &str) -> CreditServiceClient<Channel> {
        CreditServiceClient::new(self.channel(token))
    }

    /// The session service (AI work paid by credits) as `actor`.
    fn sessions(&self, actor: &Actor) -> SessionServiceClient<Channel> {
        SessionServiceClient::new(self.channel(&actor.secret))
    }

    fn channel(&self, token: &str) -> Channel {
        with_bearer(self.transport.connect(self.addr), token)
    }

    fn of(&self, actor: &Actor) -> CreditServiceClient<Channel> {
        self.with(&actor.secret)
    }
}

async fn get(
    client: &mut CreditServiceClient<Channel>,
    space_id: &str,
) -> Result<Response<GetCreditsResponse>, Status> {
    client
        .get_credits(GetCreditsRequest {
            space_id: space_id.into(),
        })
        .await
}

async fn balance_of(client: &mut CreditServiceClient<Channel>, space_id: &str) -> SpaceCredits {
    get(client, space_id)
        .await
        .success()
        .credits
        .expect("GetCredits returns the credits")
}

async fn grant(
    client: &mut CreditServiceClient<Channel>,
    space_id: &str,
    amount: i64,
    reason: &str,
    request_id: &str,
) -> Result<Response<GrantCreditsResponse>, Status> {
    client
        .grant_credits(GrantCreditsRequest {
            space_id: space_id.into(),
            amount,
            reason: reason.into(),
            request_id: request_id.into(),
        })
        .await
}

async fn list(
    client: &mut CreditServiceClient<Channel>,
    space_id: &str,
    kind: CreditEntryKind,
    page_size: i32,
    page_token: &str,
) -> Result<Response<ListCreditUsageResponse>, Status> {
    client
        .list_credit_usage(ListCreditUsageRequest {
            space_id: space_id.into(),
            page_size,
            page_token: page_token.into(),
            kind: kind as i32,
        })
        .await
}

/// Every entry of the ledger, following the pages.
async fn ledger(client: &mut CreditServiceClient<Channel>, space_id: &str) -> Vec<CreditEntry> {
    let mut entries = Vec::new();
    let mut token = String::new();
    loop {
        let page = list(client, space_id, CreditEntryKind::Unspecified, 0, &token)
            .await
            .success();
        entries.extend(page.entries);
        if page.next_page_token.is_empty() {
            return entries;
        }
        token = page.next_page_token;
    }
}

fn kinds(entries: &[CreditEntry]) -> Vec<CreditEntryKind> {
    entries.iter().map(|e| e.kind()).collect()
}

/// A fresh request id.
fn request_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

transport_test!(
    a_new_space_starts_with_the_initial_balance_and_its_ledger_entry,
    |api| async move {
        let owner = api.new_user("owner").await;
        let space = owner.create_space("Fresh").await;
        let credits = Credits::shared(&api);
        let account = balance_of(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!(account.space_id, space.space_id);
        assert_eq!(account.balance, DEFAULT_INITIAL);
        assert_eq!(account.used_tokens, 0);
        assert_eq!(account.granted_tokens, DEFAULT_INITIAL);
        assert!(account.update_time.is_some());

        let entries = ledger(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!(kinds(&entries), [CreditEntryKind::Initial]);
        let initial = &entries[0];
        assert!(roundtable_tests::is_uuid_v7(&initial.entry_id));
        assert_eq!(initial.space_id, space.space_id);
        assert_eq!(initial.tokens, DEFAULT_INITIAL);
        assert_eq!(initial.balance_after, DEFAULT_INITIAL);
        assert_eq!(initial.granted_by, "");
        assert_eq!(initial.subject, None);
        assert!(initial.create_time.is_some());
    }
);

transport_test!(
    members_and_server_admins_read_credits_and_outsiders_get_not_found,
    |api| async move {
        let (owner, space_admin, member, viewer, outsider) = (
            api.new_user("owner").await,
            api.new_user("space_admin").await,
            api.new_user("member").await,
            api.new_user("viewer").await,
            api.new_user("outsider").await,
        );
        let admin = api.new_admin("admin").await;
        let space = api
            .space_with(
                &owner,
                &[
                    (&space_admin, SpaceRole::Admin),
                    (&member, SpaceRole::Member),
                    (&viewer, SpaceRole::Viewer),
                ],
            )
            .await;
        let credits = Credits::shared(&api);
        for reader in [&owner, &space_admin, &member, &viewer, &admin] {
            let account = balance_of(&mut credits.of(reader), &space.space_id).await;
            assert_eq!(account.balance, DEFAULT_INITIAL, "{}", reader.username);
        }
        // The ledger names the messages and sessions it charged, which not
        // every member may read: owners and admins only.
        for reader in [&owner, &space_admin, &admin] {
            assert_eq!(
                ledger(&mut credits.of(reader), &space.space_id).await.len(),
                1
            );
        }
        for reader in [&member, &viewer] {
            list(
                &mut credits.of(reader),
                &space.space_id,
                CreditEntryKind::Unspecified,
                0,
                "",
            )
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        get(&mut credits.of(&outsider), &space.space_id)
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
        list(
            &mut credits.of(&outsider),
            &space.space_id,
            CreditEntryKind::Unspecified,
            0,
            "",
        )
        .await
        .rejected(Code::NotFound, "SPACE_NOT_FOUND");
        get(&mut credits.of(&admin), &roundtable_tests::unknown_id())
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
        get(&mut credits.with("rtk_not_a_key"), &space.space_id)
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");

        // A deleted space's credits go with it.
        owner
            .spaces()
            .delete_space(DeleteSpaceRequest {
                space_id: space.space_id.clone(),
            })
            .await
            .success();
        get(&mut credits.of(&admin), &space.space_id)
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
        grant(&mut credits.of(&admin), &space.space_id, 10, "", "")
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
    }
);

transport_test!(only_server_admins_grant_credits, |api| async move {
    let (owner, space_admin) = (api.new_user("owner").await, api.new_user("sadmin").await);
    let admin = api.new_admin("admin").await;
    let space = api
        .space_with(&owner, &[(&space_admin, SpaceRole::Admin)])
        .await;
    let credits = Credits::shared(&api);

    // Owning the space is not enough: nobody tops up their own space.
    for refused in [&owner, &space_admin] {
        grant(&mut credits.of(refused), &space.space_id, 500, "mine", "")
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    }
    // A server admin's key without the ADMIN scope is not enough either.
    let read_write = admin
        .users()
        .create_api_key(CreateApiKeyRequest {
            name: "no admin scope".into(),
            scopes: vec![ApiKeyScope::Read as i32, ApiKeyScope::Write as i32],
            user_id: admin.id.clone(),
            expire_time: None,
        })
        .await
        .success()
        .secret;
    grant(&mut credits.with(&read_write), &space.space_id, 500, "", "")
        .await
        .rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");
    let unchanged = balance_of(&mut credits.of(&owner), &space.space_id).await;
    assert_eq!(unchanged.balance, DEFAULT_INITIAL);

    let granted = grant(
        &mut credits.of(&admin),
        &space.space_id,
        2_500,
        "  launch week  ",
        "",
    )
    .await
    .success();
    let account = granted.credits.expect("the credits after the grant");
    assert_eq!(account.balance, DEFAULT_INITIAL + 2_500);
    assert_eq!(account.granted_tokens, DEFAULT_INITIAL + 2_500);
    assert_eq!(account.used_tokens, 0);
    let entry = granted.entry.expect("the grant's entry");
    assert_eq!(entry.kind(), CreditEntryKind::Grant);
    assert_eq!(entry.tokens, 2_500);
    assert_eq!(entry.balance_after, DEFAULT_INITIAL + 2_500);
    assert_eq!(entry.reason, "launch week");
    assert_eq!(entry.granted_by, admin.id);

    // Members see the grant: on the balance and, newest first, in the ledger.
    let seen = balance_of(&mut credits.of(&owner), &space.space_id).await;
    assert_eq!(seen.balance, DEFAULT_INITIAL + 2_500);
    let entries = ledger(&mut credits.of(&owner), &space.space_id).await;
    assert_eq!(
        kinds(&entries),
        [CreditEntryKind::Grant, CreditEntryKind::Initial]
    );
    assert_eq!(entries[0], entry);
});

transport_test!(grants_and_listings_are_validated, |api| async move {
    let owner = api.new_user("owner").await;
    let admin = api.new_admin("admin").await;
    let space = owner.create_space("Validated").await;
    let credits = Credits::shared(&api);
    let mut as_admin = credits.of(&admin);
    let space_id = space.space_id.as_str();

    for amount in [0, -1, GRANT_MAX + 1, i64::MAX, i64::MIN] {
        grant(&mut as_admin, space_id, amount, "", "")
            .await
            .rejected_field("INVALID_VALUE", "amount");
    }
    grant(&mut as_admin, space_id, 1, &"x".repeat(201), "")
        .await
        .rejected_field("VALUE_TOO_LONG", "reason");
    grant(&mut as_admin, space_id, 1, "", &"r".repeat(129))
        .await
        .rejected_field("INVALID_VALUE", "request_id");
    grant(&mut as_admin, space_id, 1, "", "has space")
        .await
        .rejected_field("INVALID_VALUE", "request_id");
    // Every bad field at once.
    let status = grant(&mut as_admin, space_id, 0, &"x".repeat(201), "")
        .await
        .rejected_with_code(Code::InvalidArgument);
    assert_eq!(
        roundtable_tests::outcome::violated_fields(&status),
        ["amount", "reason"]
    );
    grant(&mut as_admin, "", 1, "", "")
        .await
        .rejected_missing("space_id");
    grant(&mut as_admin, "not-an-id", 1, "", "")
        .await
        .rejected_field("INVALID_ID", "space_id");
    grant(&mut as_admin, &roundtable_tests::unknown_id(), 1, "", "")
        .await
        .rejected(Code::NotFound, "SPACE_NOT_FOUND");
    // The limits themselves pass; a 200-character reason is kept whole.
    let edge = grant(&mut as_admin, space_id, GRANT_MAX, &"y".repeat(200), "")
        .await
        .success();
    assert_eq!(edge.entry.unwrap().reason.chars().count(), 200);
    let account = balance_of(&mut credits.of(&owner), space_id).await;
    assert_eq!(
        account.balance,
        DEFAULT_INITIAL + GRANT_MAX,
        "one grant passed"
    );

    let mut as_owner = credits.of(&owner);
    get(&mut as_owner, "").await.rejected_missing("space_id");
    list(
        &mut as_owner,
        space_id,
        CreditEntryKind::Unspecified,
        -1,
        "",
    )
    .await
    .rejected_field("INVALID_PAGE_SIZE", "page_size");
    list(
        &mut as_owner,
        space_id,
        CreditEntryKind::Unspecified,
        0,
        "garbage!",
    )
    .await
    .rejected_field("INVALID_PAGE_TOKEN", "page_token");
    as_owner
        .list_credit_usage(ListCreditUsageRequest {
            space_id: space_id.into(),
            page_size: 0,
            page_token: String::new(),
            kind: 99,
        })
        .await
        .rejected_field("INVALID_VALUE", "kind");
});

transport_test!(retry_with_same_request_id_grants_once, |api| async move {
    let owner = api.new_user("owner").await;
    let admin = api.new_admin("admin").await;
    let (space, other) = (
        owner.create_space("Retried").await,
        owner.create_space("Other").await,
    );
    let credits = Credits::shared(&api);
    let mut as_admin = credits.of(&admin);
    let key = request_id();

    let first = grant(&mut as_admin, &space.space_id, 700, "refund", &key)
        .await
        .success();
    let retry = grant(&mut as_admin, &space.space_id, 700, "refund", &key)
        .await
        .success();
    assert_eq!(
        retry.entry, first.entry,
        "the retry returns the first grant"
    );
    let account = retry.credits.expect("the credits");
    assert_eq!(account.balance, DEFAULT_INITIAL + 700, "granted once");
    let entries = ledger(&mut credits.of(&owner), &space.space_id).await;
    assert_eq!(
        kinds(&entries),
        [CreditEntryKind::Grant, CreditEntryKind::Initial]
    );

    // The same key for another grant is a mistake, not a retry.
    grant(&mut as_admin, &space.space_id, 800, "refund", &key)
        .await
        .rejected_field("REQUEST_ID_REUSED", "request_id");
    grant(&mut as_admin, &space.space_id, 700, "other reason", &key)
        .await
        .rejected_field("REQUEST_ID_REUSED", "request_id");
    grant(&mut as_admin, &other.space_id, 700, "refund", &key)
        .await
        .rejected_field("REQUEST_ID_REUSED", "request_id");
    let other_account = balance_of(&mut credits.of(&owner), &other.space_id).await;
    assert_eq!(other_account.balance, DEFAULT_INITIAL);

    // Keys belong to the admin who used them.
    let second_admin = api.new_admin("admin2").await;
    let theirs = grant(&mut credits.of(&second_admin), &space.space_id, 5, "", &key)
        .await
        .success();
    assert_ne!(theirs.entry, first.entry);
    assert_eq!(theirs.credits.unwrap().balance, DEFAULT_INITIAL + 705);
});

transport_test!(
    usage_pages_newest_first_and_filters_by_kind,
    |api| async move {
        let owner = api.new_user("owner").await;
        let admin = api.new_admin("admin").await;
        let space = owner.create_space("Paged").await;
        let credits = Credits::shared(&api);
        for amount in [1, 2, 3] {
            grant(&mut credits.of(&admin), &space.space_id, amount, "", "")
                .await
                .success();
        }
        let mut as_owner = credits.of(&owner);
        let first = list(
            &mut as_owner,
            &space.space_id,
            CreditEntryKind::Unspecified,
            3,
            "",
        )
        .await
        .success();
        let tokens: Vec<i64> = first.entries.iter().map(|e| e.tokens).collect();
        assert_eq!(tokens, [3, 2, 1], "newest first");
        let balances: Vec<i64> = first.entries.iter().map(|e| e.balance_after).collect();
        assert_eq!(
            balances,
            [
                DEFAULT_INITIAL + 6,
                DEFAULT_INITIAL + 3,
                DEFAULT_INITIAL + 1
            ]
        );
        assert!(!first.next_page_token.is_empty());
        let second = list(
            &mut as_owner,
            &space.space_id,
            CreditEntryKind::Unspecified,
            3,
            &first.next_page_token,
        )
        .await
        .success();
        assert_eq!(kinds(&second.entries), [CreditEntryKind::Initial]);
        assert!(second.next_page_token.is_empty());

        let grants = list(
            &mut as_owner,
            &space.space_id,
            CreditEntryKind::Grant,
            0,
            "",
        )
        .await
        .success();
        assert_eq!(grants.entries.len(), 3);
        let charges = list(
            &mut as_owner,
            &space.space_id,
            CreditEntryKind::Charge,
            0,
            "",
        )
        .await
        .success();
        assert!(charges.entries.is_empty());
    }
);

/// A new owner with a new space on `server`, created after the server read
/// its configuration.
async fn space_on(server: &TestServer, transport: Transport) -> (Api, Actor, Space) {
    let api = server.api(transport);
    let owner = api.new_user("owner").await;
    let space = owner.create_space("Configured").await;
    (api, owner, space)
}

#[tokio::test]
async fn a_space_gets_the_initial_balance_set_in_the_environment() {
    let server = TestServer::start_with_env(&[("ROUNDTABLE_INITIAL_CREDITS", "2500")]);
    for transport in Transport::ALL {
        let (_, owner, space) = space_on(&server, transport).await;
        let credits = Credits::on(&server, transport);
        let account = balance_of(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!(account.balance, 2_500);
        assert_eq!(account.granted_tokens, 2_500);
        let entries = ledger(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!(kinds(&entries), [CreditEntryKind::Initial]);
        assert_eq!(entries[0].tokens, 2_500);
    }
}

#[tokio::test]
async fn a_space_gets_the_initial_balance_of_the_config_file_and_grants_stop_at_the_limit() {
    let server = TestServer::start_with_config(
        &format!("[credits]\ninitial_balance = {BALANCE_MAX}\n"),
        &[],
    );
    for transport in Transport::ALL {
        let (api, owner, space) = space_on(&server, transport).await;
        let credits = Credits::on(&server, transport);
        let account = balance_of(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!(account.balance, BALANCE_MAX);
        let mut as_admin = credits.with(api.admin_key());
        grant(&mut as_admin, &space.space_id, 1, "", "")
            .await
            .rejected(Code::FailedPrecondition, "CREDITS_BALANCE_LIMIT");
        let unchanged = balance_of(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!(unchanged.balance, BALANCE_MAX);
    }
}

#[tokio::test]
async fn a_space_may_start_with_nothing_until_an_admin_grants() {
    let server = TestServer::start_with_env(&[("ROUNDTABLE_INITIAL_CREDITS", "0")]);
    for transport in Transport::ALL {
        let (api, owner, space) = space_on(&server, transport).await;
        let credits = Credits::on(&server, transport);
        let account = balance_of(&mut credits.of(&owner), &space.space_id).await;
        assert_eq!((account.balance, account.granted_tokens), (0, 0));
        assert!(
            ledger(&mut credits.of(&owner), &space.space_id)
                .await
                .is_empty(),
            "no entry for an initial balance of nothing"
        );
        let granted = grant(
            &mut credits.with(api.admin_key()),
            &space.space_id,
            40,
            "trial",
            "",
        )
        .await
        .success();
        assert_eq!(granted.credits.unwrap().balance, 40);
    }
}

#[test]
fn a_bad_initial_balance_stops_the_server_with_the_reason() {
    let binary = roundtable_tests::server::server_binary();
    let database = tempfile::tempdir().expect("a folder");
    let url = format!("sqlite://{}", database.path().join("x.db").display());
    for (flag, env) in [
        (Some("--initial-credits=-5"), None),
        (None, Some("1000000000000001")),
        (None, Some("plenty")),
    ] {
        let mut command = Command::new(&binary);
        command
            .args(["serve", "--listen", "127.0.0.1:0", "--database-url", &url])
            .env("ROUNDTABLE_EXIT_ON_STDIN_EOF", "1")
            .env_remove("ROUNDTABLE_CONFIG")
            .env_remove("ROUNDTABLE_INITIAL_CREDITS")
            .stdin(Stdio::null());
        if let Some(flag) = flag {
            command.arg(flag);
        }
        if let Some(value) = env {
            command.env("ROUNDTABLE_INITIAL_CREDITS", value);
        }
        let output = command.output().expect("run the server");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{flag:?} {env:?} accepted");
        assert!(
            stderr.contains("credits.initial_balance") || stderr.contains("initial-credits"),
            "{flag:?} {env:?}: {stderr}"
        );
    }
}

/// A REST call to `addr` as `token`, with a JSON body when given.
async fn rest(
    addr: SocketAddr,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
    headers: &[(&str, &str)],
) -> (StatusCode, Value) {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::builder()
        .method(method)
        .uri(format!("http://{addr}{path}"))
        .header("authorization", format!("Bearer {token}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = match body {
        Some(body) => {
            request = request.header("content-type", "application/json");
            serde_json::to_vec(&body).expect("JSON")
        }
        None => Vec::new(),
    };
    let response = client
        .request(request.body(Full::new(Bytes::from(body))).unwrap())
        .await
        .expect("an answer");
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// A proto3 JSON int64 (a string) as a number.
fn int64(value: &Value) -> i64 {
    match value {
        Value::String(s) => s.parse().expect("an int64 string"),
        Value::Number(n) => n.as_i64().expect("an integer"),
        other => panic!("not an int64: {other}"),
    }
}

#[tokio::test]
async fn credits_over_rest_answer_as_over_grpc() {
    let api = Api::shared(Transport::Grpc);
    let addr = TestServer::shared().addr();
    let owner = api.new_user("owner").await;
    let space = owner.create_space("Over REST").await;
    let base = format!("/v1/spaces/{}/credits", space.space_id);

    let (status, body) = rest(addr, &owner.secret, Method::GET, &base, None, &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let grpc = balance_of(&mut Credits::shared(&api).of(&owner), &space.space_id).await;
    assert_eq!(body["credits"]["space_id"], space.space_id);
    assert_eq!(int64(&body["credits"]["balance"]), grpc.balance);
    assert_eq!(int64(&body["credits"]["used_tokens"]), 0);
    assert_eq!(int64(&body["credits"]["granted_tokens"]), DEFAULT_INITIAL);

    // Owners are refused over REST as over gRPC.
    let grant_path = format!("{base}:grant");
    let (status, body) = rest(
        addr,
        &owner.secret,
        Method::POST,
        &grant_path,
        Some(json!({"amount": "10"})),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");

    // The Idempotency-Key header is the request_id.
    let key = request_id();
    let mut entries = Vec::new();
    for _ in 0..2 {
        let (status, body) = rest(
            addr,
            api.admin_key(),
            Method::POST,
            &grant_path,
            Some(json!({"amount": 300, "reason": "over REST"})),
            &[("idempotency-key", &key)],
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(int64(&body["credits"]["balance"]), DEFAULT_INITIAL + 300);
        assert_eq!(body["entry"]["kind"], "CREDIT_ENTRY_KIND_GRANT");
        assert_eq!(body["entry"]["reason"], "over REST");
        entries.push(body["entry"]["entry_id"].clone());
    }
    assert_eq!(entries[0], entries[1], "one grant");

    let (status, body) = rest(
        addr,
        api.admin_key(),
        Method::POST,
        &grant_path,
        Some(json!({"amount": 0})),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["code"], Code::InvalidArgument as i32);

    let (status, body) = rest(
        addr,
        &owner.secret,
        Method::GET,
        &format!("{base}/usage?kind=CREDIT_ENTRY_KIND_GRANT&page_size=5"),
        None,
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let listed = body["entries"].as_array().expect("entries");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["entry_id"], entries[0]);
    assert_eq!(listed[0]["granted_by"].as_str().map(str::len), Some(36));

    let (status, body) = rest(
        addr,
        &owner.secret,
        Method::GET,
        &format!("/v1/spaces/{}/credits", roundtable_tests::unknown_id()),
        None,
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
}

/// Asserts `status` is the refusal of AI work in a space whose credits are
/// spent: RESOURCE_EXHAUSTED, reason `CREDITS_EXHAUSTED`, a QuotaFailure
/// on `spaces/{id}/credits`.
#[track_caller]
fn assert_credits_exhausted(status: &Status, space_id: &str) {
    assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
    let info = status.get_details_error_info().expect("an ErrorInfo");
    assert_eq!(info.reason, "CREDITS_EXHAUSTED");
    assert_eq!(
        info.metadata.get("space_id").map(String::as_str),
        Some(space_id)
    );
    let quota = status.get_details_quota_failure().expect("a QuotaFailure");
    assert_eq!(quota.violations.len(), 1);
    assert_eq!(
        quota.violations[0].subject,
        format!("spaces/{space_id}/credits")
    );
    assert!(!quota.violations[0].description.is_empty());
}

/// A server whose spaces start with no credits, answering with a fast
/// offline provider.
fn penniless() -> TestServer {
    TestServer::start_with_config(
        "[providers.offline]\nkind = \"offline\"\ntokens_per_second = 5000\n",
        &[("ROUNDTABLE_INITIAL_CREDITS", "0")],
    )
}

fn new_session(space_id: &str) -> CreateSessionRequest {
    CreateSessionRequest {
        space_id: space_id.into(),
        name: "Paid chat".into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn ai_work_is_refused_when_credits_are_spent_and_charged_when_done() {
    let server = penniless();
    for transport in Transport::ALL {
        let (api, owner, space) = space_on(&server, transport).await;
        let space_id = space.space_id.as_str();
        let credits = Credits::on(&server, transport);
        let mut sessions = credits.sessions(&owner);

        // Nothing to spend: no session, and nothing stored.
        let status = sessions
            .create_session(new_session(space_id))
            .await
            .expect_err("a session without credits");
        assert_credits_exhausted(&status, space_id);
        let listed = sessions
            .list_sessions(ListSessionsRequest {
                space_id: space_id.into(),
                ..Default::default()
            })
            .await
            .success();
        assert!(listed.sessions.is_empty(), "nothing half-created");

        // One token is enough to start; the answer is charged in full.
        grant(&mut credits.with(api.admin_key()), space_id, 1, "", "")
            .await
            .success();
        let session = sessions
            .create_session(new_session(space_id))
            .await
            .success()
            .session
            .expect("the session");
        let sent = sessions
            .send_session_message(SendSessionMessageRequest {
                session_id: session.session_id.clone(),
                text: "How many tokens does this cost?".into(),
                ..Default::default()
            })
            .await
            .success();
        let answer = sent.answer.expect("the answer");
        assert_eq!(answer.state(), SessionMessageState::Complete);
        let usage = answer.usage.expect("the answer's usage");
        let used = i64::from(usage.prompt_tokens) + i64::from(usage.completion_tokens);
        assert!(used > 1, "the offline answer uses more than one token");

        let account = balance_of(&mut credits.of(&owner), space_id).await;
        assert_eq!(account.used_tokens, used);
        assert_eq!(account.balance, 1 - used, "one answer may overdraw");
        let entries = ledger(&mut credits.of(&owner), space_id).await;
        assert_eq!(
            kinds(&entries),
            [CreditEntryKind::Charge, CreditEntryKind::Grant]
        );
        let charge = &entries[0];
        assert_eq!(charge.tokens, used);
        assert_eq!(charge.balance_after, 1 - used);
        assert_eq!(charge.granted_by, "");
        assert_eq!(
            charge.subject,
            Some(credit_entry::Subject::MessageId(answer.message_id.clone()))
        );

        // Spent: the next AI call is refused and costs nothing.
        let status = sessions
            .send_session_message(SendSessionMessageRequest {
                session_id: session.session_id.clone(),
                text: "And another?".into(),
                ..Default::default()
            })
            .await
            .expect_err("an answer without credits");
        assert_credits_exhausted(&status, space_id);
        let after = balance_of(&mut credits.of(&owner), space_id).await;
        assert_eq!(after.balance, 1 - used);
    }
}

#[tokio::test]
async fn spent_credits_are_http_429_with_the_quota_failure_over_rest() {
    let server = penniless();
    let (_, owner, space) = space_on(&server, Transport::Grpc).await;
    let (status, body) = rest(
        server.addr(),
        &owner.secret,
        Method::POST,
        &format!("/v1/spaces/{}/sessions", space.space_id),
        Some(json!({"name": "Paid chat"})),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["code"], Code::ResourceExhausted as i32);
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    let details = body["details"].as_array().expect("details");
    let detail = |name: &str| {
        details
            .iter()
            .find(|d| d["@type"] == format!("type.googleapis.com/google.rpc.{name}"))
            .unwrap_or_else(|| panic!("no {name} in {body}"))
    };
    assert_eq!(detail("ErrorInfo")["reason"], "CREDITS_EXHAUSTED");
    assert_eq!(detail("ErrorInfo")["metadata"]["space_id"], space.space_id);
    assert_eq!(
        detail("QuotaFailure")["violations"][0]["subject"],
        format!("spaces/{}/credits", space.space_id)
    );
}

#[tokio::test]
async fn room_replies_are_refused_when_credits_are_spent_and_each_reply_is_charged() {
    let server = penniless();
    for transport in Transport::ALL {
        let (api, owner, space) = space_on(&server, transport).await;
        let space_id = space.space_id.as_str();
        let credits = Credits::on(&server, transport);
        let room = owner
            .create_room(space_id, "paid", RoomVisibility::Public)
            .await;
        let replr = owner.create_replr(space_id, "penny").await;
        owner.add_replr(&room.room_id, &replr.replr_id).await;
        let ask = |text: &str| SendMessageRequest {
            room_id: room.room_id.clone(),
            text: text.into(),
            wait_for_replies: true,
            ..Default::default()
        };

        // A message nobody answers costs nothing and needs no credits.
        let plain = owner
            .messages()
            .send_message(ask("Just people talking."))
            .await
            .success();
        assert!(plain.replies.is_empty());

        // A mention asks for AI work: refused whole, nothing stored.
        let status = owner
            .messages()
            .send_message(ask("@penny, a question?"))
            .await
            .expect_err("a reply without credits");
        assert_credits_exhausted(&status, space_id);
        assert_eq!(
            owner.messages_in(&room.room_id).await.len(),
            1,
            "neither the message nor a reply was stored"
        );

        // One token is enough to start; the reply is charged in full.
        grant(&mut credits.with(api.admin_key()), space_id, 1, "", "")
            .await
            .success();
        let sent = owner
            .messages()
            .send_message(ask("@penny, a question?"))
            .await
            .success();
        let [reply] = sent.replies.as_slice() else {
            panic!("one reply: {:?}", sent.replies);
        };
        let details = reply.reply.as_ref().expect("the reply's details");
        assert_eq!(details.state(), ReplyState::Complete);
        let usage = details.usage.expect("the reply's usage");
        let used = i64::from(usage.prompt_tokens) + i64::from(usage.completion_tokens);
        assert!(used > 1, "the offline reply uses more than one token");

        let account = balance_of(&mut credits.of(&owner), space_id).await;
        assert_eq!(account.used_tokens, used);
        assert_eq!(account.balance, 1 - used, "one reply may overdraw");
        let entries = ledger(&mut credits.of(&owner), space_id).await;
        assert_eq!(
            kinds(&entries),
            [CreditEntryKind::Charge, CreditEntryKind::Grant]
        );
        assert_eq!(entries[0].tokens, used);
        assert_eq!(
            entries[0].subject,
            Some(credit_entry::Subject::MessageId(reply.message_id.clone()))
        );

        // Spent again: the next mention is refused and changes nothing.
        let status = owner
            .messages()
            .send_message(ask("@penny, and another?"))
            .await
            .expect_err("a second reply without credits");
        assert_credits_exhausted(&status, space_id);
        assert_eq!(owner.messages_in(&room.room_id).await.len(), 3);
        let after = balance_of(&mut credits.of(&owner), space_id).await;
        assert_eq!(after.balance, 1 - used);
    }
}

#[tokio::test]
async fn a_reply_in_a_spent_space_wakes_no_other_replr() {
    use roundtable_tests::fake_openai::{Behaviour, FakeOpenAi, Script};
    let fake = FakeOpenAi::start();
    fake.script_model(
        "relay",
        Behaviour::stream(Script::words("Over to you, @bob.")),
    );
    let server = TestServer::start_with_config(
        &format!(
            "default_provider = \"fake\"\n\
             [providers.fake]\nkind = \"openai\"\nbase_url = \"{}\"\napi_key = \"sk-test\"\nmodels = [\"relay\"]\n\
             [providers.offline]\nkind = \"offline\"\ntokens_per_second = 5000\n",
            fake.base_url()
        ),
        &[("ROUNDTABLE_INITIAL_CREDITS", "0")],
    );
    let (api, owner, space) = space_on(&server, Transport::Grpc).await;
    let space_id = space.space_id.as_str();
    let credits = Credits::on(&server, Transport::Grpc);
    let room = owner
        .create_room(space_id, "relay", RoomVisibility::Public)
        .await;
    let replr = |handle: &str, provider: &str, model: &str| CreateReplrRequest {
        space_id: space_id.into(),
        handle: handle.into(),
        provider: provider.into(),
        model: model.into(),
        ..Default::default()
    };
    for request in [replr("penny", "fake", "relay"), replr("bob", "offline", "")] {
        let created = owner
            .replrs()
            .create_replr(request)
            .await
            .success()
            .replr
            .expect("the REPLR");
        owner.add_replr(&room.room_id, &created.replr_id).await;
    }
    let ask = |text: &str| SendMessageRequest {
        room_id: room.room_id.clone(),
        text: text.into(),
        wait_for_replies: true,
        ..Default::default()
    };
    let from_bob = |messages: &[Message]| {
        messages
            .iter()
            .filter(|m| m.sender.as_ref().is_some_and(|s| s.username == "bob"))
            .count()
    };

    // Enough to start Penny's reply, which mentions Bob; its charge spends
    // the balance, so Bob stays silent.
    grant(&mut credits.with(api.admin_key()), space_id, 1, "", "")
        .await
        .success();
    let sent = owner
        .messages()
        .send_message(ask("@penny, your turn."))
        .await
        .success();
    let [reply] = sent.replies.as_slice() else {
        panic!("Penny replies: {:?}", sent.replies);
    };
    assert_eq!(reply.text, "Over to you, @bob.");
    assert_eq!(reply.replr_mentions.len(), 1, "the reply mentions Bob");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let listed = owner.messages_in(&room.room_id).await;
    assert_eq!(listed.len(), 2, "the message and Penny's reply only");
    assert_eq!(from_bob(&listed), 0);

    // With credits, the same reply wakes Bob.
    grant(
        &mut credits.with(api.admin_key()),
        space_id,
        100_000,
        "",
        "",
    )
    .await
    .success();
    owner
        .messages()
        .send_message(ask("@penny, once more."))
        .await
        .success();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let listed = owner.messages_in(&room.room_id).await;
        if from_bob(&listed) == 1 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "Bob never answered: {listed:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
