"""The scenario with the asyncio client: setup, a reply token by token
(SendMessageStream and the event stream at once), resume from a cursor
with the resuming subscription, and documented errors."""

from __future__ import annotations

import asyncio
import secrets

import grpc
import pytest

from roundtable.v1 import event_pb2, message_pb2, message_pb2_grpc, replr_pb2, room_pb2, space_pb2, user_pb2
from roundtable_sdk import AsyncClient, AsyncSubscription, ReplyTexts, error_details

from .conftest import Server

pytestmark = pytest.mark.asyncio


async def make_room(rt: AsyncClient) -> tuple[str, str, str]:
    tag = secrets.token_hex(4)
    space = (await rt.SpaceService.CreateSpace(space_pb2.CreateSpaceRequest(name=f"sdk-python-aio-{tag}"))).space
    room = (await rt.RoomService.CreateRoom(room_pb2.CreateRoomRequest(space_id=space.space_id, name="aio"))).room
    handle = f"aiobot_{tag}"
    replr = (
        await rt.ReplrService.CreateReplr(replr_pb2.CreateReplrRequest(space_id=space.space_id, handle=handle))
    ).replr
    await rt.RoomService.AddReplr(room_pb2.AddReplrRequest(room_id=room.room_id, replr_id=replr.replr_id))
    return room.room_id, replr.replr_id, handle


async def until_subscribed(subscription: AsyncSubscription) -> list[event_pb2.Event]:
    collected = []
    async for event in subscription:
        kind = event.WhichOneof("kind")
        if kind == "subscribed":
            return collected
        if kind != "heartbeat":
            collected.append(event)
    raise AssertionError("the stream ended before `subscribed`")


async def test_async_scenario(server: Server) -> None:
    await asyncio.wait_for(scenario(server), 120)


async def scenario(server: Server) -> None:
    async with AsyncClient(server.url, token=server.admin_key) as rt:
        room_id, replr_id, handle = await make_room(rt)

        # Reply token by token, followed on SendMessageStream and Subscribe at once.
        async with rt.subscribe(event_pb2.SubscribeRequest(room_ids=[room_id])) as events:
            assert (await events.__anext__()).WhichOneof("kind") == "subscribed"

            async def follow() -> tuple[message_pb2.Message, str]:
                texts = ReplyTexts()
                async for event in events:
                    kind = event.WhichOneof("kind")
                    if kind == "reply_started":
                        texts.start(event.reply_started)
                    elif kind == "reply_delta":
                        texts.apply(event.reply_delta)
                    elif kind == "reply_completed":
                        return event.reply_completed, texts.finish(event.reply_completed)
                    elif kind in ("reply_failed", "reply_cancelled"):
                        raise AssertionError(f"the reply ended as {kind}")
                raise AssertionError("the subscription ended")

            follower = asyncio.create_task(follow())
            deltas: list[str] = []
            sequences: list[int] = []
            finished = None
            request = message_pb2.SendMessageStreamRequest(room_id=room_id, text=f"@{handle} hello from asyncio")
            async for item in rt.send_message_stream(request, timeout=30):
                kind = item.WhichOneof("kind")
                if kind == "reply_delta":
                    deltas.append(item.reply_delta.text)
                    sequences.append(item.reply_delta.sequence)
                elif kind == "reply_finished":
                    finished = item.reply_finished
            assert finished is not None
            assert finished.reply.state == message_pb2.REPLY_STATE_COMPLETE
            assert finished.sender.id == replr_id
            assert sequences == list(range(1, len(sequences) + 1)) and len(sequences) >= 2
            assert "".join(deltas) == finished.text
            completed, built = await asyncio.wait_for(follower, 30)
            assert completed.message_id == finished.message_id
            assert built == finished.text

        # Drop a subscription, write, resume from its cursor.
        messages = message_pb2_grpc.MessageServiceStub(rt.channel)
        async with rt.subscribe(event_pb2.SubscribeRequest(room_ids=[room_id])) as live:
            assert (await live.__anext__()).WhichOneof("kind") == "subscribed"
            a = (await messages.SendMessage(message_pb2.SendMessageRequest(room_id=room_id, text="A"))).message
            async for event in live:
                if event.WhichOneof("kind") == "message_created" and event.message_created.message_id == a.message_id:
                    break
            cursor = live.cursor
        b = (await messages.SendMessage(message_pb2.SendMessageRequest(room_id=room_id, text="B"))).message
        c = (await messages.SendMessage(message_pb2.SendMessageRequest(room_id=room_id, text="C"))).message
        async with rt.subscribe(event_pb2.SubscribeRequest(room_ids=[room_id], cursor=cursor)) as resumed:
            missed = await asyncio.wait_for(until_subscribed(resumed), 15)
        assert [e.message_created.message_id for e in missed] == [b.message_id, c.message_id]

        # Documented errors.
        with pytest.raises(grpc.RpcError) as raised:
            await messages.SendMessage(message_pb2.SendMessageRequest(room_id=room_id, text=""))
        empty = error_details(raised.value)
        assert (empty.code, empty.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "MESSAGE_EMPTY")
        assert [v.field for v in empty.field_violations] == ["text"]

    async with AsyncClient(server.url, token=lambda: "rtk_not_a_real_key", retry=None) as stranger:
        with pytest.raises(grpc.RpcError) as raised:
            await stranger.UserService.GetCurrentUser(user_pb2.GetCurrentUserRequest())
        assert error_details(raised.value).reason == "UNAUTHENTICATED"
