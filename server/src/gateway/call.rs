//! Calling the gRPC services in-process: the REST request becomes a gRPC
//! request (one length-prefixed message, the REST headers as metadata) to
//! the very tonic service stack a gRPC client reaches, so REST can never
//! behave differently from gRPC.

use http::{HeaderMap, HeaderName, HeaderValue, Method, Request, Response, Version, header};
use http_body_util::BodyExt;
use prost::Message;
use prost_reflect::DynamicMessage;
use tonic::Code;
use tower::{Service, ServiceExt};

use super::errors::RestError;
use super::routes::Route;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Request headers that describe the HTTP/1.1 or JSON exchange and must
/// not become gRPC metadata.
const NOT_METADATA: [&str; 12] = [
    "host",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "upgrade",
    "te",
    "content-type",
    "content-length",
    "accept-encoding",
    "expect",
    "proxy-connection",
    "grpc-encoding",
];

/// Response headers and trailers of the gRPC exchange that must not reach
/// the REST client as headers: the status travels in the HTTP status and
/// the JSON body instead.
const NOT_RESPONSE_HEADERS: [&str; 8] = [
    "content-type",
    "content-length",
    "grpc-status",
    "grpc-message",
    "grpc-status-details-bin",
    "grpc-encoding",
    "grpc-accept-encoding",
    "trailer",
];

/// A unary call's answer: the response message and the response metadata
/// (headers and trailers), as headers for the REST response.
pub struct Answer {
    pub message: DynamicMessage,
    pub headers: HeaderMap,
}

/// Calls `route`'s RPC on `grpc` with `message`, forwarding `headers`.
pub async fn unary<S>(
    grpc: S,
    route: &Route,
    message: &DynamicMessage,
    rest: &http::request::Parts,
) -> Result<Answer, RestError>
where
    S: Service<Request<tonic::body::Body>, Response = Response<tonic::body::Body>>,
    S::Error: Into<BoxError>,
{
    let request = grpc_request(route, message, rest)?;
    let response = grpc
        .oneshot(request)
        .await
        .map_err(|e| internal(format!("the service failed: {}", e.into())))?;
    let (parts, body) = response.into_parts();
    let collected = body
        .collect()
        .await
        .map_err(|e| internal(format!("read the response: {e}")))?;
    let trailers = collected.trailers().cloned().unwrap_or_default();
    let data = collected.to_bytes();

    // A failed call may answer "trailers-only": the status in the headers.
    let status = tonic::Status::from_header_map(&trailers)
        .or_else(|| tonic::Status::from_header_map(&parts.headers));
    match status {
        Some(status) if status.code() != Code::Ok => return Err(RestError::from_status(&status)),
        Some(_) => {}
        None => return Err(internal("the service answered without a gRPC status")),
    }
    let payload = single_frame(&data)?;
    let message = DynamicMessage::decode(route.method.output(), payload)
        .map_err(|e| internal(format!("decode the response: {e}")))?;

    let mut response_headers = HeaderMap::new();
    for (name, value) in parts.headers.iter().chain(trailers.iter()) {
        if !NOT_RESPONSE_HEADERS.contains(&name.as_str()) {
            response_headers.append(HeaderName::clone(name), value.clone());
        }
    }
    Ok(Answer {
        message,
        headers: response_headers,
    })
}

/// The gRPC request for `message`: one uncompressed length-prefixed
/// message, the REST request's headers as metadata.
fn grpc_request(
    route: &Route,
    message: &DynamicMessage,
    rest: &http::request::Parts,
) -> Result<Request<tonic::body::Body>, RestError> {
    let headers = &rest.headers;
    let mut frame = Vec::with_capacity(5 + message.encoded_len());
    frame.push(0); // not compressed
    let length = u32::try_from(message.encoded_len()).map_err(|_| internal("message too large"))?;
    frame.extend_from_slice(&length.to_be_bytes());
    message
        .encode(&mut frame)
        .map_err(|e| internal(format!("encode the request: {e}")))?;

    let mut request = Request::new(tonic::body::Body::new(http_body_util::Full::new(
        prost::bytes::Bytes::from(frame),
    )));
    *request.method_mut() = Method::POST;
    *request.uri_mut() = route
        .grpc_path
        .parse()
        .map_err(|_| internal("invalid gRPC path"))?;
    // HTTP/2, as a gRPC client speaks: tonic-web passes such requests through.
    *request.version_mut() = Version::HTTP_2;
    for (name, value) in headers {
        if !NOT_METADATA.contains(&name.as_str()) {
            request.headers_mut().append(name.clone(), value.clone());
        }
    }
    let grpc_headers = request.headers_mut();
    grpc_headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/grpc"),
    );
    grpc_headers.insert(header::TE, HeaderValue::from_static("trailers"));
    // The client's address, for the services' per-address rate limits.
    if let Some(peer) = rest
        .extensions
        .get::<tonic::transport::server::TcpConnectInfo>()
    {
        request.extensions_mut().insert(peer.clone());
    }
    request
        .extensions_mut()
        .insert(crate::metrics::Transport::Rest);

    Ok(request)
}

/// The payload of the one uncompressed message a unary response holds.
fn single_frame(data: &[u8]) -> Result<&[u8], RestError> {
    let (header, rest) = data
        .split_at_checked(5)
        .ok_or_else(|| internal("the service answered without a message"))?;
    if header[0] != 0 {
        return Err(internal("the service answered with a compressed message"));
    }
    let length = u32::from_be_bytes([header[1], header[2], header[3], header[4]]) as usize;
    rest.get(..length)
        .ok_or_else(|| internal("the service answered with a truncated message"))
}

fn internal(message: impl Into<String>) -> RestError {
    let message = message.into();
    tracing::error!(%message, "REST gateway call failed");
    RestError::new(
        http::StatusCode::INTERNAL_SERVER_ERROR,
        Code::Internal,
        "INTERNAL",
        message,
    )
}

/// How a server-streaming answer is written over HTTP/1.1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamFormat {
    /// `text/event-stream`: one SSE event per message, `id:` its cursor.
    ServerSentEvents,
    /// `application/x-ndjson`: one JSON object per line.
    Ndjson,
}

impl StreamFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            StreamFormat::ServerSentEvents => "text/event-stream",
            StreamFormat::Ndjson => "application/x-ndjson",
        }
    }
}

/// A server-streaming call's answer: response metadata as headers, and the
/// body, which writes each message as it arrives. A status that fails the
/// call before its first message is an ordinary REST error instead.
pub struct Streamed {
    pub headers: HeaderMap,
    pub body: tonic::body::Body,
}

/// Calls the server-streaming RPC of `route` and transcodes its messages,
/// one by one, into `format`; a failure mid-way ends the body with an
/// error event (`event: error` / `{"error": …}`) carrying the status.
pub async fn streaming<S>(
    grpc: S,
    route: &Route,
    message: &DynamicMessage,
    rest: &http::request::Parts,
    format: StreamFormat,
    print: impl Fn(&DynamicMessage) -> serde_json::Value + Clone + Send + Sync + 'static,
) -> Result<Streamed, RestError>
where
    S: Service<Request<tonic::body::Body>, Response = Response<tonic::body::Body>>,
    S::Error: Into<BoxError>,
{
    let response = grpc
        .oneshot(grpc_request(route, message, rest)?)
        .await
        .map_err(|e| internal(format!("the service failed: {}", e.into())))?;
    let (parts, body) = response.into_parts();
    if let Some(status) = tonic::Status::from_header_map(&parts.headers)
        && status.code() != Code::Ok
    {
        return Err(RestError::from_status(&status));
    }
    let mut response_headers = HeaderMap::new();
    for (name, value) in &parts.headers {
        if !NOT_RESPONSE_HEADERS.contains(&name.as_str()) {
            response_headers.append(name.clone(), value.clone());
        }
    }
    let output = route.method.output();
    let state = (body, Vec::<u8>::new(), false);
    let chunks = futures::stream::unfold(state, move |(mut body, mut buffer, done)| {
        let output = output.clone();
        let print = print.clone();
        async move {
            if done {
                return None;
            }
            loop {
                // A whole message buffered: write it.
                if buffer.len() >= 5 {
                    let length =
                        u32::from_be_bytes([buffer[1], buffer[2], buffer[3], buffer[4]]) as usize;
                    if buffer.len() >= 5 + length {
                        let frame: Vec<u8> = buffer.drain(..5 + length).collect();
                        let text = match DynamicMessage::decode(output.clone(), &frame[5..]) {
                            Ok(message) => event(format, &print(&message)),
                            Err(e) => {
                                let error = internal(format!("decode a message: {e}"));
                                return Some((error_event(format, &error), (body, buffer, true)));
                            }
                        };
                        return Some((text, (body, buffer, false)));
                    }
                }
                match body.frame().await {
                    Some(Ok(frame)) => match frame.into_data() {
                        Ok(data) => buffer.extend_from_slice(&data),
                        Err(frame) => {
                            let trailers = frame.into_trailers().unwrap_or_default();
                            return match tonic::Status::from_header_map(&trailers) {
                                Some(status) if status.code() != Code::Ok => {
                                    let error = RestError::from_status(&status);
                                    Some((error_event(format, &error), (body, buffer, true)))
                                }
                                _ => None,
                            };
                        }
                    },
                    Some(Err(e)) => {
                        let error = internal(format!("the stream broke: {e}"));
                        return Some((error_event(format, &error), (body, buffer, true)));
                    }
                    None => return None,
                }
            }
        }
    });
    let frames = futures::StreamExt::map(chunks, |text: String| {
        Ok::<_, std::convert::Infallible>(http_body::Frame::data(prost::bytes::Bytes::from(text)))
    });
    Ok(Streamed {
        headers: response_headers,
        body: tonic::body::Body::new(http_body_util::StreamBody::new(frames)),
    })
}

/// One message in `format`. Its SSE `id:` is the resume cursor: a
/// top-level string field `cursor`, or one of a top-level message (such as
/// `event.cursor`), so that `Last-Event-ID` resumes where it stopped.
fn event(format: StreamFormat, json: &serde_json::Value) -> String {
    let data = json.to_string();
    match format {
        StreamFormat::Ndjson => format!("{data}\n"),
        StreamFormat::ServerSentEvents => {
            let cursor = json.get("cursor").and_then(|c| c.as_str()).or_else(|| {
                json.as_object()?
                    .values()
                    .find_map(|v| v.get("cursor")?.as_str())
            });
            match cursor {
                Some(cursor) if !cursor.contains(['\n', '\r']) => {
                    format!("id: {cursor}\ndata: {data}\n\n")
                }
                _ => format!("data: {data}\n\n"),
            }
        }
    }
}

fn error_event(format: StreamFormat, error: &RestError) -> String {
    let body = error.body();
    match format {
        StreamFormat::Ndjson => format!("{}\n", serde_json::json!({ "error": body })),
        StreamFormat::ServerSentEvents => format!("event: error\ndata: {body}\n\n"),
    }
}
