"""The scenario every SDK runs (sdk-gen/README.md), with the sync client:
a reply token by token, paging, react/edit/delete, resume from a cursor,
and documented errors. Tests run in file order and share one room."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest

from roundtable.v1 import event_pb2, event_pb2_grpc, message_pb2, room_pb2, user_pb2
from roundtable_sdk import Client, Reconnect, ReplyTexts, ResumeSettings, Subscription, error_details

from .conftest import Server, Setup

UNKNOWN_ID = "01890000-0000-7000-8000-000000000000"


@pytest.fixture(scope="module")
def sent() -> list[str]:
    """Ids of every message of the room, in the order stored."""
    return []


def closing_after(subscription: Subscription, seconds: float) -> threading.Timer:
    """Closes a subscription after `seconds`, so a missing event fails the test instead of hanging it."""
    timer = threading.Timer(seconds, subscription.close)
    timer.daemon = True
    timer.start()
    return timer


def test_reply_streams_token_by_token(client: Client, setup: Setup, sent: list[str]) -> None:
    # Follow the room's events meanwhile: the same reply arrives there too.
    subscription = client.subscribe(event_pb2.SubscribeRequest(room_ids=[setup.room_id]))
    closing_after(subscription, 60)
    first = next(subscription)
    assert first.WhichOneof("kind") == "subscribed"
    from_events: dict[str, Any] = {}

    def follow() -> None:
        texts = ReplyTexts()
        for event in subscription:
            kind = event.WhichOneof("kind")
            if kind == "reply_started":
                texts.start(event.reply_started)
            elif kind == "reply_delta":
                texts.apply(event.reply_delta)
            elif kind in ("reply_completed", "reply_failed", "reply_cancelled"):
                reply = getattr(event, kind)
                from_events.update(kind=kind, reply=reply, built=texts.finish(reply))
                return

    follower = threading.Thread(target=follow, daemon=True)
    follower.start()

    items: list[str] = []
    deltas: list[message_pb2.ReplyDelta] = []
    delta_times: list[float] = []
    mine = started = finished = None
    request = message_pb2.SendMessageStreamRequest(
        room_id=setup.room_id, text=f"Hello @{setup.handle}, please say something about SDKs."
    )
    for item in client.send_message_stream(request, timeout=30):
        kind = item.WhichOneof("kind")
        assert kind is not None
        items.append(kind)
        if kind == "message":
            mine = item.message
        elif kind == "reply_started":
            started = item.reply_started
        elif kind == "reply_delta":
            deltas.append(item.reply_delta)
            delta_times.append(time.monotonic())
        elif kind == "reply_finished":
            finished = item.reply_finished

    assert items[0] == "message", "the stored message comes first"
    assert mine is not None and [m.replr_id for m in mine.replr_mentions] == [setup.replr_id]
    assert started is not None, "reply_started arrived"
    assert started.reply.state == message_pb2.REPLY_STATE_STREAMING
    assert started.reply.in_reply_to == mine.message_id
    assert started.sender.id == setup.replr_id
    assert len(deltas) >= 2, f"at least two deltas, got {len(deltas)}"
    assert [d.sequence for d in deltas] == list(range(1, len(deltas) + 1)), "sequences 1, 2, 3… without gaps"
    assert all(d.message_id == started.message_id and not d.snapshot for d in deltas)
    assert delta_times[-1] - delta_times[0] >= 0.05, "the deltas arrive over time, not in one batch"
    assert finished is not None and items[-1] == "reply_finished"
    assert finished.message_id == started.message_id
    assert finished.reply.state == message_pb2.REPLY_STATE_COMPLETE
    concatenated = "".join(d.text for d in deltas)
    assert concatenated == finished.text and concatenated

    stored = client.MessageService.GetMessage(message_pb2.GetMessageRequest(message_id=finished.message_id))
    assert stored.message.text == concatenated
    job = client.MessageService.GetReplyJob(message_pb2.GetReplyJobRequest(job_id=finished.message_id))
    assert job.done and job.reply.text == concatenated

    follower.join(timeout=30)
    subscription.close()
    assert from_events.get("kind") == "reply_completed"
    assert from_events["reply"].message_id == finished.message_id
    assert from_events["built"] == concatenated, "the event stream's deltas build the same text"
    sent.extend([mine.message_id, finished.message_id])


def test_messages_list_in_pages(client: Client, setup: Setup, sent: list[str]) -> None:
    messages = client.MessageService
    if not sent:  # the reply test failed before storing anything
        listed = messages.ListMessages(message_pb2.ListMessagesRequest(room_id=setup.room_id, page_size=200))
        sent.extend(m.message_id for m in listed.messages)
    for text in ("one", "two", "three"):
        reply = messages.SendMessage(message_pb2.SendMessageRequest(room_id=setup.room_id, text=f"page {text}"))
        sent.append(reply.message.message_id)
    seen: list[str] = []
    token = ""
    pages = 0
    while True:
        page = messages.ListMessages(
            message_pb2.ListMessagesRequest(room_id=setup.room_id, page_size=2, page_token=token)
        )
        assert len(page.messages) <= 2
        seen.extend(m.message_id for m in page.messages)
        pages += 1
        token = page.next_page_token
        if not token:
            break
        assert pages < 50, "paging ends"
    assert seen == sent, "every message once, in the order sent"
    assert pages >= 2


def test_react_edit_delete(client: Client, setup: Setup) -> None:
    messages = client.MessageService
    message = messages.SendMessage(message_pb2.SendMessageRequest(room_id=setup.room_id, text="to be changed")).message
    reacted = messages.AddReaction(message_pb2.AddReactionRequest(message_id=message.message_id, emoji="👍")).message
    assert [(r.emoji, r.count, r.reacted_by_me) for r in reacted.reactions] == [("👍", 1, True)]
    edited = messages.EditMessage(message_pb2.EditMessageRequest(message_id=message.message_id, text="changed")).message
    assert edited.text == "changed"
    assert edited.HasField("edit_time")
    deleted = messages.DeleteMessage(message_pb2.DeleteMessageRequest(message_id=message.message_id)).message
    assert deleted.HasField("delete_time")
    assert deleted.text == ""
    again = messages.GetMessage(message_pb2.GetMessageRequest(message_id=message.message_id)).message
    assert again.HasField("delete_time")


def describe(event: event_pb2.Event) -> str:
    kind = event.WhichOneof("kind")
    if kind == "message_created":
        return f"message_created {event.message_created.message_id}"
    if kind == "reaction_added":
        return f"reaction_added {event.reaction_added.message_id} {event.reaction_added.emoji}"
    return str(kind)


def until_subscribed(events: Iterator[event_pb2.Event]) -> list[event_pb2.Event]:
    collected = []
    for event in events:
        kind = event.WhichOneof("kind")
        if kind == "subscribed":
            return collected
        if kind != "heartbeat":
            collected.append(event)
    raise AssertionError("the stream ended before `subscribed`")


class _CutStream(grpc.RpcError):
    """What a dropped connection raises."""

    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.UNAVAILABLE

    def details(self) -> str:
        return "connection cut by the test"


class _CuttingStub:
    """An EventService stub whose first Subscribe stream breaks after `count` events."""

    def __init__(self, stub: event_pb2_grpc.EventServiceStub, count: int) -> None:
        self._stub = stub
        self._count = count
        self.calls: list[str] = []

    def Subscribe(self, request: event_pb2.SubscribeRequest) -> Any:  # noqa: N802 (gRPC's name)
        self.calls.append(request.cursor)
        call = self._stub.Subscribe(request)
        if len(self.calls) > 1:
            return call
        return _Cut(call, self._count)


class _Cut:
    def __init__(self, call: Any, count: int) -> None:
        self._call = call
        self._left = count

    def __iter__(self) -> _Cut:
        return self

    def __next__(self) -> Any:
        if self._left == 0:
            self._call.cancel()
            raise _CutStream()
        self._left -= 1
        return next(self._call)

    def cancel(self) -> None:
        self._call.cancel()


def test_dropped_subscription_resumes_with_exactly_the_missed_events(client: Client, setup: Setup) -> None:
    messages = client.MessageService
    first = client.stub(event_pb2_grpc.EventServiceStub).Subscribe(
        event_pb2.SubscribeRequest(room_ids=[setup.room_id]), timeout=15
    )
    cursor = ""
    message_a = ""
    for response in first:
        kind = response.event.WhichOneof("kind")
        if kind == "subscribed" and not message_a:
            message_a = messages.SendMessage(
                message_pb2.SendMessageRequest(room_id=setup.room_id, text="message A")
            ).message.message_id
        elif kind == "message_created" and response.event.message_created.message_id == message_a:
            cursor = response.event.cursor
            break
    first.cancel()  # drop the connection
    assert cursor

    b = messages.SendMessage(message_pb2.SendMessageRequest(room_id=setup.room_id, text="message B")).message
    c = messages.SendMessage(message_pb2.SendMessageRequest(room_id=setup.room_id, text="message C")).message
    messages.AddReaction(message_pb2.AddReactionRequest(message_id=b.message_id, emoji="🎉"))
    expected = [
        f"message_created {b.message_id}",
        f"message_created {c.message_id}",
        f"reaction_added {b.message_id} 🎉",
    ]

    with client.subscribe(event_pb2.SubscribeRequest(room_ids=[setup.room_id], cursor=cursor)) as resumed:
        closing_after(resumed, 15)
        missed = until_subscribed(resumed)
    assert [describe(e) for e in missed] == expected

    # The helper resumes by itself when the connection breaks mid-stream.
    reconnects: list[Reconnect] = []
    cutting = _CuttingStub(client.stub(event_pb2_grpc.EventServiceStub), 2)
    subscription = Subscription(
        cutting,  # type: ignore[arg-type]
        event_pb2.SubscribeRequest(room_ids=[setup.room_id], cursor=cursor),
        ResumeSettings(on_reconnect=reconnects.append),
    )
    with subscription:
        closing_after(subscription, 15)
        again = until_subscribed(subscription)
    assert [describe(e) for e in again] == expected
    assert [r.cursor for r in reconnects] == [missed[1].cursor], "resumed once, after the last event delivered"
    assert cutting.calls == [cursor, missed[1].cursor]


def test_bad_input_gives_documented_status_and_reason(client: Client, server: Server, setup: Setup) -> None:
    with pytest.raises(grpc.RpcError) as raised:
        client.MessageService.SendMessage(message_pb2.SendMessageRequest(room_id=setup.room_id, text="   "))
    empty = error_details(raised.value)
    assert (empty.code, empty.status, empty.reason, empty.domain) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_ARGUMENT",
        "MESSAGE_EMPTY",
        "roundtable",
    )
    assert [(v.field, v.reason) for v in empty.field_violations] == [("text", "MESSAGE_EMPTY")]

    with pytest.raises(grpc.RpcError) as raised:
        client.RoomService.GetRoom(room_pb2.GetRoomRequest(room_id=UNKNOWN_ID))
    missing = error_details(raised.value)
    assert (missing.code, missing.reason) == (grpc.StatusCode.NOT_FOUND, "ROOM_NOT_FOUND")
    assert missing.metadata.get("resource") == "room"

    with Client(server.url, token="rtk_not_a_real_key", retry=None) as stranger:
        with pytest.raises(grpc.RpcError) as raised:
            stranger.UserService.GetCurrentUser(user_pb2.GetCurrentUserRequest())
    refused = error_details(raised.value)
    assert (refused.code, refused.reason) == (grpc.StatusCode.UNAUTHENTICATED, "UNAUTHENTICATED")
