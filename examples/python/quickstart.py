"""Creates a space, a room and a REPLR in it, then mentions the REPLR and
prints its reply as it streams in.

    ROUNDTABLE_API_KEY=rtk_… python quickstart.py
"""

import os

from roundtable.v1 import message_pb2, replr_pb2, room_pb2, space_pb2
from roundtable_sdk import Client

url = os.environ.get("ROUNDTABLE_URL", "http://127.0.0.1:8080")
with Client(url, token=os.environ["ROUNDTABLE_API_KEY"]) as rt:
    space = rt.SpaceService.CreateSpace(space_pb2.CreateSpaceRequest(name="Team")).space
    room = rt.RoomService.CreateRoom(room_pb2.CreateRoomRequest(space_id=space.space_id, name="general")).room
    replr = rt.ReplrService.CreateReplr(
        replr_pb2.CreateReplrRequest(
            space_id=space.space_id,
            handle="helper",
            display_name="Helper",
            reply_mode=replr_pb2.REPLY_MODE_ON_MENTION,
        )
    ).replr
    rt.RoomService.AddReplr(room_pb2.AddReplrRequest(room_id=room.room_id, replr_id=replr.replr_id))

    request = message_pb2.SendMessageStreamRequest(room_id=room.room_id, text="Hi @helper")
    for item in rt.send_message_stream(request):
        kind = item.WhichOneof("kind")
        if kind == "message":
            print(f"sent: {item.message.text}")
        elif kind == "reply_started":
            print("reply_started")
        elif kind == "reply_delta":
            print(f"reply_delta {item.reply_delta.sequence}: {item.reply_delta.text!r}")
        elif kind == "reply_finished":
            print(f"reply_finished: {item.reply_finished.text}")
