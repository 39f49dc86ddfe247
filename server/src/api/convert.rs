//! Domain values to protobuf messages and back.

use chrono::{DateTime, Utc};
use prost_types::Timestamp;

use crate::{
    domain::{
        RoomRole, Scope, SpaceRole, Visibility,
        input::Attachment,
        messages::MessageView,
        replies::{self, ReplyState},
        replrs::ReplyMode,
        rooms, sessions, spaces,
    },
    proto::v1 as pb,
    store::{
        entities::{api_keys, messages, replrs, users},
        events::ReplrBrief,
    },
};

pub fn timestamp(at: DateTime<Utc>) -> Timestamp {
    Timestamp {
        seconds: at.timestamp(),
        nanos: at.timestamp_subsec_nanos() as i32,
    }
}

/// A client timestamp; `None` if out of range.
pub fn from_timestamp(ts: &Timestamp) -> Option<DateTime<Utc>> {
    u32::try_from(ts.nanos)
        .ok()
        .and_then(|nanos| DateTime::from_timestamp(ts.seconds, nanos))
}

pub fn user(user: users::Model) -> pb::User {
    pb::User {
        user_id: user.id.to_string(),
        username: user.username,
        display_name: user.display_name,
        is_admin: user.is_admin,
        create_time: Some(timestamp(user.created_at)),
        external_id: user.external_id.unwrap_or_default(),
        avatar_url: user.avatar_url,
        metadata: crate::domain::metadata::parse(&user.metadata)
            .into_iter()
            .collect(),
    }
}

pub fn api_key(key: api_keys::Model) -> pb::ApiKey {
    let scopes = crate::domain::Scopes::parse(&key.scopes)
        .list()
        .into_iter()
        .map(|scope| scope_to_pb(scope) as i32)
        .collect();
    pb::ApiKey {
        api_key_id: key.id.to_string(),
        user_id: key.user_id.to_string(),
        name: key.name,
        prefix: key.prefix,
        scopes,
        create_time: Some(timestamp(key.created_at)),
        expire_time: key.expires_at.map(timestamp),
        revoke_time: key.revoked_at.map(timestamp),
    }
}

fn scope_to_pb(scope: Scope) -> pb::ApiKeyScope {
    match scope {
        Scope::Read => pb::ApiKeyScope::Read,
        Scope::Write => pb::ApiKeyScope::Write,
        Scope::Admin => pb::ApiKeyScope::Admin,
    }
}

pub fn scope_from_pb(value: i32) -> Option<Scope> {
    match pb::ApiKeyScope::try_from(value).ok()? {
        pb::ApiKeyScope::Read => Some(Scope::Read),
        pb::ApiKeyScope::Write => Some(Scope::Write),
        pb::ApiKeyScope::Admin => Some(Scope::Admin),
        pb::ApiKeyScope::Unspecified => None,
    }
}

pub fn space(view: spaces::SpaceView) -> pb::Space {
    pb::Space {
        space_id: view.space.id.to_string(),
        name: view.space.name,
        description: view.space.description,
        my_role: space_role_to_pb(view.my_role) as i32,
        member_count: view.member_count as i32,
        create_time: Some(timestamp(view.space.created_at)),
        update_time: Some(timestamp(view.space.updated_at)),
    }
}

pub fn space_member(view: spaces::MemberView) -> pb::SpaceMember {
    pb::SpaceMember {
        space_id: view.member.space_id.to_string(),
        user_id: view.member.user_id.to_string(),
        username: view.user.username,
        display_name: view.user.display_name,
        role: space_role_to_pb(SpaceRole::parse(&view.member.role)) as i32,
        join_time: Some(timestamp(view.member.joined_at)),
    }
}

fn space_role_to_pb(role: SpaceRole) -> pb::SpaceRole {
    match role {
        SpaceRole::Owner => pb::SpaceRole::Owner,
        SpaceRole::Admin => pb::SpaceRole::Admin,
        SpaceRole::Member => pb::SpaceRole::Member,
        SpaceRole::Viewer => pb::SpaceRole::Viewer,
    }
}

/// A required space role; `None` for UNSPECIFIED or unknown numbers.
pub fn space_role_from_pb(value: i32) -> Option<SpaceRole> {
    match pb::SpaceRole::try_from(value).ok()? {
        pb::SpaceRole::Owner => Some(SpaceRole::Owner),
        pb::SpaceRole::Admin => Some(SpaceRole::Admin),
        pb::SpaceRole::Member => Some(SpaceRole::Member),
        pb::SpaceRole::Viewer => Some(SpaceRole::Viewer),
        pb::SpaceRole::Unspecified => None,
    }
}

pub fn room(view: rooms::RoomView) -> pb::Room {
    pb::Room {
        room_id: view.room.id.to_string(),
        space_id: view.room.space_id.to_string(),
        name: view.room.name,
        description: view.room.description,
        visibility: visibility_to_pb(Visibility::parse(&view.room.visibility)) as i32,
        creator_id: view.room.creator_id.to_string(),
        member_count: view.member_count as i32,
        last_message_time: view.room.last_message_at.map(timestamp),
        my_role: view
            .my_role
            .map_or(pb::RoomRole::Unspecified, room_role_to_pb) as i32,
        create_time: Some(timestamp(view.room.created_at)),
        update_time: Some(timestamp(view.room.updated_at)),
        unread_count: view.unread_count as i32,
        replr_count: view.replrs.len() as i32,
        replrs: view
            .replrs
            .iter()
            .map(|replr| replr_summary(ReplrBrief::from(replr)))
            .collect(),
    }
}

pub fn replr(replr: replrs::Model) -> pb::Replr {
    pb::Replr {
        replr_id: replr.id.to_string(),
        space_id: replr.space_id.to_string(),
        reply_mode: reply_mode_to_pb(ReplyMode::parse(&replr.reply_mode)) as i32,
        handle: replr.handle,
        display_name: replr.display_name,
        description: replr.description,
        avatar_url: replr.avatar_url,
        system_prompt: replr.system_prompt,
        provider: replr.provider,
        model: replr.model,
        temperature: replr.temperature,
        max_tokens: replr.max_tokens,
        creator_id: replr.creator_id.to_string(),
        create_time: Some(timestamp(replr.created_at)),
        update_time: Some(timestamp(replr.updated_at)),
    }
}

pub fn replr_summary(brief: ReplrBrief) -> pb::ReplrSummary {
    pb::ReplrSummary {
        replr_id: brief.replr_id.to_string(),
        reply_mode: reply_mode_to_pb(ReplyMode::parse(&brief.reply_mode)) as i32,
        handle: brief.handle,
        display_name: brief.display_name,
        avatar_url: brief.avatar_url,
    }
}

fn reply_mode_to_pb(mode: ReplyMode) -> pb::ReplyMode {
    match mode {
        ReplyMode::OnMention => pb::ReplyMode::OnMention,
        ReplyMode::EveryHumanMessage => pb::ReplyMode::EveryHumanMessage,
        ReplyMode::Never => pb::ReplyMode::Never,
    }
}

/// `Ok(None)` for UNSPECIFIED; `Err` for numbers the contract does not define.
pub fn reply_mode_from_pb(value: i32) -> Result<Option<ReplyMode>, ()> {
    match pb::ReplyMode::try_from(value).map_err(|_| ())? {
        pb::ReplyMode::Unspecified => Ok(None),
        pb::ReplyMode::OnMention => Ok(Some(ReplyMode::OnMention)),
        pb::ReplyMode::EveryHumanMessage => Ok(Some(ReplyMode::EveryHumanMessage)),
        pb::ReplyMode::Never => Ok(Some(ReplyMode::Never)),
    }
}

pub fn room_member(view: rooms::MemberView) -> pb::RoomMember {
    pb::RoomMember {
        room_id: view.member.room_id.to_string(),
        user_id: view.member.user_id.to_string(),
        username: view.user.username,
        display_name: view.user.display_name,
        role: room_role_to_pb(RoomRole::parse(&view.member.role)) as i32,
        join_time: Some(timestamp(view.member.joined_at)),
    }
}

fn room_role_to_pb(role: RoomRole) -> pb::RoomRole {
    match role {
        RoomRole::Owner => pb::RoomRole::Owner,
        RoomRole::Admin => pb::RoomRole::Admin,
        RoomRole::Member => pb::RoomRole::Member,
        RoomRole::Contributor => pb::RoomRole::Contributor,
    }
}

/// `Ok(None)` for UNSPECIFIED; `Err` for numbers the contract does not define.
pub fn room_role_from_pb(value: i32) -> Result<Option<RoomRole>, ()> {
    match pb::RoomRole::try_from(value).map_err(|_| ())? {
        pb::RoomRole::Unspecified => Ok(None),
        pb::RoomRole::Owner => Ok(Some(RoomRole::Owner)),
        pb::RoomRole::Admin => Ok(Some(RoomRole::Admin)),
        pb::RoomRole::Member => Ok(Some(RoomRole::Member)),
        pb::RoomRole::Contributor => Ok(Some(RoomRole::Contributor)),
    }
}

fn visibility_to_pb(visibility: Visibility) -> pb::RoomVisibility {
    match visibility {
        Visibility::Public => pb::RoomVisibility::Public,
        Visibility::Private => pb::RoomVisibility::Private,
    }
}

/// `Ok(None)` for UNSPECIFIED; `Err` for numbers the contract does not define.
pub fn visibility_from_pb(value: i32) -> Result<Option<Visibility>, ()> {
    match pb::RoomVisibility::try_from(value).map_err(|_| ())? {
        pb::RoomVisibility::Unspecified => Ok(None),
        pb::RoomVisibility::Public => Ok(Some(Visibility::Public)),
        pb::RoomVisibility::Private => Ok(Some(Visibility::Private)),
    }
}

pub fn attachment_from_pb(attachment: pb::Attachment) -> Attachment {
    Attachment {
        name: attachment.name,
        mime_type: attachment.mime_type,
        size_bytes: attachment.size_bytes,
        url: attachment.url,
    }
}

fn attachment(a: Attachment) -> pb::Attachment {
    pb::Attachment {
        name: a.name,
        mime_type: a.mime_type,
        size_bytes: a.size_bytes,
        url: a.url,
    }
}

/// A message of a session; `public` (a public link's view) leaves out who
/// wrote it and its rating.
pub fn session_message(m: messages::Model, public: bool) -> pb::SessionMessage {
    let role = if m.sender_type == messages::SENT_BY_USER {
        pb::SessionMessageRole::User
    } else {
        pb::SessionMessageRole::Assistant
    };
    let answer = replies::reply_of(&m);
    let state = match answer.as_ref().map(|(state, _)| *state) {
        Some(ReplyState::Streaming) => pb::SessionMessageState::Streaming,
        Some(ReplyState::Failed) => pb::SessionMessageState::Failed,
        Some(ReplyState::Cancelled) => pb::SessionMessageState::Cancelled,
        _ => pb::SessionMessageState::Complete,
    };
    let rating = match (
        public,
        m.rating.as_deref().and_then(sessions::Rating::parse),
    ) {
        (false, Some(rating)) => Some(pb::MessageRating {
            rating: match rating {
                sessions::Rating::Up => pb::Rating::Up,
                sessions::Rating::Down => pb::Rating::Down,
            } as i32,
            comment: m.rating_comment.unwrap_or_default(),
            rate_time: m.rated_at.map(timestamp),
        }),
        _ => None,
    };
    // A person wrote it (the owner, or someone answering as the assistant).
    let author = m.sender_type != messages::SENT_BY_ASSISTANT && !public;
    let attachments: Vec<Attachment> = serde_json::from_str(&m.attachments).unwrap_or_default();
    let info = answer.map(|(_, info)| info);
    pb::SessionMessage {
        message_id: m.id.to_string(),
        session_id: m.room_id.to_string(),
        role: role as i32,
        text: m.text,
        author_id: if author {
            m.sender_id.to_string()
        } else {
            String::new()
        },
        state: state as i32,
        in_reply_to: m.in_reply_to.map(|id| id.to_string()).unwrap_or_default(),
        version: m.version,
        latest: m.latest,
        provider: info
            .as_ref()
            .map(|i| i.provider.clone())
            .unwrap_or_default(),
        model: info.as_ref().map(|i| i.model.clone()).unwrap_or_default(),
        usage: info
            .as_ref()
            .and_then(|i| i.usage)
            .map(|usage| pb::TokenUsage {
                prompt_tokens: usage.prompt_tokens as i32,
                completion_tokens: usage.completion_tokens as i32,
                estimated: usage.estimated,
            }),
        failure_reason: info
            .as_ref()
            .and_then(|i| i.failure_reason.clone())
            .unwrap_or_default(),
        failure_message: info
            .as_ref()
            .and_then(|i| i.failure_message.clone())
            .unwrap_or_default(),
        rating,
        create_time: Some(timestamp(m.created_at)),
        finish_time: info.and_then(|i| i.finished_at).map(timestamp),
        attachments: attachments.into_iter().map(attachment).collect(),
    }
}

pub fn message(view: MessageView) -> pb::Message {
    let m = view.message;
    let reply = reply(&m);
    let sender = if m.by_replr() {
        let replr = view.replr.as_ref();
        pb::Sender {
            r#type: pb::SenderType::Replr as i32,
            id: m.sender_id.to_string(),
            username: replr.map(|r| r.handle.clone()).unwrap_or_default(),
            display_name: replr.map(|r| r.display_name.clone()).unwrap_or_default(),
        }
    } else {
        let user = view.sender.as_ref();
        // A deleted user's messages that were kept show a sender of no one.
        let deleted = user.is_none() && m.sender_id == crate::domain::users::DELETED_USER_ID;
        pb::Sender {
            r#type: pb::SenderType::User as i32,
            id: m.sender_id.to_string(),
            username: user.map(|u| u.username.clone()).unwrap_or_default(),
            display_name: match user {
                Some(u) => u.display_name.clone(),
                None if deleted => crate::domain::users::DELETED_USER_NAME.into(),
                None => String::new(),
            },
        }
    };
    pb::Message {
        message_id: m.id.to_string(),
        room_id: m.room_id.to_string(),
        sender: Some(sender),
        text: m.text,
        attachments: view.attachments.into_iter().map(attachment).collect(),
        mentions: view
            .mentions
            .into_iter()
            .map(|mention| pb::Mention {
                user_id: mention.user_id.to_string(),
                username: mention.username,
            })
            .collect(),
        replr_mentions: view
            .replr_mentions
            .into_iter()
            .map(|mention| pb::ReplrMention {
                replr_id: mention.replr_id.to_string(),
                handle: mention.handle,
            })
            .collect(),
        reactions: view
            .reactions
            .into_iter()
            .map(|tally| pb::ReactionCount {
                emoji: tally.emoji,
                count: tally.count as i32,
                reacted_by_me: tally.by_viewer,
            })
            .collect(),
        word_count: m.word_count,
        create_time: Some(timestamp(m.created_at)),
        edit_time: m.edited_at.map(timestamp),
        delete_time: m.deleted_at.map(timestamp),
        reply,
    }
}

/// The `reply` of a REPLR's message.
fn reply(message: &messages::Model) -> Option<pb::Reply> {
    let (state, info) = replies::reply_of(message)?;
    Some(pb::Reply {
        state: match state {
            ReplyState::Streaming => pb::ReplyState::Streaming,
            ReplyState::Complete => pb::ReplyState::Complete,
            ReplyState::Failed => pb::ReplyState::Failed,
            ReplyState::Cancelled => pb::ReplyState::Cancelled,
        } as i32,
        in_reply_to: info.in_reply_to.to_string(),
        provider: info.provider,
        model: info.model,
        usage: info.usage.map(|usage| pb::TokenUsage {
            prompt_tokens: usage.prompt_tokens as i32,
            completion_tokens: usage.completion_tokens as i32,
            estimated: usage.estimated,
        }),
        failure_reason: info.failure_reason.unwrap_or_default(),
        failure_message: info.failure_message.unwrap_or_default(),
        depth: info.depth,
        finish_time: info.finished_at.map(timestamp),
    })
}
