#!/usr/bin/env bash
# The same over REST/JSON with curl.
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to the key printed at first start}
H=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')

SPACE=$(curl -sf "${H[@]}" -d '{"name": "Acme"}' "$RT/v1/spaces" | jq -r .space.space_id)
ROOM=$(curl -sf "${H[@]}" -d '{"name": "general"}' "$RT/v1/spaces/$SPACE/rooms" | jq -r .room.room_id)
curl -sf "${H[@]}" -H 'Idempotency-Key: hello-1' \
  -d '{"text": "Hello, @admin!"}' "$RT/v1/rooms/$ROOM/messages"
echo
curl -sf "${H[@]}" "$RT/v1/rooms/$ROOM/messages?order=MESSAGE_ORDER_NEWEST_FIRST&page_size=20"
echo
