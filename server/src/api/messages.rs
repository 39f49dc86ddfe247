use std::pin::Pin;

use futures::Stream;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Caller, Error, Scope, input,
        messages::{Following, ListQuery, Messages, NewMessage},
        paging::PageRequest,
        replies::Heard,
    },
    proto::v1::{self as pb, message_service_server::MessageService},
};

pub struct MessageApi {
    pub auth: Auth,
    pub messages: Messages,
}

fn time(
    field: &'static str,
    ts: Option<&prost_types::Timestamp>,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, Error> {
    ts.map(|ts| {
        convert::from_timestamp(ts)
            .ok_or_else(|| Error::invalid(field, "INVALID_VALUE", "is not a valid time"))
    })
    .transpose()
}

#[tonic::async_trait]
impl MessageService for MessageApi {
    async fn send_message(
        &self,
        request: Request<pb::SendMessageRequest>,
    ) -> Result<Response<pb::SendMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let new = new_message(r.text, r.attachments, &r.request_id)?;
        let sent = self.messages.send(&caller, room_id, new).await?;
        let replies = if r.wait_for_replies && !sent.following.is_empty() {
            self.messages.replies_ended(&caller, sent.following).await?
        } else {
            sent.replies
        };
        Ok(Response::new(pb::SendMessageResponse {
            message: Some(convert::message(sent.message)),
            replies: replies.into_iter().map(convert::message).collect(),
        }))
    }

    type SendMessageStreamStream =
        Pin<Box<dyn Stream<Item = Result<pb::SendMessageStreamResponse, Status>> + Send>>;

    async fn send_message_stream(
        &self,
        request: Request<pb::SendMessageStreamRequest>,
    ) -> Result<Response<Self::SendMessageStreamStream>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let permit = self.auth.stream_permit(&caller)?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let new = new_message(r.text, r.attachments, &r.request_id)?;
        let sent = self.messages.send(&caller, room_id, new).await?;
        let (out, items) = mpsc::channel(STREAM_BUFFER);
        let started = if sent.replies.is_empty() {
            // A retry: follow the replies still streaming.
            let rows = sent.following.iter().map(|f| f.reply.clone()).collect();
            self.messages.replies_now(&caller, rows).await?
        } else {
            sent.replies
        };
        let mut first = vec![StreamItem::Message(convert::message(sent.message))];
        first.extend(
            started
                .into_iter()
                .map(|reply| StreamItem::ReplyStarted(convert::message(reply))),
        );
        for item in first {
            // The buffer holds more than a room's REPLRs: this never waits.
            let _ = out.try_send(Ok(pb::SendMessageStreamResponse { kind: Some(item) }));
        }
        for following in sent.following {
            let (messages, caller, out) = (self.messages.clone(), caller, out.clone());
            tokio::spawn(async move {
                let _ = follow(&messages, &caller, following, &out).await;
            });
        }
        Ok(Response::new(self.auth.until_invalidated(
            &caller,
            permit,
            ReceiverStream::new(items),
        )))
    }

    async fn get_reply_job(
        &self,
        request: Request<pb::GetReplyJobRequest>,
    ) -> Result<Response<pb::GetReplyJobResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let job_id = input::id("job_id", &request.get_ref().job_id)?;
        let (reply, done) = self.messages.reply_job(&caller, job_id).await?;
        Ok(Response::new(pb::GetReplyJobResponse {
            reply: Some(convert::message(reply)),
            done,
        }))
    }

    async fn cancel_reply(
        &self,
        request: Request<pb::CancelReplyRequest>,
    ) -> Result<Response<pb::CancelReplyResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let message_id = input::id("message_id", &request.get_ref().message_id)?;
        let reply = self.messages.cancel_reply(&caller, message_id).await?;
        Ok(Response::new(pb::CancelReplyResponse {
            reply: Some(convert::message(reply)),
        }))
    }

    async fn get_message(
        &self,
        request: Request<pb::GetMessageRequest>,
    ) -> Result<Response<pb::GetMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let message_id = input::id("message_id", &request.get_ref().message_id)?;
        let message = self.messages.get(&caller, message_id).await?;
        Ok(Response::new(pb::GetMessageResponse {
            message: Some(convert::message(message)),
        }))
    }

    async fn list_messages(
        &self,
        request: Request<pb::ListMessagesRequest>,
    ) -> Result<Response<pb::ListMessagesResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let order = pb::MessageOrder::try_from(r.order).map_err(|_| {
            Error::invalid(
                "order",
                "INVALID_VALUE",
                "must be OLDEST_FIRST or NEWEST_FIRST",
            )
        })?;
        let query = ListQuery {
            page: PageRequest::new(
                r.page_size,
                &r.page_token,
                &format!(
                    "ListMessages {room_id} {} {:?} {:?}",
                    r.order, r.before, r.after
                ),
            )?,
            before: time("before", r.before.as_ref())?,
            after: time("after", r.after.as_ref())?,
            newest_first: order == pb::MessageOrder::NewestFirst,
        };
        let (messages, next_page_token) = self.messages.list(&caller, room_id, query).await?;
        Ok(Response::new(pb::ListMessagesResponse {
            messages: messages.into_iter().map(convert::message).collect(),
            next_page_token,
        }))
    }

    async fn edit_message(
        &self,
        request: Request<pb::EditMessageRequest>,
    ) -> Result<Response<pb::EditMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let message_id = input::id("message_id", &r.message_id)?;
        let message = self.messages.edit(&caller, message_id, &r.text).await?;
        Ok(Response::new(pb::EditMessageResponse {
            message: Some(convert::message(message)),
        }))
    }

    async fn delete_message(
        &self,
        request: Request<pb::DeleteMessageRequest>,
    ) -> Result<Response<pb::DeleteMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let message_id = input::id("message_id", &request.get_ref().message_id)?;
        let message = self.messages.delete(&caller, message_id).await?;
        Ok(Response::new(pb::DeleteMessageResponse {
            message: Some(convert::message(message)),
        }))
    }

    async fn add_reaction(
        &self,
        request: Request<pb::AddReactionRequest>,
    ) -> Result<Response<pb::AddReactionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let message_id = input::id("message_id", &r.message_id)?;
        let message = self
            .messages
            .add_reaction(&caller, message_id, &r.emoji)
            .await?;
        Ok(Response::new(pb::AddReactionResponse {
            message: Some(convert::message(message)),
        }))
    }

    async fn remove_reaction(
        &self,
        request: Request<pb::RemoveReactionRequest>,
    ) -> Result<Response<pb::RemoveReactionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let message_id = input::id("message_id", &r.message_id)?;
        let message = self
            .messages
            .remove_reaction(&caller, message_id, &r.emoji)
            .await?;
        Ok(Response::new(pb::RemoveReactionResponse {
            message: Some(convert::message(message)),
        }))
    }
}

/// Items a SendMessageStream may hold for a slow reader before its replies'
/// followers wait (the replies themselves never wait for it).
const STREAM_BUFFER: usize = 256;

type StreamItem = pb::send_message_stream_response::Kind;
type StreamOut = mpsc::Sender<Result<pb::SendMessageStreamResponse, Status>>;

fn new_message(
    text: String,
    attachments: Vec<pb::Attachment>,
    request_id: &str,
) -> Result<NewMessage, Error> {
    let attachments = attachments
        .into_iter()
        .map(convert::attachment_from_pb)
        .collect();
    NewMessage::new(&text, attachments, request_id)
}

/// Streams one reply's deltas and its end to `out`; `Err` when the reader
/// has gone.
async fn follow(
    messages: &Messages,
    caller: &Caller,
    following: Following,
    out: &StreamOut,
) -> Result<(), ()> {
    let Following {
        reply,
        mut follower,
    } = following;
    let (message_id, room_id) = (reply.id.to_string(), reply.room_id.to_string());
    let send = |item: StreamItem| async move {
        out.send(Ok(pb::SendMessageStreamResponse { kind: Some(item) }))
            .await
            .map_err(|_| ())
    };
    loop {
        let ended = match follower.next().await {
            Some(Heard::Delta {
                sequence,
                text,
                snapshot,
                ..
            }) => {
                send(StreamItem::ReplyDelta(pb::ReplyDelta {
                    message_id: message_id.clone(),
                    room_id: room_id.clone(),
                    sequence,
                    text,
                    snapshot,
                }))
                .await?;
                continue;
            }
            Some(Heard::Ended(ended)) => *ended,
            // A follower always ends with the reply; should it not, the
            // reply as it stands.
            None => reply,
        };
        return match messages.replies_now(caller, vec![ended]).await {
            Ok(mut views) => {
                send(StreamItem::ReplyFinished(convert::message(views.remove(0)))).await
            }
            Err(error) => out.send(Err(Status::from(error))).await.map_err(|_| ()),
        };
    }
}
