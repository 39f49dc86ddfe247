use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope, input,
        paging::PageRequest,
        users::{MessageFate, NewApiKey, NewUser, UpsertItem, UserChanges, Users},
    },
    proto::v1::{self as pb, user_service_server::UserService},
};

pub struct UserApi {
    pub auth: Auth,
    pub users: Users,
}

#[tonic::async_trait]
impl UserService for UserApi {
    async fn create_user(
        &self,
        request: Request<pb::CreateUserRequest>,
    ) -> Result<Response<pb::CreateUserResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Admin).await?;
        let r = request.into_inner();
        let new = NewUser::new(&r.username, &r.display_name, r.is_admin)?;
        let user = self.users.create(&caller, new).await?;
        Ok(Response::new(pb::CreateUserResponse {
            user: Some(convert::user(user)),
        }))
    }

    async fn get_user(
        &self,
        request: Request<pb::GetUserRequest>,
    ) -> Result<Response<pb::GetUserResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let user_id = input::id("user_id", &request.get_ref().user_id)?;
        let user = self.users.get(&caller, user_id).await?;
        Ok(Response::new(pb::GetUserResponse {
            user: Some(convert::user(user)),
        }))
    }

    async fn get_current_user(
        &self,
        request: Request<pb::GetCurrentUserRequest>,
    ) -> Result<Response<pb::GetCurrentUserResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let user = self.users.current(&caller).await?;
        Ok(Response::new(pb::GetCurrentUserResponse {
            user: Some(convert::user(user)),
        }))
    }

    async fn list_users(
        &self,
        request: Request<pb::ListUsersRequest>,
    ) -> Result<Response<pb::ListUsersResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Admin).await?;
        let r = request.into_inner();
        let (users, next_page_token) = self
            .users
            .list(
                &caller,
                PageRequest::new(r.page_size, &r.page_token, "ListUsers")?,
            )
            .await?;
        Ok(Response::new(pb::ListUsersResponse {
            users: users.into_iter().map(convert::user).collect(),
            next_page_token,
        }))
    }

    async fn create_api_key(
        &self,
        request: Request<pb::CreateApiKeyRequest>,
    ) -> Result<Response<pb::CreateApiKeyResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let scopes = r
            .scopes
            .iter()
            .enumerate()
            .map(|(i, value)| {
                convert::scope_from_pb(*value).ok_or_else(|| {
                    Error::invalid(
                        format!("scopes[{i}]"),
                        "INVALID_VALUE",
                        "must be READ, WRITE or ADMIN",
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let expires_at = match &r.expire_time {
            Some(ts) => Some(convert::from_timestamp(ts).ok_or_else(|| {
                Error::invalid("expire_time", "INVALID_VALUE", "is not a valid time")
            })?),
            None => None,
        };
        let new = NewApiKey {
            name: input::name("name", &r.name, input::NAME_MAX)?,
            user_id: input::optional_id("user_id", &r.user_id)?,
            scopes,
            expires_at,
        };
        let issued = self.users.create_key(&caller, new).await?;
        Ok(Response::new(pb::CreateApiKeyResponse {
            api_key: Some(convert::api_key(issued.key)),
            secret: issued.secret,
        }))
    }

    async fn list_api_keys(
        &self,
        request: Request<pb::ListApiKeysRequest>,
    ) -> Result<Response<pb::ListApiKeysResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let user_id = input::optional_id("user_id", &r.user_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListApiKeys {user_id:?}"),
        )?;
        let (keys, next_page_token) = self.users.list_keys(&caller, user_id, page).await?;
        Ok(Response::new(pb::ListApiKeysResponse {
            api_keys: keys.into_iter().map(convert::api_key).collect(),
            next_page_token,
        }))
    }

    async fn update_user(
        &self,
        request: Request<pb::UpdateUserRequest>,
    ) -> Result<Response<pb::UpdateUserResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let user_id = input::id("user_id", &r.user_id)?;
        let changes = UserChanges::new(r.display_name.as_deref(), r.is_admin)?;
        let user = self.users.update(&caller, user_id, changes).await?;
        Ok(Response::new(pb::UpdateUserResponse {
            user: Some(convert::user(user)),
        }))
    }

    async fn create_user_token(
        &self,
        request: Request<pb::CreateUserTokenRequest>,
    ) -> Result<Response<pb::CreateUserTokenResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Admin).await?;
        let r = request.into_inner();
        let user_id = input::id("user_id", &r.user_id)?;
        let (token, expires) = self
            .users
            .mint_token(&caller, user_id, r.ttl_seconds)
            .await?;
        Ok(Response::new(pb::CreateUserTokenResponse {
            token,
            expire_time: Some(convert::timestamp(expires)),
        }))
    }

    async fn revoke_api_key(
        &self,
        request: Request<pb::RevokeApiKeyRequest>,
    ) -> Result<Response<pb::RevokeApiKeyResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let key_id = input::id("api_key_id", &request.get_ref().api_key_id)?;
        let key = self.users.revoke_key(&caller, key_id).await?;
        Ok(Response::new(pb::RevokeApiKeyResponse {
            api_key: Some(convert::api_key(key)),
        }))
    }

    async fn upsert_users(
        &self,
        request: Request<pb::UpsertUsersRequest>,
    ) -> Result<Response<pb::UpsertUsersResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Admin).await?;
        let r = request.into_inner();
        let mut violations = Vec::new();
        let items: Vec<UpsertItem> = r
            .users
            .into_iter()
            .enumerate()
            .filter_map(|(index, u)| {
                let item = UpsertItem::new(
                    index,
                    &u.external_id,
                    &u.username,
                    &u.display_name,
                    &u.avatar_url,
                    u.metadata,
                );
                input::keep(&mut violations, item)
            })
            .collect();
        if !violations.is_empty() {
            return Err(Error::InvalidArgument(violations).into());
        }
        let upserted = self.users.upsert(&caller, items).await?;
        Ok(Response::new(pb::UpsertUsersResponse {
            users: upserted
                .into_iter()
                .map(|(user, created)| pb::UpsertedUser {
                    user: Some(convert::user(user)),
                    created,
                })
                .collect(),
        }))
    }

    async fn delete_user(
        &self,
        request: Request<pb::DeleteUserRequest>,
    ) -> Result<Response<pb::DeleteUserResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Admin).await?;
        let r = request.into_inner();
        let user_id = input::id("user_id", &r.user_id)?;
        let fate = match pb::DeletedUserMessages::try_from(r.messages) {
            Ok(pb::DeletedUserMessages::Delete) => MessageFate::Delete,
            Ok(pb::DeletedUserMessages::Anonymize) => MessageFate::Anonymize,
            _ => {
                return Err(Error::invalid(
                    "messages",
                    "VALUE_REQUIRED",
                    "say what becomes of the user's messages: DELETED_USER_MESSAGES_DELETE or \
                     DELETED_USER_MESSAGES_ANONYMIZE",
                )
                .into());
            }
        };
        let erased = self.users.delete(&caller, user_id, fate).await?;
        Ok(Response::new(pb::DeleteUserResponse {
            message_count: erased.messages as i64,
            space_count: erased.spaces as i32,
        }))
    }
}
