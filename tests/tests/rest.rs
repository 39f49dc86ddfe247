//! REST/JSON: every RPC through the gateway answers as it does over gRPC
//! (same result, same error code and reason for the same bad input); routes,
//! query parameters, JSON names, errors of the gateway itself, the
//! `Idempotency-Key` header, and the OpenAPI document.

use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use prost::bytes::Bytes;
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::{Api, Outcome, Transport, unknown_id};
use serde_json::{Value, json};
use tonic::Code;

fn grpc() -> Api {
    Api::shared(Transport::Grpc)
}

/// Asserts a REST timestamp (RFC 3339) is the gRPC one.
#[track_caller]
fn same_time(json: &Value, timestamp: &Option<prost_types::Timestamp>) {
    let timestamp = timestamp.as_ref().expect("a timestamp");
    let text = json
        .as_str()
        .unwrap_or_else(|| panic!("{json:?} is no RFC 3339 time"));
    let parsed = chrono::DateTime::parse_from_rfc3339(text).expect("RFC 3339");
    assert_eq!(
        (parsed.timestamp(), parsed.timestamp_subsec_nanos() as i32),
        (timestamp.seconds, timestamp.nanos),
        "{text}"
    );
}

#[track_caller]
fn same_space(json: &Value, space: &Space) {
    assert_eq!(json["space_id"], space.space_id);
    assert_eq!(json["name"], space.name);
    assert_eq!(json["description"], space.description);
    assert_eq!(json["member_count"], space.member_count);
    assert_eq!(json["my_role"], space.my_role().as_str_name());
    same_time(&json["create_time"], &space.create_time);
    same_time(&json["update_time"], &space.update_time);
}

#[track_caller]
fn same_room(json: &Value, room: &Room) {
    assert_eq!(json["room_id"], room.room_id);
    assert_eq!(json["space_id"], room.space_id);
    assert_eq!(json["name"], room.name);
    assert_eq!(json["visibility"], room.visibility().as_str_name());
    assert_eq!(json["creator_id"], room.creator_id);
    assert_eq!(json["member_count"], room.member_count);
    assert_eq!(json["my_role"], room.my_role().as_str_name());
    same_time(&json["create_time"], &room.create_time);
}

#[track_caller]
fn same_message(json: &Value, message: &Message) {
    assert_eq!(json["message_id"], message.message_id);
    assert_eq!(json["room_id"], message.room_id);
    assert_eq!(json["text"], message.text);
    assert_eq!(json["word_count"], message.word_count);
    let sender = message.sender.as_ref().expect("a sender");
    assert_eq!(json["sender"]["id"], sender.id);
    assert_eq!(json["sender"]["type"], sender.r#type().as_str_name());
    let reactions: Vec<(String, i32)> = message
        .reactions
        .iter()
        .map(|r| (r.emoji.clone(), r.count))
        .collect();
    let rest_reactions: Vec<(String, i32)> = json["reactions"]
        .as_array()
        .expect("reactions")
        .iter()
        .map(|r| {
            (
                r["emoji"].as_str().unwrap_or_default().to_string(),
                r["count"].as_i64().unwrap_or_default() as i32,
            )
        })
        .collect();
    assert_eq!(rest_reactions, reactions);
    same_time(&json["create_time"], &message.create_time);
}

fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|item| item[key].as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn spaces_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let owner = api.new_user("owner").await;
    let other = api.new_user_known_to(&owner, "other").await;

    // CreateSpace, GetSpace
    let created = rest
        .call(
            &owner,
            Method::POST,
            "/v1/spaces",
            Some(json!({"name": "Acme", "description": "d"})),
        )
        .await
        .ok();
    let space_id = created["space"]["space_id"]
        .as_str()
        .expect("an id")
        .to_string();
    let space = owner.get_space(&space_id).await;
    same_space(&created["space"], &space);
    let got = rest
        .call(&owner, Method::GET, &format!("/v1/spaces/{space_id}"), None)
        .await
        .ok();
    same_space(&got["space"], &space);

    // ListSpaces
    let listed = rest
        .call(&owner, Method::GET, "/v1/spaces?page_size=200", None)
        .await
        .ok();
    let grpc_ids: Vec<String> = owner
        .my_spaces()
        .await
        .into_iter()
        .map(|s| s.space_id)
        .collect();
    assert_eq!(ids(&listed["spaces"], "space_id"), grpc_ids);

    // UpdateSpace
    let updated = rest
        .call(
            &owner,
            Method::PATCH,
            &format!("/v1/spaces/{space_id}"),
            Some(json!({"name": "Acme 2"})),
        )
        .await
        .ok();
    same_space(&updated["space"], &owner.get_space(&space_id).await);
    assert_eq!(updated["space"]["name"], "Acme 2");

    // AddSpaceMember, UpdateSpaceMember, ListSpaceMembers, RemoveSpaceMember
    let members_path = format!("/v1/spaces/{space_id}/members");
    let added = rest
        .call(
            &owner,
            Method::POST,
            &members_path,
            Some(json!({"user_id": other.id, "role": "SPACE_ROLE_MEMBER"})),
        )
        .await
        .ok();
    assert_eq!(added["member"]["user_id"], other.id);
    assert_eq!(added["member"]["role"], "SPACE_ROLE_MEMBER");
    let member_path = format!("{members_path}/{}", other.id);
    let changed = rest
        .call(
            &owner,
            Method::PATCH,
            &member_path,
            Some(json!({"role": "SPACE_ROLE_ADMIN"})),
        )
        .await
        .ok();
    assert_eq!(changed["member"]["role"], "SPACE_ROLE_ADMIN");
    let listed = rest
        .call(&owner, Method::GET, &members_path, None)
        .await
        .ok();
    let members = owner.space_members(&space_id).await;
    assert_eq!(
        ids(&listed["members"], "user_id"),
        members
            .iter()
            .map(|m| m.user_id.clone())
            .collect::<Vec<_>>()
    );
    let roles: Vec<String> = members
        .iter()
        .map(|m| m.role().as_str_name().to_string())
        .collect();
    assert_eq!(ids(&listed["members"], "role"), roles);
    rest.call(&owner, Method::DELETE, &member_path, None)
        .await
        .ok();
    assert_eq!(owner.space_members(&space_id).await.len(), 1);

    // The same bad input, the same error.
    let status = owner
        .spaces()
        .create_space(CreateSpaceRequest {
            name: " ".into(),
            description: String::new(),
        })
        .await
        .expect_err("a blank name is refused");
    rest.call(
        &owner,
        Method::POST,
        "/v1/spaces",
        Some(json!({"name": " "})),
    )
    .await
    .same_as(&status);

    // DeleteSpace, then both transports agree it is gone.
    rest.call(
        &owner,
        Method::DELETE,
        &format!("/v1/spaces/{space_id}"),
        None,
    )
    .await
    .ok();
    let status = owner
        .spaces()
        .get_space(GetSpaceRequest {
            space_id: space_id.clone(),
        })
        .await
        .rejected_with_code(Code::NotFound);
    rest.call(&owner, Method::GET, &format!("/v1/spaces/{space_id}"), None)
        .await
        .same_as(&status);
}

#[tokio::test]
async fn users_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let admin = api.new_admin("admin").await;
    let username = roundtable_tests::unique_username("carol");

    // CreateUser, GetUser, GetCurrentUser, ListUsers
    let created = rest
        .call(
            &admin,
            Method::POST,
            "/v1/users",
            Some(json!({"username": username, "display_name": "Carol"})),
        )
        .await
        .ok();
    let user_id = created["user"]["user_id"]
        .as_str()
        .expect("an id")
        .to_string();
    let user = admin
        .users()
        .get_user(GetUserRequest {
            user_id: user_id.clone(),
        })
        .await
        .success()
        .user
        .expect("the user");
    assert_eq!(created["user"]["username"], user.username);
    assert_eq!(created["user"]["is_admin"], false);
    same_time(&created["user"]["create_time"], &user.create_time);
    let got = rest
        .call(&admin, Method::GET, &format!("/v1/users/{user_id}"), None)
        .await
        .ok();
    assert_eq!(got["user"], created["user"]);
    let me = rest.call(&admin, Method::GET, "/v1/me", None).await.ok();
    assert_eq!(me["user"]["user_id"], admin.id);
    let listed = rest
        .call(&admin, Method::GET, "/v1/users?page_size=2", None)
        .await
        .ok();
    let grpc_listed = admin
        .users()
        .list_users(ListUsersRequest {
            page_size: 2,
            page_token: String::new(),
        })
        .await
        .success();
    assert_eq!(
        ids(&listed["users"], "user_id"),
        grpc_listed
            .users
            .iter()
            .map(|u| u.user_id.clone())
            .collect::<Vec<_>>()
    );

    // CreateApiKey (repeated enums, a timestamp), ListApiKeys, RevokeApiKey
    let key = rest
        .call(
            &admin,
            Method::POST,
            "/v1/api-keys",
            Some(json!({
                "name": "ci",
                "scopes": ["API_KEY_SCOPE_READ"],
                "user_id": user_id,
                "expire_time": "2099-01-01T00:00:00Z",
            })),
        )
        .await
        .ok();
    assert_eq!(key["api_key"]["scopes"], json!(["API_KEY_SCOPE_READ"]));
    assert_eq!(key["api_key"]["expire_time"], "2099-01-01T00:00:00Z");
    let secret = key["secret"].as_str().expect("a secret").to_string();
    let key_id = key["api_key"]["api_key_id"]
        .as_str()
        .expect("an id")
        .to_string();
    // The new key works over REST and gRPC alike.
    let me = rest
        .call_with(&secret, Method::GET, "/v1/me", None, &[])
        .await
        .ok();
    assert_eq!(me["user"]["user_id"], user_id);
    let listed = rest
        .call(
            &admin,
            Method::GET,
            &format!("/v1/api-keys?user_id={user_id}"),
            None,
        )
        .await
        .ok();
    let grpc_keys = admin
        .users()
        .list_api_keys(ListApiKeysRequest {
            user_id: user_id.clone(),
            ..Default::default()
        })
        .await
        .success();
    assert_eq!(
        ids(&listed["api_keys"], "api_key_id"),
        grpc_keys
            .api_keys
            .iter()
            .map(|k| k.api_key_id.clone())
            .collect::<Vec<_>>()
    );
    let revoked = rest
        .call(
            &admin,
            Method::DELETE,
            &format!("/v1/api-keys/{key_id}"),
            None,
        )
        .await
        .ok();
    assert!(revoked["api_key"]["revoke_time"].is_string(), "{revoked:?}");
    rest.call_with(&secret, Method::GET, "/v1/me", None, &[])
        .await
        .rejected(
            StatusCode::UNAUTHORIZED,
            Code::Unauthenticated,
            "UNAUTHENTICATED",
        );

    // The same unknown id, the same error.
    let missing = unknown_id();
    let status = admin
        .users()
        .get_user(GetUserRequest {
            user_id: missing.clone(),
        })
        .await
        .rejected_with_code(Code::NotFound);
    rest.call(&admin, Method::GET, &format!("/v1/users/{missing}"), None)
        .await
        .same_as(&status);
}

#[tokio::test]
async fn rooms_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (owner, space_id) = (&team.owner, &team.space.space_id);
    let newcomer = api.new_user_known_to(owner, "newcomer").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space_id.clone(),
            user_id: newcomer.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();

    // CreateRoom, GetRoom, ListRooms, UpdateRoom
    let created = rest
        .call(
            owner,
            Method::POST,
            &format!("/v1/spaces/{space_id}/rooms"),
            Some(json!({"name": "design", "visibility": "ROOM_VISIBILITY_PRIVATE"})),
        )
        .await
        .ok();
    let room_id = created["room"]["room_id"]
        .as_str()
        .expect("an id")
        .to_string();
    let room = owner.get_room(&room_id).await;
    same_room(&created["room"], &room);
    let got = rest
        .call(owner, Method::GET, &format!("/v1/rooms/{room_id}"), None)
        .await
        .ok();
    same_room(&got["room"], &room);
    let listed = rest
        .call(
            owner,
            Method::GET,
            &format!("/v1/spaces/{space_id}/rooms"),
            None,
        )
        .await
        .ok();
    let grpc_rooms: Vec<String> = owner
        .rooms_in(space_id)
        .await
        .into_iter()
        .map(|r| r.room_id)
        .collect();
    assert_eq!(ids(&listed["rooms"], "room_id"), grpc_rooms);
    let updated = rest
        .call(
            owner,
            Method::PATCH,
            &format!("/v1/rooms/{room_id}"),
            Some(json!({"description": "mocks"})),
        )
        .await
        .ok();
    assert_eq!(updated["room"]["description"], "mocks");
    assert_eq!(
        updated["room"]["name"], "design",
        "fields left out stay as they were"
    );
    same_room(&updated["room"], &owner.get_room(&room_id).await);

    // AddRoomMember, ListRoomMembers, RemoveRoomMember
    let members_path = format!("/v1/rooms/{room_id}/members");
    let added = rest
        .call(
            owner,
            Method::POST,
            &members_path,
            Some(json!({"user_id": newcomer.id, "role": "ROOM_ROLE_MEMBER"})),
        )
        .await
        .ok();
    assert_eq!(added["member"]["user_id"], newcomer.id);
    let listed = rest
        .call(owner, Method::GET, &members_path, None)
        .await
        .ok();
    let members: Vec<String> = owner
        .room_members(&room_id)
        .await
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    assert_eq!(ids(&listed["members"], "user_id"), members);
    rest.call(
        owner,
        Method::DELETE,
        &format!("{members_path}/{}", newcomer.id),
        None,
    )
    .await
    .ok();
    assert_eq!(owner.room_members(&room_id).await.len(), 1);

    // The same bad input, the same error.
    let long = "x".repeat(101);
    let status = owner
        .rooms()
        .create_room(CreateRoomRequest {
            space_id: space_id.clone(),
            name: long.clone(),
            description: String::new(),
            visibility: RoomVisibility::Public as i32,
        })
        .await
        .expect_err("a long name is refused");
    rest.call(
        owner,
        Method::POST,
        &format!("/v1/spaces/{space_id}/rooms"),
        Some(json!({"name": long})),
    )
    .await
    .same_as(&status);

    // DeleteRoom
    rest.call(owner, Method::DELETE, &format!("/v1/rooms/{room_id}"), None)
        .await
        .ok();
    let status = owner
        .rooms()
        .get_room(GetRoomRequest {
            room_id: room_id.clone(),
        })
        .await
        .rejected_with_code(Code::NotFound);
    rest.call(owner, Method::GET, &format!("/v1/rooms/{room_id}"), None)
        .await
        .same_as(&status);
}

#[track_caller]
fn same_replr(json: &Value, replr: &Replr) {
    assert_eq!(json["replr_id"], replr.replr_id);
    assert_eq!(json["space_id"], replr.space_id);
    assert_eq!(json["handle"], replr.handle);
    assert_eq!(json["display_name"], replr.display_name);
    assert_eq!(json["provider"], replr.provider);
    assert_eq!(json["temperature"], replr.temperature);
    assert_eq!(json["max_tokens"], replr.max_tokens);
    assert_eq!(json["reply_mode"], replr.reply_mode().as_str_name());
    assert_eq!(json["creator_id"], replr.creator_id);
    same_time(&json["create_time"], &replr.create_time);
    same_time(&json["update_time"], &replr.update_time);
}

#[tokio::test]
async fn replrs_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (owner, space_id, room_id) = (&team.owner, &team.space.space_id, &team.room.room_id);
    let get_replr = |replr_id: String| async move {
        owner
            .replrs()
            .get_replr(GetReplrRequest { replr_id })
            .await
            .success()
            .replr
            .expect("the REPLR")
    };

    // CreateReplr, GetReplr, ListReplrs, UpdateReplr
    let created = rest
        .call(
            owner,
            Method::POST,
            &format!("/v1/spaces/{space_id}/replrs"),
            Some(json!({
                "handle": "Ada",
                "display_name": "Ada",
                "temperature": 0.5,
                "maxTokens": 256,
                "reply_mode": "REPLY_MODE_EVERY_HUMAN_MESSAGE",
            })),
        )
        .await
        .ok();
    let replr_id = created["replr"]["replr_id"]
        .as_str()
        .expect("an id")
        .to_string();
    let replr = get_replr(replr_id.clone()).await;
    assert_eq!(replr.max_tokens, 256);
    same_replr(&created["replr"], &replr);
    let got = rest
        .call(owner, Method::GET, &format!("/v1/replrs/{replr_id}"), None)
        .await
        .ok();
    same_replr(&got["replr"], &replr);
    owner.create_replr(space_id, "grace").await;
    let listed = rest
        .call(
            owner,
            Method::GET,
            &format!("/v1/spaces/{space_id}/replrs?page_size=1"),
            None,
        )
        .await
        .ok();
    assert_eq!(ids(&listed["replrs"], "replr_id"), [replr_id.as_str()]);
    let token = listed["next_page_token"].as_str().expect("a next page");
    let grpc_page = owner
        .replrs()
        .list_replrs(ListReplrsRequest {
            space_id: space_id.clone(),
            page_size: 1,
            page_token: token.into(),
        })
        .await
        .success();
    let rest_page = rest
        .call(
            owner,
            Method::GET,
            &format!("/v1/spaces/{space_id}/replrs?page_size=1&page_token={token}"),
            None,
        )
        .await
        .ok();
    assert_eq!(
        ids(&rest_page["replrs"], "replr_id"),
        grpc_page
            .replrs
            .iter()
            .map(|r| r.replr_id.clone())
            .collect::<Vec<_>>()
    );
    let updated = rest
        .call(
            owner,
            Method::PATCH,
            &format!("/v1/replrs/{replr_id}"),
            Some(json!({"systemPrompt": "Be kind.", "reply_mode": "REPLY_MODE_NEVER"})),
        )
        .await
        .ok();
    assert_eq!(updated["replr"]["system_prompt"], "Be kind.");
    assert_eq!(updated["replr"]["handle"], "Ada", "fields left out stay");
    same_replr(&updated["replr"], &get_replr(replr_id.clone()).await);

    // AddReplr, GetRoom with REPLRs, RemoveReplr
    let added = rest
        .call(
            owner,
            Method::POST,
            &format!("/v1/rooms/{room_id}/replrs"),
            Some(json!({"replr_id": replr_id})),
        )
        .await
        .ok();
    assert_eq!(added["room"]["replr_count"], 1);
    assert_eq!(added["room"]["replrs"][0]["handle"], "Ada");
    assert_eq!(added["room"]["replrs"][0]["reply_mode"], "REPLY_MODE_NEVER");
    let room = owner.get_room(room_id).await;
    let got = rest
        .call(owner, Method::GET, &format!("/v1/rooms/{room_id}"), None)
        .await
        .ok();
    same_room(&got["room"], &room);
    assert_eq!(got["room"]["replr_count"], room.replr_count);
    assert_eq!(ids(&got["room"]["replrs"], "replr_id"), [replr_id.as_str()]);
    let removed = rest
        .call(
            owner,
            Method::DELETE,
            &format!("/v1/rooms/{room_id}/replrs/{replr_id}"),
            None,
        )
        .await
        .ok();
    assert_eq!(removed["room"]["room_id"], *room_id);
    assert_eq!(owner.get_room(room_id).await.replr_count, 0);

    // The same bad input, the same error.
    let status = owner
        .replrs()
        .create_replr(CreateReplrRequest {
            space_id: space_id.clone(),
            handle: "hot".into(),
            temperature: Some(3.0),
            ..Default::default()
        })
        .await
        .rejected_field("INVALID_VALUE", "temperature");
    rest.call(
        owner,
        Method::POST,
        &format!("/v1/spaces/{space_id}/replrs"),
        Some(json!({"handle": "hot", "temperature": 3.0})),
    )
    .await
    .same_as(&status);
    let status = owner
        .replrs()
        .create_replr(CreateReplrRequest {
            space_id: space_id.clone(),
            handle: "ADA".into(),
            ..Default::default()
        })
        .await
        .rejected(Code::AlreadyExists, "REPLR_HANDLE_TAKEN");
    rest.call(
        owner,
        Method::POST,
        &format!("/v1/spaces/{space_id}/replrs"),
        Some(json!({"handle": "ADA"})),
    )
    .await
    .same_as(&status);

    // DeleteReplr
    rest.call(
        owner,
        Method::DELETE,
        &format!("/v1/replrs/{replr_id}"),
        None,
    )
    .await
    .ok();
    let status = owner
        .replrs()
        .get_replr(GetReplrRequest {
            replr_id: replr_id.clone(),
        })
        .await
        .rejected(Code::NotFound, "REPLR_NOT_FOUND");
    rest.call(owner, Method::GET, &format!("/v1/replrs/{replr_id}"), None)
        .await
        .same_as(&status);
}

#[tokio::test]
async fn messages_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (member, room_id) = (&team.member, &team.room.room_id);

    // SendMessage, GetMessage
    let sent = rest
        .call(
            member,
            Method::POST,
            &format!("/v1/rooms/{room_id}/messages"),
            Some(json!({"text": "hello over REST"})),
        )
        .await
        .ok();
    let message_id = sent["message"]["message_id"]
        .as_str()
        .expect("an id")
        .to_string();
    same_message(&sent["message"], &member.get_message(&message_id).await);
    let message_path = format!("/v1/messages/{message_id}");
    let got = rest
        .call(member, Method::GET, &message_path, None)
        .await
        .ok();
    same_message(&got["message"], &member.get_message(&message_id).await);

    // EditMessage
    let edited = rest
        .call(
            member,
            Method::PATCH,
            &message_path,
            Some(json!({"text": "edited over REST"})),
        )
        .await
        .ok();
    assert_eq!(edited["message"]["text"], "edited over REST");
    let message = member.get_message(&message_id).await;
    same_message(&edited["message"], &message);
    same_time(&edited["message"]["edit_time"], &message.edit_time);

    // AddReaction, RemoveReaction (an emoji in the path, percent-encoded)
    let reaction_path = format!("{message_path}/reactions/%F0%9F%91%8D");
    let reacted = rest
        .call(member, Method::PUT, &reaction_path, None)
        .await
        .ok();
    assert_eq!(reacted["message"]["reactions"][0]["emoji"], "👍");
    assert_eq!(reacted["message"]["reactions"][0]["reacted_by_me"], true);
    same_message(&reacted["message"], &member.get_message(&message_id).await);
    let unreacted = rest
        .call(member, Method::DELETE, &reaction_path, None)
        .await
        .ok();
    assert_eq!(unreacted["message"]["reactions"], json!([]));

    // ListMessages
    member.send(room_id, "second").await;
    let listed = rest
        .call(
            member,
            Method::GET,
            &format!("/v1/rooms/{room_id}/messages"),
            None,
        )
        .await
        .ok();
    let grpc_ids: Vec<String> = member
        .messages_in(room_id)
        .await
        .into_iter()
        .map(|m| m.message_id)
        .collect();
    assert_eq!(ids(&listed["messages"], "message_id"), grpc_ids);

    // DeleteMessage
    let deleted = rest
        .call(member, Method::DELETE, &message_path, None)
        .await
        .ok();
    same_message(&deleted["message"], &member.get_message(&message_id).await);
    assert!(deleted["message"]["delete_time"].is_string());

    // The same bad input, the same error.
    let status = member
        .messages()
        .send_message(SendMessageRequest {
            room_id: room_id.clone(),
            text: "  ".into(),
            ..Default::default()
        })
        .await
        .expect_err("blank text is refused");
    rest.call(
        member,
        Method::POST,
        &format!("/v1/rooms/{room_id}/messages"),
        Some(json!({"text": "  "})),
    )
    .await
    .same_as(&status);
    // And the same error for a room the caller may not see.
    let stranger = api.new_user("stranger").await;
    let status = stranger
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room_id.clone(),
            ..Default::default()
        })
        .await
        .rejected_with_code(Code::NotFound);
    rest.call(
        &stranger,
        Method::GET,
        &format!("/v1/rooms/{room_id}/messages"),
        None,
    )
    .await
    .same_as(&status);
}

#[tokio::test]
async fn query_parameters_fill_scalars_enums_and_timestamps() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (member, room_id) = (&team.member, &team.room.room_id);
    let mut sent = Vec::new();
    for text in ["one", "two", "three"] {
        sent.push(member.send(room_id, text).await);
    }
    let path = format!("/v1/rooms/{room_id}/messages");
    let texts = |reply: Value| -> Vec<String> { ids(&reply["messages"], "text") };

    // An enum by name and by number, an int32 as a string.
    let newest = rest
        .call(
            member,
            Method::GET,
            &format!("{path}?order=MESSAGE_ORDER_NEWEST_FIRST&page_size=2"),
            None,
        )
        .await
        .ok();
    assert_eq!(texts(newest.clone()), ["three", "two"]);
    assert!(
        !newest["next_page_token"]
            .as_str()
            .unwrap_or_default()
            .is_empty()
    );
    let by_number = rest
        .call(
            member,
            Method::GET,
            &format!("{path}?order=2&pageSize=2"),
            None,
        )
        .await
        .ok();
    assert_eq!(
        texts(by_number),
        ["three", "two"],
        "numbers and lowerCamelCase names work too"
    );

    // Timestamps as RFC 3339, percent-encoded in the query.
    let after = &sent[0].create_time.as_ref().expect("a time");
    let after = chrono::DateTime::from_timestamp(after.seconds, after.nanos as u32)
        .expect("a time")
        .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
        .replace(':', "%3A");
    let later = rest
        .call(member, Method::GET, &format!("{path}?after={after}"), None)
        .await
        .ok();
    assert_eq!(texts(later), ["two", "three"]);

    // An unknown parameter, a bad enum name, a bad timestamp: 400 naming the problem.
    let unknown = rest
        .call(member, Method::GET, &format!("{path}?colour=red"), None)
        .await;
    unknown.rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "UNKNOWN_FIELD",
    );
    assert_eq!(unknown.violated_fields(), ["colour"]);
    rest.call(member, Method::GET, &format!("{path}?order=SIDEWAYS"), None)
        .await
        .rejected(
            StatusCode::BAD_REQUEST,
            Code::InvalidArgument,
            "INVALID_VALUE",
        );
    rest.call(
        member,
        Method::GET,
        &format!("{path}?before=yesterday"),
        None,
    )
    .await
    .rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "INVALID_VALUE",
    );
}

#[tokio::test]
async fn output_uses_proto_names_and_input_accepts_lower_camel_case() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let created = rest
        .call(
            &team.owner,
            Method::POST,
            &format!("/v1/spaces/{}/rooms", team.space.space_id),
            Some(json!({"name": "camel", "visibility": "ROOM_VISIBILITY_PUBLIC"})),
        )
        .await
        .ok();
    let room = &created["room"];
    for key in [
        "room_id",
        "space_id",
        "creator_id",
        "member_count",
        "my_role",
        "create_time",
    ] {
        assert!(room.get(key).is_some(), "{key} missing from {room:?}");
    }
    assert!(room.get("roomId").is_none() && room.get("createTime").is_none());
    // lowerCamelCase in a body: `requestId` is request_id.
    let path = format!("/v1/rooms/{}/messages", team.room.room_id);
    let body = json!({"text": "camel", "requestId": "camel-1"});
    let first = rest
        .call(&team.member, Method::POST, &path, Some(body.clone()))
        .await
        .ok();
    let again = rest
        .call(&team.member, Method::POST, &path, Some(body))
        .await
        .ok();
    assert_eq!(
        first["message"]["message_id"],
        again["message"]["message_id"]
    );
}

#[tokio::test]
async fn idempotency_key_makes_a_retry_create_one_message() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let room_id = &team.room.room_id;
    let path = format!("/v1/rooms/{room_id}/messages");
    let key = format!("retry-{}", unknown_id());
    let mut answers = Vec::new();
    for _ in 0..2 {
        let reply = rest
            .call_with(
                &team.member.secret,
                Method::POST,
                &path,
                Some(json!({"text": "once"})),
                &[("idempotency-key", &key)],
            )
            .await
            .ok();
        answers.push(reply["message"]["message_id"].clone());
    }
    assert_eq!(answers[0], answers[1]);
    let texts: Vec<String> = team
        .member
        .messages_in(room_id)
        .await
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert_eq!(texts, ["once"]);
    // A different key is a different message.
    rest.call_with(
        &team.member.secret,
        Method::POST,
        &path,
        Some(json!({"text": "once"})),
        &[("idempotency-key", "other")],
    )
    .await
    .ok();
    assert_eq!(team.member.messages_in(room_id).await.len(), 2);
}

#[tokio::test]
async fn errors_have_the_standard_status_and_body() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let member = &team.member;
    let room_path = format!("/v1/rooms/{}", team.room.room_id);

    // 401: no credentials, as gRPC says.
    let status = api
        .anonymous()
        .rooms()
        .get_room(GetRoomRequest {
            room_id: team.room.room_id.clone(),
        })
        .await
        .rejected_with_code(Code::Unauthenticated);
    let reply = rest.send(Method::GET, &room_path, &[], Vec::new()).await;
    reply.same_as(&status);
    assert_eq!(reply.headers["content-type"], "application/json");
    // 403: a role too low.
    rest.call(member, Method::GET, "/v1/users", None)
        .await
        .rejected(
            StatusCode::FORBIDDEN,
            Code::PermissionDenied,
            "PERMISSION_DENIED",
        );
    // 404: an unknown id, and an unknown path.
    rest.call(
        member,
        Method::GET,
        &format!("/v1/rooms/{}", unknown_id()),
        None,
    )
    .await
    .rejected(StatusCode::NOT_FOUND, Code::NotFound, "ROOM_NOT_FOUND");
    rest.call(member, Method::GET, "/v1/nowhere", None)
        .await
        .rejected(StatusCode::NOT_FOUND, Code::NotFound, "ROUTE_NOT_FOUND");
    // 405: a known path, another method; `Allow` lists the right ones.
    let reply = rest.call(member, Method::POST, &room_path, None).await;
    reply.rejected(
        StatusCode::METHOD_NOT_ALLOWED,
        Code::Unimplemented,
        "METHOD_NOT_ALLOWED",
    );
    let allow = reply.headers["allow"].to_str().expect("text");
    assert!(
        allow.contains("GET") && allow.contains("PATCH") && allow.contains("DELETE"),
        "{allow}"
    );

    let auth = format!("Bearer {}", member.secret);
    let messages_path = format!("{room_path}/messages");
    // 415: not JSON.
    rest.send(
        Method::POST,
        &messages_path,
        &[("authorization", &auth), ("content-type", "text/plain")],
        b"hi".to_vec(),
    )
    .await
    .rejected(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Code::InvalidArgument,
        "UNSUPPORTED_MEDIA_TYPE",
    );
    // 400: malformed JSON; an unknown field, named.
    let json_headers = [
        ("authorization", auth.as_str()),
        ("content-type", "application/json"),
    ];
    rest.send(
        Method::POST,
        &messages_path,
        &json_headers,
        b"{\"text\": ".to_vec(),
    )
    .await
    .rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "MALFORMED_JSON",
    );
    let reply = rest
        .call(
            member,
            Method::POST,
            &messages_path,
            Some(json!({"text": "x", "colour": "red"})),
        )
        .await;
    reply.rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "UNKNOWN_FIELD",
    );
    assert_eq!(reply.violated_fields(), ["colour"]);
    // 413: over the 4 MiB limit.
    let huge = format!("{{\"text\": \"{}\"}}", "x".repeat(4 * 1024 * 1024 + 1));
    rest.send(
        Method::POST,
        &messages_path,
        &json_headers,
        huge.into_bytes(),
    )
    .await
    .rejected(
        StatusCode::PAYLOAD_TOO_LARGE,
        Code::ResourceExhausted,
        "BODY_TOO_LARGE",
    );
    // None of the refused requests sent a message.
    assert!(member.messages_in(&team.room.room_id).await.is_empty());
}

#[tokio::test]
async fn grpc_and_grpc_web_still_work_beside_rest() {
    // The shared server's other tests run over gRPC; gRPC-Web goes through
    // the same dispatch by content type.
    let api = Api::shared(Transport::GrpcWeb);
    let team = api.team().await;
    let message = team.member.send(&team.room.room_id, "over gRPC-Web").await;
    let rest = Rest::shared();
    let got = rest
        .call(
            &team.member,
            Method::GET,
            &format!("/v1/messages/{}", message.message_id),
            None,
        )
        .await
        .ok();
    same_message(&got["message"], &message);
}

#[tokio::test]
async fn openapi_document_and_reference_page_are_served_without_credentials() {
    let rest = Rest::shared();
    let reply = rest
        .send(Method::GET, "/openapi.json", &[], Vec::new())
        .await;
    let document = reply.ok();
    assert_eq!(document["openapi"], "3.1.0");
    let operation = &document["paths"]["/v1/rooms/{room_id}/messages"]["get"];
    assert_eq!(operation["operationId"], "MessageService_ListMessages");
    assert!(
        operation["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty()),
        "the .proto comments are the descriptions"
    );
    let names: Vec<String> = ids(&operation["parameters"], "name");
    for name in [
        "room_id",
        "page_size",
        "page_token",
        "before",
        "after",
        "order",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} missing: {names:?}");
    }
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    assert_eq!(document["security"], json!([{"bearer": []}]));
    assert!(
        operation.get("security").is_none(),
        "bearer, as the document says"
    );
    for path in [
        "/v1/shared-sessions/{link_id}",
        "/v1/shared-sessions/{link_id}/messages",
    ] {
        assert_eq!(
            document["paths"][path]["get"]["security"],
            json!([]),
            "{path} answers without credentials"
        );
    }
    assert!(
        document["components"]["schemas"]["roundtable.v1.Room"]["properties"]["room_id"]
            .is_object()
    );

    // The committed copy is what the server serves.
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/openapi.json"
    ))
    .expect("openapi/openapi.json is committed");
    let committed: Value = serde_json::from_str(&committed).expect("JSON");
    assert!(
        committed == document,
        "openapi/openapi.json is out of date: run `cargo run --bin roundtable -- openapi > openapi/openapi.json`"
    );

    let page = rest.send(Method::GET, "/docs", &[], Vec::new()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.headers["content-type"]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/html")
    );
    let html = page.json.as_str().expect("HTML text");
    assert!(
        html.contains("/docs/docs.js"),
        "the page is the viewer of /openapi.json (see tests/tests/docs.rs)"
    );
}

/// Reads a streaming body until `text` holds `count` events (SSE blocks or
/// NDJSON lines) or 10 seconds pass.
async fn read_events<B>(body: &mut B, text: &mut String, separator: &str, count: usize)
where
    B: http_body::Body<Data = Bytes> + Unpin,
    B::Error: std::fmt::Debug,
{
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while text.matches(separator).count() < count {
        let frame = tokio::time::timeout_at(deadline, body.frame())
            .await
            .unwrap_or_else(|_| panic!("no {count} events in time; got {text:?}"))
            .expect("the stream goes on")
            .expect("a frame");
        if let Ok(data) = frame.into_data() {
            text.push_str(&String::from_utf8_lossy(&data));
        }
    }
}

#[tokio::test]
async fn server_sent_events_resume_from_last_event_id_and_ndjson_streams() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (member, room_id) = (&team.member, &team.room.room_id);
    let first = member.send(room_id, "first").await;
    let second = member.send(room_id, "second").await;
    let auth = format!("Bearer {}", member.secret);
    let open = |headers: Vec<(&'static str, String)>, query: String| {
        let mut request = Request::builder()
            .method(Method::GET)
            .uri(format!(
                "http://{}/v1/events?room_ids={room_id}{query}",
                rest.addr
            ))
            .header("authorization", auth.clone());
        for (name, value) in headers {
            request = request.header(name, value);
        }
        rest.client
            .request(request.body(Full::new(Bytes::new())).expect("a request"))
    };

    // Live from now: `subscribed`, then the next message.
    let mut response = open(vec![("accept", "text/event-stream".into())], String::new())
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let mut text = String::new();
    read_events(response.body_mut(), &mut text, "\n\n", 1).await; // subscribed
    let third = member.send(room_id, "third").await;
    read_events(response.body_mut(), &mut text, "\n\n", 2).await;
    let live = text.split("\n\n").nth(1).expect("the live event");
    let id = live
        .lines()
        .find_map(|l| l.strip_prefix("id: "))
        .expect("an id")
        .to_string();
    assert!(live.contains(&third.message_id), "{live}");
    drop(response);

    // Reconnect with Last-Event-ID: the next events come after it, none before.
    let fourth = member.send(room_id, "fourth").await;
    let mut response = open(
        vec![
            ("accept", "text/event-stream".into()),
            ("last-event-id", id),
        ],
        String::new(),
    )
    .await
    .expect("an answer");
    let mut text = String::new();
    read_events(response.body_mut(), &mut text, "\n\n", 1).await;
    let replayed = text.split("\n\n").next().expect("an event");
    assert!(replayed.contains(&fourth.message_id), "{replayed}");
    for earlier in [&first, &second, &third] {
        assert!(!text.contains(&earlier.message_id), "{text}");
    }
    drop(response);

    // Without `Accept: text/event-stream`: newline-delimited JSON.
    let mut response = open(vec![], String::new()).await.expect("an answer");
    assert_eq!(response.headers()["content-type"], "application/x-ndjson");
    let mut text = String::new();
    read_events(response.body_mut(), &mut text, "\n", 1).await;
    let line: Value = serde_json::from_str(text.lines().next().expect("a line")).expect("JSON");
    assert!(line["event"]["subscribed"].is_object(), "{line}");

    // A bad request fails before the stream starts, as an ordinary error.
    rest.call(member, Method::GET, "/v1/events?space_id=nope", None)
        .await
        .rejected(StatusCode::BAD_REQUEST, Code::InvalidArgument, "INVALID_ID");
}

#[tokio::test]
async fn models_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let reader = api.new_user("reader").await;
    let listed = rest
        .call(&reader, Method::GET, "/v1/models", None)
        .await
        .ok();
    let over_grpc = reader
        .models()
        .list_models(ListModelsRequest {})
        .await
        .expect("ListModels")
        .into_inner();
    assert_eq!(listed["default_provider"], over_grpc.default_provider);
    let providers = listed["providers"].as_array().expect("a list of providers");
    assert_eq!(providers.len(), over_grpc.providers.len());
    let offline = &providers[0];
    assert_eq!(offline["name"], "offline");
    assert_eq!(offline["kind"], "PROVIDER_KIND_OFFLINE");
    assert_eq!(offline["is_default"], true);
    assert_eq!(
        offline["default_model"],
        over_grpc.providers[0].default_model
    );
    assert_eq!(
        offline["models"],
        json!([over_grpc.providers[0].default_model])
    );
}

#[tokio::test]
async fn typing_and_read_markers_over_rest_answer_as_over_grpc() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (owner, member, room_id) = (&team.owner, &team.member, &team.room.room_id);
    let first = owner.send(room_id, "one").await;
    let second = owner.send(room_id, "two").await;

    // MarkRead: the same unread count either way.
    let read_path = format!("/v1/rooms/{room_id}/read");
    let over_rest = rest
        .call(
            member,
            Method::POST,
            &read_path,
            Some(json!({"message_id": first.message_id})),
        )
        .await
        .ok();
    assert_eq!(over_rest["unread_count"], 1);
    let over_grpc = member
        .events()
        .mark_read(MarkReadRequest {
            room_id: room_id.clone(),
            message_id: first.message_id.clone(),
        })
        .await
        .expect("MarkRead over gRPC")
        .into_inner();
    assert_eq!(over_grpc.unread_count, 1);
    let all_read = rest
        .call(
            member,
            Method::POST,
            &read_path,
            Some(json!({"messageId": second.message_id})),
        )
        .await
        .ok();
    assert_eq!(all_read["unread_count"], 0);

    // The same error for the same bad input.
    let status = member
        .events()
        .mark_read(MarkReadRequest {
            room_id: room_id.clone(),
            message_id: "nope".into(),
        })
        .await
        .expect_err("a bad message id");
    rest.call(
        member,
        Method::POST,
        &read_path,
        Some(json!({"message_id": "nope"})),
    )
    .await
    .same_as(&status);

    // SendTyping: an empty answer; a stranger gets the same NOT_FOUND.
    let typing_path = format!("/v1/rooms/{room_id}/typing");
    let typed = rest
        .call(member, Method::POST, &typing_path, Some(json!({})))
        .await
        .ok();
    assert_eq!(typed, json!({}));
    let stranger = api.new_user("stranger").await;
    let status = stranger
        .events()
        .send_typing(SendTypingRequest {
            room_id: room_id.clone(),
        })
        .await
        .expect_err("a stranger");
    let refused = rest
        .call(&stranger, Method::POST, &typing_path, Some(json!({})))
        .await;
    refused.same_as(&status);
    refused.rejected(StatusCode::NOT_FOUND, Code::NotFound, "ROOM_NOT_FOUND");
}

/// Reads a streaming body to its end (10 seconds at most).
async fn read_to_end<B>(body: &mut B) -> String
where
    B: http_body::Body<Data = Bytes> + Unpin,
    B::Error: std::fmt::Debug,
{
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut text = String::new();
    while let Some(frame) = tokio::time::timeout_at(deadline, body.frame())
        .await
        .unwrap_or_else(|_| panic!("the stream did not end in time; got {text:?}"))
    {
        if let Ok(data) = frame.expect("a frame").into_data() {
            text.push_str(&String::from_utf8_lossy(&data));
        }
    }
    text
}

/// The items of a `SendMessageStream` answer: the saved message, the reply's
/// start, its deltas in order, its end; checks their order and that the
/// deltas add up to the stored text. Returns the reply's id.
fn check_reply_stream(items: &[Value]) -> String {
    assert!(items.len() >= 4, "{items:?}");
    let message = &items[0]["message"];
    assert!(message["message_id"].is_string(), "{items:?}");
    let started = &items[1]["reply_started"];
    let reply_id = started["message_id"].as_str().expect("a reply id");
    assert_eq!(started["reply"]["in_reply_to"], message["message_id"]);
    assert_eq!(started["reply"]["state"], "REPLY_STATE_STREAMING");
    let finished = &items[items.len() - 1]["reply_finished"];
    assert_eq!(finished["message_id"], reply_id);
    assert_eq!(finished["reply"]["state"], "REPLY_STATE_COMPLETE");
    let mut text = String::new();
    for (n, item) in items[2..items.len() - 1].iter().enumerate() {
        let delta = &item["reply_delta"];
        assert_eq!(delta["message_id"], reply_id, "{item}");
        assert_eq!(
            delta["sequence"],
            json!((n + 1).to_string()),
            "in order: {item}"
        );
        text.push_str(delta["text"].as_str().expect("delta text"));
    }
    assert_eq!(
        finished["text"],
        json!(text),
        "the deltas add up to the reply"
    );
    reply_id.to_string()
}

#[tokio::test]
async fn send_message_stream_over_rest_is_ndjson_or_server_sent_events() {
    let (api, rest) = (grpc(), Rest::shared());
    let team = api.team().await;
    let (owner, room_id) = (&team.owner, &team.room.room_id);
    let replr = owner
        .create_replr(&team.space.space_id, &format!("bot{}", &room_id[30..]))
        .await;
    owner.add_replr(room_id, &replr.replr_id).await;
    let auth = format!("Bearer {}", owner.secret);
    let open = |accept: Option<&'static str>, text: String| {
        let mut request = Request::builder()
            .method(Method::POST)
            .uri(format!(
                "http://{}/v1/rooms/{room_id}/messages:stream",
                rest.addr
            ))
            .header("authorization", auth.clone())
            .header("content-type", "application/json");
        if let Some(accept) = accept {
            request = request.header("accept", accept);
        }
        let body = serde_json::to_vec(&json!({"text": text})).expect("JSON");
        rest.client.request(
            request
                .body(Full::new(Bytes::from(body)))
                .expect("a request"),
        )
    };

    // Newline-delimited JSON, one SendMessageStreamResponse a line.
    let mut response = open(None, format!("@{}, hello over NDJSON", replr.handle))
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/x-ndjson");
    let text = read_to_end(response.body_mut()).await;
    let items: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    let reply_id = check_reply_stream(&items);
    let stored = owner.get_message(&reply_id).await;
    assert_eq!(
        json!(stored.text),
        items[items.len() - 1]["reply_finished"]["text"]
    );

    // Server-Sent Events: one `data:` per item, and the stream ends.
    let mut response = open(
        Some("text/event-stream"),
        format!("@{}, hello over SSE", replr.handle),
    )
    .await
    .expect("an answer");
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let text = read_to_end(response.body_mut()).await;
    let items: Vec<Value> = text
        .split("\n\n")
        .filter(|block| !block.trim().is_empty())
        .map(|block| {
            let data = block
                .lines()
                .find_map(|l| l.strip_prefix("data: "))
                .unwrap_or_else(|| panic!("a data line in {block:?}"));
            serde_json::from_str(data).expect("JSON data")
        })
        .collect();
    check_reply_stream(&items);

    // Bad input fails before the stream starts, stores nothing.
    let before = owner.messages_in(room_id).await.len();
    rest.call(
        owner,
        Method::POST,
        &format!("/v1/rooms/{room_id}/messages:stream"),
        Some(json!({"text": "   "})),
    )
    .await
    .rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "MESSAGE_EMPTY",
    );
    assert_eq!(owner.messages_in(room_id).await.len(), before);
}
