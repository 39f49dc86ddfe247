"""The status and google.rpc details of a failed call."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.rpc import error_details_pb2, status_pb2

_DETAILS_KEY = "grpc-status-details-bin"


@dataclass(frozen=True)
class FieldViolation:
    """One bad field of an INVALID_ARGUMENT (google.rpc.BadRequest)."""

    field: str
    description: str
    reason: str


@dataclass(frozen=True)
class QuotaViolation:
    """One exceeded quota of a RESOURCE_EXHAUSTED (google.rpc.QuotaFailure)."""

    subject: str
    description: str


@dataclass(frozen=True)
class RoundtableError:
    """What a failed call tells, decoded from its status and
    `grpc-status-details-bin` trailer."""

    #: The gRPC status code.
    code: grpc.StatusCode
    #: The status message, for people.
    message: str
    #: `ErrorInfo.reason`, e.g. `ROOM_NOT_FOUND`; empty when the server sent none.
    reason: str = ""
    #: `ErrorInfo.domain`: `roundtable` for errors from Roundtable.
    domain: str = ""
    #: `ErrorInfo.metadata`, e.g. `resource` and `id` for NOT_FOUND.
    metadata: dict[str, str] = field(default_factory=dict)
    field_violations: list[FieldViolation] = field(default_factory=list)
    quota_violations: list[QuotaViolation] = field(default_factory=list)

    @property
    def status(self) -> str:
        """The status name as the API docs write it, e.g. `NOT_FOUND`."""
        return self.code.name


def error_details(error: grpc.RpcError) -> RoundtableError:
    """Decodes a failed call (sync or asyncio) into a RoundtableError."""
    call: Any = error
    code = call.code() if callable(getattr(call, "code", None)) else grpc.StatusCode.UNKNOWN
    message = (call.details() if callable(getattr(call, "details", None)) else None) or ""
    trailers = call.trailing_metadata() if callable(getattr(call, "trailing_metadata", None)) else None
    status = _status(trailers or ())
    info = error_details_pb2.ErrorInfo()
    violations: list[FieldViolation] = []
    quotas: list[QuotaViolation] = []
    for detail in status.details if status is not None else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            detail.Unpack(info)
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            violations.extend(FieldViolation(v.field, v.description, v.reason) for v in bad.field_violations)
        elif detail.Is(error_details_pb2.QuotaFailure.DESCRIPTOR):
            quota = error_details_pb2.QuotaFailure()
            detail.Unpack(quota)
            quotas.extend(QuotaViolation(v.subject, v.description) for v in quota.violations)
    return RoundtableError(
        code=code,
        message=message,
        reason=info.reason,
        domain=info.domain,
        metadata=dict(info.metadata),
        field_violations=violations,
        quota_violations=quotas,
    )


def _status(trailers: Iterable[Any]) -> status_pb2.Status | None:
    for item in trailers:
        key, value = item[0], item[1]
        if key == _DETAILS_KEY and isinstance(value, bytes):
            return status_pb2.Status.FromString(value)
    return None
