#!/usr/bin/env bash
# Your product's users, synced by your own ids; then one of them deleted.
RT=${ROUNDTABLE_URL:-http://127.0.0.1:8080}
KEY=${ROUNDTABLE_API_KEY:?set ROUNDTABLE_API_KEY to the key printed at first start}
H=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')

USERS='{"users": [
  {"external_id": "crm-42", "username": "ada", "display_name": "Ada Lovelace",
   "avatar_url": "https://example.com/ada.png", "metadata": {"plan": "pro"}},
  {"external_id": "crm-43", "username": "grace", "display_name": "Grace Hopper"}]}'
curl -sf "${H[@]}" -d "$USERS" "$RT/v1/users:upsert" | jq -c '.users[] | {created, user_id: .user.user_id}'
# The same batch again changes nothing and creates no one.
ADA=$(curl -sf "${H[@]}" -d "$USERS" "$RT/v1/users:upsert" |
  jq -r '.users[] | select(.user.external_id == "crm-42" and .created == false) | .user.user_id')
curl -sf "${H[@]}" -X DELETE "$RT/v1/users/$ADA?messages=DELETED_USER_MESSAGES_ANONYMIZE"
echo
