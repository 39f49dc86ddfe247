//! The REST/JSON gateway: grpc-gateway style transcoding driven by the
//! `google.api.http` options in the embedded descriptors, on the same port
//! as gRPC.
//!
//! [`RestLayer`] wraps the tonic service stack. A request whose
//! `Content-Type` starts with `application/grpc` (gRPC and gRPC-Web) goes
//! on to tonic untouched; any other request is REST: its route is looked
//! up in a table read from the descriptors ([`routes`]), its body, query
//! and path become the RPC's request message ([`request`]), and the call is
//! made in-process to the same tonic services ([`call`]), whose answer or
//! status becomes JSON ([`errors`]). Nothing here knows a resource: an RPC
//! added to the contract with a `google.api.http` option is reachable over
//! REST with no code. `/openapi.json` describes the same routes
//! ([`openapi`]); the files of `web/` are served at and below `/docs` (the
//! API reference, a viewer of `/openapi.json`) and `/console` ([`assets`]).

mod assets;
mod call;
mod errors;
pub mod openapi;
mod request;
mod routes;
mod template;
mod typecheck;

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use http::{HeaderMap, HeaderValue, Method, Request, Response, StatusCode, header};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use prost_reflect::{DescriptorPool, SerializeOptions};
use tonic::Code;
use tonic::body::Body;
use tower::{Layer, Service};

pub use errors::{RestError, http_status};
use routes::{Lookup, RouteTable};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The largest request body the gateway reads: 4 MiB, as tonic's default
/// limit for a decoded gRPC message, so REST accepts what gRPC accepts.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The header whose value becomes the `request_id` of RPCs that have one.
const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// The header an SSE client resends on reconnecting: the `id:` of the last
/// event it saw, which becomes the request's `cursor` field.
const LAST_EVENT_ID: &str = "last-event-id";

/// What every clone of the gateway shares, built once at start-up.
struct Shared {
    routes: RouteTable,
    openapi: prost::bytes::Bytes,
}

/// The tower layer that puts the gateway in front of the tonic services.
#[derive(Clone)]
pub struct RestLayer {
    shared: Arc<Shared>,
}

impl RestLayer {
    /// Reads the routes from `file_descriptor_set` (the encoded contract)
    /// and renders the OpenAPI document once. `anonymous`
    /// lists the gRPC paths (`/package.Service/Method`) of the RPCs that
    /// need no credentials, which the document marks so.
    pub fn new(file_descriptor_set: &[u8], anonymous: &[&str]) -> anyhow::Result<RestLayer> {
        let pool = DescriptorPool::decode(file_descriptor_set)?;
        let routes = RouteTable::from_pool(&pool).map_err(anyhow::Error::msg)?;
        let document = openapi::document(&routes, anonymous);
        Ok(RestLayer {
            shared: Arc::new(Shared {
                routes,
                openapi: serde_json::to_vec_pretty(&document)?.into(),
            }),
        })
    }
}

/// The OpenAPI document of the contract, as `/openapi.json` serves it
/// and `openapi/openapi.json` keeps it.
pub fn openapi_json(file_descriptor_set: &[u8], anonymous: &[&str]) -> anyhow::Result<String> {
    let layer = RestLayer::new(file_descriptor_set, anonymous)?;
    Ok(String::from_utf8(layer.shared.openapi.to_vec())? + "\n")
}

impl<S> Layer<S> for RestLayer {
    type Service = Rest<S>;

    fn layer(&self, grpc: S) -> Rest<S> {
        Rest {
            grpc,
            shared: self.shared.clone(),
        }
    }
}

/// The service [`RestLayer`] makes: gRPC to `grpc`, the rest transcoded.
#[derive(Clone)]
pub struct Rest<S> {
    grpc: S,
    shared: Arc<Shared>,
}

impl<S> Service<Request<Body>> for Rest<S>
where
    S: Service<Request<Body>, Response = Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<BoxError> + Send,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.grpc.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<Body>) -> Self::Future {
        if is_grpc(request.headers()) {
            if is_grpc_web(request.headers()) {
                // For the request metrics, which see it after tonic-web.
                request
                    .extensions_mut()
                    .insert(crate::metrics::Transport::GrpcWeb);
            }
            return Box::pin(self.grpc.call(request));
        }
        // The gateway calls a clone, so `self.grpc`, made ready by
        // `poll_ready`, stays ready for the next call.
        let grpc = self.grpc.clone();
        let shared = self.shared.clone();
        Box::pin(async move {
            let response = match handle(&shared, grpc, request).await {
                Ok(response) => response,
                Err(error) => error.into_response(),
            };
            Ok(response)
        })
    }
}

/// gRPC and gRPC-Web (`application/grpc`, `application/grpc+proto`,
/// `application/grpc-web`, `application/grpc-web-text`, ...).
fn is_grpc(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/grpc"))
}

/// gRPC-Web (`application/grpc-web`, `application/grpc-web-text`, ...).
fn is_grpc_web(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/grpc-web"))
}

async fn handle<S>(
    shared: &Shared,
    grpc: S,
    request: Request<Body>,
) -> Result<Response<Body>, RestError>
where
    S: Service<Request<Body>, Response = Response<Body>>,
    S::Error: Into<BoxError>,
{
    let (parts, body) = request.into_parts();
    let path = parts.uri.path();
    if parts.method == Method::GET || parts.method == Method::HEAD {
        if path == "/openapi.json" {
            return Ok(fixed(&shared.openapi, "application/json"));
        }
        if let Some(response) = assets::serve(path, &parts.headers) {
            return Ok(response);
        }
    }
    let (route, bound) = match shared.routes.lookup(&parts.method, path) {
        Lookup::Found(route, bound) => (route, bound),
        Lookup::MethodNotAllowed(allowed) => {
            let allow = allowed
                .iter()
                .map(Method::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            let mut error = RestError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                Code::Unimplemented,
                "METHOD_NOT_ALLOWED",
                format!(
                    "{} is not allowed on {path}; allowed: {allow}",
                    parts.method
                ),
            );
            error.allow = Some(allow);
            return Err(error);
        }
        Lookup::NotFound => {
            return Err(RestError::new(
                StatusCode::NOT_FOUND,
                Code::NotFound,
                "ROUTE_NOT_FOUND",
                format!("no API route for {path}"),
            ));
        }
    };
    if route.method.is_client_streaming() {
        return Err(RestError::new(
            StatusCode::NOT_IMPLEMENTED,
            Code::Unimplemented,
            "STREAMING_NOT_SUPPORTED",
            "client-streaming RPCs are not available over REST",
        ));
    }

    // The limit is enforced while reading, not from `Content-Length`: an
    // answer sent before the body is read breaks clients still writing it.
    let body = match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => {
            return Err(too_large());
        }
        Err(error) => {
            return Err(RestError::new(
                StatusCode::BAD_REQUEST,
                Code::InvalidArgument,
                "UNREADABLE_BODY",
                format!("could not read the request body: {error}"),
            ));
        }
    };
    if route.body != routes::BodyRule::None
        && !body.iter().all(u8::is_ascii_whitespace)
        && !is_json(&parts.headers)
    {
        return Err(RestError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Code::InvalidArgument,
            "UNSUPPORTED_MEDIA_TYPE",
            "the request body must be JSON (Content-Type: application/json)",
        ));
    }

    let message = request::request_message(
        route,
        request::RestInput {
            bound,
            query: parts.uri.query(),
            body: &body,
            idempotency_key: parts
                .headers
                .get(IDEMPOTENCY_KEY)
                .and_then(|v| v.to_str().ok()),
            resume_cursor: parts
                .headers
                .get(LAST_EVENT_ID)
                .and_then(|v| v.to_str().ok()),
        },
    )?;
    let response_body = route.response_body.clone();
    let print = move |message: &prost_reflect::DynamicMessage| print(message, &response_body);

    if route.method.is_server_streaming() {
        let format = if accepts_event_stream(&parts.headers) {
            call::StreamFormat::ServerSentEvents
        } else {
            call::StreamFormat::Ndjson
        };
        let streamed = call::streaming(grpc, route, &message, &parts, format, print).await?;
        let mut response = Response::new(streamed.body);
        *response.headers_mut() = streamed.headers;
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.content_type()),
        );
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        return Ok(response);
    }

    let answer = call::unary(grpc, route, &message, &parts).await?;
    // The whole answer is written straight to bytes by prost-reflect's
    // serde mapping, with no JSON tree in between (the tree cost ~10% of
    // a ListMessages call); only a `response_body` needs the tree.
    let bytes = if route.response_body.is_empty() {
        let mut out = Vec::with_capacity(prost::Message::encoded_len(&answer.message) * 2);
        answer
            .message
            .serialize_with_options(&mut serde_json::Serializer::new(&mut out), &OPTIONS)
            .map(|()| out)
            .unwrap_or_else(|_| b"null".to_vec())
    } else {
        serde_json::to_vec(&print(&answer.message)).unwrap_or_default()
    };
    let mut response = Response::new(Body::new(Full::new(prost::bytes::Bytes::from(bytes))));
    *response.headers_mut() = answer.headers;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(response)
}

/// proto3 JSON with the proto field names, fields at their defaults too.
const OPTIONS: SerializeOptions = SerializeOptions::new()
    .use_proto_field_name(true)
    .skip_default_fields(false);

/// A response message in proto3 JSON with the proto field names, printing
/// fields at their defaults too (a REST client should not have to know
/// proto3's "absent means zero"); only `response_body` when set.
fn print(message: &prost_reflect::DynamicMessage, response_body: &str) -> serde_json::Value {
    // Serialising a valid message into a `serde_json::Value` cannot fail.
    let mut json = message
        .serialize_with_options(serde_json::value::Serializer, &OPTIONS)
        .unwrap_or_default();
    if !response_body.is_empty() {
        json = json
            .get_mut(response_body)
            .map(serde_json::Value::take)
            .unwrap_or_default();
    }
    json
}

fn accepts_event_stream(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("text/event-stream"))
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            let v = v.trim();
            v.eq_ignore_ascii_case("application/json") || v.to_ascii_lowercase().ends_with("+json")
        })
}

fn too_large() -> RestError {
    RestError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        Code::ResourceExhausted,
        "BODY_TOO_LARGE",
        format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
    )
}

fn fixed(bytes: &prost::bytes::Bytes, content_type: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::new(Full::new(bytes.clone())));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
