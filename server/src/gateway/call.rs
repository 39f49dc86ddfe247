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
    headers: &HeaderMap,
) -> Result<Answer, RestError>
where
    S: Service<Request<tonic::body::Body>, Response = Response<tonic::body::Body>>,
    S::Error: Into<BoxError>,
{
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
