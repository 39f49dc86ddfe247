//! Errors over REST: the HTTP status from the standard `google.rpc.Code`
//! mapping and the body `{"code", "message", "details"}`, with the same
//! `google.rpc` details the gRPC status carries.

use http::{HeaderValue, Response, StatusCode, header};
use serde_json::{Value, json};
use tonic::Code;
use tonic_types::{ErrorDetail, StatusExt};

/// The HTTP status for a gRPC code, as `google/rpc/code.proto` and
/// grpc-gateway map them.
pub fn http_status(code: Code) -> StatusCode {
    match code {
        Code::Ok => StatusCode::OK,
        // 499 "Client Closed Request" has no constant in `http`.
        Code::Cancelled => StatusCode::from_u16(499).unwrap_or(StatusCode::BAD_REQUEST),
        Code::Unknown | Code::Internal | Code::DataLoss => StatusCode::INTERNAL_SERVER_ERROR,
        Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => {
            StatusCode::BAD_REQUEST
        }
        Code::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
        Code::PermissionDenied => StatusCode::FORBIDDEN,
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
        Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// A failed REST call, ready to become a response.
#[derive(Debug)]
pub struct RestError {
    pub status: StatusCode,
    pub code: Code,
    pub message: String,
    pub details: Vec<Value>,
    /// For 405: the methods the path allows.
    pub allow: Option<String>,
    /// Headers the status asked for: `Retry-After` and `RateLimit-*` when
    /// a rate limit refused the call (boxed: errors travel in `Result`s).
    pub headers: Option<Box<http::HeaderMap>>,
}

/// Status metadata that becomes HTTP response headers of an error.
const ERROR_HEADERS: [&str; 4] = [
    "retry-after",
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
];

impl RestError {
    /// An error the gateway itself decided (bad JSON, unknown path, ...),
    /// with an explicit HTTP status and the gRPC code closest to it.
    /// Its `ErrorInfo` carries `reason`, as a service's would.
    pub fn new(
        status: StatusCode,
        code: Code,
        reason: &str,
        message: impl Into<String>,
    ) -> RestError {
        RestError {
            status,
            code,
            message: crate::text::clip(&message.into()).into_owned(),
            details: vec![json!({
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": crate::api::status::ERROR_DOMAIN,
                "metadata": {},
            })],
            allow: None,
            headers: None,
        }
    }

    /// INVALID_ARGUMENT naming one offending request field, with the same
    /// `ErrorInfo` + `BadRequest` shape the services use.
    pub fn invalid_field(field: &str, reason: &str, description: impl Into<String>) -> RestError {
        let description = description.into();
        let mut error = RestError::new(
            StatusCode::BAD_REQUEST,
            Code::InvalidArgument,
            reason,
            &description,
        );
        error.details.push(json!({
                "@type": "type.googleapis.com/google.rpc.BadRequest",
                "field_violations": [{
                    "field": field.chars().take(crate::text::QUOTE_MAX).collect::<String>(),
                    "description": description,
                    "reason": reason,
                }],
        }));
        error
    }

    /// The REST form of a gRPC status, details included.
    pub fn from_status(status: &tonic::Status) -> RestError {
        let details = status
            .get_error_details_vec()
            .iter()
            .map(detail_json)
            .collect();
        let mut headers = http::HeaderMap::new();
        let metadata = status.metadata().as_ref();
        for name in ERROR_HEADERS {
            if let Some(value) = metadata.get(name) {
                headers.insert(name, value.clone());
            }
        }
        RestError {
            status: http_status(status.code()),
            code: status.code(),
            message: status.message().to_string(),
            details,
            allow: None,
            headers: (!headers.is_empty()).then(|| Box::new(headers)),
        }
    }

    /// The JSON body.
    pub fn body(&self) -> Value {
        json!({
            "code": self.code as i32,
            "message": self.message,
            "details": self.details,
        })
    }

    pub fn into_response(self) -> Response<tonic::body::Body> {
        let body = serde_json::to_vec(&self.body()).unwrap_or_default();
        let mut response = Response::new(tonic::body::Body::new(http_body_util::Full::new(
            bytes_of(body),
        )));
        *response.status_mut() = self.status;
        if let Some(headers) = self.headers {
            *response.headers_mut() = *headers;
        }
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if let Some(allow) = self.allow.and_then(|a| HeaderValue::from_str(&a).ok()) {
            response.headers_mut().insert(header::ALLOW, allow);
        }
        response
    }
}

fn bytes_of(body: Vec<u8>) -> prost::bytes::Bytes {
    prost::bytes::Bytes::from(body)
}

const TYPE_PREFIX: &str = "type.googleapis.com/google.rpc.";

/// One `google.rpc` detail in proto3 JSON (proto field names, as the rest
/// of the REST API prints them). tonic-types decodes the details but has
/// no JSON mapping, so each standard detail type is written out here once.
fn detail_json(detail: &ErrorDetail) -> Value {
    let typed = |name: &str, mut body: Value| {
        if let Value::Object(map) = &mut body {
            map.insert(
                "@type".into(),
                Value::String(format!("{TYPE_PREFIX}{name}")),
            );
        }
        body
    };
    match detail {
        ErrorDetail::ErrorInfo(info) => typed(
            "ErrorInfo",
            json!({"reason": info.reason, "domain": info.domain, "metadata": info.metadata}),
        ),
        ErrorDetail::BadRequest(bad) => typed(
            "BadRequest",
            json!({"field_violations": bad.field_violations.iter().map(|v| json!({
                "field": v.field,
                "description": v.description,
                "reason": v.reason,
            })).collect::<Vec<_>>()}),
        ),
        ErrorDetail::RetryInfo(retry) => {
            let delay = retry.retry_delay.map(|d| format!("{}s", d.as_secs_f64()));
            typed("RetryInfo", json!({"retry_delay": delay}))
        }
        ErrorDetail::QuotaFailure(quota) => typed(
            "QuotaFailure",
            json!({"violations": quota.violations.iter().map(|v| json!({
                "subject": v.subject,
                "description": v.description,
            })).collect::<Vec<_>>()}),
        ),
        ErrorDetail::PreconditionFailure(failure) => typed(
            "PreconditionFailure",
            json!({"violations": failure.violations.iter().map(|v| json!({
                "type": v.r#type,
                "subject": v.subject,
                "description": v.description,
            })).collect::<Vec<_>>()}),
        ),
        ErrorDetail::ResourceInfo(info) => typed(
            "ResourceInfo",
            json!({
                "resource_type": info.resource_type,
                "resource_name": info.resource_name,
                "owner": info.owner,
                "description": info.description,
            }),
        ),
        ErrorDetail::RequestInfo(info) => typed(
            "RequestInfo",
            json!({"request_id": info.request_id, "serving_data": info.serving_data}),
        ),
        ErrorDetail::Help(help) => typed(
            "Help",
            json!({"links": help.links.iter().map(|l| json!({
                "description": l.description,
                "url": l.url,
            })).collect::<Vec<_>>()}),
        ),
        ErrorDetail::LocalizedMessage(message) => typed(
            "LocalizedMessage",
            json!({"locale": message.locale, "message": message.message}),
        ),
        ErrorDetail::DebugInfo(debug) => typed(
            "DebugInfo",
            json!({"stack_entries": debug.stack_entries, "detail": debug.detail}),
        ),
        // A detail type newer than this mapping: name it, say nothing more.
        _ => json!({"@type": format!("{TYPE_PREFIX}Unknown")}),
    }
}
