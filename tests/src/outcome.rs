//! Assertions on what a call answered: the value, or the status code with
//! its `google.rpc` details (ErrorInfo reason, BadRequest field violations).

use std::fmt::Debug;

use tonic::{Code, Response, Status};
use tonic_types::StatusExt;

/// What a failed call should have answered.
#[derive(Clone, Copy, Debug)]
pub enum Rejection<'a> {
    /// This code, whatever the reason.
    Code(Code),
    /// This code and ErrorInfo reason.
    Reason(Code, &'a str),
    /// INVALID_ARGUMENT with this reason and a field violation naming this
    /// field.
    Field(&'a str, &'a str),
    /// INVALID_ARGUMENT for a required field left empty: a field violation
    /// naming the field, reason `VALUE_REQUIRED` or `INVALID_ID` (the
    /// contract does not say which for ids).
    Missing(&'a str),
}

impl Rejection<'_> {
    /// Asserts `result` failed this way; `what` names the call in messages.
    #[track_caller]
    pub fn check<T: Debug>(self, what: &str, result: Result<T, Status>) -> Status {
        let status = match result {
            Ok(value) => panic!("{what}: expected {self:?}, but the call succeeded with {value:?}"),
            Err(status) => status,
        };
        let code = match self {
            Rejection::Code(code) | Rejection::Reason(code, _) => code,
            Rejection::Field(..) | Rejection::Missing(_) => Code::InvalidArgument,
        };
        assert_eq!(
            status.code(),
            code,
            "{what}: expected {self:?}, got {}",
            describe(&status)
        );
        let reason_ok = match self {
            Rejection::Code(_) => true,
            Rejection::Reason(_, reason) | Rejection::Field(reason, _) => {
                self::reason(&status).as_deref() == Some(reason)
            }
            Rejection::Missing(_) => matches!(
                self::reason(&status).as_deref(),
                Some("VALUE_REQUIRED" | "INVALID_ID")
            ),
        };
        assert!(
            reason_ok,
            "{what}: expected {self:?}, got {}",
            describe(&status)
        );
        if let Rejection::Field(_, field) | Rejection::Missing(field) = self {
            assert!(
                violated_fields(&status).iter().any(|f| f == field),
                "{what}: expected a field violation for {field:?}, got {}",
                describe(&status)
            );
        }
        status
    }
}

/// What a unary call returned.
pub trait Outcome<T> {
    /// The response message; panics with the status and its details when the
    /// call failed.
    fn success(self) -> T;

    /// Asserts the call failed with `code` and ErrorInfo `reason`; returns
    /// the status for further checks.
    fn rejected(self, code: Code, reason: &str) -> Status;

    /// Asserts the call failed with INVALID_ARGUMENT, ErrorInfo `reason` and a
    /// BadRequest field violation naming `field`.
    fn rejected_field(self, reason: &str, field: &str) -> Status;

    /// Asserts the call failed with `code`, whatever the reason.
    fn rejected_with_code(self, code: Code) -> Status;

    /// Asserts a required field left empty was rejected: see
    /// [`Rejection::Missing`].
    fn rejected_missing(self, field: &str) -> Status;
}

impl<T: Debug> Outcome<T> for Result<Response<T>, Status> {
    #[track_caller]
    fn success(self) -> T {
        match self {
            Ok(response) => response.into_inner(),
            Err(status) => panic!("the call failed: {}", describe(&status)),
        }
    }

    #[track_caller]
    fn rejected(self, code: Code, reason: &str) -> Status {
        Rejection::Reason(code, reason).check("the call", self)
    }

    #[track_caller]
    fn rejected_field(self, reason: &str, field: &str) -> Status {
        Rejection::Field(reason, field).check("the call", self)
    }

    #[track_caller]
    fn rejected_with_code(self, code: Code) -> Status {
        Rejection::Code(code).check("the call", self)
    }

    #[track_caller]
    fn rejected_missing(self, field: &str) -> Status {
        Rejection::Missing(field).check("the call", self)
    }
}

/// The ErrorInfo reason of a status, if it has one.
pub fn reason(status: &Status) -> Option<String> {
    status.get_details_error_info().map(|info| info.reason)
}

/// The fields named by the BadRequest field violations of a status.
pub fn violated_fields(status: &Status) -> Vec<String> {
    status
        .get_details_bad_request()
        .map(|bad| bad.field_violations.into_iter().map(|v| v.field).collect())
        .unwrap_or_default()
}

/// Asserts the status carries a BadRequest field violation for `field`.
#[track_caller]
pub fn assert_field_violation(status: &Status, field: &str) {
    let fields = violated_fields(status);
    assert!(
        fields.iter().any(|f| f == field),
        "expected a field violation for {field:?}, got {}",
        describe(status)
    );
}

/// A status in one line: code, message, reason and violated fields.
pub fn describe(status: &Status) -> String {
    format!(
        "{:?} {:?} (reason {:?}, field violations {:?})",
        status.code(),
        status.message(),
        reason(status),
        violated_fields(status)
    )
}

/// Waits up to `within` for `stream` to end or fail; what it said last.
pub async fn ends_within<T: std::fmt::Debug>(
    stream: &mut tonic::Streaming<T>,
    within: std::time::Duration,
) -> Option<tonic::Status> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, stream.message()).await {
            Err(_) => panic!("the stream was still open after {within:?}"),
            Ok(Ok(Some(_))) => continue,
            Ok(Ok(None)) => return None,
            Ok(Err(status)) => return Some(status),
        }
    }
}
