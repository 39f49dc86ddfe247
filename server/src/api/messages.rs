use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope, input,
        messages::{ListQuery, Messages, NewMessage},
        paging::PageRequest,
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
        let attachments = r
            .attachments
            .into_iter()
            .map(convert::attachment_from_pb)
            .collect();
        let new = NewMessage::new(&r.text, attachments, &r.request_id)?;
        let message = self.messages.send(&caller, room_id, new).await?;
        Ok(Response::new(pb::SendMessageResponse {
            message: Some(convert::message(message)),
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
            page: PageRequest::new(r.page_size, &r.page_token)?,
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
