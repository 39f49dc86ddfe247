//! Rooms: group chats in a space, and their members.

use sea_orm::{IntoActiveModel, Set, SqlErr};
use uuid::Uuid;

use super::{
    Caller, Error, Kind, Result, RoomRole, SpaceRole, Visibility, input, paging::PageRequest,
};
use crate::store::{
    Store,
    entities::{replrs, room_members, rooms, users},
    events::{self as log, NewEvent, Payload},
    replrs as stored_replrs, rooms as stored, spaces as stored_spaces, users as stored_users,
};

/// Unread messages are counted up to this many per room (a room with more
/// shows this number), so a count costs at most this many index entries
/// however long the room's history is.
pub const UNREAD_COUNT_MAX: u64 = 1000;

/// What the caller is to a room they can see.
pub struct Access {
    pub room: rooms::Model,
    pub space_role: SpaceRole,
    /// `None`: not a member, reading a public room.
    pub room_role: Option<RoomRole>,
    /// Whether any REPLR is in the room.
    pub has_replrs: bool,
}

impl Access {
    /// Members whose space role is not viewer may post, edit their own
    /// messages and react.
    pub fn require_writer(&self) -> Result<RoomRole> {
        match self.room_role {
            Some(_) if !self.space_role.writes() => {
                Err(Error::denied("space viewers can only read"))
            }
            Some(role) => Ok(role),
            None => Err(Error::denied("only members of the room may write in it")),
        }
    }
}

/// A room as one caller sees it.
pub struct RoomView {
    pub room: rooms::Model,
    pub member_count: i64,
    pub my_role: Option<RoomRole>,
    /// Messages from others newer than the caller's read marker; 0 for non-members.
    pub unread_count: i64,
    /// The room's REPLRs, in the order they were added.
    pub replrs: Vec<replrs::Model>,
}

impl RoomView {
    /// The room's own fields only, as events carry it: counts and the
    /// viewer's role are left empty.
    pub fn plain(room: rooms::Model) -> Self {
        Self {
            room,
            member_count: 0,
            my_role: None,
            unread_count: 0,
            replrs: Vec::new(),
        }
    }
}

pub struct MemberView {
    pub member: room_members::Model,
    pub user: users::Model,
}

/// A new room, validated.
pub struct NewRoom {
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
}

impl NewRoom {
    pub fn new(name: &str, description: &str, visibility: Option<Visibility>) -> Result<Self> {
        Ok(Self {
            name: input::name("name", name, input::NAME_MAX)?,
            description: input::text("description", description, input::DESCRIPTION_MAX)?,
            visibility: visibility.unwrap_or(Visibility::Public),
        })
    }
}

/// Changes to a room; `None` leaves a field as it is.
pub struct RoomChanges {
    pub name: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<Visibility>,
}

impl RoomChanges {
    pub fn new(
        name: Option<&str>,
        description: Option<&str>,
        visibility: Option<Visibility>,
    ) -> Result<Self> {
        Ok(Self {
            name: name
                .map(|n| input::name("name", n, input::NAME_MAX))
                .transpose()?,
            description: description
                .map(|d| input::text("description", d, input::DESCRIPTION_MAX))
                .transpose()?,
            visibility,
        })
    }
}

#[derive(Clone)]
pub struct Rooms {
    store: Store,
}

impl Rooms {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    pub async fn create(&self, caller: &Caller, space_id: Uuid, new: NewRoom) -> Result<RoomView> {
        let space_role = self.space_role(caller, space_id).await?;
        if !space_role.writes() {
            return Err(Error::denied("space viewers cannot create rooms"));
        }
        let now = super::now();
        let room = rooms::Model {
            id: super::new_id(),
            space_id,
            name: new.name,
            description: new.description,
            visibility: new.visibility.as_str().into(),
            creator_id: caller.user_id,
            created_at: now,
            updated_at: now,
            last_message_at: None,
            last_event_seq: 0,
            kind: rooms::ROOM.into(),
        };
        let owner = room_members::Model {
            room_id: room.id,
            user_id: caller.user_id,
            role: RoomRole::Owner.as_str().into(),
            joined_at: now,
        };
        let room = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let room = stored::insert(txn, room).await?;
                    let owner = stored::insert_member(txn, owner).await?;
                    let events = vec![
                        event(&room, owner.user_id, Payload::RoomCreated(room.clone())),
                        event(&room, owner.user_id, Payload::MemberJoined(owner)),
                    ];
                    log::append(txn, events).await?;
                    Ok::<_, Error>(room)
                })
            })
            .await?;
        Ok(RoomView {
            room,
            member_count: 1,
            my_role: Some(RoomRole::Owner),
            unread_count: 0,
            replrs: Vec::new(),
        })
    }

    pub async fn get(&self, caller: &Caller, room_id: Uuid) -> Result<RoomView> {
        let access = self.access(caller, room_id).await?;
        self.view(caller, access.room, access.room_role).await
    }

    pub async fn list(
        &self,
        caller: &Caller,
        space_id: Uuid,
        page: PageRequest,
    ) -> Result<(Vec<RoomView>, String)> {
        self.space_role(caller, space_id).await?;
        let found = stored::list_visible(
            &self.store.db,
            space_id,
            caller.user_id,
            page.after_key()?,
            page.size,
        )
        .await?;
        let ids: Vec<Uuid> = found.items.iter().map(|room| room.id).collect();
        let counts = stored::member_counts(&self.store.db, &ids).await?;
        let roles = stored::roles_of(&self.store.db, caller.user_id, &ids).await?;
        let member_of: Vec<Uuid> = roles.keys().copied().collect();
        let unread =
            stored::unread_counts(&self.store.db, caller.user_id, &member_of, UNREAD_COUNT_MAX)
                .await?;
        let mut replrs = stored_replrs::in_rooms(&self.store.db, &ids).await?;
        let token = page.next_key_token(found.more, ids.last().copied());
        let views = found
            .items
            .into_iter()
            .map(|room| RoomView {
                member_count: counts.get(&room.id).copied().unwrap_or(0),
                my_role: roles.get(&room.id).map(|role| RoomRole::parse(role)),
                unread_count: unread.get(&room.id).copied().unwrap_or(0),
                replrs: replrs.remove(&room.id).unwrap_or_default(),
                room,
            })
            .collect();
        Ok((views, token))
    }

    pub async fn update(
        &self,
        caller: &Caller,
        room_id: Uuid,
        changes: RoomChanges,
    ) -> Result<RoomView> {
        let access = self.access(caller, room_id).await?;
        let role = access.require_writer()?;
        if role > RoomRole::Admin {
            return Err(Error::denied(
                "only the room owner and admins may change the room",
            ));
        }
        let actor = caller.user_id;
        let mut active = access.room.into_active_model();
        if let Some(name) = changes.name {
            active.name = Set(name);
        }
        if let Some(description) = changes.description {
            active.description = Set(description);
        }
        if let Some(visibility) = changes.visibility {
            active.visibility = Set(visibility.as_str().into());
        }
        active.updated_at = Set(super::now());
        let room = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let room = stored::update(txn, active).await?;
                    log::append(
                        txn,
                        vec![event(&room, actor, Payload::RoomUpdated(room.clone()))],
                    )
                    .await?;
                    Ok::<_, Error>(room)
                })
            })
            .await?;
        self.view(caller, room, Some(role)).await
    }

    pub async fn delete(&self, caller: &Caller, room_id: Uuid) -> Result<()> {
        let access = self.access(caller, room_id).await?;
        if access.room_role != Some(RoomRole::Owner) {
            return Err(Error::denied("only the room owner may delete the room"));
        }
        let (room, actor) = (access.room, caller.user_id);
        self.store
            .writer
            .write_settled(move |txn| {
                Box::pin(async move {
                    // Recorded first: the event needs the room's row for its sequence.
                    let deleted = stored::deletion(txn, &room, actor, super::now()).await?;
                    log::append(txn, vec![deleted]).await?;
                    Ok::<_, Error>(stored::delete(txn, room_id).await?)
                })
            })
            .await
    }

    pub async fn add_member(
        &self,
        caller: &Caller,
        room_id: Uuid,
        user_id: Uuid,
        role: Option<RoomRole>,
    ) -> Result<MemberView> {
        let access = self.access(caller, room_id).await?;
        let role = role.unwrap_or(RoomRole::Member);
        let joining_public_room_alone = user_id == caller.user_id
            && access.room_role.is_none()
            && Visibility::parse(&access.room.visibility) == Visibility::Public
            && role == RoomRole::Member;
        if !joining_public_room_alone {
            let mine = access
                .room_role
                .ok_or_else(|| Error::denied("only members of the room may add members"))?;
            if !access.space_role.writes() {
                return Err(Error::denied("space viewers cannot add room members"));
            }
            match (mine, role) {
                (_, RoomRole::Owner) => {
                    return Err(Error::denied("a room has one owner; it cannot be granted"));
                }
                (RoomRole::Owner, _) => {}
                (RoomRole::Admin | RoomRole::Member, RoomRole::Member | RoomRole::Contributor) => {}
                (RoomRole::Contributor, _) => {
                    return Err(Error::denied("contributors cannot add room members"));
                }
                _ => {
                    return Err(Error::denied(
                        "only the room owner may grant the admin role",
                    ));
                }
            }
        }
        let in_space = stored_spaces::membership(&self.store.db, access.room.space_id, user_id)
            .await?
            .is_some();
        let user = match stored_users::find(&self.store.db, user_id).await? {
            Some(user) if in_space => user,
            _ => return Err(Error::not_found(Kind::User, user_id)),
        };
        let member = room_members::Model {
            room_id,
            user_id,
            role: role.as_str().into(),
            joined_at: super::now(),
        };
        let (room, actor) = (access.room.clone(), caller.user_id);
        let member = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let member = stored::insert_member(txn, member).await.map_err(|error| {
                        match error.sql_err() {
                            Some(SqlErr::UniqueConstraintViolation(_)) => Error::exists(
                                "ROOM_MEMBER_EXISTS",
                                "the user is already a member of the room",
                            ),
                            _ => Error::Storage(error),
                        }
                    })?;
                    let joined = event(&room, actor, Payload::MemberJoined(member.clone()));
                    log::append(txn, vec![joined]).await?;
                    Ok::<_, Error>(member)
                })
            })
            .await?;
        Ok(MemberView { member, user })
    }

    pub async fn remove_member(&self, caller: &Caller, room_id: Uuid, user_id: Uuid) -> Result<()> {
        let access = self.access(caller, room_id).await?;
        let target = stored::membership(&self.store.db, room_id, user_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::RoomMember, user_id))?;
        if user_id != caller.user_id && access.room_role != Some(RoomRole::Owner) {
            return Err(Error::denied(
                "only the room owner may remove other members",
            ));
        }
        if RoomRole::parse(&target.role) == RoomRole::Owner {
            return Err(Error::precondition(
                "ROOM_OWNER_CANNOT_LEAVE",
                "the room owner cannot leave; delete the room instead",
            ));
        }
        let (room, actor) = (access.room, caller.user_id);
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    stored::remove_member(txn, room_id, user_id).await?;
                    let left = event(&room, actor, Payload::MemberLeft { user_id });
                    log::append(txn, vec![left]).await?;
                    Ok::<_, Error>(())
                })
            })
            .await
    }

    pub async fn list_members(
        &self,
        caller: &Caller,
        room_id: Uuid,
        page: PageRequest,
    ) -> Result<(Vec<MemberView>, String)> {
        self.access(caller, room_id).await?;
        let offset = page.offset()?;
        let found = stored::list_members(&self.store.db, room_id, offset, page.size).await?;
        let token = page.next_offset_token(found.more, offset, found.items.len());
        let views = found
            .items
            .into_iter()
            .map(|(member, user)| MemberView { member, user })
            .collect();
        Ok((views, token))
    }

    /// The room as the caller may see it. NOT_FOUND when the caller is not in
    /// its space, or it is private and they are not in it.
    pub async fn access(&self, caller: &Caller, room_id: Uuid) -> Result<Access> {
        let not_found = || Error::not_found(Kind::Room, room_id);
        let standing = stored::standing(&self.store.db, room_id, caller.user_id)
            .await?
            // A session's conversation is read through SessionService only.
            .filter(|standing| standing.room.kind == rooms::ROOM)
            .ok_or_else(not_found)?;
        let space_role = standing
            .space_role
            .as_deref()
            .map(SpaceRole::parse)
            .ok_or_else(not_found)?;
        let room_role = standing.room_role.as_deref().map(RoomRole::parse);
        if room_role.is_none()
            && Visibility::parse(&standing.room.visibility) == Visibility::Private
        {
            return Err(not_found());
        }
        Ok(Access {
            room: standing.room,
            space_role,
            room_role,
            has_replrs: standing.has_replrs,
        })
    }

    async fn space_role(&self, caller: &Caller, space_id: Uuid) -> Result<SpaceRole> {
        stored_spaces::membership(&self.store.db, space_id, caller.user_id)
            .await?
            .map(|member| SpaceRole::parse(&member.role))
            .ok_or_else(|| Error::not_found(Kind::Space, space_id))
    }

    /// The room as `caller`, whose role in it is `my_role`, sees it.
    pub(crate) async fn view(
        &self,
        caller: &Caller,
        room: rooms::Model,
        my_role: Option<RoomRole>,
    ) -> Result<RoomView> {
        let counts = stored::member_counts(&self.store.db, &[room.id]).await?;
        let unread_count = match my_role {
            Some(_) => {
                stored::unread_counts(&self.store.db, caller.user_id, &[room.id], UNREAD_COUNT_MAX)
                    .await?
                    .get(&room.id)
                    .copied()
                    .unwrap_or(0)
            }
            None => 0,
        };
        let replrs = stored_replrs::in_rooms(&self.store.db, &[room.id])
            .await?
            .remove(&room.id)
            .unwrap_or_default();
        Ok(RoomView {
            member_count: counts.get(&room.id).copied().unwrap_or(0),
            my_role,
            unread_count,
            replrs,
            room,
        })
    }
}

/// An event in `room` made by `actor`, now.
pub(crate) fn event(room: &rooms::Model, actor: Uuid, payload: Payload) -> NewEvent {
    NewEvent {
        room_id: room.id,
        space_id: room.space_id,
        actor_id: Some(actor),
        payload,
        at: super::now(),
    }
}
