#!/usr/bin/env bash
# Create a REPLR, put it in a room, mention it and watch the reply stream in,
# over REST and then over gRPC (the built-in offline provider: no key needed).
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to the key printed at first start}
H=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')

SPACE=$(curl -sf "${H[@]}" -d '{"name": "Acme"}' "$RT/v1/spaces" | jq -r .space.space_id)
ROOM=$(curl -sf "${H[@]}" -d '{"name": "design"}' "$RT/v1/spaces/$SPACE/rooms" | jq -r .room.room_id)
REPLR=$(curl -sf "${H[@]}" -d '{"handle": "ada", "display_name": "Ada", "system_prompt": "You review designs."}' \
  "$RT/v1/spaces/$SPACE/replrs" | jq -r .replr.replr_id)
curl -sf "${H[@]}" -d "{\"replr_id\": \"$REPLR\"}" "$RT/v1/rooms/$ROOM/replrs" > /dev/null

# One JSON object a line: message, reply_started, reply_delta…, reply_finished.
curl -sfN "${H[@]}" -d '{"text": "@ada, what do you think of this design?"}' \
  "$RT/v1/rooms/$ROOM/messages:stream"

# The same over gRPC: MessageService/SendMessageStream.
buf curl --protocol grpc --http2-prior-knowledge -H "Authorization: Bearer $KEY" \
  -d "{\"room_id\": \"$ROOM\", \"text\": \"@ada, again?\"}" \
  "$RT/roundtable.v1.MessageService/SendMessageStream"
