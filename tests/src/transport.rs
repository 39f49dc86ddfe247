//! The two ways a client reaches the gRPC API: plain gRPC over HTTP/2 and
//! gRPC-Web over HTTP/1.1, erased into one [`Channel`] type that every
//! generated client accepts, so a test is written once and runs on both.

use std::net::SocketAddr;

use http::header::AUTHORIZATION;
use http::{HeaderValue, Request, Response, Uri};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use tonic::body::Body;
use tower::ServiceBuilder;
use tower::ServiceExt;
use tower::util::BoxCloneSyncService;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Any error a transport may fail with. A concrete type rather than a boxed
/// trait object: futures over a boxed error type fail to prove `Send` in
/// `tokio::spawn` (a higher-ranked lifetime limitation of rustc).
#[derive(Debug)]
pub struct TransportError(BoxError);

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.0.as_ref())
    }
}

fn transport_error(error: impl Into<BoxError>) -> TransportError {
    TransportError(error.into())
}

/// A connection to the server, whatever the transport.
pub type Channel = BoxCloneSyncService<Request<Body>, Response<Body>, TransportError>;

/// How a client talks to the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transport {
    /// gRPC over HTTP/2 without TLS (h2c), as native clients talk.
    Grpc,
    /// gRPC-Web over HTTP/1.1, as browsers talk.
    GrpcWeb,
}

impl Transport {
    /// Both transports, for tests that loop over them.
    pub const ALL: [Transport; 2] = [Transport::Grpc, Transport::GrpcWeb];

    /// A lazily connected channel to the server at `addr`. Must be called
    /// inside a Tokio runtime, and used only inside that runtime.
    pub fn connect(self, addr: SocketAddr) -> Channel {
        let origin: Uri = format!("http://{addr}").parse().expect("a valid origin");
        match self {
            Transport::Grpc => {
                let channel = tonic::transport::Endpoint::from(origin).connect_lazy();
                BoxCloneSyncService::new(channel.map_err(transport_error))
            }
            Transport::GrpcWeb => {
                let client = Client::builder(TokioExecutor::new()).build_http();
                let service = ServiceBuilder::new()
                    .map_request(move |request: Request<Body>| absolute(request, &origin))
                    .layer(tonic_web::GrpcWebClientLayer::new())
                    .service(client)
                    .map_response(|response| response.map(Body::new))
                    .map_err(transport_error);
                BoxCloneSyncService::new(service)
            }
        }
    }
}

/// A gRPC channel (as [`Transport::Grpc`]) whose HTTP/2 connection holds at
/// most `bytes` of a stream that its reader has not taken: HTTP/2 flow
/// control then stops the server from sending more. For tests of readers
/// that fall behind, which would otherwise need megabytes of events.
pub fn grpc_with_stream_window(addr: SocketAddr, bytes: u32) -> Channel {
    let origin: Uri = format!("http://{addr}").parse().expect("a valid origin");
    let channel = tonic::transport::Endpoint::from(origin)
        .initial_stream_window_size(bytes)
        .initial_connection_window_size(bytes)
        .connect_lazy();
    BoxCloneSyncService::new(channel.map_err(transport_error))
}

/// Adds `Authorization: Bearer <token>` to every request on `channel`.
pub fn with_bearer(channel: Channel, token: &str) -> Channel {
    let value =
        HeaderValue::try_from(format!("Bearer {token}")).expect("a token that fits in a header");
    with_authorization(channel, value)
}

/// Adds the given `Authorization` header value to every request on `channel`.
pub fn with_authorization(channel: Channel, value: HeaderValue) -> Channel {
    BoxCloneSyncService::new(channel.map_request(move |mut request: Request<Body>| {
        request.headers_mut().insert(AUTHORIZATION, value.clone());
        request
    }))
}

/// The generated clients send a path only; hyper's client wants the whole
/// URL.
fn absolute(mut request: Request<Body>, origin: &Uri) -> Request<Body> {
    let mut parts = origin.clone().into_parts();
    parts.path_and_query = request.uri().path_and_query().cloned();
    *request.uri_mut() = Uri::from_parts(parts).expect("origin plus path is a valid URL");
    request
}
