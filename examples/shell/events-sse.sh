#!/usr/bin/env bash
# A room's events as Server-Sent Events over REST, resumed with Last-Event-ID.
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to the key printed at first start}
H=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')

SPACE=$(curl -sf "${H[@]}" -d '{"name": "Acme"}' "$RT/v1/spaces" | jq -r .space.space_id)
ROOM=$(curl -sf "${H[@]}" -d '{"name": "general"}' "$RT/v1/spaces/$SPACE/rooms" | jq -r .room.room_id)

# Follow the room (for 3 s, in the background) while a message is sent.
curl -sN --max-time 3 -H "Authorization: Bearer $KEY" -H 'Accept: text/event-stream' \
  "$RT/v1/events?room_ids=$ROOM" > events.txt &
sleep 1
curl -sf "${H[@]}" -d '{"text": "Hello, events!"}' "$RT/v1/rooms/$ROOM/messages" > /dev/null
wait $! || [ $? -eq 28 ]  # 28: --max-time ended the stream
cat events.txt

# Reconnect with the last id: seen; the stream resumes after that event.
LAST=$(grep '^id: ' events.txt | tail -n 1 | cut -c5-)
curl -sf "${H[@]}" -d '{"text": "sent while away"}' "$RT/v1/rooms/$ROOM/messages" > /dev/null
curl -sN --max-time 2 -H "Authorization: Bearer $KEY" -H 'Accept: text/event-stream' \
  -H "Last-Event-ID: $LAST" "$RT/v1/events?room_ids=$ROOM" || [ $? -eq 28 ]
