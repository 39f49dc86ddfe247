import { Code, ConnectError } from "@connectrpc/connect";
import { BadRequestSchema, ErrorInfoSchema, QuotaFailureSchema } from "./gen/google/rpc/error_details_pb.js";
import type { BadRequest_FieldViolation, QuotaFailure_Violation } from "./gen/google/rpc/error_details_pb.js";

/** What a failed call tells: its status and the google.rpc details the server attached. */
export interface RoundtableError {
  /** The gRPC status code. */
  code: Code;
  /** The status name as in the API docs, e.g. `NOT_FOUND`. */
  status: string;
  /** The status message, for people. */
  message: string;
  /** `ErrorInfo.reason`, e.g. `ROOM_NOT_FOUND`; empty when the server sent none. */
  reason: string;
  /** `ErrorInfo.domain`: `roundtable` for errors from Roundtable. */
  domain: string;
  /** `ErrorInfo.metadata`, e.g. `resource` and `id` for NOT_FOUND. */
  metadata: Record<string, string>;
  /** `BadRequest.field_violations` of an INVALID_ARGUMENT. */
  fieldViolations: BadRequest_FieldViolation[];
  /** `QuotaFailure.violations` of a RESOURCE_EXHAUSTED. */
  quotaViolations: QuotaFailure_Violation[];
  /** The underlying error. */
  cause: ConnectError;
}

/** gRPC status names by code, as the API documentation writes them. */
const STATUS_NAMES: Record<Code, string> = {
  [Code.Canceled]: "CANCELLED",
  [Code.Unknown]: "UNKNOWN",
  [Code.InvalidArgument]: "INVALID_ARGUMENT",
  [Code.DeadlineExceeded]: "DEADLINE_EXCEEDED",
  [Code.NotFound]: "NOT_FOUND",
  [Code.AlreadyExists]: "ALREADY_EXISTS",
  [Code.PermissionDenied]: "PERMISSION_DENIED",
  [Code.ResourceExhausted]: "RESOURCE_EXHAUSTED",
  [Code.FailedPrecondition]: "FAILED_PRECONDITION",
  [Code.Aborted]: "ABORTED",
  [Code.OutOfRange]: "OUT_OF_RANGE",
  [Code.Unimplemented]: "UNIMPLEMENTED",
  [Code.Internal]: "INTERNAL",
  [Code.Unavailable]: "UNAVAILABLE",
  [Code.DataLoss]: "DATA_LOSS",
  [Code.Unauthenticated]: "UNAUTHENTICATED",
};

/**
 * Reads a failed call's status and details (decoded from
 * `grpc-status-details-bin`). Accepts anything a call may throw; an error
 * that is not a gRPC status becomes `UNKNOWN` (or `CANCELLED` for an abort).
 */
export function roundtableError(error: unknown): RoundtableError {
  const cause = ConnectError.from(error);
  const [info] = cause.findDetails(ErrorInfoSchema);
  const fieldViolations = cause.findDetails(BadRequestSchema).flatMap((d) => d.fieldViolations);
  const quotaViolations = cause.findDetails(QuotaFailureSchema).flatMap((d) => d.violations);
  return {
    code: cause.code,
    status: STATUS_NAMES[cause.code] ?? `CODE_${cause.code}`,
    message: cause.rawMessage,
    reason: info?.reason ?? "",
    domain: info?.domain ?? "",
    metadata: { ...(info?.metadata ?? {}) },
    fieldViolations,
    quotaViolations,
    cause,
  };
}
