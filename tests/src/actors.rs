//! Ready-made participants: the bootstrap admin, fresh users with their own
//! API keys, and spaces and rooms with members in given roles.

use std::net::SocketAddr;
use std::ops::Deref;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::HeaderValue;
use serde::Serialize;
use tonic_health::pb::health_client::HealthClient;
use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;

use crate::outcome::Outcome;
use crate::proto::assist_service_client::AssistServiceClient;
use crate::proto::credit_service_client::CreditServiceClient;
use crate::proto::event_service_client::EventServiceClient;
use crate::proto::message_service_client::MessageServiceClient;
use crate::proto::model_service_client::ModelServiceClient;
use crate::proto::replr_service_client::ReplrServiceClient;
use crate::proto::room_service_client::RoomServiceClient;
use crate::proto::session_service_client::SessionServiceClient;
use crate::proto::space_service_client::SpaceServiceClient;
use crate::proto::user_service_client::UserServiceClient;
use crate::proto::*;
use crate::server::{TestServer, random_alphanumeric};
use crate::transport::{self, Channel, Transport};

/// The API of one running server over one transport: where tests get their
/// actors and clients.
#[derive(Clone)]
pub struct Api {
    transport: Transport,
    channel: Channel,
    admin_key: String,
    jwt_secret: String,
}

impl Api {
    /// The shared server of this test binary, over `transport`.
    pub fn shared(transport: Transport) -> Api {
        TestServer::shared().api(transport)
    }

    /// Clients for the server at `addr`. Must be called inside the test's
    /// Tokio runtime.
    pub fn new(
        addr: SocketAddr,
        transport: Transport,
        admin_key: String,
        jwt_secret: String,
    ) -> Api {
        Api {
            transport,
            channel: transport.connect(addr),
            admin_key,
            jwt_secret,
        }
    }

    /// The transport the clients use.
    pub fn transport(&self) -> Transport {
        self.transport
    }

    /// Clients that send no credentials at all.
    pub fn anonymous(&self) -> Clients {
        Clients {
            channel: self.channel.clone(),
        }
    }

    /// Clients that send `Authorization: Bearer <token>`, whatever the token.
    pub fn with_token(&self, token: &str) -> Clients {
        Clients {
            channel: transport::with_bearer(self.channel.clone(), token),
        }
    }

    /// Clients that send exactly this `Authorization` header.
    pub fn with_authorization(&self, value: &str) -> Clients {
        let value = HeaderValue::try_from(value).expect("a valid header value");
        Clients {
            channel: transport::with_authorization(self.channel.clone(), value),
        }
    }

    /// Clients authenticated with the bootstrap admin key.
    pub fn admin(&self) -> Clients {
        self.with_token(&self.admin_key)
    }

    /// The HS256 secret the server checks user JWTs with.
    pub fn jwt_secret(&self) -> &str {
        &self.jwt_secret
    }

    /// The bootstrap admin key the server was started with.
    pub fn admin_key(&self) -> &str {
        &self.admin_key
    }

    /// A new ordinary user named `<name>_<random>`, with an API key of the
    /// default scopes (read and write).
    pub async fn new_user(&self, name: &str) -> Actor {
        self.create_actor(name, false).await
    }

    /// A new user, as [`Api::new_user`], who already shares a space with
    /// `known_to` (one the server admin makes for the two of them), so
    /// that `known_to` may add them to spaces of their own.
    pub async fn new_user_known_to(&self, known_to: &Actor, name: &str) -> Actor {
        let user = self.new_user(name).await;
        let admin = self.admin();
        let meeting = admin
            .spaces()
            .create_space(CreateSpaceRequest {
                name: "Where they met".into(),
                description: String::new(),
            })
            .await
            .success()
            .space
            .expect("CreateSpace returns the space");
        for who in [known_to, &user] {
            admin
                .spaces()
                .add_space_member(AddSpaceMemberRequest {
                    space_id: meeting.space_id.clone(),
                    user_id: who.id.clone(),
                    role: SpaceRole::Viewer as i32,
                })
                .await
                .success();
        }
        user
    }

    /// A new server admin named `<name>_<random>`, with an API key of every
    /// scope.
    pub async fn new_admin(&self, name: &str) -> Actor {
        self.create_actor(name, true).await
    }

    async fn create_actor(&self, name: &str, is_admin: bool) -> Actor {
        let admin = self.admin();
        let user = admin
            .users()
            .create_user(CreateUserRequest {
                username: unique_username(name),
                display_name: display_name(name),
                is_admin,
            })
            .await
            .success()
            .user
            .expect("CreateUser returns the user");
        let scopes = if is_admin {
            vec![
                ApiKeyScope::Read as i32,
                ApiKeyScope::Write as i32,
                ApiKeyScope::Admin as i32,
            ]
        } else {
            Vec::new()
        };
        let created = admin
            .users()
            .create_api_key(CreateApiKeyRequest {
                name: format!("{name} test key"),
                scopes,
                user_id: user.user_id.clone(),
                expire_time: None,
            })
            .await
            .success();
        let api_key = created.api_key.expect("CreateApiKey returns the key");
        self.act_as(user, created.secret, api_key)
    }

    /// An actor for an existing user and one of their API key secrets.
    pub fn act_as(&self, user: User, secret: String, api_key: ApiKey) -> Actor {
        Actor {
            clients: self.with_token(&secret),
            id: user.user_id.clone(),
            username: user.username.clone(),
            user,
            secret,
            api_key,
        }
    }

    /// The same actor (same user, same key) on this API: after a restart, or
    /// over another transport.
    pub fn reconnect(&self, actor: &Actor) -> Actor {
        self.act_as(
            actor.user.clone(),
            actor.secret.clone(),
            actor.api_key.clone(),
        )
    }

    /// A new space owned by `owner`, with the given members added in the
    /// given roles by the server admin.
    pub async fn space_with(&self, owner: &Actor, members: &[(&Actor, SpaceRole)]) -> Space {
        let space = owner.create_space("Test space").await;
        // The server admin adds them: an owner may add only users who
        // already share a space with them.
        let admin = self.admin();
        for (member, role) in members {
            admin
                .spaces()
                .add_space_member(AddSpaceMemberRequest {
                    space_id: space.space_id.clone(),
                    user_id: member.id.clone(),
                    role: *role as i32,
                })
                .await
                .success();
        }
        owner.get_space(&space.space_id).await
    }

    /// A new room in `space`, owned by `owner` (who must be able to create
    /// rooms there), with the given space members added in the given roles.
    pub async fn room_with(
        &self,
        owner: &Actor,
        space: &Space,
        visibility: RoomVisibility,
        members: &[(&Actor, RoomRole)],
    ) -> Room {
        let room = owner
            .rooms()
            .create_room(CreateRoomRequest {
                space_id: space.space_id.clone(),
                name: "Test room".into(),
                description: String::new(),
                visibility: visibility as i32,
            })
            .await
            .success()
            .room
            .expect("CreateRoom returns the room");
        for (member, role) in members {
            owner
                .rooms()
                .add_room_member(AddRoomMemberRequest {
                    room_id: room.room_id.clone(),
                    user_id: member.id.clone(),
                    role: *role as i32,
                })
                .await
                .success();
        }
        owner.get_room(&room.room_id).await
    }

    /// An owner and a member (space role `member`) in a new space, and a new
    /// public room of the owner's with the member in it (room role `member`).
    pub async fn team(&self) -> Team {
        let owner = self.new_user("owner").await;
        let member = self.new_user("member").await;
        let space = self
            .space_with(&owner, &[(&member, SpaceRole::Member)])
            .await;
        let room = self
            .room_with(
                &owner,
                &space,
                RoomVisibility::Public,
                &[(&member, RoomRole::Member)],
            )
            .await;
        Team {
            owner,
            member,
            space,
            room,
        }
    }

    /// A user token (HS256 JWT, signed with the server's secret) for
    /// `user_id`, valid for an hour.
    pub fn jwt_for(&self, user_id: &str) -> String {
        let exp = unix_now() + 3600;
        mint_jwt(user_id, exp, &self.jwt_secret)
    }

    /// A user token for `user_id` that expired `ago` ago.
    pub fn expired_jwt_for(&self, user_id: &str, ago: Duration) -> String {
        let exp = unix_now() - ago.as_secs() as i64;
        mint_jwt(user_id, exp, &self.jwt_secret)
    }

    /// The health service, without credentials.
    pub fn health(&self) -> HealthClient<Channel> {
        HealthClient::new(self.channel.clone())
    }

    /// The reflection service, without credentials.
    pub fn reflection(&self) -> ServerReflectionClient<Channel> {
        ServerReflectionClient::new(self.channel.clone())
    }
}

/// The most common cast: see [`Api::team`].
pub struct Team {
    pub owner: Actor,
    pub member: Actor,
    pub space: Space,
    pub room: Room,
}

/// The Roundtable services over one authenticated channel. Each
/// accessor hands out a fresh handle, so `&self` is enough to call.
#[derive(Clone)]
pub struct Clients {
    channel: Channel,
}

impl Clients {
    pub fn spaces(&self) -> SpaceServiceClient<Channel> {
        SpaceServiceClient::new(self.channel.clone())
    }

    pub fn users(&self) -> UserServiceClient<Channel> {
        UserServiceClient::new(self.channel.clone())
    }

    pub fn rooms(&self) -> RoomServiceClient<Channel> {
        RoomServiceClient::new(self.channel.clone())
    }

    pub fn messages(&self) -> MessageServiceClient<Channel> {
        MessageServiceClient::new(self.channel.clone())
    }

    pub fn events(&self) -> EventServiceClient<Channel> {
        EventServiceClient::new(self.channel.clone())
    }

    pub fn models(&self) -> ModelServiceClient<Channel> {
        ModelServiceClient::new(self.channel.clone())
    }

    pub fn sessions(&self) -> SessionServiceClient<Channel> {
        SessionServiceClient::new(self.channel.clone())
    }

    pub fn assist(&self) -> AssistServiceClient<Channel> {
        AssistServiceClient::new(self.channel.clone())
    }

    pub fn credits(&self) -> CreditServiceClient<Channel> {
        CreditServiceClient::new(self.channel.clone())
    }

    pub fn replrs(&self) -> ReplrServiceClient<Channel> {
        ReplrServiceClient::new(self.channel.clone())
    }

    /// The stored events of a room after `cursor`, as this caller sees
    /// them: a subscription read up to its `subscribed`.
    pub async fn replay(&self, room_id: &str, cursor: &str) -> Vec<Event> {
        let mut stream = self
            .events()
            .subscribe(SubscribeRequest {
                room_ids: vec![room_id.into()],
                cursor: cursor.into(),
                ..Default::default()
            })
            .await
            .success();
        let mut events = Vec::new();
        loop {
            let event = tokio::time::timeout(Duration::from_secs(10), stream.message())
                .await
                .expect("the replay ends with `subscribed` within 10 s")
                .expect("no error")
                .expect("an event")
                .event
                .expect("the event");
            if matches!(event.kind, Some(event::Kind::Subscribed(_))) {
                return events;
            }
            events.push(event);
        }
    }

    /// The calling user, or the error the server gave.
    pub async fn current_user(&self) -> Result<User, tonic::Status> {
        let response = self
            .users()
            .get_current_user(GetCurrentUserRequest {})
            .await?;
        Ok(response
            .into_inner()
            .user
            .expect("GetCurrentUser returns the user"))
    }
}

/// A user with an API key and clients that authenticate as them. The
/// helpers panic with the server's error when a call fails: use the clients
/// directly to test failures.
pub struct Actor {
    pub id: String,
    pub username: String,
    pub user: User,
    /// The API key secret the clients send.
    pub secret: String,
    pub api_key: ApiKey,
    clients: Clients,
}

impl Deref for Actor {
    type Target = Clients;

    fn deref(&self) -> &Clients {
        &self.clients
    }
}

impl Actor {
    /// A new space owned by this user.
    pub async fn create_space(&self, name: &str) -> Space {
        self.spaces()
            .create_space(CreateSpaceRequest {
                name: name.into(),
                description: String::new(),
            })
            .await
            .success()
            .space
            .expect("CreateSpace returns the space")
    }

    pub async fn get_space(&self, space_id: &str) -> Space {
        self.spaces()
            .get_space(GetSpaceRequest {
                space_id: space_id.into(),
            })
            .await
            .success()
            .space
            .expect("GetSpace returns the space")
    }

    /// Every space this user is a member of.
    pub async fn my_spaces(&self) -> Vec<Space> {
        let mut spaces = Vec::new();
        let mut page_token = String::new();
        loop {
            let page = self
                .spaces()
                .list_spaces(ListSpacesRequest {
                    page_size: 200,
                    page_token,
                })
                .await
                .success();
            spaces.extend(page.spaces);
            if page.next_page_token.is_empty() {
                return spaces;
            }
            page_token = page.next_page_token;
        }
    }

    /// The members of a space, in join order.
    pub async fn space_members(&self, space_id: &str) -> Vec<SpaceMember> {
        self.spaces()
            .list_space_members(ListSpaceMembersRequest {
                space_id: space_id.into(),
                page_size: 200,
                page_token: String::new(),
            })
            .await
            .success()
            .members
    }

    /// A new room in `space_id` owned by this user.
    pub async fn create_room(
        &self,
        space_id: &str,
        name: &str,
        visibility: RoomVisibility,
    ) -> Room {
        self.rooms()
            .create_room(CreateRoomRequest {
                space_id: space_id.into(),
                name: name.into(),
                description: String::new(),
                visibility: visibility as i32,
            })
            .await
            .success()
            .room
            .expect("CreateRoom returns the room")
    }

    pub async fn get_room(&self, room_id: &str) -> Room {
        self.rooms()
            .get_room(GetRoomRequest {
                room_id: room_id.into(),
            })
            .await
            .success()
            .room
            .expect("GetRoom returns the room")
    }

    /// The rooms of a space this user can see.
    pub async fn rooms_in(&self, space_id: &str) -> Vec<Room> {
        self.rooms()
            .list_rooms(ListRoomsRequest {
                space_id: space_id.into(),
                page_size: 200,
                page_token: String::new(),
            })
            .await
            .success()
            .rooms
    }

    /// The members of a room, in join order.
    pub async fn room_members(&self, room_id: &str) -> Vec<RoomMember> {
        self.rooms()
            .list_room_members(ListRoomMembersRequest {
                room_id: room_id.into(),
                page_size: 200,
                page_token: String::new(),
            })
            .await
            .success()
            .members
    }

    /// A new REPLR in `space_id` with this handle and every other field
    /// left to its default.
    pub async fn create_replr(&self, space_id: &str, handle: &str) -> Replr {
        self.replrs()
            .create_replr(CreateReplrRequest {
                space_id: space_id.into(),
                handle: handle.into(),
                ..Default::default()
            })
            .await
            .success()
            .replr
            .expect("CreateReplr returns the REPLR")
    }

    /// Adds a REPLR to a room; returns the room after the change.
    pub async fn add_replr(&self, room_id: &str, replr_id: &str) -> Room {
        self.rooms()
            .add_replr(AddReplrRequest {
                room_id: room_id.into(),
                replr_id: replr_id.into(),
            })
            .await
            .success()
            .room
            .expect("AddReplr returns the room")
    }

    /// Joins a public room as a member.
    pub async fn join(&self, room_id: &str) -> RoomMember {
        self.rooms()
            .add_room_member(AddRoomMemberRequest {
                room_id: room_id.into(),
                user_id: self.id.clone(),
                role: RoomRole::Unspecified as i32,
            })
            .await
            .success()
            .member
            .expect("AddRoomMember returns the member")
    }

    /// Posts `text` to a room.
    pub async fn send(&self, room_id: &str, text: &str) -> Message {
        self.messages()
            .send_message(SendMessageRequest {
                room_id: room_id.into(),
                text: text.into(),
                attachments: Vec::new(),
                request_id: String::new(),
                ..Default::default()
            })
            .await
            .success()
            .message
            .expect("SendMessage returns the message")
    }

    pub async fn get_message(&self, message_id: &str) -> Message {
        self.messages()
            .get_message(GetMessageRequest {
                message_id: message_id.into(),
            })
            .await
            .success()
            .message
            .expect("GetMessage returns the message")
    }

    /// Every message of a room, oldest first, following the pages.
    pub async fn messages_in(&self, room_id: &str) -> Vec<Message> {
        let mut messages = Vec::new();
        let mut page_token = String::new();
        loop {
            let page = self
                .messages()
                .list_messages(ListMessagesRequest {
                    room_id: room_id.into(),
                    page_size: 200,
                    page_token,
                    ..Default::default()
                })
                .await
                .success();
            messages.extend(page.messages);
            if page.next_page_token.is_empty() {
                return messages;
            }
            page_token = page.next_page_token;
        }
    }
}

/// A well-formed id (UUIDv7) that names nothing.
pub fn unknown_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Whether `id` is a UUIDv7, as every Roundtable id is.
pub fn is_uuid_v7(id: &str) -> bool {
    uuid::Uuid::parse_str(id).is_ok_and(|uuid| uuid.get_version_num() == 7)
}

/// `<name>_<8 random chars>`: unique, and a valid username (3–32 of
/// `a-z0-9_`) for any `name` of such characters.
pub fn unique_username(name: &str) -> String {
    let name: String = name.chars().take(23).collect();
    format!("{name}_{}", random_alphanumeric(8).to_lowercase())
}

fn display_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Someone".into(),
    }
}

#[derive(Serialize)]
struct Claims<'a> {
    sub: &'a str,
    exp: i64,
    iat: i64,
}

/// An HS256 JWT with `sub` = `user_id` and the given expiry (seconds since
/// the epoch), signed with `secret`.
pub fn mint_jwt(user_id: &str, exp: i64, secret: &str) -> String {
    let claims = Claims {
        sub: user_id,
        exp,
        iat: unix_now().min(exp),
    };
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("sign a JWT")
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs() as i64
}
