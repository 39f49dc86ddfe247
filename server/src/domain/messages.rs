//! Messages in rooms: send, read, edit, delete, react.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{IntoActiveModel, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::rooms::event;
use super::{
    Caller, Error, Kind, Result, RoomRole, input,
    input::Attachment,
    paging::PageRequest,
    replies::{Author, Follower, Replies, Started, WAIT_LIMIT},
    rooms::Rooms,
    users::Directory,
};
use crate::store::{
    Store,
    entities::{messages, reactions, replrs, users},
    events::{self as log, Payload, ReactionChange, ReplrBrief},
    messages as stored,
    messages::{ReactionTally, Window},
    replies as stored_replies, replrs as stored_replrs, rooms as stored_rooms,
};

/// A room member named with `@username` in a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub user_id: Uuid,
    pub username: String,
}

/// A REPLR of the room named with `@handle` in a message: the reply
/// engine answers with the REPLRs a message mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplrMention {
    pub replr_id: Uuid,
    pub handle: String,
}

/// One entry of `messages.mentions`, a JSON array in which users'
/// `{user_id, username}` and REPLRs' `{replr_id, handle}` mix, in the order
/// they were written (messages from before REPLRs hold users only).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub(super) enum StoredMention {
    User(Mention),
    Replr(ReplrMention),
}

/// The users and the REPLRs a stored message mentions.
pub fn mentions_of(message: &messages::Model) -> (Vec<Mention>, Vec<ReplrMention>) {
    let stored: Vec<StoredMention> = from_json(&message.mentions);
    split_mentions(&stored)
}

/// Mentions of users and of REPLRs, apart.
pub(super) fn split_mentions(stored: &[StoredMention]) -> (Vec<Mention>, Vec<ReplrMention>) {
    let mut users = Vec::new();
    let mut replrs = Vec::new();
    for mention in stored {
        match mention {
            StoredMention::User(user) => users.push(user.clone()),
            StoredMention::Replr(replr) => replrs.push(replr.clone()),
        }
    }
    (users, replrs)
}

/// Room members named with `@username` and the room's REPLRs named with
/// `@handle` in `text`, in the order they are written. A name that is both
/// names both.
pub(super) async fn mentions_in(
    store: &Store,
    room_id: Uuid,
    text: &str,
) -> Result<Vec<StoredMention>> {
    let names = input::mentioned_usernames(text);
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let members = stored_rooms::members_named(&store.db, room_id, &names).await?;
    let replrs = stored_replrs::in_room_with_handles(&store.db, room_id, &names).await?;
    let mut mentions = Vec::new();
    for name in &names {
        if let Some(user) = members.iter().find(|user| &user.username == name) {
            mentions.push(StoredMention::User(Mention {
                user_id: user.id,
                username: user.username.clone(),
            }));
        }
        if let Some(replr) = replrs.iter().find(|replr| &replr.handle_key == name) {
            mentions.push(StoredMention::Replr(ReplrMention {
                replr_id: replr.id,
                handle: replr.handle.clone(),
            }));
        }
    }
    Ok(mentions)
}

/// A message with everything a reader sees.
pub struct MessageView {
    pub message: messages::Model,
    /// The user who sent it; `None` for a REPLR's reply or a user since deleted.
    pub sender: Option<users::Model>,
    /// The REPLR that wrote a reply; `None` otherwise or once it is deleted.
    pub replr: Option<ReplrBrief>,
    pub attachments: Vec<Attachment>,
    pub mentions: Vec<Mention>,
    pub replr_mentions: Vec<ReplrMention>,
    pub reactions: Vec<ReactionTally>,
}

impl MessageView {
    /// A message without reactions (as events carry it).
    pub fn plain(message: messages::Model, senders: &Senders) -> Self {
        Self::new(message, senders, Vec::new())
    }

    fn new(message: messages::Model, senders: &Senders, reactions: Vec<ReactionTally>) -> Self {
        let (mentions, replr_mentions) = mentions_of(&message);
        let (sender, replr) = if message.by_replr() {
            let replr = senders.replrs.get(&message.sender_id);
            (None, replr.map(ReplrBrief::from))
        } else {
            (senders.users.get(&message.sender_id).cloned(), None)
        };
        Self {
            sender,
            replr,
            attachments: from_json(&message.attachments),
            mentions,
            replr_mentions,
            reactions,
            message,
        }
    }
}

/// The senders of some messages: users and REPLRs, by id.
#[derive(Default)]
pub struct Senders {
    pub users: HashMap<Uuid, users::Model>,
    pub replrs: HashMap<Uuid, replrs::Model>,
}

/// A sent message and the replies it started.
pub struct Sent {
    pub message: MessageView,
    /// The replies, as stored when they started (empty for a retry).
    pub replies: Vec<MessageView>,
    /// The replies still streaming that answer the message (for a retry
    /// too, on whichever replica runs them), to follow them.
    pub following: Vec<Following>,
}

/// A streaming reply, as stored when it started, and a follower of it.
pub struct Following {
    pub reply: messages::Model,
    pub follower: Follower,
}

/// A message to send, validated.
pub struct NewMessage {
    pub text: String,
    pub attachments: Vec<Attachment>,
    pub request_id: Option<String>,
}

impl NewMessage {
    pub fn new(text: &str, attachments: Vec<Attachment>, request_id: &str) -> Result<Self> {
        let request_id = input::request_id(request_id)?;
        let (text, attachments) = input::message_body(text, attachments)?;
        Ok(Self {
            text,
            attachments,
            request_id,
        })
    }
}

/// Which messages to list.
pub struct ListQuery {
    pub page: PageRequest,
    pub before: Option<DateTime<Utc>>,
    pub after: Option<DateTime<Utc>>,
    pub newest_first: bool,
}

#[derive(Clone)]
pub struct Messages {
    store: Store,
    rooms: Rooms,
    directory: Directory,
    replies: Replies,
}

impl Messages {
    pub fn new(store: Store, rooms: Rooms, directory: Directory, replies: Replies) -> Self {
        Self {
            store,
            rooms,
            directory,
            replies,
        }
    }

    /// Sends a message and starts the replies it asks for.
    pub async fn send(&self, caller: &Caller, room_id: Uuid, new: NewMessage) -> Result<Sent> {
        let access = self.rooms.access(caller, room_id).await?;
        access.require_writer()?;
        let mentions = mentions_in(&self.store, room_id, &new.text).await?;
        let (_, replr_mentions) = split_mentions(&mentions);
        let answering = if access.has_replrs {
            self.replies
                .who_answers(room_id, Author::Person, &replr_mentions)
                .await?
        } else {
            Vec::new()
        };
        let now = super::now();
        let new_id = super::new_id();
        let message = messages::Model {
            sender_type: messages::SENT_BY_USER.into(),
            sender_id: caller.user_id,
            word_count: input::word_count(&new.text),
            text: new.text,
            attachments: to_json(&new.attachments),
            mentions: to_json(&mentions),
            request_id: new.request_id,
            ..messages::Model::draft(new_id, room_id, messages::IN_ROOM, now)
        };
        let space_id = access.room.space_id;
        let (message, started) = if answering.is_empty() {
            // The hot path: the writer groups plain messages into one INSERT,
            // and resolves a repeated request_id inside the write, so a retry
            // racing its first attempt still finds it.
            let message = self.store.writer.insert_message(message, space_id).await?;
            (message, Vec::new())
        } else {
            let planned = self.replies.plan(&message, 1, answering);
            let rows: Vec<messages::Model> = planned.iter().map(|p| p.reply.clone()).collect();
            let (message, events) = self
                .store
                .writer
                .write(move |txn| {
                    Box::pin(async move {
                        if let Some(request_id) = &message.request_id {
                            let sender = message.sender_id;
                            if let Some(first) =
                                stored::find_by_request(txn, sender, request_id).await?
                            {
                                return Ok::<_, Error>((first, Vec::new()));
                            }
                        }
                        // Replies are AI work: a spent balance refuses the
                        // message before anything is stored.
                        super::credits::ensure_available_in(txn, space_id).await?;
                        Ok(
                            stored_replies::start_with_message(txn, message, rows, space_id)
                                .await?,
                        )
                    })
                })
                .await?;
            let started = if message.id == new_id {
                planned
                    .into_iter()
                    .zip(events)
                    .map(|(planned, started_event)| Started {
                        planned,
                        started_event,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            (message, started)
        };
        if message.room_id != room_id {
            // The request_id was first used for another room: the retry is not a retry.
            return Err(Error::invalid(
                "request_id",
                "REQUEST_ID_REUSED",
                "this request_id was already used for a message in another room",
            ));
        }
        if message.id != new_id {
            // A retry: the first message may have gathered reactions since,
            // and its replies may still stream, here or on another replica.
            let mut following = Vec::new();
            for reply in stored_replies::streaming_answers(&self.store.db, message.id).await? {
                following.push(Following {
                    follower: self.replies.follower(reply.clone()).await?,
                    reply,
                });
            }
            let message = self.view(caller, message).await?;
            return Ok(Sent {
                message,
                replies: Vec::new(),
                following,
            });
        }
        let reply_rows: Vec<messages::Model> =
            started.iter().map(|s| s.planned.reply.clone()).collect();
        // The caller who asked follows each reply from its first delta.
        let following = self
            .replies
            .launch(started, space_id)
            .into_iter()
            .map(|flight| Following {
                reply: flight.reply.clone(),
                follower: Follower::new(flight, true),
            })
            .collect();
        let mut all = vec![message];
        all.extend(reply_rows);
        let senders = self
            .directory
            .senders_of(&all.iter().collect::<Vec<_>>())
            .await?;
        let mut views = all
            .into_iter()
            .map(|m| MessageView::new(m, &senders, Vec::new()));
        let message = views.next().expect("the message is first");
        Ok(Sent {
            message,
            replies: views.collect(),
            following,
        })
    }

    /// A reply as it stands (see `GetReplyJob`) and whether it has ended.
    pub async fn reply_job(&self, caller: &Caller, reply_id: Uuid) -> Result<(MessageView, bool)> {
        let (reply, done) = self.replies.job(caller, reply_id).await?;
        Ok((self.view(caller, reply).await?, done))
    }

    /// Cancels a streaming reply (see `CancelReply`).
    pub async fn cancel_reply(&self, caller: &Caller, reply_id: Uuid) -> Result<MessageView> {
        let reply = self.replies.cancel(caller, reply_id).await?;
        self.view(caller, reply).await
    }

    /// Waits for the replies to end, [`WAIT_LIMIT`] at most in all; views
    /// of them as they ended, or as they stand then.
    pub async fn replies_ended(
        &self,
        caller: &Caller,
        following: Vec<Following>,
    ) -> Result<Vec<MessageView>> {
        let deadline = tokio::time::Instant::now() + WAIT_LIMIT;
        let mut ended = Vec::with_capacity(following.len());
        for Following { reply, follower } in following {
            ended.push(self.replies.ended_by(reply, follower, deadline).await);
        }
        self.replies_now(caller, ended).await
    }

    /// Views of replies for the caller, each as it stands now (with its
    /// text so far while it streams here).
    pub async fn replies_now(
        &self,
        caller: &Caller,
        replies: Vec<messages::Model>,
    ) -> Result<Vec<MessageView>> {
        let replies = replies
            .into_iter()
            .map(|reply| self.replies.as_it_stands(reply).0)
            .collect();
        self.views(caller, replies).await
    }

    pub async fn get(&self, caller: &Caller, message_id: Uuid) -> Result<MessageView> {
        let message = self.visible(caller, message_id).await?.0;
        self.view(caller, message).await
    }

    pub async fn list(
        &self,
        caller: &Caller,
        room_id: Uuid,
        query: ListQuery,
    ) -> Result<(Vec<MessageView>, String)> {
        self.rooms.access(caller, room_id).await?;
        let window = Window {
            cursor: query.page.after_key()?,
            created_before: query.before,
            created_after: query.after,
            newest_first: query.newest_first,
            limit: query.page.size,
        };
        let found = stored::list(&self.store.db, room_id, window).await?;
        let token = query
            .page
            .next_key_token(found.more, found.items.last().map(|m| m.id));
        Ok((self.views(caller, found.items).await?, token))
    }

    pub async fn edit(&self, caller: &Caller, message_id: Uuid, text: &str) -> Result<MessageView> {
        let (message, access) = self.visible(caller, message_id).await?;
        access.require_writer()?;
        if message.sender_id != caller.user_id {
            return Err(Error::denied("only the author may edit a message"));
        }
        if message.deleted_at.is_some() {
            return Err(deleted());
        }
        let has_attachments = !from_json::<Vec<Attachment>>(&message.attachments).is_empty();
        let text = input::message_text(text, has_attachments)?;
        let mentions = mentions_in(&self.store, message.room_id, &text).await?;
        let mut active = message.into_active_model();
        active.word_count = Set(input::word_count(&text));
        active.text = Set(text);
        active.mentions = Set(to_json(&mentions));
        active.edited_at = Set(Some(super::now()));
        let (room, actor) = (access.room.clone(), caller.user_id);
        let message = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let message = stored::update(txn, active).await?;
                    let edited = event(&room, actor, Payload::MessageEdited(message.clone()));
                    log::append(txn, vec![edited]).await?;
                    Ok::<_, Error>(message)
                })
            })
            .await?;
        self.view(caller, message).await
    }

    pub async fn delete(&self, caller: &Caller, message_id: Uuid) -> Result<MessageView> {
        let (message, access) = self.visible(caller, message_id).await?;
        let role = access.require_writer()?;
        if message.sender_id != caller.user_id && role > RoomRole::Admin {
            return Err(Error::denied(
                "only the author or a room owner or admin may delete a message",
            ));
        }
        if message.deleted_at.is_some() {
            return self.view(caller, message).await;
        }
        let mut active = message.into_active_model();
        active.text = Set(String::new());
        active.attachments = Set("[]".into());
        active.mentions = Set("[]".into());
        active.word_count = Set(0);
        active.deleted_at = Set(Some(super::now()));
        let (room, actor) = (access.room.clone(), caller.user_id);
        let message = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let message = stored::update(txn, active).await?;
                    let deleted = event(&room, actor, Payload::MessageDeleted(message.clone()));
                    log::append(txn, vec![deleted]).await?;
                    Ok::<_, Error>(message)
                })
            })
            .await?;
        self.view(caller, message).await
    }

    pub async fn add_reaction(
        &self,
        caller: &Caller,
        message_id: Uuid,
        emoji: &str,
    ) -> Result<MessageView> {
        let emoji = input::emoji(emoji)?;
        let (message, access) = self.visible(caller, message_id).await?;
        access.require_writer()?;
        if message.deleted_at.is_some() {
            return Err(deleted());
        }
        let reaction = reactions::Model {
            message_id,
            user_id: caller.user_id,
            emoji,
            created_at: super::now(),
        };
        let room = access.room.clone();
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let (user_id, emoji) = (reaction.user_id, reaction.emoji.clone());
                    // Reacting twice changes nothing, and records nothing.
                    if stored::add_reaction(txn, reaction).await? {
                        let count = stored::reaction_count(txn, message_id, &emoji).await?;
                        let change = ReactionChange {
                            message_id,
                            emoji,
                            user_id,
                            count,
                        };
                        let added = event(&room, user_id, Payload::ReactionAdded(change));
                        log::append(txn, vec![added]).await?;
                    }
                    Ok::<_, Error>(())
                })
            })
            .await?;
        self.view(caller, message).await
    }

    pub async fn remove_reaction(
        &self,
        caller: &Caller,
        message_id: Uuid,
        emoji: &str,
    ) -> Result<MessageView> {
        let emoji = input::emoji(emoji)?;
        let (message, access) = self.visible(caller, message_id).await?;
        access.require_writer()?;
        let user_id = caller.user_id;
        let room = access.room.clone();
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if stored::remove_reaction(txn, message_id, user_id, &emoji).await? {
                        let count = stored::reaction_count(txn, message_id, &emoji).await?;
                        let change = ReactionChange {
                            message_id,
                            emoji,
                            user_id,
                            count,
                        };
                        let removed = event(&room, user_id, Payload::ReactionRemoved(change));
                        log::append(txn, vec![removed]).await?;
                    }
                    Ok::<_, Error>(())
                })
            })
            .await?;
        self.view(caller, message).await
    }

    /// The message and the caller's access to its room; NOT_FOUND when the
    /// room is not visible to the caller.
    async fn visible(
        &self,
        caller: &Caller,
        message_id: Uuid,
    ) -> Result<(messages::Model, super::rooms::Access)> {
        let not_found = || Error::not_found(Kind::Message, message_id);
        let message = stored::find(&self.store.db, message_id)
            .await?
            .ok_or_else(not_found)?;
        let access =
            self.rooms
                .access(caller, message.room_id)
                .await
                .map_err(|error| match error {
                    Error::NotFound { .. } => not_found(),
                    other => other,
                })?;
        Ok((message, access))
    }

    async fn view(&self, caller: &Caller, message: messages::Model) -> Result<MessageView> {
        let mut views = self.views(caller, vec![message]).await?;
        Ok(views.remove(0))
    }

    async fn views(
        &self,
        caller: &Caller,
        messages: Vec<messages::Model>,
    ) -> Result<Vec<MessageView>> {
        let ids: Vec<Uuid> = messages.iter().map(|m| m.id).collect();
        let senders = self
            .directory
            .senders_of(&messages.iter().collect::<Vec<_>>())
            .await?;
        let mut tallies: HashMap<Uuid, Vec<ReactionTally>> = HashMap::new();
        for tally in stored::reaction_tallies(&self.store.db, &ids, caller.user_id).await? {
            tallies.entry(tally.message_id).or_default().push(tally);
        }
        Ok(messages
            .into_iter()
            .map(|message| {
                let reactions = tallies.remove(&message.id).unwrap_or_default();
                MessageView::new(message, &senders, reactions)
            })
            .collect())
    }
}

fn deleted() -> Error {
    Error::precondition("MESSAGE_DELETED", "the message has been deleted")
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

/// Stored JSON is written by this module; unreadable JSON reads as empty
/// rather than failing a whole list.
fn from_json<T: for<'de> Deserialize<'de> + Default>(stored: &str) -> T {
    serde_json::from_str(stored).unwrap_or_default()
}
