//! User JWTs: HS256 with the server's secret, and RS256/ES256 from an
//! identity provider, verified against the keys its JWKS URL publishes
//! (served here by a plain HTTP server, as a provider serves them), with
//! `nbf`, the leeway, the issuer and the audience checked, and key
//! rotation picked up by refetching for an unknown `kid`.

use std::net::SocketAddr;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use http_body_util::Full;
use hyper_util::rt::TokioIo;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use roundtable_tests::proto::*;
use roundtable_tests::{Outcome, TestServer, Transport};
use serde_json::{Value, json};
use tonic::Code;

/// A JWKS document served over HTTP, which the test may change, and how
/// often it was fetched.
#[derive(Clone, Default)]
struct Provider {
    keys: Arc<Mutex<Vec<Value>>>,
    fetches: Arc<AtomicUsize>,
}

impl Provider {
    async fn serve(&self) -> SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the JWKS server");
        let addr = listener.local_addr().expect("an address");
        let provider = self.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let provider = provider.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |_request| {
                        let provider = provider.clone();
                        async move {
                            provider.fetches.fetch_add(1, Ordering::SeqCst);
                            let keys = provider.keys.lock().expect("keys").clone();
                            let body = json!({ "keys": keys }).to_string();
                            Ok::<_, std::convert::Infallible>(
                                http::Response::builder()
                                    .header("content-type", "application/json")
                                    .body(Full::new(prost::bytes::Bytes::from(body)))
                                    .expect("a response"),
                            )
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        addr
    }

    fn publish(&self, keys: Vec<Value>) {
        *self.keys.lock().expect("keys") = keys;
    }

    fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }
}

/// A signing key of the identity provider and its public JWK.
struct Signer {
    kid: String,
    algorithm: Algorithm,
    key: EncodingKey,
    jwk: Value,
}

fn es256(kid: &str) -> Signer {
    let pair = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("a P-256 key");
    let point = pair.public_key_raw();
    assert_eq!(point.len(), 65, "an uncompressed point");
    Signer {
        kid: kid.into(),
        algorithm: Algorithm::ES256,
        key: EncodingKey::from_ec_der(&pair.serialize_der()),
        jwk: json!({
            "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": kid,
            "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
            "y": URL_SAFE_NO_PAD.encode(&point[33..]),
        }),
    }
}

/// An RSA key made by `openssl`, which the test machine has.
fn rs256(kid: &str) -> Signer {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("key.pem");
    let made = Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
        ])
        .arg(&path)
        .output()
        .expect("run openssl");
    assert!(made.status.success(), "{made:?}");
    let modulus = Command::new("openssl")
        .args(["rsa", "-noout", "-modulus", "-in"])
        .arg(&path)
        .output()
        .expect("run openssl");
    let text = String::from_utf8(modulus.stdout).expect("ASCII");
    let hex_modulus = text.trim().strip_prefix("Modulus=").expect("a modulus");
    let n = hex::decode(hex_modulus).expect("hex");
    let der = dir.path().join("key.der");
    let converted = Command::new("openssl")
        .args(["rsa", "-traditional", "-outform", "DER", "-in"])
        .arg(&path)
        .arg("-out")
        .arg(&der)
        .output()
        .expect("run openssl");
    assert!(converted.status.success(), "{converted:?}");
    let der = std::fs::read(&der).expect("the key");
    Signer {
        kid: kid.into(),
        algorithm: Algorithm::RS256,
        key: EncodingKey::from_rsa_der(&der),
        jwk: json!({
            "kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
            "n": URL_SAFE_NO_PAD.encode(n),
            "e": URL_SAFE_NO_PAD.encode([1, 0, 1]),
        }),
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64
}

impl Signer {
    fn token(&self, claims: Value) -> String {
        let mut header = Header::new(self.algorithm);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, &claims, &self.key).expect("a token")
    }
}

const ISSUER: &str = "https://id.example.test/";
const AUDIENCE: &str = "roundtable";

/// Good claims for `user_id`, changed by `change`.
fn claims(user_id: &str, change: impl FnOnce(&mut Value)) -> Value {
    let mut claims = json!({
        "sub": user_id, "exp": now() + 600, "nbf": now() - 10,
        "iss": ISSUER, "aud": AUDIENCE,
    });
    change(&mut claims);
    claims
}

async fn me(server: &TestServer, transport: Transport, token: &str) -> Result<User, tonic::Status> {
    server.api(transport).with_token(token).current_user().await
}

#[tokio::test]
async fn provider_tokens_are_verified_with_its_published_keys() {
    let provider = Provider::default();
    let (ec, rsa) = (es256("ec-1"), rs256("rsa-1"));
    provider.publish(vec![ec.jwk.clone(), rsa.jwk.clone()]);
    let addr = provider.serve().await;
    let url = format!("http://{addr}/.well-known/jwks.json");
    let server = TestServer::start_with_env(&[
        ("ROUNDTABLE_JWKS_URL", &url),
        ("ROUNDTABLE_JWT_ISSUER", ISSUER),
        ("ROUNDTABLE_JWT_AUDIENCE", AUDIENCE),
        ("ROUNDTABLE_JWT_LEEWAY_SECONDS", "30"),
    ]);
    let user = server.api(Transport::Grpc).new_user("idp_user").await;
    for transport in [Transport::Grpc, Transport::GrpcWeb] {
        for signer in [&ec, &rsa] {
            let token = signer.token(claims(&user.id, |_| {}));
            let found = me(&server, transport, &token).await.expect("a valid token");
            assert_eq!(found.user_id, user.id);
        }
    }
    assert_eq!(provider.fetches(), 1, "the keys are fetched once and kept");

    let refused = |claims: Value| {
        let token = ec.token(claims);
        let server = &server;
        async move {
            let status = me(server, Transport::Grpc, &token)
                .await
                .expect_err("an invalid token");
            assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
        }
    };
    refused(claims(&user.id, |c| {
        c["iss"] = json!("https://other.test/")
    }))
    .await;
    refused(claims(&user.id, |c| c["aud"] = json!("another-app"))).await;
    refused(claims(&user.id, |c| {
        c.as_object_mut().expect("an object").remove("aud");
    }))
    .await;
    // Not yet valid, beyond the leeway; within it is fine.
    refused(claims(&user.id, |c| c["nbf"] = json!(now() + 120))).await;
    let soon = ec.token(claims(&user.id, |c| c["nbf"] = json!(now() + 10)));
    me(&server, Transport::Grpc, &soon)
        .await
        .expect("within the leeway");
    // Expired beyond the leeway.
    refused(claims(&user.id, |c| c["exp"] = json!(now() - 120))).await;
    // Signed by a key the provider never published, under a known kid.
    let impostor = es256("ec-1");
    let forged = impostor.token(claims(&user.id, |_| {}));
    me(&server, Transport::Grpc, &forged)
        .await
        .expect_err("a forged signature");
    // An HS256 token is refused: this server has its secret, but the
    // issuer check applies to every token.
    let hs = roundtable_tests::mint_jwt(&user.id, now() + 600, server.jwt_secret());
    me(&server, Transport::Grpc, &hs)
        .await
        .expect_err("no iss claim");
}

#[tokio::test]
async fn a_rotated_key_is_picked_up_and_unknown_kids_do_not_flood_the_provider() {
    let provider = Provider::default();
    let (old, new) = (es256("2026-11"), es256("2026-12"));
    provider.publish(vec![old.jwk.clone()]);
    let addr = provider.serve().await;
    let server =
        TestServer::start_with_env(&[("ROUNDTABLE_JWKS_URL", &format!("http://{addr}/jwks"))]);
    let user = server.api(Transport::Grpc).new_user("rotating").await;
    let token = |signer: &Signer| signer.token(json!({"sub": user.id, "exp": now() + 600}));
    me(&server, Transport::Grpc, &token(&old))
        .await
        .expect("the old key");
    assert_eq!(provider.fetches(), 1);

    // Twenty tokens naming a key nobody published: one refetch at most.
    let stranger = es256("no-such-key");
    for _ in 0..20 {
        me(&server, Transport::Grpc, &token(&stranger))
            .await
            .expect_err("an unknown key");
    }
    assert!(provider.fetches() <= 2, "{} fetches", provider.fetches());

    // The provider rotates: the new key works once the server may refetch.
    provider.publish(vec![old.jwk.clone(), new.jwk.clone()]);
    tokio::time::sleep(Duration::from_millis(5200)).await;
    let user_now = me(&server, Transport::Grpc, &token(&new))
        .await
        .expect("the new key, after a refetch");
    assert_eq!(user_now.user_id, user.id);
    me(&server, Transport::Grpc, &token(&old))
        .await
        .expect("the old key, still published");
}

#[tokio::test]
async fn hs256_tokens_check_nbf_and_the_configured_leeway() {
    let server = TestServer::start_with_env(&[("ROUNDTABLE_JWT_LEEWAY_SECONDS", "0")]);
    let api = server.api(Transport::Grpc);
    let user = api.new_user("hs").await;
    let key = EncodingKey::from_secret(server.jwt_secret().as_bytes());
    let sign = |claims: Value| {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &key).expect("a token")
    };
    api.with_token(&sign(json!({"sub": user.id, "exp": now() + 600})))
        .current_user()
        .await
        .expect("a valid token");
    let early = sign(json!({"sub": user.id, "exp": now() + 600, "nbf": now() + 60}));
    let status = api
        .with_token(&early)
        .current_user()
        .await
        .expect_err("not valid yet");
    assert_eq!(status.code(), Code::Unauthenticated);
    // Leeway 0: a token that expired two seconds ago is refused (the
    // default leeway of 5 s would let it through).
    let late = sign(json!({"sub": user.id, "exp": now() - 2}));
    api.with_token(&late)
        .spaces()
        .list_spaces(ListSpacesRequest::default())
        .await
        .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
}
