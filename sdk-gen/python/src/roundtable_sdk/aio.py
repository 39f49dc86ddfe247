"""The asyncio client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any

import grpc
import grpc.aio

from roundtable.v1 import event_pb2, event_pb2_grpc, message_pb2, message_pb2_grpc

from ._auth import AsyncTokenSource, async_bearer_auth
from ._resume import RESUMABLE, Reconnect, ResumeSettings, StreamEnded
from ._services import RetryPolicy, channel_options, stub_class
from ._target import parse_base_url


class AsyncClient:
    """A connection to one Roundtable server over gRPC, for asyncio.

    >>> from roundtable.v1 import space_pb2, space_pb2_grpc
    >>> async with AsyncClient("http://127.0.0.1:8080", token="rtk_…") as rt:
    ...     spaces = space_pb2_grpc.SpaceServiceStub(rt.channel)
    ...     await spaces.CreateSpace(space_pb2.CreateSpaceRequest(name="Team"))

    As Client: bearer auth on every call (the token may come from an async
    function), gRPC retries of unary `Get…`/`List…` calls, `grpc.aio.AioRpcError`
    on failure (decode with `roundtable_sdk.error_details`). Create it inside
    the event loop that uses it.
    """

    def __init__(
        self,
        base_url: str,
        token: AsyncTokenSource,
        *,
        retry: RetryPolicy | None = RetryPolicy(),
        root_certificates: bytes | None = None,
        options: Sequence[tuple[str, Any]] = (),
    ) -> None:
        target = parse_base_url(base_url)
        all_options = [*channel_options(retry), *options]
        interceptors = async_bearer_auth(token)
        if target.secure:
            credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
            self.channel: grpc.aio.Channel = grpc.aio.secure_channel(
                target.address, credentials, options=all_options, interceptors=interceptors
            )
        else:
            self.channel = grpc.aio.insecure_channel(
                target.address, options=all_options, interceptors=interceptors
            )
        self._stubs: dict[type[Any], Any] = {}

    def stub(self, stub_class_: type[Any]) -> Any:
        """A stub of any service, e.g. `rt.stub(space_pb2_grpc.SpaceServiceStub)`
        (for precise types write `SpaceServiceStub(rt.channel)`)."""
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
    ) -> AsyncSubscription:
        """EventService.Subscribe as an async iterator that resumes from the
        last cursor when the connection breaks (see AsyncSubscription)."""
        return AsyncSubscription(self.stub(event_pb2_grpc.EventServiceStub), request, resume)

    async def send_message_stream(
        self, request: message_pb2.SendMessageStreamRequest, *, timeout: float | None = None
    ) -> AsyncIterator[message_pb2.SendMessageStreamResponse]:
        """Sends a message and yields what follows: the stored message, then
        each reply's `reply_started`, `reply_delta`s and `reply_finished`.
        Leaving the loop cancels the stream (the replies go on)."""
        call = self.stub(message_pb2_grpc.MessageServiceStub).SendMessageStream(request, timeout=timeout)
        try:
            async for response in call:
                yield response
        finally:
            call.cancel()

    async def close(self) -> None:
        """Closes the channel; calls in flight are cancelled."""
        await self.channel.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class AsyncSubscription(AsyncIterator[event_pb2.Event]):
    """EventService.Subscribe for asyncio that survives broken connections,
    exactly as the sync Subscription: it resumes from the cursor of the last
    event delivered, handles `resync_required` itself and delivers every other
    event. `await close()` (or leaving `async with`) ends it."""

    def __init__(
        self,
        stub: Any,
        request: event_pb2.SubscribeRequest,
        resume: ResumeSettings,
    ) -> None:
        self._stub = stub
        self._request = request
        self._resume = resume
        self._cursor = request.cursor
        self._call: Any = None
        self._failures = 0
        self._closed = asyncio.Event()

    @property
    def cursor(self) -> str:
        """The cursor to resume from: that of the last event delivered."""
        return self._cursor

    def __aiter__(self) -> AsyncSubscription:
        return self

    async def __anext__(self) -> event_pb2.Event:
        while True:
            if self._closed.is_set():
                raise StopAsyncIteration
            if self._call is None:
                request = event_pb2.SubscribeRequest()
                request.CopyFrom(self._request)
                request.cursor = self._cursor
                self._call = self._stub.Subscribe(request)
            error: grpc.RpcError | None = None
            try:
                response = await self._call.read()
            except asyncio.CancelledError:
                await self.close()
                raise
            except grpc.RpcError as caught:
                if self._closed.is_set():
                    raise StopAsyncIteration from None
                if caught.code() not in RESUMABLE:
                    raise
                error = caught
            else:
                if response is not grpc.aio.EOF:
                    if not response.HasField("event"):
                        continue
                    event = response.event
                    if event.cursor:
                        self._cursor = event.cursor
                    if event.WhichOneof("kind") != "resync_required":
                        self._failures = 0
                        return event
            await self._reconnect(error)

    async def _reconnect(self, error: grpc.RpcError | None) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
        self._failures += 1
        if self._failures > self._resume.max_reconnects:
            raise error if error is not None else StreamEnded()
        if self._resume.on_reconnect is not None:
            self._resume.on_reconnect(Reconnect(self._cursor, self._failures, error))
        try:
            await asyncio.wait_for(self._closed.wait(), self._resume.backoff(self._failures))
        except asyncio.TimeoutError:
            pass

    async def close(self) -> None:
        """Ends the subscription and its stream."""
        self._closed.set()
        if self._call is not None:
            self._call.cancel()
            self._call = None

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self) -> AsyncSubscription:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
