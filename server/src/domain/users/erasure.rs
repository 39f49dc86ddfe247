//! DeleteUser: a user and what identifies them go, in one write.
//!
//! The user's messages are erased or handed to the deleted-user sender,
//! and so are the copies of them the event log holds (the events they
//! made lose their actor too), so that nothing read later, a resumed
//! stream included, links a message to the person. What the user only
//! took part in (rooms, reactions, read markers, sessions, keys) goes, with
//! an event wherever a room's members see a change.

use std::collections::HashMap;

use uuid::Uuid;

use super::{Users, require_admin};
use crate::domain::{Caller, Error, Kind, Result, SpaceRole};
use crate::store::{
    entities::{events as stored_events, messages, rooms},
    erasure as stored,
    events::{self as log, NewEvent, Payload, ReactionChange},
    messages as stored_messages, spaces as stored_spaces, users as stored_users,
};

/// Who sent the messages of deleted users that were kept: no user.
pub const DELETED_USER_ID: Uuid = Uuid::nil();
/// The name it is shown with.
pub const DELETED_USER_NAME: &str = "Deleted user";

/// Rows read or written per statement.
const CHUNK: u64 = 500;

/// What becomes of a deleted user's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageFate {
    /// Erased as DeleteMessage erases one.
    Delete,
    /// Kept, sent by [`DELETED_USER_ID`].
    Anonymize,
}

/// What a deletion did.
pub struct Erased {
    pub messages: u64,
    pub spaces: usize,
}

impl Users {
    /// Deletes `user_id`. Server admins only; not the caller, and not the
    /// only owner of a space.
    pub async fn delete(
        &self,
        caller: &Caller,
        user_id: Uuid,
        fate: MessageFate,
    ) -> Result<Erased> {
        require_admin(caller)?;
        if user_id == caller.user_id {
            return Err(Error::precondition(
                "CANNOT_DELETE_SELF",
                "a server admin may not delete themself; another admin may",
            ));
        }
        let actor = caller.user_id;
        let erased = self
            .store
            .writer
            .write_settled(move |txn| {
                Box::pin(async move { erase(txn, user_id, actor, fate).await })
            })
            .await?;
        self.auth.user_deleted(user_id);
        self.directory.forget(user_id);
        Ok(erased)
    }
}

async fn erase(
    txn: &sea_orm::DatabaseTransaction,
    user_id: Uuid,
    actor: Uuid,
    fate: MessageFate,
) -> Result<Erased> {
    stored_users::find(txn, user_id)
        .await?
        .ok_or_else(|| Error::not_found(Kind::User, user_id))?;
    let memberships = stored::memberships(txn, user_id).await?;
    let mut alone = Vec::new();
    for member in &memberships {
        if SpaceRole::parse(&member.role) == SpaceRole::Owner
            && stored_spaces::count_owners(txn, member.space_id).await? <= 1
        {
            alone.push(member.space_id.to_string());
        }
    }
    if !alone.is_empty() {
        let shown = alone
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let more = alone.len().saturating_sub(10);
        return Err(Error::precondition(
            "LAST_OWNER",
            format!(
                "the user is the only owner of {} space(s): {shown}{}; make another member an \
                 owner, or delete the space, first",
                alone.len(),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            ),
        ));
    }
    let now = crate::domain::now();
    let event = |room: &rooms::Model, payload| NewEvent {
        room_id: room.id,
        space_id: room.space_id,
        actor_id: Some(actor),
        payload,
        at: now,
    };

    // Events already stored first, while they still name the user.
    rewrite_history(txn, user_id, fate).await?;

    let mut rooms = Rooms::default();
    let messages = match fate {
        MessageFate::Anonymize => stored::reassign_messages(txn, user_id, DELETED_USER_ID).await?,
        MessageFate::Delete => {
            // Ids first: once erased, they no longer name the user.
            let (mut ids, mut after) = (Vec::new(), None);
            loop {
                let page = stored::live_messages(txn, user_id, after, CHUNK).await?;
                let Some(last) = page.last() else { break };
                after = Some(*last);
                ids.extend(page);
            }
            let erased = stored::erase_messages(txn, user_id, DELETED_USER_ID, now).await?;
            for chunk in ids.chunks(CHUNK as usize) {
                let mut deleted = Vec::with_capacity(chunk.len());
                for message in stored::messages(txn, chunk).await? {
                    let room = rooms.get(txn, message.room_id).await?;
                    deleted.push(event(&room, Payload::MessageDeleted(message)));
                }
                log::append(txn, deleted).await?;
            }
            erased
        }
    };

    let reactions = stored::reactions(txn, user_id).await?;
    stored::delete_reactions(txn, user_id).await?;
    let mut removed = Vec::with_capacity(reactions.len());
    for (reaction, room_id) in reactions {
        let room = rooms.get(txn, room_id).await?;
        let count =
            stored_messages::reaction_count(txn, reaction.message_id, &reaction.emoji).await?;
        let change = ReactionChange {
            message_id: reaction.message_id,
            emoji: reaction.emoji,
            user_id,
            count,
        };
        removed.push(event(&room, Payload::ReactionRemoved(change)));
    }
    log::append(txn, removed).await?;

    let left = stored::rooms_of(txn, user_id)
        .await?
        .iter()
        .map(|room| event(room, Payload::MemberLeft { user_id }))
        .collect();
    log::append(txn, left).await?;
    stored::delete_user(txn, user_id).await?;
    Ok(Erased {
        messages,
        spaces: memberships.len(),
    })
}

/// Rewrites the events the user made: each loses its actor, and a message
/// of theirs it carries becomes what the message becomes.
async fn rewrite_history(
    txn: &sea_orm::DatabaseTransaction,
    user_id: Uuid,
    fate: MessageFate,
) -> Result<()> {
    let mut after = 0;
    loop {
        let page = stored::events_by(txn, user_id, after, CHUNK).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for stored_event in page {
            let payload = rewritten(&stored_event, user_id, fate);
            stored::rewrite_event(txn, stored_event.id, payload).await?;
        }
    }
    Ok(())
}

/// What an event of the user's says once they are deleted; `None`: as it
/// is (only its actor goes).
fn rewritten(event: &stored_events::Model, user_id: Uuid, fate: MessageFate) -> Option<String> {
    let payload: Payload = serde_json::from_str(&event.payload).ok()?;
    let scrub = |message: messages::Model| {
        if message.by_replr() || message.sender_id != user_id {
            return None;
        }
        Some(forget_sender(message, fate))
    };
    let payload = match payload {
        Payload::MessageCreated(m) => Payload::MessageCreated(scrub(m)?),
        Payload::MessageEdited(m) => Payload::MessageEdited(scrub(m)?),
        Payload::MessageDeleted(m) => Payload::MessageDeleted(scrub(m)?),
        _ => return None,
    };
    serde_json::to_string(&payload).ok()
}

/// A copy of the user's message as the deletion leaves it.
fn forget_sender(mut message: messages::Model, fate: MessageFate) -> messages::Model {
    message.sender_id = DELETED_USER_ID;
    message.request_id = None;
    if fate == MessageFate::Delete {
        message.text.clear();
        message.attachments = "[]".into();
        message.mentions = "[]".into();
        message.word_count = 0;
    }
    message
}

/// Rooms read once per deletion.
#[derive(Default)]
struct Rooms(HashMap<Uuid, rooms::Model>);

impl Rooms {
    async fn get(&mut self, txn: &sea_orm::DatabaseTransaction, id: Uuid) -> Result<rooms::Model> {
        if let Some(room) = self.0.get(&id) {
            return Ok(room.clone());
        }
        let room = crate::store::rooms::find(txn, id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::Room, id))?;
        self.0.insert(id, room.clone());
        Ok(room)
    }
}
