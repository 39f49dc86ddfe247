use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope, Visibility, input,
        paging::PageRequest,
        replrs::Replrs,
        rooms::{NewRoom, RoomChanges, Rooms},
    },
    proto::v1::{self as pb, room_service_server::RoomService},
};

pub struct RoomApi {
    pub auth: Auth,
    pub rooms: Rooms,
    pub replrs: Replrs,
}

fn visibility(value: i32) -> Result<Option<Visibility>, Error> {
    convert::visibility_from_pb(value)
        .map_err(|()| Error::invalid("visibility", "INVALID_VALUE", "must be PUBLIC or PRIVATE"))
}

#[tonic::async_trait]
impl RoomService for RoomApi {
    async fn create_room(
        &self,
        request: Request<pb::CreateRoomRequest>,
    ) -> Result<Response<pb::CreateRoomResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let new = NewRoom::new(&r.name, &r.description, visibility(r.visibility)?)?;
        let room = self.rooms.create(&caller, space_id, new).await?;
        Ok(Response::new(pb::CreateRoomResponse {
            room: Some(convert::room(room)),
        }))
    }

    async fn get_room(
        &self,
        request: Request<pb::GetRoomRequest>,
    ) -> Result<Response<pb::GetRoomResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let room_id = input::id("room_id", &request.get_ref().room_id)?;
        let room = self.rooms.get(&caller, room_id).await?;
        Ok(Response::new(pb::GetRoomResponse {
            room: Some(convert::room(room)),
        }))
    }

    async fn list_rooms(
        &self,
        request: Request<pb::ListRoomsRequest>,
    ) -> Result<Response<pb::ListRoomsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let page = PageRequest::new(r.page_size, &r.page_token, &format!("ListRooms {space_id}"))?;
        let (rooms, next_page_token) = self.rooms.list(&caller, space_id, page).await?;
        Ok(Response::new(pb::ListRoomsResponse {
            rooms: rooms.into_iter().map(convert::room).collect(),
            next_page_token,
        }))
    }

    async fn update_room(
        &self,
        request: Request<pb::UpdateRoomRequest>,
    ) -> Result<Response<pb::UpdateRoomResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let new_visibility = match r.visibility {
            Some(value) => Some(visibility(value)?.ok_or_else(|| {
                Error::invalid("visibility", "INVALID_VALUE", "must be PUBLIC or PRIVATE")
            })?),
            None => None,
        };
        let changes =
            RoomChanges::new(r.name.as_deref(), r.description.as_deref(), new_visibility)?;
        let room = self.rooms.update(&caller, room_id, changes).await?;
        Ok(Response::new(pb::UpdateRoomResponse {
            room: Some(convert::room(room)),
        }))
    }

    async fn delete_room(
        &self,
        request: Request<pb::DeleteRoomRequest>,
    ) -> Result<Response<pb::DeleteRoomResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let room_id = input::id("room_id", &request.get_ref().room_id)?;
        self.rooms.delete(&caller, room_id).await?;
        Ok(Response::new(pb::DeleteRoomResponse {}))
    }

    async fn add_room_member(
        &self,
        request: Request<pb::AddRoomMemberRequest>,
    ) -> Result<Response<pb::AddRoomMemberResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        let role = convert::room_role_from_pb(r.role).map_err(|()| {
            Error::invalid(
                "role",
                "INVALID_VALUE",
                "must be ADMIN, MEMBER or CONTRIBUTOR",
            )
        })?;
        let member = self
            .rooms
            .add_member(&caller, room_id, user_id, role)
            .await?;
        Ok(Response::new(pb::AddRoomMemberResponse {
            member: Some(convert::room_member(member)),
        }))
    }

    async fn remove_room_member(
        &self,
        request: Request<pb::RemoveRoomMemberRequest>,
    ) -> Result<Response<pb::RemoveRoomMemberResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        self.rooms.remove_member(&caller, room_id, user_id).await?;
        Ok(Response::new(pb::RemoveRoomMemberResponse {}))
    }

    async fn list_room_members(
        &self,
        request: Request<pb::ListRoomMembersRequest>,
    ) -> Result<Response<pb::ListRoomMembersResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListRoomMembers {room_id}"),
        )?;
        let (members, next_page_token) = self.rooms.list_members(&caller, room_id, page).await?;
        Ok(Response::new(pb::ListRoomMembersResponse {
            members: members.into_iter().map(convert::room_member).collect(),
            next_page_token,
        }))
    }

    async fn add_replr(
        &self,
        request: Request<pb::AddReplrRequest>,
    ) -> Result<Response<pb::AddReplrResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let replr_id = input::id("replr_id", &r.replr_id)?;
        let room = self.replrs.add_to_room(&caller, room_id, replr_id).await?;
        Ok(Response::new(pb::AddReplrResponse {
            room: Some(convert::room(room)),
        }))
    }

    async fn remove_replr(
        &self,
        request: Request<pb::RemoveReplrRequest>,
    ) -> Result<Response<pb::RemoveReplrResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let replr_id = input::id("replr_id", &r.replr_id)?;
        let room = self
            .replrs
            .remove_from_room(&caller, room_id, replr_id)
            .await?;
        Ok(Response::new(pb::RemoveReplrResponse {
            room: Some(convert::room(room)),
        }))
    }
}
