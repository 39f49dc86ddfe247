//! Spaces (tenants) and their members.

use sea_orm::{IntoActiveModel, Set, SqlErr};
use uuid::Uuid;

use super::{Caller, Error, Kind, Result, Scope, SpaceRole, input, paging::PageRequest};
use crate::events::Hub;
use crate::store::{
    Store, credits as stored_credits,
    entities::{space_members, spaces, users},
    events::{self as log, Payload},
    rooms as stored_rooms, spaces as stored, users as stored_users,
};

/// A space as one caller sees it.
pub struct SpaceView {
    pub space: spaces::Model,
    pub my_role: SpaceRole,
    pub member_count: i64,
}

/// A member with their user record.
pub struct MemberView {
    pub member: space_members::Model,
    pub user: users::Model,
}

/// Changes to a space; `None` leaves a field as it is.
pub struct SpaceChanges {
    pub name: Option<String>,
    pub description: Option<String>,
}

impl SpaceChanges {
    pub fn new(name: Option<&str>, description: Option<&str>) -> Result<Self> {
        Ok(Self {
            name: name
                .map(|n| input::name("name", n, input::NAME_MAX))
                .transpose()?,
            description: description
                .map(|d| input::text("description", d, input::DESCRIPTION_MAX))
                .transpose()?,
        })
    }
}

#[derive(Clone)]
pub struct Spaces {
    store: Store,
    hub: Hub,
    /// AI credits a new space starts with.
    initial_credits: i64,
}

impl Spaces {
    /// `initial_credits`: the AI credits (tokens) a new space starts with,
    /// `credits::Credits::initial_balance`.
    pub fn new(store: Store, hub: Hub, initial_credits: i64) -> Self {
        Self {
            store,
            hub,
            initial_credits,
        }
    }

    pub async fn create(
        &self,
        caller: &Caller,
        name: &str,
        description: &str,
    ) -> Result<SpaceView> {
        let now = super::now();
        let space = spaces::Model {
            id: super::new_id(),
            name: input::name("name", name, input::NAME_MAX)?,
            description: input::text("description", description, input::DESCRIPTION_MAX)?,
            created_at: now,
            updated_at: now,
        };
        let owner = space_members::Model {
            space_id: space.id,
            user_id: caller.user_id,
            role: SpaceRole::Owner.as_str().into(),
            joined_at: now,
        };
        let initial_credits = self.initial_credits;
        let space = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let space = stored::insert(txn, space).await?;
                    stored::insert_member(txn, owner).await?;
                    stored_credits::open(txn, space.id, initial_credits, now).await?;
                    Ok::<_, Error>(space)
                })
            })
            .await?;
        Ok(SpaceView {
            space,
            my_role: SpaceRole::Owner,
            member_count: 1,
        })
    }

    pub async fn get(&self, caller: &Caller, space_id: Uuid) -> Result<SpaceView> {
        let (space, role) = self.visible(caller, space_id).await?;
        self.view(space, role).await
    }

    pub async fn list(
        &self,
        caller: &Caller,
        page: PageRequest,
    ) -> Result<(Vec<SpaceView>, String)> {
        let found =
            stored::list_for_user(&self.store.db, caller.user_id, page.after_key()?, page.size)
                .await?;
        let ids: Vec<Uuid> = found.items.iter().map(|(space, _)| space.id).collect();
        let counts = stored::member_counts(&self.store.db, &ids).await?;
        let token = page.next_key_token(found.more, ids.last().copied());
        let views = found
            .items
            .into_iter()
            .map(|(space, member)| SpaceView {
                member_count: counts.get(&space.id).copied().unwrap_or(0),
                my_role: SpaceRole::parse(&member.role),
                space,
            })
            .collect();
        Ok((views, token))
    }

    pub async fn update(
        &self,
        caller: &Caller,
        space_id: Uuid,
        changes: SpaceChanges,
    ) -> Result<SpaceView> {
        let (space, role) = self.visible(caller, space_id).await?;
        if !role.manages() {
            return Err(Error::denied(
                "only space owners and admins may change the space",
            ));
        }
        let mut active = space.into_active_model();
        if let Some(name) = changes.name {
            active.name = Set(name);
        }
        if let Some(description) = changes.description {
            active.description = Set(description);
        }
        active.updated_at = Set(super::now());
        let space = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move { Ok::<_, Error>(stored::update(txn, active).await?) })
            })
            .await?;
        self.view(space, role).await
    }

    pub async fn delete(&self, caller: &Caller, space_id: Uuid) -> Result<()> {
        let (_, role) = self.visible(caller, space_id).await?;
        if role != SpaceRole::Owner {
            return Err(Error::denied("only space owners may delete the space"));
        }
        let actor = caller.user_id;
        self.store
            .writer
            .write_settled(move |txn| {
                Box::pin(async move {
                    // Subscribers of each room hear that it is gone.
                    let rooms = stored_rooms::in_space(txn, space_id, None).await?;
                    let mut deleted = Vec::with_capacity(rooms.len());
                    for room in &rooms {
                        deleted.push(stored_rooms::deletion(txn, room, actor, super::now()).await?);
                    }
                    log::append(txn, deleted).await?;
                    Ok::<_, Error>(stored::delete(txn, space_id).await?)
                })
            })
            .await
    }

    pub async fn add_member(
        &self,
        caller: &Caller,
        space_id: Uuid,
        user_id: Uuid,
        role: SpaceRole,
    ) -> Result<MemberView> {
        let server_admin = caller.is_admin && caller.scopes.has(Scope::Admin);
        let my_role = match self.visible(caller, space_id).await {
            Ok((_, role)) => role,
            // Server admins add members to any space, as its owner could.
            Err(Error::NotFound { .. })
                if server_admin && stored::find(&self.store.db, space_id).await?.is_some() =>
            {
                SpaceRole::Owner
            }
            Err(error) => return Err(error),
        };
        may_grant(my_role, role)?;
        // Strangers stay strangers: a user who shares no space with the
        // caller is NOT_FOUND, exactly like an unknown id, unless a server
        // admin asks.
        let not_found = || Error::not_found(Kind::User, user_id);
        let user = stored_users::find(&self.store.db, user_id)
            .await?
            .ok_or_else(not_found)?;
        let known = server_admin
            || stored_users::share_a_space(&self.store.db, caller.user_id, user_id).await?;
        if !known {
            return Err(not_found());
        }
        let member = space_members::Model {
            space_id,
            user_id,
            role: role.as_str().into(),
            joined_at: super::now(),
        };
        let member = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    stored::insert_member(txn, member).await.map_err(|error| {
                        match error.sql_err() {
                            Some(SqlErr::UniqueConstraintViolation(_)) => Error::exists(
                                "SPACE_MEMBER_EXISTS",
                                "the user is already a member of the space",
                            ),
                            _ => Error::Storage(error),
                        }
                    })
                })
            })
            .await?;
        Ok(MemberView { member, user })
    }

    pub async fn update_member(
        &self,
        caller: &Caller,
        space_id: Uuid,
        user_id: Uuid,
        role: SpaceRole,
    ) -> Result<MemberView> {
        let (_, my_role) = self.visible(caller, space_id).await?;
        let member = self.member(space_id, user_id).await?;
        let current = SpaceRole::parse(&member.role);
        may_grant(my_role, current)?;
        may_grant(my_role, role)?;
        if current == role {
            return self.member_view(member).await;
        }
        let member = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    // Checked inside the write so two demotions cannot both pass.
                    if current == SpaceRole::Owner
                        && stored::count_owners(txn, space_id).await? <= 1
                    {
                        return Err(Error::precondition(
                            "LAST_OWNER",
                            "a space must keep at least one owner",
                        ));
                    }
                    Ok(stored::set_member_role(txn, member, role.as_str()).await?)
                })
            })
            .await?;
        self.member_view(member).await
    }

    pub async fn remove_member(
        &self,
        caller: &Caller,
        space_id: Uuid,
        user_id: Uuid,
    ) -> Result<()> {
        let (_, my_role) = self.visible(caller, space_id).await?;
        let member = self.member(space_id, user_id).await?;
        let role = SpaceRole::parse(&member.role);
        if user_id != caller.user_id {
            may_grant(my_role, role)?;
        }
        let actor = caller.user_id;
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if role == SpaceRole::Owner && stored::count_owners(txn, space_id).await? <= 1 {
                        return Err(Error::precondition(
                            "LAST_OWNER",
                            "a space must keep at least one owner",
                        ));
                    }
                    let rooms = stored_rooms::in_space(txn, space_id, Some(user_id)).await?;
                    let left = rooms
                        .iter()
                        .map(|room| {
                            super::rooms::event(room, actor, Payload::MemberLeft { user_id })
                        })
                        .collect();
                    log::append(txn, left).await?;
                    Ok::<_, Error>(stored::remove_member(txn, space_id, user_id).await?)
                })
            })
            .await?;
        // Their public rooms of the space go silent at once, not at the
        // next heartbeat: no room event says they lost them.
        self.hub.access_changed(space_id, user_id);
        Ok(())
    }

    pub async fn list_members(
        &self,
        caller: &Caller,
        space_id: Uuid,
        page: PageRequest,
    ) -> Result<(Vec<MemberView>, String)> {
        self.visible(caller, space_id).await?;
        let offset = page.offset()?;
        let found = stored::list_members(&self.store.db, space_id, offset, page.size).await?;
        let token = page.next_offset_token(found.more, offset, found.items.len());
        let views = found
            .items
            .into_iter()
            .map(|(member, user)| MemberView { member, user })
            .collect();
        Ok((views, token))
    }

    /// The space and the caller's role in it; NOT_FOUND for non-members.
    pub async fn visible(
        &self,
        caller: &Caller,
        space_id: Uuid,
    ) -> Result<(spaces::Model, SpaceRole)> {
        let not_found = || Error::not_found(Kind::Space, space_id);
        let member = stored::membership(&self.store.db, space_id, caller.user_id)
            .await?
            .ok_or_else(not_found)?;
        let space = stored::find(&self.store.db, space_id)
            .await?
            .ok_or_else(not_found)?;
        Ok((space, SpaceRole::parse(&member.role)))
    }

    async fn member(&self, space_id: Uuid, user_id: Uuid) -> Result<space_members::Model> {
        stored::membership(&self.store.db, space_id, user_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::SpaceMember, user_id))
    }

    async fn member_view(&self, member: space_members::Model) -> Result<MemberView> {
        let user = stored_users::find(&self.store.db, member.user_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::User, member.user_id))?;
        Ok(MemberView { member, user })
    }

    async fn view(&self, space: spaces::Model, my_role: SpaceRole) -> Result<SpaceView> {
        let counts = stored::member_counts(&self.store.db, &[space.id]).await?;
        Ok(SpaceView {
            member_count: counts.get(&space.id).copied().unwrap_or(0),
            my_role,
            space,
        })
    }
}

/// Owners grant (and act on) any role; admins only member and viewer;
/// nobody else manages members.
fn may_grant(mine: SpaceRole, target: SpaceRole) -> Result<()> {
    match mine {
        SpaceRole::Owner => Ok(()),
        SpaceRole::Admin if target >= SpaceRole::Member => Ok(()),
        SpaceRole::Admin => Err(Error::denied(
            "space admins may manage only members and viewers",
        )),
        _ => Err(Error::denied(
            "only space owners and admins may manage members",
        )),
    }
}
