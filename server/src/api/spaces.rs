use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope, SpaceRole, input,
        paging::PageRequest,
        spaces::{SpaceChanges, Spaces},
    },
    proto::v1::{self as pb, space_service_server::SpaceService},
};

pub struct SpaceApi {
    pub auth: Auth,
    pub spaces: Spaces,
}

fn role(value: i32) -> Result<SpaceRole, Error> {
    convert::space_role_from_pb(value).ok_or_else(|| {
        Error::invalid(
            "role",
            "VALUE_REQUIRED",
            "must be OWNER, ADMIN, MEMBER or VIEWER",
        )
    })
}

#[tonic::async_trait]
impl SpaceService for SpaceApi {
    async fn create_space(
        &self,
        request: Request<pb::CreateSpaceRequest>,
    ) -> Result<Response<pb::CreateSpaceResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space = self.spaces.create(&caller, &r.name, &r.description).await?;
        Ok(Response::new(pb::CreateSpaceResponse {
            space: Some(convert::space(space)),
        }))
    }

    async fn get_space(
        &self,
        request: Request<pb::GetSpaceRequest>,
    ) -> Result<Response<pb::GetSpaceResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let space_id = input::id("space_id", &request.get_ref().space_id)?;
        let space = self.spaces.get(&caller, space_id).await?;
        Ok(Response::new(pb::GetSpaceResponse {
            space: Some(convert::space(space)),
        }))
    }

    async fn list_spaces(
        &self,
        request: Request<pb::ListSpacesRequest>,
    ) -> Result<Response<pb::ListSpacesResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let (spaces, next_page_token) = self
            .spaces
            .list(
                &caller,
                PageRequest::new(r.page_size, &r.page_token, "ListSpaces")?,
            )
            .await?;
        Ok(Response::new(pb::ListSpacesResponse {
            spaces: spaces.into_iter().map(convert::space).collect(),
            next_page_token,
        }))
    }

    async fn update_space(
        &self,
        request: Request<pb::UpdateSpaceRequest>,
    ) -> Result<Response<pb::UpdateSpaceResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let changes = SpaceChanges::new(r.name.as_deref(), r.description.as_deref())?;
        let space = self.spaces.update(&caller, space_id, changes).await?;
        Ok(Response::new(pb::UpdateSpaceResponse {
            space: Some(convert::space(space)),
        }))
    }

    async fn delete_space(
        &self,
        request: Request<pb::DeleteSpaceRequest>,
    ) -> Result<Response<pb::DeleteSpaceResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let space_id = input::id("space_id", &request.get_ref().space_id)?;
        self.spaces.delete(&caller, space_id).await?;
        Ok(Response::new(pb::DeleteSpaceResponse {}))
    }

    async fn add_space_member(
        &self,
        request: Request<pb::AddSpaceMemberRequest>,
    ) -> Result<Response<pb::AddSpaceMemberResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        let member = self
            .spaces
            .add_member(&caller, space_id, user_id, role(r.role)?)
            .await?;
        Ok(Response::new(pb::AddSpaceMemberResponse {
            member: Some(convert::space_member(member)),
        }))
    }

    async fn update_space_member(
        &self,
        request: Request<pb::UpdateSpaceMemberRequest>,
    ) -> Result<Response<pb::UpdateSpaceMemberResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        let member = self
            .spaces
            .update_member(&caller, space_id, user_id, role(r.role)?)
            .await?;
        Ok(Response::new(pb::UpdateSpaceMemberResponse {
            member: Some(convert::space_member(member)),
        }))
    }

    async fn remove_space_member(
        &self,
        request: Request<pb::RemoveSpaceMemberRequest>,
    ) -> Result<Response<pb::RemoveSpaceMemberResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        self.spaces
            .remove_member(&caller, space_id, user_id)
            .await?;
        Ok(Response::new(pb::RemoveSpaceMemberResponse {}))
    }

    async fn list_space_members(
        &self,
        request: Request<pb::ListSpaceMembersRequest>,
    ) -> Result<Response<pb::ListSpaceMembersResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListSpaceMembers {space_id}"),
        )?;
        let (members, next_page_token) = self.spaces.list_members(&caller, space_id, page).await?;
        Ok(Response::new(pb::ListSpaceMembersResponse {
            members: members.into_iter().map(convert::space_member).collect(),
            next_page_token,
        }))
    }
}
