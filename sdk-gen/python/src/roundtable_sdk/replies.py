"""Building a streaming reply's text from its deltas."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.v1 import message_pb2


@dataclass
class _Progress:
    text: str
    sequence: int


class ReplyTexts:
    """The text of streaming replies, built from `reply_delta`s as the contract
    says: a delta whose `sequence` is one more than the last applied is
    appended, an older one is ignored, a snapshot replaces the text. Works on
    both EventService.Subscribe and MessageService.SendMessageStream."""

    def __init__(self) -> None:
        self._replies: dict[str, _Progress] = {}

    def apply(self, delta: message_pb2.ReplyDelta) -> str:
        """Applies a delta; returns the reply's text after it."""
        current = self._replies.get(delta.message_id, _Progress("", 0))
        if delta.snapshot:
            if delta.sequence >= current.sequence:
                current = _Progress(delta.text, delta.sequence)
        elif delta.sequence == current.sequence + 1:
            current = _Progress(current.text + delta.text, delta.sequence)
        self._replies[delta.message_id] = current
        return current.text

    def start(self, reply: message_pb2.Message) -> None:
        """Starts tracking a reply (from `reply_started`) with its text so far."""
        self._replies.setdefault(reply.message_id, _Progress(reply.text, 0))

    def finish(self, reply: message_pb2.Message) -> str:
        """Stops tracking a reply that ended; returns the text its deltas built."""
        progress = self._replies.pop(reply.message_id, None)
        return progress.text if progress is not None else ""

    def text(self, message_id: str) -> str | None:
        """The text so far of a tracked reply."""
        progress = self._replies.get(message_id)
        return progress.text if progress is not None else None

    def sequence(self, message_id: str) -> int:
        """The last delta sequence applied to a reply (0 before any)."""
        progress = self._replies.get(message_id)
        return progress.sequence if progress is not None else 0
