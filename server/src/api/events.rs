use std::{
    collections::HashMap,
    pin::Pin,
    sync::{Arc, Mutex},
};

use futures::{Stream, StreamExt};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope,
        cursors::Cursors,
        events::{Delivery, Events, Topic},
        input,
        messages::MessageView,
        rooms::{MemberView, RoomView},
        users::Directory,
    },
    proto::v1::{self as pb, event::Kind, event_service_server::EventService},
    store::events::Payload,
};

pub struct EventApi {
    auth: Auth,
    events: Events,
    directory: Directory,
    recent: Recent,
}

impl EventApi {
    pub fn new(auth: Auth, events: Events, directory: Directory) -> Self {
        Self {
            auth,
            events,
            directory,
            recent: Recent::default(),
        }
    }
}

/// Stored events already turned into protobuf, by id. Every subscriber of
/// a room receives the same event, and nothing in it depends on who
/// receives it, so it is converted once, not once per subscriber.
#[derive(Clone, Default)]
struct Recent(Arc<Mutex<HashMap<i64, pb::Event>>>);

const RECENT_MAX: usize = 4096;

impl Recent {
    fn get(&self, id: i64) -> Option<pb::Event> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&id)
            .cloned()
    }

    fn put(&self, id: i64, event: &pb::Event) {
        let mut recent = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if recent.len() >= RECENT_MAX {
            recent.clear();
        }
        recent.insert(id, event.clone());
    }
}

type EventStream = Pin<Box<dyn Stream<Item = Result<pb::SubscribeResponse, Status>> + Send>>;

#[tonic::async_trait]
impl EventService for EventApi {
    type SubscribeStream = EventStream;

    async fn subscribe(
        &self,
        request: Request<pb::SubscribeRequest>,
    ) -> Result<Response<Self::SubscribeStream>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let permit = self.auth.stream_permit(&caller)?;
        let r = request.into_inner();
        let ids = |field: &str, ids: &[String]| {
            ids.iter()
                .enumerate()
                .map(|(i, id)| input::id(format!("{field}[{i}]"), id))
                .collect::<Result<Vec<_>, _>>()
        };
        let some = !r.room_ids.is_empty() || !r.session_ids.is_empty();
        let topic = match (r.space_id.is_empty(), some) {
            (false, false) => Topic::Space(input::id("space_id", &r.space_id)?),
            (true, true) => Topic::Conversations {
                rooms: ids("room_ids", &r.room_ids)?,
                sessions: ids("session_ids", &r.session_ids)?,
            },
            (true, false) => {
                return Err(Error::invalid(
                    "space_id",
                    "VALUE_REQUIRED",
                    "give space_id, or room_ids and session_ids",
                )
                .into());
            }
            (false, true) => {
                let field = if r.room_ids.is_empty() {
                    "session_ids"
                } else {
                    "room_ids"
                };
                return Err(Error::invalid(
                    field,
                    "INVALID_VALUE",
                    "give space_id, or room_ids and session_ids, not both",
                )
                .into());
            }
        };
        let deliveries = self.events.subscribe(caller, topic, &r.cursor).await?;
        let (directory, recent) = (self.directory.clone(), self.recent.clone());
        let cursors = self.events.cursors().clone();
        let stream = ReceiverStream::new(deliveries).then(move |delivery| {
            let (directory, recent) = (directory.clone(), recent.clone());
            let cursors = cursors.clone();
            async move {
                let event = match delivery? {
                    Delivery::Event(logged) => match recent.get(logged.row.id) {
                        Some(event) => event,
                        None => {
                            let id = logged.row.id;
                            let event =
                                to_event(Delivery::Event(logged), &directory, &cursors).await?;
                            recent.put(id, &event);
                            event
                        }
                    },
                    other => to_event(other, &directory, &cursors).await?,
                };
                Ok(pb::SubscribeResponse { event: Some(event) })
            }
        });
        Ok(Response::new(
            self.auth.until_invalidated(&caller, permit, stream),
        ))
    }

    async fn send_typing(
        &self,
        request: Request<pb::SendTypingRequest>,
    ) -> Result<Response<pb::SendTypingResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let room_id = input::id("room_id", &request.get_ref().room_id)?;
        self.events.typing(&caller, room_id).await?;
        Ok(Response::new(pb::SendTypingResponse {}))
    }

    async fn mark_read(
        &self,
        request: Request<pb::MarkReadRequest>,
    ) -> Result<Response<pb::MarkReadResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let message_id = input::id("message_id", &r.message_id)?;
        let unread = self.events.mark_read(&caller, room_id, message_id).await?;
        Ok(Response::new(pb::MarkReadResponse {
            unread_count: unread as i32,
        }))
    }
}

async fn to_event(
    delivery: Delivery,
    directory: &Directory,
    cursors: &Cursors,
) -> Result<pb::Event, Error> {
    let stream_event = |cursor_id: i64, kind: Kind| pb::Event {
        cursor: cursors.encode(cursor_id),
        create_time: Some(convert::timestamp(chrono::Utc::now())),
        kind: Some(kind),
        ..Default::default()
    };
    Ok(match delivery {
        Delivery::Heartbeat { cursor } => stream_event(cursor, Kind::Heartbeat(pb::Heartbeat {})),
        Delivery::Subscribed { cursor } => {
            stream_event(cursor, Kind::Subscribed(pb::Subscribed {}))
        }
        Delivery::Resync { cursor } => {
            stream_event(cursor, Kind::ResyncRequired(pb::ResyncRequired {}))
        }
        Delivery::Reply {
            room_id,
            in_session: true,
            message_id,
            sequence,
            text,
            snapshot,
            cursor: at,
        } => pb::Event {
            session_id: room_id.to_string(),
            ..stream_event(
                at,
                Kind::AnswerDelta(pb::AnswerDelta {
                    message_id: message_id.to_string(),
                    sequence,
                    text: text.to_string(),
                    snapshot,
                }),
            )
        },
        Delivery::Reply {
            room_id,
            in_session: false,
            message_id,
            sequence,
            text,
            snapshot,
            cursor: at,
        } => pb::Event {
            room_id: room_id.to_string(),
            ..stream_event(
                at,
                Kind::ReplyDelta(pb::ReplyDelta {
                    message_id: message_id.to_string(),
                    room_id: room_id.to_string(),
                    sequence,
                    text: text.to_string(),
                    snapshot,
                }),
            )
        },
        Delivery::Typing { typing, cursor: at } => pb::Event {
            cursor: cursors.encode(at),
            room_id: typing.room_id.to_string(),
            seq: 0,
            create_time: Some(convert::timestamp(typing.at)),
            actor_id: typing.user_id.to_string(),
            kind: Some(Kind::Typing(pb::Typing {
                user_id: typing.user_id.to_string(),
                username: typing.username.clone(),
                expire_time: Some(convert::timestamp(typing.expire_at)),
            })),
            ..Default::default()
        },
        Delivery::Event(logged) if logged.payload.in_session() => {
            let event = &logged.row;
            pb::Event {
                cursor: cursors.encode(event.id),
                session_id: event.room_id.to_string(),
                seq: event.room_seq,
                create_time: Some(convert::timestamp(event.created_at)),
                actor_id: event.actor_id.map(|id| id.to_string()).unwrap_or_default(),
                kind: session_kind(&logged.payload),
                ..Default::default()
            }
        }
        Delivery::Event(logged) => {
            let (event, payload) = (&logged.row, &logged.payload);
            let kind = match payload {
                Payload::MessageCreated(m) => Kind::MessageCreated(message(m, directory).await?),
                Payload::MessageEdited(m) => Kind::MessageEdited(message(m, directory).await?),
                Payload::MessageDeleted(m) => Kind::MessageDeleted(message(m, directory).await?),
                Payload::ReactionAdded(change) => Kind::ReactionAdded(reaction(change)),
                Payload::ReactionRemoved(change) => Kind::ReactionRemoved(reaction(change)),
                Payload::MemberJoined(member) => {
                    let mut users = directory.find_many(&[member.user_id]).await?;
                    match users.remove(&member.user_id) {
                        Some(user) => Kind::MemberJoined(convert::room_member(MemberView {
                            member: member.clone(),
                            user,
                        })),
                        None => Kind::MemberLeft(pb::MemberLeft {
                            room_id: member.room_id.to_string(),
                            user_id: member.user_id.to_string(),
                        }),
                    }
                }
                Payload::MemberLeft { user_id } => Kind::MemberLeft(pb::MemberLeft {
                    room_id: event.room_id.to_string(),
                    user_id: user_id.to_string(),
                }),
                Payload::RoomCreated(room) => {
                    Kind::RoomCreated(convert::room(RoomView::plain(room.clone())))
                }
                Payload::RoomUpdated(room) => {
                    Kind::RoomUpdated(convert::room(RoomView::plain(room.clone())))
                }
                Payload::RoomDeleted { .. } => Kind::RoomDeleted(pb::RoomDeleted {
                    room_id: event.room_id.to_string(),
                }),
                Payload::ReplrAdded(brief) => Kind::ReplrAdded(pb::ReplrAdded {
                    room_id: event.room_id.to_string(),
                    replr: Some(convert::replr_summary(brief.clone())),
                }),
                Payload::ReplyStarted(m) => Kind::ReplyStarted(message(m, directory).await?),
                Payload::ReplyCompleted(m) => Kind::ReplyCompleted(message(m, directory).await?),
                Payload::ReplyFailed(m) => Kind::ReplyFailed(message(m, directory).await?),
                Payload::ReplyCancelled(m) => Kind::ReplyCancelled(message(m, directory).await?),
                Payload::ReplrRemoved { replr_id } => Kind::ReplrRemoved(pb::ReplrRemoved {
                    room_id: event.room_id.to_string(),
                    replr_id: replr_id.to_string(),
                }),
                // Rooms' answers are not rated: only sessions' are.
                Payload::MessageRated(m) => Kind::MessageEdited(message(m, directory).await?),
            };
            pb::Event {
                cursor: cursors.encode(event.id),
                room_id: event.room_id.to_string(),
                seq: event.room_seq,
                create_time: Some(convert::timestamp(event.created_at)),
                actor_id: event.actor_id.map(|id| id.to_string()).unwrap_or_default(),
                kind: Some(kind),
                ..Default::default()
            }
        }
    })
}

/// What a stored event of a session says, as the session kinds of `Event`.
fn session_kind(payload: &Payload) -> Option<Kind> {
    let of =
        |m: &crate::store::entities::messages::Model| convert::session_message(m.clone(), false);
    Some(match payload {
        Payload::MessageCreated(m) => Kind::SessionMessageCreated(of(m)),
        Payload::MessageEdited(m) | Payload::MessageRated(m) => Kind::MessageRated(of(m)),
        Payload::MessageDeleted(m) => Kind::SessionMessageDeleted(of(m)),
        Payload::ReplyStarted(m) if m.version > 1 => Kind::AnswerRegenerated(of(m)),
        Payload::ReplyStarted(m) => Kind::AnswerStarted(of(m)),
        Payload::ReplyCompleted(m) => Kind::AnswerCompleted(of(m)),
        Payload::ReplyFailed(m) => Kind::AnswerFailed(of(m)),
        Payload::ReplyCancelled(m) => Kind::AnswerCancelled(of(m)),
        _ => return None,
    })
}

fn reaction(change: &crate::store::events::ReactionChange) -> pb::ReactionChange {
    pb::ReactionChange {
        message_id: change.message_id.to_string(),
        emoji: change.emoji.clone(),
        user_id: change.user_id.to_string(),
        count: change.count as i32,
    }
}

async fn message(
    model: &crate::store::entities::messages::Model,
    directory: &Directory,
) -> Result<pb::Message, Error> {
    let senders = directory.senders_of(&[model]).await?;
    Ok(convert::message(MessageView::plain(
        model.clone(),
        &senders,
    )))
}
