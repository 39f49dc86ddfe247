#!/usr/bin/env bash
# Operator commands on the database (no server needed; safe beside one).
# They read the same database settings as `serve`: here ROUNDTABLE_DATABASE_URL
# (default sqlite://data/roundtable.db, relative to the current directory).
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}

roundtable admin create-user --username alice --display-name "Alice Liddell"
roundtable admin list-users
KEY_JSON=$(roundtable admin create-key --user alice --name ci --scopes read,write --expires-in-days 90 --json)
KEY_ID=$(jq -r .api_key.api_key_id <<<"$KEY_JSON")
ALICE_KEY=$(jq -r .secret <<<"$KEY_JSON")

# Alice's key works at once: she creates a space, and the operator tops it up.
SPACE=$(curl -sf -H "Authorization: Bearer $ALICE_KEY" -H 'Content-Type: application/json' \
  -d '{"name": "Wonderland"}' "$RT/v1/spaces" | jq -r .space.space_id)
roundtable admin grant-credits --space "$SPACE" --amount 500000 --reason "launch week" --request-id grant-42
roundtable admin revoke-key "$KEY_ID"
