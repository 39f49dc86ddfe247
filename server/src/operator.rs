//! What an operator's tools reach, as plain HTTP on the main port, in front
//! of the REST gateway: `GET /livez` (the process serves), `GET /readyz`
//! (start-up finished — migrations ran — and the database answers a
//! `SELECT 1` within a second) and `GET /metrics` (the Prometheus text
//! exposition, optionally behind a bearer token). None of them is part of
//! the contract, so none is in the OpenAPI document.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use http::{HeaderValue, Method, Request, Response, StatusCode, header};
use http_body_util::Full;
use metrics_exporter_prometheus::PrometheusHandle;
use sea_orm::DatabaseConnection;
use tonic::body::Body;
use tower::{Layer, Service};

/// How long the database may take to answer a readiness check.
const DATABASE_WAIT: Duration = Duration::from_secs(1);

/// Whether the server may be sent traffic: set once start-up is over,
/// cleared when shutdown begins. Cheap to clone.
#[derive(Clone)]
pub struct Readiness {
    started: Arc<AtomicBool>,
    db: DatabaseConnection,
}

impl Readiness {
    /// Not ready until [`Readiness::set`]; `db` is checked on every ask.
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            started: Arc::new(AtomicBool::new(false)),
            db,
        }
    }

    pub fn set(&self, ready: bool) {
        self.started.store(ready, Ordering::Release);
    }

    /// `Ok` when ready, else why not.
    async fn check(&self) -> Result<(), &'static str> {
        if !self.started.load(Ordering::Acquire) {
            return Err("starting or stopping");
        }
        match tokio::time::timeout(DATABASE_WAIT, crate::store::check(&self.db)).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => {
                tracing::warn!(%error, "readiness: the database failed a check");
                Err("the database does not answer")
            }
            Err(_) => Err("the database does not answer in time"),
        }
    }
}

/// What `/metrics` serves.
pub struct MetricsEndpoint {
    pub handle: PrometheusHandle,
    /// When set, `Authorization: Bearer <token>` is required.
    pub token: Option<String>,
}

struct Shared {
    readiness: Readiness,
    /// `None`: `/metrics` is off and falls through to the gateway.
    metrics: Option<MetricsEndpoint>,
}

/// The layer that answers the operator's endpoints before anything else.
#[derive(Clone)]
pub struct OperatorLayer {
    shared: Arc<Shared>,
}

impl OperatorLayer {
    pub fn new(readiness: Readiness, metrics: Option<MetricsEndpoint>) -> Self {
        Self {
            shared: Arc::new(Shared { readiness, metrics }),
        }
    }
}

impl<S> Layer<S> for OperatorLayer {
    type Service = Operator<S>;

    fn layer(&self, inner: S) -> Operator<S> {
        Operator {
            inner,
            shared: self.shared.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Operator<S> {
    inner: S,
    shared: Arc<Shared>,
}

/// Which endpoint a request asks for.
enum Endpoint {
    Live,
    Ready,
    Metrics,
}

impl<S> Service<Request<Body>> for Operator<S>
where
    S: Service<Request<Body>, Response = Response<Body>>,
    S::Future: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        // HEAD too: some load balancers probe with it (hyper sends no body).
        let read = matches!(*request.method(), Method::GET | Method::HEAD);
        let endpoint = match (read, request.uri().path()) {
            (true, "/livez") => Some(Endpoint::Live),
            (true, "/readyz") => Some(Endpoint::Ready),
            (true, "/metrics") if self.shared.metrics.is_some() => Some(Endpoint::Metrics),
            _ => None,
        };
        let Some(endpoint) = endpoint else {
            return Box::pin(self.inner.call(request));
        };
        let shared = self.shared.clone();
        Box::pin(async move {
            Ok(match endpoint {
                Endpoint::Live => text(StatusCode::OK, "ok\n".into()),
                Endpoint::Ready => match shared.readiness.check().await {
                    Ok(()) => text(StatusCode::OK, "ready\n".into()),
                    Err(why) => text(
                        StatusCode::SERVICE_UNAVAILABLE,
                        format!("not ready: {why}\n"),
                    ),
                },
                Endpoint::Metrics => match &shared.metrics {
                    Some(metrics) => scrape(metrics, &request),
                    None => text(StatusCode::NOT_FOUND, "not found\n".into()),
                },
            })
        })
    }
}

fn scrape(metrics: &MetricsEndpoint, request: &Request<Body>) -> Response<Body> {
    if let Some(token) = &metrics.token {
        let given = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        if !same_secret(given.trim().as_bytes(), token.as_bytes()) {
            let mut response = text(
                StatusCode::UNAUTHORIZED,
                "/metrics needs Authorization: Bearer <metrics token>\n".into(),
            );
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"metrics\""),
            );
            return response;
        }
    }
    let mut response = text(StatusCode::OK, metrics.handle.render());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// Compares in time that depends on the lengths only, not on where the
/// first difference is.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len()
        && given
            .iter()
            .zip(expected)
            .fold(0u8, |differ, (a, b)| differ | (a ^ b))
            == 0
}

fn text(status: StatusCode, body: String) -> Response<Body> {
    let mut response = Response::new(Body::new(Full::new(prost::bytes::Bytes::from(body))));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::{Readiness, same_secret};

    #[tokio::test]
    async fn readiness_needs_the_start_and_a_database_that_answers() {
        let db = sea_orm::Database::connect("sqlite::memory:").await.unwrap();
        let readiness = Readiness::new(db.clone());
        assert_eq!(readiness.check().await, Err("starting or stopping"));
        readiness.set(true);
        assert_eq!(readiness.check().await, Ok(()));
        db.close().await.unwrap();
        assert!(readiness.check().await.is_err());
        readiness.set(false);
        assert_eq!(readiness.check().await, Err("starting or stopping"));
    }

    #[test]
    fn secrets_match_only_when_equal() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abd", b"abc"));
        assert!(!same_secret(b"ab", b"abc"));
        assert!(!same_secret(b"", b"abc"));
    }
}
