package roundtable

import (
	"fmt"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Error is a failed call as Roundtable describes it: the gRPC code and
// message plus the google.rpc details the server sends in
// `grpc-status-details-bin`.
type Error struct {
	// The gRPC status code.
	Code codes.Code
	// The server's human-readable message.
	Message string
	// ErrorInfo.reason, e.g. `MESSAGE_EMPTY` or `ROOM_NOT_FOUND`, as the
	// .proto comments document; empty when the server sent none.
	Reason string
	// ErrorInfo.domain: `roundtable` for the server's own errors.
	Domain string
	// ErrorInfo.metadata, e.g. `resource` and `id` for NOT_FOUND.
	Metadata map[string]string
	// BadRequest field violations, for INVALID_ARGUMENT.
	Violations []FieldViolation
	// QuotaFailure violations, for RESOURCE_EXHAUSTED.
	QuotaViolations []QuotaViolation
}

// FieldViolation is one bad field of a request.
type FieldViolation struct {
	// The field's path, e.g. `text`.
	Field string
	// What is wrong with it.
	Description string
	// A machine-readable reason, e.g. `MESSAGE_EMPTY`.
	Reason string
}

// QuotaViolation is one exhausted quota.
type QuotaViolation struct {
	// What the quota applies to.
	Subject string
	// What is exhausted.
	Description string
}

// ParseError decodes an error returned by a call. It returns nil for a nil
// error; an error that is not a gRPC status gives code Unknown and the
// error's text.
func ParseError(err error) *Error {
	if err == nil {
		return nil
	}
	st, _ := status.FromError(err)
	e := &Error{Code: st.Code(), Message: st.Message()}
	for _, detail := range st.Details() {
		switch d := detail.(type) {
		case *errdetails.ErrorInfo:
			e.Reason, e.Domain, e.Metadata = d.GetReason(), d.GetDomain(), d.GetMetadata()
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				e.Violations = append(e.Violations, FieldViolation{Field: v.GetField(), Description: v.GetDescription(), Reason: v.GetReason()})
			}
		case *errdetails.QuotaFailure:
			for _, v := range d.GetViolations() {
				e.QuotaViolations = append(e.QuotaViolations, QuotaViolation{Subject: v.GetSubject(), Description: v.GetDescription()})
			}
		}
	}
	return e
}

func (e *Error) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("%s (%s): %s", e.Code, e.Reason, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}
