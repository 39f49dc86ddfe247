"""The hand-written layer without the Roundtable server: bearer auth and
retries (against an in-process gRPC server with the generated servicer),
base URLs, the mechanical service discovery and reply text assembly."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent import futures
from dataclasses import dataclass, field

import grpc
import pytest

from roundtable.v1 import message_pb2, space_pb2, space_pb2_grpc
from roundtable_sdk import AsyncClient, Client, ReplyTexts, RetryPolicy, is_idempotent, parse_base_url, services
from roundtable_sdk._services import idempotent_methods


@dataclass
class Flaky(space_pb2_grpc.SpaceServiceServicer):
    """Fails the first `failures` calls of each method with `code`."""

    failures: int
    code: grpc.StatusCode = grpc.StatusCode.UNAVAILABLE
    calls: dict[str, int] = field(default_factory=dict)
    authorization: list[str] = field(default_factory=list)

    def _enter(self, method: str, context: grpc.ServicerContext) -> None:
        self.authorization.append(dict(context.invocation_metadata()).get("authorization", ""))
        self.calls[method] = self.calls.get(method, 0) + 1
        if self.calls[method] <= self.failures:
            context.abort(self.code, f"{method} failed on purpose")

    def GetSpace(self, request: space_pb2.GetSpaceRequest, context: grpc.ServicerContext) -> space_pb2.GetSpaceResponse:  # noqa: N802
        self._enter("GetSpace", context)
        return space_pb2.GetSpaceResponse(space=space_pb2.Space(space_id=request.space_id, name="found"))

    def CreateSpace(self, request: space_pb2.CreateSpaceRequest, context: grpc.ServicerContext) -> space_pb2.CreateSpaceResponse:  # noqa: N802
        self._enter("CreateSpace", context)
        return space_pb2.CreateSpaceResponse(space=space_pb2.Space(space_id="new", name=request.name))


@pytest.fixture
def flaky() -> Iterator[tuple[Flaky, str, Flaky]]:
    """Two in-process servers: one failing twice per method, one failing five times."""
    servers = []
    urls = []
    servicers = [Flaky(failures=2), Flaky(failures=5)]
    for servicer in servicers:
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
        space_pb2_grpc.add_SpaceServiceServicer_to_server(servicer, server)
        port = server.add_insecure_port("127.0.0.1:0")
        server.start()
        servers.append(server)
        urls.append(f"http://127.0.0.1:{port}")
    yield servicers[0], urls[0] + " " + urls[1], servicers[1]
    for server in servers:
        server.stop(grace=None)


FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.02)


def test_get_is_retried_on_unavailable_with_the_token_each_time(flaky: tuple[Flaky, str, Flaky]) -> None:
    twice, urls, _ = flaky
    with Client(urls.split()[0], token="rtk_test", retry=FAST) as rt:
        space = rt.stub(space_pb2_grpc.SpaceServiceStub).GetSpace(space_pb2.GetSpaceRequest(space_id="s1")).space
    assert space.name == "found"
    assert twice.calls["GetSpace"] == 3
    assert twice.authorization == ["Bearer rtk_test"] * 3


def test_retries_stop_after_max_attempts(flaky: tuple[Flaky, str, Flaky]) -> None:
    _, urls, five = flaky
    with Client(urls.split()[1], token="rtk_test", retry=FAST) as rt:
        with pytest.raises(grpc.RpcError) as raised:
            rt.SpaceService.GetSpace(space_pb2.GetSpaceRequest(space_id="s1"))
    assert raised.value.code() == grpc.StatusCode.UNAVAILABLE  # type: ignore[attr-defined]
    assert five.calls["GetSpace"] == 3


def test_writes_are_never_retried(flaky: tuple[Flaky, str, Flaky]) -> None:
    twice, urls, _ = flaky
    with Client(urls.split()[0], token="rtk_test", retry=FAST) as rt:
        with pytest.raises(grpc.RpcError):
            rt.SpaceService.CreateSpace(space_pb2.CreateSpaceRequest(name="x"))
    assert twice.calls["CreateSpace"] == 1


def test_no_retries_when_turned_off(flaky: tuple[Flaky, str, Flaky]) -> None:
    twice, urls, _ = flaky
    with Client(urls.split()[0], token=lambda: "rtk_fn", retry=None) as rt:
        with pytest.raises(grpc.RpcError):
            rt.SpaceService.GetSpace(space_pb2.GetSpaceRequest(space_id="s1"))
    assert twice.calls["GetSpace"] == 1
    assert twice.authorization == ["Bearer rtk_fn"]


def test_async_client_retries_and_authenticates(flaky: tuple[Flaky, str, Flaky]) -> None:
    twice, urls, _ = flaky

    async def token() -> str:
        return "rtk_async"

    async def run() -> str:
        async with AsyncClient(urls.split()[0], token=token, retry=FAST) as rt:
            response = await rt.SpaceService.GetSpace(space_pb2.GetSpaceRequest(space_id="s2"))
            return str(response.space.name)

    assert asyncio.run(run()) == "found"
    assert twice.calls["GetSpace"] == 3
    assert twice.authorization == ["Bearer rtk_async"] * 3


def test_retry_policy_limits() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=6)
    with pytest.raises(ValueError):
        RetryPolicy(initial_backoff=3, max_backoff=1)


def test_base_urls() -> None:
    assert parse_base_url("http://127.0.0.1:8080").address == "127.0.0.1:8080"
    assert parse_base_url("http://localhost/").address == "localhost:80"
    https = parse_base_url("https://rt.example.com")
    assert (https.address, https.secure) == ("rt.example.com:443", True)
    assert parse_base_url("http://[::1]:9000").address == "[::1]:9000"
    for bad in ("127.0.0.1:8080", "ftp://host", "http://host/api", "http://host?x=1", "http://u:p@host"):
        with pytest.raises(ValueError):
            parse_base_url(bad)
    with pytest.raises(ValueError):
        Client("http://127.0.0.1:1", token="  ")


def test_services_are_found_mechanically() -> None:
    names = {s.full_name for s in services()}
    assert {"roundtable.v1.SpaceService", "roundtable.v1.MessageService", "roundtable.v1.EventService"} <= names
    methods = idempotent_methods()
    assert ("roundtable.v1.MessageService", "ListMessages") in methods
    assert ("roundtable.v1.MessageService", "GetReplyJob") in methods
    assert all(is_idempotent(m) for _, m in methods)
    assert not any(m in ("SendMessage", "Subscribe", "CreateSpace") for _, m in methods)
    assert not is_idempotent("Getaway") and not is_idempotent("DeleteSpace")
    with Client("http://127.0.0.1:1", token="rtk_x") as rt:
        assert isinstance(rt.SpaceService, space_pb2_grpc.SpaceServiceStub)
        with pytest.raises(AttributeError):
            rt.NoSuchService  # noqa: B018


def test_reply_texts() -> None:
    def delta(sequence: int, text: str, snapshot: bool = False) -> message_pb2.ReplyDelta:
        return message_pb2.ReplyDelta(message_id="r1", sequence=sequence, text=text, snapshot=snapshot)

    texts = ReplyTexts()
    assert texts.apply(delta(1, "Hello")) == "Hello"
    assert texts.apply(delta(2, ",")) == "Hello,"
    assert texts.apply(delta(2, ",")) == "Hello,", "a repeated delta is ignored"
    assert texts.apply(delta(4, " lost")) == "Hello,", "a delta after a gap is ignored"
    assert texts.apply(delta(4, "Hello, there", snapshot=True)) == "Hello, there"
    assert texts.apply(delta(5, "!")) == "Hello, there!"
    assert texts.apply(delta(3, "Hel", snapshot=True)) == "Hello, there!", "an older snapshot is ignored"
    assert texts.sequence("r1") == 5
    assert texts.finish(message_pb2.Message(message_id="r1")) == "Hello, there!"
    assert texts.text("r1") is None
