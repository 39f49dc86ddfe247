use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope, input,
        paging::PageRequest,
        replrs::{NewReplr, ReplrChanges, ReplrFields, Replrs, ReplyMode},
    },
    proto::v1::{self as pb, replr_service_server::ReplrService},
};

pub struct ReplrApi {
    pub auth: Auth,
    pub replrs: Replrs,
}

fn reply_mode(value: i32) -> Result<Option<ReplyMode>, Error> {
    convert::reply_mode_from_pb(value).map_err(|()| {
        Error::invalid(
            "reply_mode",
            "INVALID_VALUE",
            "must be ON_MENTION, EVERY_HUMAN_MESSAGE or NEVER",
        )
    })
}

/// Proto3 strings cannot be unset: on create, an empty optional string
/// means "the default".
fn given(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

#[tonic::async_trait]
impl ReplrService for ReplrApi {
    async fn create_replr(
        &self,
        request: Request<pb::CreateReplrRequest>,
    ) -> Result<Response<pb::CreateReplrResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let new = NewReplr::new(ReplrFields {
            handle: Some(r.handle),
            display_name: given(r.display_name),
            description: Some(r.description),
            avatar_url: Some(r.avatar_url),
            system_prompt: Some(r.system_prompt),
            provider: Some(r.provider),
            model: Some(r.model),
            temperature: r.temperature,
            max_tokens: r.max_tokens,
            reply_mode: reply_mode(r.reply_mode)?,
        })?;
        let replr = self.replrs.create(&caller, space_id, new).await?;
        Ok(Response::new(pb::CreateReplrResponse {
            replr: Some(convert::replr(replr)),
        }))
    }

    async fn get_replr(
        &self,
        request: Request<pb::GetReplrRequest>,
    ) -> Result<Response<pb::GetReplrResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let replr_id = input::id("replr_id", &request.get_ref().replr_id)?;
        let replr = self.replrs.get(&caller, replr_id).await?;
        Ok(Response::new(pb::GetReplrResponse {
            replr: Some(convert::replr(replr)),
        }))
    }

    async fn list_replrs(
        &self,
        request: Request<pb::ListReplrsRequest>,
    ) -> Result<Response<pb::ListReplrsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListReplrs {space_id}"),
        )?;
        let (replrs, next_page_token) = self.replrs.list(&caller, space_id, page).await?;
        Ok(Response::new(pb::ListReplrsResponse {
            replrs: replrs.into_iter().map(convert::replr).collect(),
            next_page_token,
        }))
    }

    async fn update_replr(
        &self,
        request: Request<pb::UpdateReplrRequest>,
    ) -> Result<Response<pb::UpdateReplrResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let replr_id = input::id("replr_id", &r.replr_id)?;
        let new_mode = match r.reply_mode {
            Some(value) => Some(reply_mode(value)?.ok_or_else(|| {
                Error::invalid(
                    "reply_mode",
                    "INVALID_VALUE",
                    "must be ON_MENTION, EVERY_HUMAN_MESSAGE or NEVER",
                )
            })?),
            None => None,
        };
        let changes = ReplrChanges::new(ReplrFields {
            handle: r.handle,
            display_name: r.display_name,
            description: r.description,
            avatar_url: r.avatar_url,
            system_prompt: r.system_prompt,
            provider: r.provider,
            model: r.model,
            temperature: r.temperature,
            max_tokens: r.max_tokens,
            reply_mode: new_mode,
        })?;
        let replr = self.replrs.update(&caller, replr_id, changes).await?;
        Ok(Response::new(pb::UpdateReplrResponse {
            replr: Some(convert::replr(replr)),
        }))
    }

    async fn delete_replr(
        &self,
        request: Request<pb::DeleteReplrRequest>,
    ) -> Result<Response<pb::DeleteReplrResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let replr_id = input::id("replr_id", &request.get_ref().replr_id)?;
        self.replrs.delete(&caller, replr_id).await?;
        Ok(Response::new(pb::DeleteReplrResponse {}))
    }
}
