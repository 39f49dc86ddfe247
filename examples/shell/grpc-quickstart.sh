#!/usr/bin/env bash
# A space, a room in it and a message, over gRPC with buf curl.
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to the key printed at first start}
AUTH="Authorization: Bearer $KEY"
RT_GRPC=(buf curl --protocol grpc --http2-prior-knowledge -H "$AUTH")

# A space (you become its owner) ...
SPACE=$("${RT_GRPC[@]}" -d '{"name": "Acme"}' \
  "$RT/roundtable.v1.SpaceService/CreateSpace" | jq -r .space.spaceId)
# ... a room in it ...
ROOM=$("${RT_GRPC[@]}" -d "{\"space_id\": \"$SPACE\", \"name\": \"general\"}" \
  "$RT/roundtable.v1.RoomService/CreateRoom" | jq -r .room.roomId)
# ... and a message in the room.
"${RT_GRPC[@]}" -d "{\"room_id\": \"$ROOM\", \"text\": \"Hello, @admin!\"}" \
  "$RT/roundtable.v1.MessageService/SendMessage"
"${RT_GRPC[@]}" -d "{\"room_id\": \"$ROOM\"}" \
  "$RT/roundtable.v1.MessageService/ListMessages"
