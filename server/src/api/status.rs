//! The one mapping from domain errors to gRPC statuses with `google.rpc`
//! details (ErrorInfo always; BadRequest for invalid arguments).

use std::collections::HashMap;

use sea_orm::DbErr;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, FieldViolation, StatusExt};

use crate::domain::Error;

/// The `ErrorInfo.domain` of every Roundtable error.
pub const ERROR_DOMAIN: &str = "roundtable";

impl From<Error> for Status {
    fn from(error: Error) -> Self {
        let code = match &error {
            Error::Unauthenticated(_) => Code::Unauthenticated,
            Error::PermissionDenied { .. } => Code::PermissionDenied,
            Error::NotFound { .. } => Code::NotFound,
            Error::InvalidArgument(_) => Code::InvalidArgument,
            Error::AlreadyExists { .. } => Code::AlreadyExists,
            Error::FailedPrecondition { .. } => Code::FailedPrecondition,
            Error::Storage(DbErr::Conn(_) | DbErr::ConnectionAcquire(_)) => Code::Unavailable,
            Error::Storage(_) => Code::Internal,
        };
        let mut details = ErrorDetails::new();
        let mut metadata = HashMap::new();
        if let Error::NotFound { kind, id } = &error {
            metadata.insert("resource".to_string(), kind.noun().to_string());
            metadata.insert("id".to_string(), id.clone());
        }
        details.set_error_info(error.reason(), ERROR_DOMAIN, metadata);
        if let Error::InvalidArgument(violations) = &error {
            let violations: Vec<FieldViolation> = violations
                .iter()
                .map(|v| {
                    let mut violation = FieldViolation::new(v.field.clone(), v.description.clone());
                    violation.reason = v.reason.to_string();
                    violation
                })
                .collect();
            details.set_bad_request(violations);
        }
        let message = match &error {
            Error::Storage(db_error) => {
                // The database's words stay in the log; callers learn only that it failed.
                tracing::error!(error = %db_error, "storage failure");
                if code == Code::Unavailable {
                    "the database is unavailable; retry later".to_string()
                } else {
                    "internal storage error".to_string()
                }
            }
            other => other.to_string(),
        };
        Status::with_error_details(code, message, details)
    }
}
