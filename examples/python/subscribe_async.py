"""asyncio: follows a room's events while a message is sent, with
AsyncClient and a subscription that resumes from its cursor.

    ROUNDTABLE_API_KEY=rtk_… python subscribe_async.py
"""

import asyncio
import os

from roundtable.v1 import event_pb2, message_pb2, room_pb2, space_pb2
from roundtable_sdk import AsyncClient


async def main() -> None:
    url = os.environ.get("ROUNDTABLE_URL", "http://127.0.0.1:8080")
    async with AsyncClient(url, token=os.environ["ROUNDTABLE_API_KEY"]) as rt:
        space = (await rt.SpaceService.CreateSpace(space_pb2.CreateSpaceRequest(name="Team"))).space
        room = (await rt.RoomService.CreateRoom(room_pb2.CreateRoomRequest(space_id=space.space_id, name="general"))).room
        async with rt.subscribe(event_pb2.SubscribeRequest(room_ids=[room.room_id])) as events:
            async for event in events:
                kind = event.WhichOneof("kind")
                print(kind)
                if kind == "subscribed":
                    await rt.MessageService.SendMessage(message_pb2.SendMessageRequest(room_id=room.room_id, text="Hello!"))
                elif kind == "message_created":
                    print(f"message_created: {event.message_created.text} (resume from {events.cursor})")
                    break


asyncio.run(main())
