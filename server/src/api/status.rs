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
            Error::CreditsExhausted { .. } => Code::ResourceExhausted,
            Error::ProviderFailed { .. } => Code::Unavailable,
            Error::Storage(DbErr::Conn(_) | DbErr::ConnectionAcquire(_)) => Code::Unavailable,
            Error::Storage(_) => Code::Internal,
        };
        let mut details = ErrorDetails::new();
        let mut metadata = HashMap::new();
        if let Error::NotFound { kind, id } = &error {
            metadata.insert("resource".to_string(), kind.noun().to_string());
            // An id as the client wrote it, so cut like any quoted value.
            let id: String = id.chars().take(crate::text::QUOTE_MAX).collect();
            metadata.insert("id".to_string(), id);
        }
        if let Error::CreditsExhausted { space_id, .. } = &error {
            metadata.insert("space_id".to_string(), space_id.to_string());
            details.add_quota_failure_violation(
                format!("spaces/{space_id}/credits"),
                "the space's AI credits (tokens) are spent; a server admin can grant more \
                 with CreditService.GrantCredits",
            );
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
        Status::with_error_details(code, crate::text::clip(&message), details)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spent_credits_are_resource_exhausted_with_a_quota_failure() {
        let space_id = uuid::Uuid::now_v7();
        let status = Status::from(Error::CreditsExhausted {
            space_id,
            balance: -12,
        });
        assert_eq!(status.code(), Code::ResourceExhausted);
        assert!(status.message().contains("balance -12"), "{status:?}");
        let info = status.get_details_error_info().expect("ErrorInfo");
        assert_eq!(info.reason, "CREDITS_EXHAUSTED");
        assert_eq!(info.domain, ERROR_DOMAIN);
        assert_eq!(info.metadata["space_id"], space_id.to_string());
        let quota = status.get_details_quota_failure().expect("QuotaFailure");
        assert_eq!(quota.violations.len(), 1);
        assert_eq!(
            quota.violations[0].subject,
            format!("spaces/{space_id}/credits")
        );
        assert!(quota.violations[0].description.contains("GrantCredits"));
    }
}
