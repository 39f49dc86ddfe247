"""Fixtures shared by the scenario tests: the server under test (from
sdk-gen/test, or set by hand) and a fresh space, room and REPLR."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from roundtable.v1 import replr_pb2, room_pb2, space_pb2
from roundtable_sdk import Client


@dataclass(frozen=True)
class Server:
    url: str
    admin_key: str


@dataclass(frozen=True)
class Setup:
    space_id: str
    room_id: str
    replr_id: str
    handle: str


@pytest.fixture(scope="session")
def server() -> Server:
    url = os.environ.get("ROUNDTABLE_URL")
    key = os.environ.get("ROUNDTABLE_ADMIN_KEY")
    if not url or not key:
        pytest.fail("set ROUNDTABLE_URL and ROUNDTABLE_ADMIN_KEY (sdk-gen/test does)")
    return Server(url, key)


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[Client]:
    with Client(server.url, token=server.admin_key) as rt:
        yield rt


def create_setup(rt: Client, label: str) -> Setup:
    """Step 1 of the scenario: a space, a room, and a REPLR added to it."""
    tag = secrets.token_hex(4)
    space = rt.SpaceService.CreateSpace(space_pb2.CreateSpaceRequest(name=f"sdk-{label}-{tag}")).space
    room = rt.RoomService.CreateRoom(room_pb2.CreateRoomRequest(space_id=space.space_id, name="scenario")).room
    handle = f"pybot_{tag}"
    replr = rt.ReplrService.CreateReplr(
        replr_pb2.CreateReplrRequest(
            space_id=space.space_id,
            handle=handle,
            system_prompt="You help test SDKs. Answer briefly.",
            reply_mode=replr_pb2.REPLY_MODE_ON_MENTION,
        )
    ).replr
    rt.RoomService.AddReplr(room_pb2.AddReplrRequest(room_id=room.room_id, replr_id=replr.replr_id))
    fetched = rt.RoomService.GetRoom(room_pb2.GetRoomRequest(room_id=room.room_id)).room
    assert [r.replr_id for r in fetched.replrs] == [replr.replr_id]
    return Setup(space.space_id, room.room_id, replr.replr_id, handle)


@pytest.fixture(scope="module")
def setup(client: Client) -> Setup:
    return create_setup(client, "python")
