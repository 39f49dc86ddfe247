#!/usr/bin/env bash
# Follow a space's events over gRPC, then resume from a cursor.
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to the key printed at first start}
AUTH="Authorization: Bearer $KEY"
RT_GRPC=(buf curl --protocol grpc --http2-prior-knowledge -H "$AUTH")

SPACE=$("${RT_GRPC[@]}" -d '{"name": "Acme"}' \
  "$RT/roundtable.v1.SpaceService/CreateSpace" | jq -r .space.spaceId)

# Subscribe (here for 3 s, in the background; a real client stays connected) ...
timeout 3 "${RT_GRPC[@]}" -d "{\"space_id\": \"$SPACE\"}" \
  "$RT/roundtable.v1.EventService/Subscribe" > events.json &
sleep 1
# ... while a room is created and a message sent in it.
ROOM=$("${RT_GRPC[@]}" -d "{\"space_id\": \"$SPACE\", \"name\": \"general\"}" \
  "$RT/roundtable.v1.RoomService/CreateRoom" | jq -r .room.roomId)
"${RT_GRPC[@]}" -d "{\"room_id\": \"$ROOM\", \"text\": \"first\"}" \
  "$RT/roundtable.v1.MessageService/SendMessage" > /dev/null
wait $! || [ $? -eq 124 ]  # 124: timeout ended the stream
jq -c '{cursor: .event.cursor, kind: (.event | keys - ["cursor", "roomId", "seq", "createTime", "actorId"])[0]}' events.json

# Later, after a disconnect: the last cursor seen replays what was missed.
CURSOR=$(jq -r .event.cursor events.json | tail -n 1)
"${RT_GRPC[@]}" -d "{\"room_id\": \"$ROOM\", \"text\": \"sent while away\"}" \
  "$RT/roundtable.v1.MessageService/SendMessage" > /dev/null
timeout 2 "${RT_GRPC[@]}" -d "{\"space_id\": \"$SPACE\", \"cursor\": \"$CURSOR\"}" \
  "$RT/roundtable.v1.EventService/Subscribe" || [ $? -eq 124 ]
