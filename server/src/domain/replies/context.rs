//! What the provider sees for a reply: the persona's instructions, then the
//! conversation up to the message answered, newest kept first within the
//! budget. A REPLR sees the room as a group chat (others named by their
//! @name); a session's assistant sees the owner's messages and its own
//! answers in their latest version.

use crate::{
    ai::{self, ChatMessage, ChatRequest, Role},
    domain::{Error, Kind, Result, users::Directory},
    store::{
        Store,
        entities::{messages, replrs},
        messages::{self as stored_messages, Window},
    },
};

use super::{Persona, ReplyState, is_streaming};

/// At most this many messages of a room form a REPLR's context.
pub const ROOM_MESSAGES: u64 = 50;
/// At most this many of a session's latest messages form an answer's context.
pub const SESSION_MESSAGES: u64 = 100;
/// The context's budget, in estimated tokens (the system prompt included).
pub const CONTEXT_TOKENS: u32 = 6000;

/// The request for `reply`, written by `persona`.
pub(super) async fn request(
    store: &Store,
    directory: &Directory,
    reply: &messages::Model,
    persona: &Persona,
) -> Result<ChatRequest> {
    let answered = reply.in_reply_to.expect("a reply answers a message");
    let db = &store.db;
    let source = stored_messages::find(db, answered)
        .await?
        .ok_or_else(|| Error::not_found(Kind::Message, answered))?;
    let limit = match persona {
        Persona::Replr(_) => ROOM_MESSAGES,
        Persona::Assistant(_) => SESSION_MESSAGES,
    };
    let window = Window {
        cursor: Some(source.id),
        created_before: None,
        created_after: None,
        newest_first: true,
        limit: limit - 1,
    };
    let mut newest_first = vec![source];
    newest_first.extend(
        stored_messages::list(db, reply.room_id, window)
            .await?
            .items,
    );
    // Replies still streaming, and those that failed or were cancelled in a
    // session, are no turn of the conversation.
    let in_session = matches!(persona, Persona::Assistant(_));
    newest_first.retain(|m| is_turn(m, in_session));
    Ok(match persona {
        Persona::Replr(replr) => in_room(directory, replr, newest_first).await?,
        Persona::Assistant(session) => {
            let system_prompt = session.system_prompt.clone();
            let turns = newest_first.into_iter().map(|m| {
                let role = if m.sender_type == messages::SENT_BY_USER {
                    Role::User
                } else {
                    Role::Assistant
                };
                ChatMessage::new(role, m.text)
            });
            ChatRequest {
                messages: within_budget(&system_prompt, turns),
                model: String::new(),
                system_prompt,
                temperature: Some(session.temperature as f32),
                max_tokens: u32::try_from(session.max_tokens).ok(),
            }
        }
    })
}

/// Whether a message is a turn of the conversation for the model: it has
/// text, is not deleted, and is no reply still streaming; in a session, no
/// answer that failed or was cancelled either.
pub(in crate::domain) fn is_turn(message: &messages::Model, in_session: bool) -> bool {
    !message.text.is_empty()
        && message.deleted_at.is_none()
        && !is_streaming(message)
        && (!in_session
            || message.reply_state.is_none()
            || message.reply_state.as_deref() == Some(ReplyState::Complete.as_str()))
}

/// A REPLR's view of its room: its own words are its turns; everyone
/// else's are named.
async fn in_room(
    directory: &Directory,
    replr: &replrs::Model,
    newest_first: Vec<messages::Model>,
) -> Result<ChatRequest> {
    let own = |m: &messages::Model| m.by_replr() && m.sender_id == replr.id;
    let others: Vec<&messages::Model> = newest_first.iter().filter(|m| !own(m)).collect();
    let senders = directory.senders_of(&others).await?;
    let name = |m: &messages::Model| {
        if m.by_replr() {
            senders
                .replrs
                .get(&m.sender_id)
                .map(|r| format!("@{}", r.handle))
                .unwrap_or_else(|| "a former REPLR".into())
        } else {
            senders
                .users
                .get(&m.sender_id)
                .map(|u| format!("@{}", u.username))
                .unwrap_or_else(|| "a former member".into())
        }
    };
    let system_prompt = system_prompt(replr);
    let turns = newest_first.iter().map(|m| {
        if own(m) {
            ChatMessage::new(Role::Assistant, m.text.clone())
        } else {
            ChatMessage::new(Role::User, format!("{}: {}", name(m), m.text))
        }
    });
    Ok(ChatRequest {
        messages: within_budget(&system_prompt, turns),
        model: String::new(),
        system_prompt,
        temperature: Some(replr.temperature as f32),
        max_tokens: u32::try_from(replr.max_tokens).ok(),
    })
}

/// The newest turns that fit the budget left by the system prompt, oldest
/// first; the newest always counts.
fn within_budget(
    system_prompt: &str,
    newest_first: impl Iterator<Item = ChatMessage>,
) -> Vec<ChatMessage> {
    let budget = CONTEXT_TOKENS.saturating_sub(ai::estimate_tokens(system_prompt));
    ai::newest_within(budget, newest_first, |m| ai::estimate_tokens(&m.text) + 4)
}

/// The REPLR's instructions, after a line that places it in the room.
fn system_prompt(replr: &replrs::Model) -> String {
    let mut prompt = format!(
        "You are {} (@{}), one participant in a group chat. Messages from others start with their @name.",
        replr.display_name, replr.handle
    );
    if !replr.system_prompt.is_empty() {
        prompt.push_str("\n\n");
        prompt.push_str(&replr.system_prompt);
    }
    prompt
}
