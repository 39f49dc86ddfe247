"""Bearer-token interceptors for sync and asyncio channels."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple, Union

import grpc
import grpc.aio

#: A bearer token (an `rtk_…` API key or a JWT), or a function giving the current one.
TokenSource = Union[str, Callable[[], str]]
#: As TokenSource; the function may also be async.
AsyncTokenSource = Union[str, Callable[[], Union[str, Awaitable[str]]]]


def check_token(token: object) -> None:
    if isinstance(token, str):
        if not token.strip():
            raise ValueError("token must not be empty")
    elif not callable(token):
        raise TypeError("token must be a string or a function returning one")


class _CallDetails(NamedTuple):
    method: str
    timeout: float | None
    metadata: Any
    credentials: grpc.CallCredentials | None
    wait_for_ready: bool | None
    compression: grpc.Compression | None


class _SyncCallDetails(_CallDetails, grpc.ClientCallDetails):
    """A grpc.ClientCallDetails with the authorization header added."""


class BearerAuth(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Sends `authorization: Bearer <token>` on every call of a sync channel."""

    def __init__(self, token: TokenSource) -> None:
        check_token(token)
        self._token = token

    def _details(self, details: Any) -> _SyncCallDetails:
        token = self._token if isinstance(self._token, str) else self._token()
        metadata = [*(details.metadata or ()), ("authorization", f"Bearer {token}")]
        return _SyncCallDetails(
            details.method,
            details.timeout,
            metadata,
            details.credentials,
            details.wait_for_ready,
            getattr(details, "compression", None),
        )

    def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return continuation(self._details(client_call_details), request)

    def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return continuation(self._details(client_call_details), request)

    def intercept_stream_unary(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return continuation(self._details(client_call_details), request_iterator)

    def intercept_stream_stream(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return continuation(self._details(client_call_details), request_iterator)


async def _resolve(token: AsyncTokenSource) -> str:
    if isinstance(token, str):
        return token
    value = token()
    if inspect.isawaitable(value):
        return await value
    return value


class _AsyncAuthBase:
    def __init__(self, token: AsyncTokenSource) -> None:
        check_token(token)
        self._token = token

    async def _details(self, details: Any) -> grpc.aio.ClientCallDetails:
        metadata = grpc.aio.Metadata(*(details.metadata or ()))
        metadata.add("authorization", f"Bearer {await _resolve(self._token)}")
        return grpc.aio.ClientCallDetails(
            details.method, details.timeout, metadata, details.credentials, details.wait_for_ready
        )


class _AsyncUnaryUnary(_AsyncAuthBase, grpc.aio.UnaryUnaryClientInterceptor):
    async def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return await continuation(await self._details(client_call_details), request)


class _AsyncUnaryStream(_AsyncAuthBase, grpc.aio.UnaryStreamClientInterceptor):
    async def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return await continuation(await self._details(client_call_details), request)


class _AsyncStreamUnary(_AsyncAuthBase, grpc.aio.StreamUnaryClientInterceptor):
    async def intercept_stream_unary(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return await continuation(await self._details(client_call_details), request_iterator)


class _AsyncStreamStream(_AsyncAuthBase, grpc.aio.StreamStreamClientInterceptor):
    async def intercept_stream_stream(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return await continuation(await self._details(client_call_details), request_iterator)


def async_bearer_auth(token: AsyncTokenSource) -> list[grpc.aio.ClientInterceptor]:
    """Interceptors sending `authorization: Bearer <token>` on every asyncio call
    (grpc.aio takes one interceptor per call kind)."""
    return [
        _AsyncUnaryUnary(token),
        _AsyncUnaryStream(token),
        _AsyncStreamUnary(token),
        _AsyncStreamStream(token),
    ]
