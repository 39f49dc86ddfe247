use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::HeaderMap;
use http_body::Frame;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited, StreamBody};
use rand::Rng;
use tonic::Code;
use tonic::body::Body;
use tower::Service;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The most of a unary response [`Retry`] holds in memory to read its
/// status from the trailers; a larger response fails the call.
const MAX_BUFFERED_RESPONSE: usize = 64 * 1024 * 1024;

/// How idempotent calls are retried: unary RPCs whose method name starts
/// with `Get` or `List`, on `UNAVAILABLE` (or a transport error), and on
/// `DEADLINE_EXCEEDED` when the caller set no deadline of its own
/// (`grpc-timeout`). Nothing else is ever retried; writes carry
/// `request_id` idempotency keys the caller chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 turns retries off.
    pub max_attempts: u32,
    /// The wait before the first retry; each later wait doubles, up to
    /// `max_backoff`. Every wait is drawn at random between half and all
    /// of it.
    pub initial_backoff: Duration,
    /// The longest wait between two attempts.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// At most 3 attempts, waiting about 100 ms, then 200 ms.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(2),
        }
    }
}

impl RetryPolicy {
    /// No retries.
    pub const fn disabled() -> Self {
        Self {
            max_attempts: 1,
            initial_backoff: Duration::ZERO,
            max_backoff: Duration::ZERO,
        }
    }
}

/// Whether a gRPC path (`/package.Service/Method`) names a call that is
/// safe to retry: a `Get*` or `List*` method.
pub fn is_idempotent(path: &str) -> bool {
    let method = path.rsplit('/').next().unwrap_or_default();
    method.starts_with("Get") || method.starts_with("List")
}

/// A tower service that retries idempotent unary calls as its
/// [`RetryPolicy`] says. It buffers the request (and, when the status comes
/// in the trailers, the response) of the calls it may retry; every other
/// call passes straight through.
#[derive(Clone, Debug)]
pub struct Retry<S> {
    inner: S,
    policy: RetryPolicy,
}

impl<S> Retry<S> {
    /// Wraps `inner`.
    pub fn new(inner: S, policy: RetryPolicy) -> Self {
        Self { inner, policy }
    }
}

impl<S, B> Service<http::Request<Body>> for Retry<S>
where
    S: Service<http::Request<Body>, Response = http::Response<B>> + Clone + Send + 'static,
    S::Future: Send,
    S::Error: Into<BoxError>,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = http::Response<Body>;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        // The ready service answers this call; a fresh clone waits for the next.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let policy = self.policy;
        if policy.max_attempts <= 1 || !is_idempotent(request.uri().path()) {
            return Box::pin(async move {
                let response = inner.call(request).await.map_err(Into::into)?;
                Ok(response.map(Body::new))
            });
        }
        Box::pin(async move { retry(inner, policy, request).await })
    }
}

async fn retry<S, B>(
    mut inner: S,
    policy: RetryPolicy,
    request: http::Request<Body>,
) -> Result<http::Response<Body>, BoxError>
where
    S: Service<http::Request<Body>, Response = http::Response<B>>,
    S::Error: Into<BoxError>,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    let (parts, body) = request.into_parts();
    let body = body.collect().await?.to_bytes();
    let caller_deadline = parts.headers.contains_key("grpc-timeout");
    let retryable = |code: Code| {
        code == Code::Unavailable || (code == Code::DeadlineExceeded && !caller_deadline)
    };
    let mut backoff = policy.initial_backoff;
    let mut attempt = 1;
    loop {
        let last = attempt >= policy.max_attempts;
        let mut request = http::Request::new(Body::new(Full::new(body.clone())));
        *request.method_mut() = parts.method.clone();
        *request.uri_mut() = parts.uri.clone();
        *request.version_mut() = parts.version;
        *request.headers_mut() = parts.headers.clone();
        *request.extensions_mut() = parts.extensions.clone();

        let outcome: Result<http::Response<Body>, BoxError> = async {
            std::future::poll_fn(|cx| inner.poll_ready(cx))
                .await
                .map_err(Into::into)?;
            let response = inner.call(request).await.map_err(Into::into)?;
            if let Some(code) = grpc_status(response.headers()) {
                // Trailers-only: the status is in the headers, the body is empty.
                if retryable(code) && !last {
                    return Err(Retryable.into());
                }
                return Ok(response.map(Body::new));
            }
            if response.status() != http::StatusCode::OK {
                return Ok(response.map(Body::new));
            }
            let (head, body) = response.into_parts();
            let collected = Limited::new(body, MAX_BUFFERED_RESPONSE).collect().await?;
            let trailers = collected.trailers().cloned();
            if let Some(code) = trailers.as_ref().and_then(grpc_status)
                && retryable(code)
                && !last
            {
                return Err(Retryable.into());
            }
            let mut frames = vec![Ok::<_, std::convert::Infallible>(Frame::data(
                collected.to_bytes(),
            ))];
            if let Some(trailers) = trailers {
                frames.push(Ok(Frame::trailers(trailers)));
            }
            let body = StreamBody::new(futures::stream::iter(frames));
            Ok(http::Response::from_parts(head, Body::new(body)))
        }
        .await;

        match outcome {
            Ok(response) => return Ok(response),
            // Retrying cannot make a response smaller.
            Err(error) if error.is::<LengthLimitError>() => return Err(error),
            Err(error) if last => return Err(error),
            // A retryable status, or a transport error (what UNAVAILABLE
            // means on the client side): try again.
            Err(_) => {}
        }
        tokio::time::sleep(jitter(backoff)).await;
        backoff = (backoff * 2).min(policy.max_backoff);
        attempt += 1;
    }
}

/// An attempt that ended with a retryable status (never leaves this module).
#[derive(Debug)]
struct Retryable;

impl std::fmt::Display for Retryable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("retryable status")
    }
}

impl std::error::Error for Retryable {}

fn grpc_status(headers: &HeaderMap) -> Option<Code> {
    let value = headers.get("grpc-status")?.to_str().ok()?;
    Some(Code::from_i32(value.trim().parse().ok()?))
}

/// A wait drawn at random between half and all of `d`.
pub(crate) fn jitter(d: Duration) -> Duration {
    let nanos = d.as_nanos().min(u128::from(u64::MAX)) as u64;
    if nanos < 2 {
        return d;
    }
    Duration::from_nanos(rand::rng().random_range(nanos / 2..=nanos))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    /// Answers with `code` (in the headers, or in the trailers after an
    /// empty body) for the first `failures` calls, then with OK and a body.
    #[derive(Clone)]
    struct Flaky {
        failures: u32,
        code: Code,
        in_trailers: bool,
        calls: Arc<AtomicU32>,
    }

    impl Service<http::Request<Body>> for Flaky {
        type Response = http::Response<Body>;
        type Error = BoxError;
        type Future = Pin<Box<dyn Future<Output = Result<Self::Response, BoxError>> + Send>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: http::Request<Body>) -> Self::Future {
            let call = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            let this = self.clone();
            Box::pin(async move {
                let sent = request.into_body().collect().await?.to_bytes();
                assert_eq!(
                    sent,
                    Bytes::from_static(b"request"),
                    "the request body is resent whole"
                );
                let (code, data) = if call <= this.failures {
                    (this.code, Bytes::new())
                } else {
                    (Code::Ok, Bytes::from_static(b"answer"))
                };
                let status = (code as i32).to_string();
                if this.in_trailers || code == Code::Ok {
                    let mut trailers = HeaderMap::new();
                    trailers.insert("grpc-status", status.parse().unwrap());
                    let frames = vec![
                        Ok::<_, std::convert::Infallible>(Frame::data(data)),
                        Ok(Frame::trailers(trailers)),
                    ];
                    Ok(http::Response::new(Body::new(StreamBody::new(
                        futures::stream::iter(frames),
                    ))))
                } else {
                    let mut response = http::Response::new(Body::empty());
                    response
                        .headers_mut()
                        .insert("grpc-status", status.parse().unwrap());
                    Ok(response)
                }
            })
        }
    }

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(4),
        }
    }

    /// Calls `path` through a Retry over a Flaky; returns the final status
    /// and how many calls the Flaky saw.
    async fn run(
        path: &str,
        failures: u32,
        code: Code,
        in_trailers: bool,
        deadline: bool,
    ) -> (Code, u32) {
        let calls = Arc::new(AtomicU32::new(0));
        let flaky = Flaky {
            failures,
            code,
            in_trailers,
            calls: calls.clone(),
        };
        let mut retry = Retry::new(flaky, policy());
        let mut request = http::Request::new(Body::new(Full::new(Bytes::from_static(b"request"))));
        *request.uri_mut() = format!("http://localhost{path}").parse().unwrap();
        if deadline {
            request
                .headers_mut()
                .insert("grpc-timeout", "5S".parse().unwrap());
        }
        std::future::poll_fn(|cx| retry.poll_ready(cx))
            .await
            .unwrap();
        let response = retry.call(request).await.unwrap();
        let code = match grpc_status(response.headers()) {
            Some(code) => code,
            None => {
                let collected = response.into_body().collect().await.unwrap();
                let code = grpc_status(collected.trailers().unwrap()).unwrap();
                if code == Code::Ok {
                    assert_eq!(collected.to_bytes(), Bytes::from_static(b"answer"));
                }
                code
            }
        };
        (code, calls.load(Ordering::SeqCst))
    }

    const GET: &str = "/roundtable.v1.SpaceService/GetSpace";
    const LIST: &str = "/roundtable.v1.SpaceService/ListSpaces";
    const CREATE: &str = "/roundtable.v1.SpaceService/CreateSpace";

    #[tokio::test]
    async fn idempotent_calls_are_retried_on_unavailable() {
        assert_eq!(
            run(GET, 2, Code::Unavailable, false, false).await,
            (Code::Ok, 3)
        );
        assert_eq!(
            run(LIST, 2, Code::Unavailable, true, false).await,
            (Code::Ok, 3)
        );
    }

    #[tokio::test]
    async fn retries_stop_after_three_attempts() {
        assert_eq!(
            run(GET, 9, Code::Unavailable, false, false).await,
            (Code::Unavailable, 3)
        );
        assert_eq!(
            run(GET, 9, Code::Unavailable, true, false).await,
            (Code::Unavailable, 3)
        );
    }

    #[tokio::test]
    async fn writes_and_other_errors_are_not_retried() {
        assert_eq!(
            run(CREATE, 1, Code::Unavailable, false, false).await,
            (Code::Unavailable, 1)
        );
        assert_eq!(
            run(GET, 1, Code::NotFound, false, false).await,
            (Code::NotFound, 1)
        );
        assert_eq!(
            run(GET, 1, Code::Internal, true, false).await,
            (Code::Internal, 1)
        );
    }

    #[tokio::test]
    async fn deadline_exceeded_is_retried_only_without_a_caller_deadline() {
        assert_eq!(
            run(GET, 1, Code::DeadlineExceeded, false, false).await,
            (Code::Ok, 2)
        );
        assert_eq!(
            run(GET, 1, Code::DeadlineExceeded, false, true).await,
            (Code::DeadlineExceeded, 1)
        );
    }

    #[test]
    fn only_get_and_list_methods_are_idempotent() {
        assert!(is_idempotent(GET));
        assert!(is_idempotent("/roundtable.v1.ModelService/ListModels"));
        assert!(!is_idempotent(CREATE));
        assert!(!is_idempotent("/roundtable.v1.MessageService/SendMessage"));
    }

    #[test]
    fn jitter_stays_between_half_and_all() {
        for _ in 0..100 {
            let wait = jitter(Duration::from_millis(100));
            assert!(wait >= Duration::from_millis(50) && wait <= Duration::from_millis(100));
        }
    }
}
