"""The synchronous client."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import grpc

from roundtable.v1 import event_pb2, event_pb2_grpc, message_pb2, message_pb2_grpc

from ._auth import BearerAuth, TokenSource
from ._resume import RESUMABLE, Reconnect, ResumeSettings, StreamEnded
from ._services import RetryPolicy, channel_options, stub_class
from ._target import parse_base_url

_S = TypeVar("_S")


class Client:
    """A connection to one Roundtable server over gRPC.

    >>> from roundtable.v1 import space_pb2, space_pb2_grpc
    >>> with Client("http://127.0.0.1:8080", token="rtk_…") as rt:
    ...     spaces = rt.stub(space_pb2_grpc.SpaceServiceStub)
    ...     spaces.CreateSpace(space_pb2.CreateSpaceRequest(name="Team"))

    Every call carries `authorization: Bearer <token>`. Unary `Get…`/`List…`
    calls are retried by gRPC per `retry` (None turns retries off). Errors are
    `grpc.RpcError`; `roundtable_sdk.error_details(e)` decodes their reason.
    """

    def __init__(
        self,
        base_url: str,
        token: TokenSource,
        *,
        retry: RetryPolicy | None = RetryPolicy(),
        root_certificates: bytes | None = None,
        options: Sequence[tuple[str, Any]] = (),
    ) -> None:
        target = parse_base_url(base_url)
        all_options = [*channel_options(retry), *options]
        if target.secure:
            credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
            raw = grpc.secure_channel(target.address, credentials, options=all_options)
        else:
            raw = grpc.insecure_channel(target.address, options=all_options)
        self._raw = raw
        #: The channel every stub of this client uses (auth included).
        self.channel: grpc.Channel = grpc.intercept_channel(raw, BearerAuth(token))
        self._stubs: dict[Callable[[grpc.Channel], Any], Any] = {}

    def stub(self, stub_class_: Callable[[grpc.Channel], _S]) -> _S:
        """A stub of any service, e.g. `rt.stub(space_pb2_grpc.SpaceServiceStub)`."""
        stub = self._stubs.get(stub_class_)
        if stub is None:
            stub = self._stubs[stub_class_] = stub_class_(self.channel)
        return stub

    def __getattr__(self, name: str) -> Any:
        """`rt.SpaceService` is `rt.stub(SpaceServiceStub)`, for any service."""
        if name.endswith("Service") and not name.startswith("_"):
            return self.stub(stub_class(name))
        raise AttributeError(name)

    def subscribe(
        self,
        request: event_pb2.SubscribeRequest,
        *,
        resume: ResumeSettings = ResumeSettings(),
    ) -> Subscription:
        """EventService.Subscribe as an iterator that resumes from the last
        cursor when the connection breaks (see Subscription)."""
        return Subscription(self.stub(event_pb2_grpc.EventServiceStub), request, resume)

    def send_message_stream(
        self, request: message_pb2.SendMessageStreamRequest, *, timeout: float | None = None
    ) -> Iterator[message_pb2.SendMessageStreamResponse]:
        """Sends a message and yields what follows: the stored message, then
        each reply's `reply_started`, `reply_delta`s and `reply_finished`.
        The result is also a grpc.Call: `.cancel()` stops following (the
        replies go on)."""
        stub = self.stub(message_pb2_grpc.MessageServiceStub)
        return stub.SendMessageStream(request, timeout=timeout)

    def close(self) -> None:
        """Closes the channel; calls in flight are cancelled."""
        self._raw.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Subscription(Iterator[event_pb2.Event]):
    """EventService.Subscribe that survives broken connections: it keeps the
    cursor of the last event it delivered and, when the stream breaks or the
    server asks for a resync (`resync_required`), subscribes again from that
    cursor, so every stored event arrives once and in order.
    `resync_required` is handled here, not delivered; every other event is
    (`subscribed` and `heartbeat` included). `close()` (from any thread) ends
    the iteration."""

    def __init__(
        self,
        stub: event_pb2_grpc.EventServiceStub,
        request: event_pb2.SubscribeRequest,
        resume: ResumeSettings,
    ) -> None:
        self._stub = stub
        self._request = request
        self._resume = resume
        self._cursor = request.cursor
        self._call: Any = None
        self._failures = 0
        self._closed = threading.Event()
        self._lock = threading.Lock()

    @property
    def cursor(self) -> str:
        """The cursor to resume from: that of the last event delivered."""
        return self._cursor

    def __iter__(self) -> Subscription:
        return self

    def __next__(self) -> event_pb2.Event:
        while True:
            if self._closed.is_set():
                raise StopIteration
            call = self._connect()
            error: grpc.RpcError | None = None
            try:
                response = next(call)
            except StopIteration:
                pass  # the server ended the stream: resume
            except grpc.RpcError as caught:
                if self._closed.is_set():
                    raise StopIteration from None
                if caught.code() not in RESUMABLE:
                    raise
                error = caught
            else:
                if not response.HasField("event"):
                    continue
                event = response.event
                if event.cursor:
                    self._cursor = event.cursor
                if event.WhichOneof("kind") != "resync_required":
                    self._failures = 0
                    return event
            self._reconnect(error)

    def _connect(self) -> Any:
        with self._lock:
            if self._call is None:
                request = event_pb2.SubscribeRequest()
                request.CopyFrom(self._request)
                request.cursor = self._cursor
                self._call = self._stub.Subscribe(request)
            return self._call

    def _reconnect(self, error: grpc.RpcError | None) -> None:
        with self._lock:
            if self._call is not None:
                self._call.cancel()
                self._call = None
        self._failures += 1
        if self._failures > self._resume.max_reconnects:
            raise error if error is not None else StreamEnded()
        if self._resume.on_reconnect is not None:
            self._resume.on_reconnect(Reconnect(self._cursor, self._failures, error))
        self._closed.wait(self._resume.backoff(self._failures))

    def close(self) -> None:
        """Ends the subscription and its stream."""
        self._closed.set()
        with self._lock:
            if self._call is not None:
                self._call.cancel()
                self._call = None

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
