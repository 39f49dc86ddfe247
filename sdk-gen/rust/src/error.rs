use tonic::{Code, Status};
use tonic_types::{ErrorDetails, FieldViolation, StatusExt};

/// A failed call as Roundtable describes it: the gRPC code and message
/// plus the `google.rpc` details the server sends in
/// `grpc-status-details-bin`.
#[derive(Clone, Debug)]
pub struct ApiError {
    /// The gRPC status code.
    pub code: Code,
    /// The server's human-readable message.
    pub message: String,
    /// Every `google.rpc` detail (`ErrorInfo`, `BadRequest`,
    /// `QuotaFailure`, …).
    pub details: ErrorDetails,
}

impl ApiError {
    /// Decodes a status.
    pub fn from_status(status: &Status) -> Self {
        Self {
            code: status.code(),
            message: status.message().to_owned(),
            details: status.get_error_details(),
        }
    }

    /// `ErrorInfo.reason`, e.g. `MESSAGE_EMPTY` or `ROOM_NOT_FOUND`, as the
    /// `.proto` comments document; `None` when the server sent none.
    pub fn reason(&self) -> Option<&str> {
        self.details.error_info().map(|info| info.reason.as_str())
    }

    /// `ErrorInfo.domain`: `roundtable` for the server's own errors.
    pub fn domain(&self) -> Option<&str> {
        self.details.error_info().map(|info| info.domain.as_str())
    }

    /// `ErrorInfo.metadata` value, e.g. `resource` or `id` for NOT_FOUND.
    pub fn metadata(&self, key: &str) -> Option<&str> {
        self.details
            .error_info()
            .and_then(|info| info.metadata.get(key))
            .map(String::as_str)
    }

    /// The `BadRequest` field violations, for `INVALID_ARGUMENT`.
    pub fn field_violations(&self) -> &[FieldViolation] {
        self.details
            .bad_request()
            .map_or(&[], |bad| bad.field_violations.as_slice())
    }
}

impl From<Status> for ApiError {
    fn from(status: Status) -> Self {
        Self::from_status(&status)
    }
}

impl From<&Status> for ApiError {
    fn from(status: &Status) -> Self {
        Self::from_status(status)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.reason() {
            Some(reason) => write!(f, "{:?} ({reason}): {}", self.code, self.message),
            None => write!(f, "{:?}: {}", self.code, self.message),
        }
    }
}

impl std::error::Error for ApiError {}
