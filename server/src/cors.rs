//! CORS for browsers that call the API from another origin (gRPC-Web or
//! REST), and a diagnosis for those that are refused.
//!
//! tower-http's layer answers a preflight from an origin it does not allow
//! without CORS headers, which the browser reports only as "blocked by CORS
//! policy". [`OriginCheck`] answers such a preflight itself: `403` with a
//! body that names the origin and the setting to change (visible in the
//! browser's network panel), and the server logs it once per origin.

use std::{
    collections::HashSet,
    future::Ready,
    sync::{Arc, Mutex},
    task::{Context, Poll},
    time::Duration,
};

use futures::future::Either;
use http::{HeaderName, HeaderValue, Method, Request, Response, StatusCode, header};
use http_body_util::Full;
use tonic::body::Body;
use tower::{Layer, Service};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Distinct refused origins logged; after that, refusals are not logged.
const LOGGED_MAX: usize = 100;

/// The configured origins as a browser sends them (no trailing slash);
/// `None` when `*` allows any.
fn allowed(origins: &[String]) -> Option<HashSet<String>> {
    (!origins.iter().any(|o| o == "*")).then(|| {
        origins
            .iter()
            .map(|o| o.trim_end_matches('/').to_owned())
            .collect()
    })
}

/// The two layers for the origins listed (`*`: any; none: no CORS
/// headers): [`OriginCheck`], which goes outside, then the CORS layer.
pub fn layers(origins: &[String]) -> (OriginCheck, CorsLayer) {
    let allowed = allowed(origins);
    let allow_origin = match &allowed {
        None => AllowOrigin::any(),
        Some(list) => AllowOrigin::list(list.iter().filter_map(|o| HeaderValue::from_str(o).ok())),
    };
    let check = OriginCheck {
        shared: Arc::new(Shared {
            allowed,
            logged: Mutex::new(HashSet::new()),
        }),
    };
    (check, cors(allow_origin))
}

fn cors(allow_origin: AllowOrigin) -> CorsLayer {
    let header = HeaderName::from_static;
    CorsLayer::new()
        .allow_origin(allow_origin)
        // REST uses every method; gRPC-Web only POST.
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
            Method::OPTIONS,
        ])
        .allow_headers([
            header("authorization"),
            header("content-type"),
            header("x-grpc-web"),
            header("x-user-agent"),
            header("idempotency-key"),
            header("last-event-id"),
            header("grpc-timeout"),
        ])
        .expose_headers([
            header("grpc-status"),
            header("grpc-message"),
            header("grpc-status-details-bin"),
            header("retry-after"),
            header("ratelimit-limit"),
            header("ratelimit-remaining"),
            header("ratelimit-reset"),
        ])
        .max_age(Duration::from_secs(3600))
}

/// Refuses, readably, the preflights of origins that the CORS layer does
/// not allow. Goes outside it.
#[derive(Clone)]
pub struct OriginCheck {
    shared: Arc<Shared>,
}

struct Shared {
    /// `None`: every origin is allowed.
    allowed: Option<HashSet<String>>,
    logged: Mutex<HashSet<String>>,
}

impl<S> Layer<S> for OriginCheck {
    type Service = Checked<S>;

    fn layer(&self, inner: S) -> Checked<S> {
        Checked {
            inner,
            shared: self.shared.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Checked<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S> Service<Request<Body>> for Checked<S>
where
    S: Service<Request<Body>, Response = Response<Body>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    // Every request passes here: no allocation for those it lets through.
    type Future = Either<Ready<Result<Response<Body>, S::Error>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let preflight = request.method() == Method::OPTIONS
            && request
                .headers()
                .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
        if preflight && let Some(origin) = self.shared.refused(request.headers()) {
            self.shared.log(&origin);
            return Either::Left(std::future::ready(Ok(refusal(&origin))));
        }
        Either::Right(self.inner.call(request))
    }
}

impl Shared {
    /// The request's origin when it is another origin than the server's
    /// and not allowed.
    fn refused(&self, headers: &http::HeaderMap) -> Option<String> {
        let allowed = self.allowed.as_ref()?;
        let origin = headers.get(header::ORIGIN)?.to_str().ok()?;
        if allowed.contains(origin) {
            return None;
        }
        // The page the server serves itself (/docs, /console) is not "other".
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
        let authority = origin.split_once("://").map(|(_, rest)| rest);
        if host.is_some() && authority == host {
            return None;
        }
        Some(origin.to_owned())
    }

    fn log(&self, origin: &str) {
        let mut logged = self.logged.lock().unwrap_or_else(|e| e.into_inner());
        if logged.len() < LOGGED_MAX && logged.insert(origin.to_owned()) {
            tracing::warn!(
                origin = %crate::text::quote(origin),
                "refused a browser's CORS preflight: the origin is not in cors_origins \
                 (--cors-origins, ROUNDTABLE_CORS_ORIGINS)"
            );
        }
    }
}

fn refusal(origin: &str) -> Response<Body> {
    let text = format!(
        "CORS: the origin {} may not call this server from a browser. \
         Start the server with --cors-origins {origin} \
         (or ROUNDTABLE_CORS_ORIGINS, or cors_origins in the config file; \
         '*' allows any origin).\n",
        crate::text::quote(origin)
    );
    let mut response = Response::new(Body::new(Full::new(prost::bytes::Bytes::from(text))));
    *response.status_mut() = StatusCode::FORBIDDEN;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
