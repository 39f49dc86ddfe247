"""What both subscription flavours share: when to resume and how long to wait."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import grpc

#: Status codes after which a subscription resumes: the connection broke, not the request.
RESUMABLE = frozenset(
    {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL, grpc.StatusCode.ABORTED, grpc.StatusCode.UNKNOWN}
)


@dataclass(frozen=True)
class Reconnect:
    """Told to `on_reconnect` before a subscription resumes."""

    #: The cursor it resumes from.
    cursor: str
    #: How many reconnects in a row, this one included.
    attempt: int
    #: Why: the error that broke the stream, or None when the server ended it
    #: (or asked for a resync).
    error: grpc.RpcError | None


@dataclass(frozen=True)
class ResumeSettings:
    """How a subscription reconnects."""

    #: Reconnects in a row (no event in between) before giving up.
    max_reconnects: int = 5
    #: Backoff before the second reconnect in a row, in seconds; doubled after.
    initial_backoff: float = 0.2
    #: Upper bound of one backoff, in seconds.
    max_backoff: float = 5.0
    on_reconnect: Callable[[Reconnect], None] | None = None

    def __post_init__(self) -> None:
        if self.max_reconnects < 0:
            raise ValueError("max_reconnects must be 0 or more")
        if not 0 <= self.initial_backoff <= self.max_backoff:
            raise ValueError("backoffs must satisfy 0 <= initial_backoff <= max_backoff")

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before reconnect number `attempt` in a row: none for the first."""
        if attempt <= 1:
            return 0.0
        ceiling = min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 2))
        return ceiling / 2 + random.random() * ceiling / 2


class StreamEnded(grpc.RpcError):
    """Raised when a subscription kept ending without events and gave up."""

    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.UNAVAILABLE

    def details(self) -> str:
        return "the event stream kept ending without events"

    def trailing_metadata(self) -> tuple[()]:
        return ()
