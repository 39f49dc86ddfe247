#!/usr/bin/env bash
# A server admin grants a space credits; any member reads the balance and the ledger.
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to an admin key, such as the one printed at first start}
H=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')

SPACE=$(curl -sf "${H[@]}" -d '{"name": "Acme"}' "$RT/v1/spaces" | jq -r .space.space_id)
curl -sf "${H[@]}" -d '{"amount": "500000", "reason": "November top-up", "request_id": "topup-2026-11"}' \
  "$RT/v1/spaces/$SPACE/credits:grant"
echo
curl -sf "${H[@]}" "$RT/v1/spaces/$SPACE/credits"
echo
curl -sf "${H[@]}" "$RT/v1/spaces/$SPACE/credits/usage"
echo
