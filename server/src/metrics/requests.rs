//! The request metrics layer: every RPC counted and timed by gRPC path,
//! transport and status code.
//!
//! It sits inside tonic-web and behind the REST gateway, where every call
//! is plain gRPC on its `/package.Service/Method` path whichever transport
//! brought it: the status is in the headers (a trailers-only answer) or in
//! the trailers, which for a stream come when it ends. The transport is a
//! request extension ([`Transport`]) that the gateway sets — on the
//! in-process call it makes for a REST request, and on a gRPC-Web request
//! it passes on — and plain gRPC otherwise.

use std::collections::HashSet;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use http::{HeaderMap, Request, Response};
use http_body::{Body as HttpBody, Frame, SizeHint};
use metrics::SharedString;
use prost_reflect::DescriptorPool;
use tonic::body::Body;
use tower::{Layer, Service};

/// How a request reached the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Transport {
    Grpc,
    GrpcWeb,
    Rest,
}

impl Transport {
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Grpc => "grpc",
            Transport::GrpcWeb => "grpc_web",
            Transport::Rest => "rest",
        }
    }
}

/// The label of a path the server does not serve.
const OTHER: &str = "other";

/// The layer; built once with every gRPC path the server serves.
#[derive(Clone)]
pub struct RequestsLayer {
    rpcs: Arc<HashSet<Arc<str>>>,
}

impl RequestsLayer {
    /// Serves the methods of every service in `descriptor_sets` (encoded
    /// `FileDescriptorSet`s) and the `extra` paths; any other path is
    /// labelled `other`.
    pub fn new(descriptor_sets: &[&[u8]], extra: &[&str]) -> anyhow::Result<Self> {
        let mut rpcs: HashSet<Arc<str>> = extra.iter().map(|path| Arc::from(*path)).collect();
        for set in descriptor_sets {
            let pool = DescriptorPool::decode(*set)?;
            for service in pool.services() {
                for method in service.methods() {
                    rpcs.insert(Arc::from(format!(
                        "/{}/{}",
                        service.full_name(),
                        method.name()
                    )));
                }
            }
        }
        Ok(Self {
            rpcs: Arc::new(rpcs),
        })
    }
}

impl<S> Layer<S> for RequestsLayer {
    type Service = Requests<S>;

    fn layer(&self, inner: S) -> Requests<S> {
        Requests {
            inner,
            rpcs: self.rpcs.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Requests<S> {
    inner: S,
    rpcs: Arc<HashSet<Arc<str>>>,
}

impl<S> Service<Request<Body>> for Requests<S>
where
    S: Service<Request<Body>, Response = Response<Body>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let rpc = match self.rpcs.get(request.uri().path()) {
            Some(path) => SharedString::from(path.clone()),
            None => SharedString::const_str(OTHER),
        };
        let transport = request
            .extensions()
            .get::<Transport>()
            .copied()
            .unwrap_or(Transport::Grpc);
        let mut call = Call {
            rpc,
            transport,
            started: Instant::now(),
            ended: false,
        };
        let answer = self.inner.call(request);
        Box::pin(async move {
            let response = match answer.await {
                Ok(response) => response,
                Err(error) => {
                    call.end("UNKNOWN");
                    return Err(error);
                }
            };
            if let Some(code) = code_in(response.headers()) {
                call.end(code);
                return Ok(response);
            }
            Ok(response.map(|body| Body::new(Metered { body, call })))
        })
    }
}

/// An RPC under way; recorded once, when its status is known, or as
/// `CANCELLED` if the client goes away first.
struct Call {
    rpc: SharedString,
    transport: Transport,
    started: Instant,
    ended: bool,
}

impl Call {
    fn end(&mut self, code: &'static str) {
        if !self.ended {
            self.ended = true;
            super::request(
                self.rpc.clone(),
                self.transport,
                code,
                self.started.elapsed(),
            );
        }
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        self.end("CANCELLED");
    }
}

/// A response body that reads the status from its trailers.
struct Metered {
    body: Body,
    call: Call,
}

impl HttpBody for Metered {
    type Data = prost::bytes::Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = &mut *self;
        let polled = Pin::new(&mut this.body).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(code) = frame.trailers_ref().and_then(code_in) {
                    this.call.end(code);
                }
            }
            Poll::Ready(Some(Err(_))) => this.call.end("UNKNOWN"),
            // gRPC always ends with a status; a body without one is broken.
            Poll::Ready(None) => this.call.end("UNKNOWN"),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// The `grpc-status` of headers or trailers, as a `google.rpc.Code` name.
fn code_in(headers: &HeaderMap) -> Option<&'static str> {
    let code: i32 = headers
        .get("grpc-status")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(code_name(tonic::Code::from_i32(code)))
}

fn code_name(code: tonic::Code) -> &'static str {
    use tonic::Code::*;
    match code {
        Ok => "OK",
        Cancelled => "CANCELLED",
        Unknown => "UNKNOWN",
        InvalidArgument => "INVALID_ARGUMENT",
        DeadlineExceeded => "DEADLINE_EXCEEDED",
        NotFound => "NOT_FOUND",
        AlreadyExists => "ALREADY_EXISTS",
        PermissionDenied => "PERMISSION_DENIED",
        ResourceExhausted => "RESOURCE_EXHAUSTED",
        FailedPrecondition => "FAILED_PRECONDITION",
        Aborted => "ABORTED",
        OutOfRange => "OUT_OF_RANGE",
        Unimplemented => "UNIMPLEMENTED",
        Internal => "INTERNAL",
        Unavailable => "UNAVAILABLE",
        DataLoss => "DATA_LOSS",
        Unauthenticated => "UNAUTHENTICATED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_is_read_from_headers_or_trailers() {
        let mut headers = HeaderMap::new();
        assert_eq!(code_in(&headers), None);
        headers.insert("grpc-status", "5".parse().unwrap());
        assert_eq!(code_in(&headers), Some("NOT_FOUND"));
        headers.insert("grpc-status", "0".parse().unwrap());
        assert_eq!(code_in(&headers), Some("OK"));
        headers.insert("grpc-status", "99".parse().unwrap());
        assert_eq!(code_in(&headers), Some("UNKNOWN"));
    }

    #[test]
    fn only_served_paths_are_labels() {
        let layer = RequestsLayer::new(
            &[crate::proto::FILE_DESCRIPTOR_SET],
            &["/grpc.health.v1.Health/Check"],
        )
        .unwrap();
        assert!(
            layer
                .rpcs
                .contains("/roundtable.v1.MessageService/SendMessage")
        );
        assert!(layer.rpcs.contains("/grpc.health.v1.Health/Check"));
        assert!(!layer.rpcs.contains("/roundtable.v1.MessageService/Nope"));
    }
}
