//! REPLRs: AI personas that live in a space, and the rooms they are in.
//!
//! Space owners and admins manage a space's REPLRs; every space member
//! reads them. Room owners and admins add them to and remove them from
//! rooms; each change is an event of the room, recorded in the same write.

use sea_orm::{IntoActiveModel, Set, SqlErr};
use uuid::Uuid;

use super::{
    Caller, Error, Kind, Result, RoomRole, SpaceRole,
    error::FieldViolation,
    input::{self, keep},
    paging::PageRequest,
    rooms::{Access, RoomView, Rooms, event},
};
use crate::ai::Providers;
use crate::store::{
    Store,
    entities::{replrs, room_replrs},
    events::{self as log, Payload, ReplrBrief},
    replrs as stored, spaces as stored_spaces,
};

pub const DEFAULT_TEMPERATURE: f64 = 1.0;
pub const DEFAULT_MAX_TOKENS: i32 = 1024;
/// Most REPLRs one room holds: every message may wake each of them.
pub const ROOM_REPLRS_MAX: u64 = 20;

/// When a REPLR answers in its rooms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyMode {
    /// When its `@handle` is mentioned.
    OnMention,
    /// After every message from a person.
    EveryHumanMessage,
    Never,
}

impl ReplyMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyMode::OnMention => "on_mention",
            ReplyMode::EveryHumanMessage => "every_human_message",
            ReplyMode::Never => "never",
        }
    }

    pub fn parse(stored: &str) -> Self {
        match stored {
            "every_human_message" => ReplyMode::EveryHumanMessage,
            "never" => ReplyMode::Never,
            _ => ReplyMode::OnMention,
        }
    }
}

/// What a client sent about a REPLR, unchecked. `None` means "not given":
/// the default on create, unchanged on update.
#[derive(Debug, Default)]
pub struct ReplrFields {
    pub handle: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub avatar_url: Option<String>,
    pub system_prompt: Option<String>,
    pub provider: Option<String>,
    pub model: Option<String>,
    pub temperature: Option<f64>,
    pub max_tokens: Option<i32>,
    pub reply_mode: Option<ReplyMode>,
}

/// The fields, each validated; every bad field is reported at once.
struct Checked {
    handle: Option<String>,
    display_name: Option<String>,
    description: Option<String>,
    avatar_url: Option<String>,
    system_prompt: Option<String>,
    provider: Option<String>,
    model: Option<String>,
    temperature: Option<f64>,
    max_tokens: Option<i32>,
    reply_mode: Option<ReplyMode>,
}

impl Checked {
    fn new(fields: ReplrFields) -> Result<Self> {
        let mut violations: Vec<FieldViolation> = Vec::new();
        let v = &mut violations;
        let checked = Checked {
            handle: fields
                .handle
                .and_then(|h| keep(v, input::handle("handle", &h))),
            display_name: fields
                .display_name
                .and_then(|n| keep(v, input::name("display_name", &n, input::NAME_MAX))),
            description: fields
                .description
                .and_then(|d| keep(v, input::text("description", &d, input::DESCRIPTION_MAX))),
            avatar_url: fields
                .avatar_url
                .and_then(|u| keep(v, input::optional_https_url("avatar_url", &u))),
            system_prompt: fields.system_prompt.and_then(|p| {
                keep(
                    v,
                    input::text("system_prompt", &p, input::SYSTEM_PROMPT_MAX),
                )
            }),
            provider: fields
                .provider
                .and_then(|p| keep(v, input::provider("provider", &p))),
            model: fields
                .model
                .and_then(|m| keep(v, input::model("model", &m))),
            temperature: fields
                .temperature
                .and_then(|t| keep(v, input::temperature("temperature", t))),
            max_tokens: fields
                .max_tokens
                .and_then(|m| keep(v, input::max_tokens("max_tokens", m))),
            reply_mode: fields.reply_mode,
        };
        if violations.is_empty() {
            Ok(checked)
        } else {
            Err(Error::InvalidArgument(violations))
        }
    }
}

/// A new REPLR, validated, with defaults filled in.
pub struct NewReplr {
    handle: String,
    display_name: String,
    description: String,
    avatar_url: String,
    system_prompt: String,
    provider: String,
    model: String,
    temperature: f64,
    max_tokens: i32,
    reply_mode: ReplyMode,
}

impl NewReplr {
    /// `fields.handle` is required; `display_name` defaults to the handle.
    pub fn new(mut fields: ReplrFields) -> Result<Self> {
        fields.handle.get_or_insert_default();
        let checked = Checked::new(fields)?;
        let handle = checked.handle.unwrap_or_default();
        Ok(Self {
            display_name: checked.display_name.unwrap_or_else(|| handle.clone()),
            handle,
            description: checked.description.unwrap_or_default(),
            avatar_url: checked.avatar_url.unwrap_or_default(),
            system_prompt: checked.system_prompt.unwrap_or_default(),
            // Empty: the server's default provider, chosen at each reply.
            provider: checked.provider.unwrap_or_default(),
            model: checked.model.unwrap_or_default(),
            temperature: checked.temperature.unwrap_or(DEFAULT_TEMPERATURE),
            max_tokens: checked.max_tokens.unwrap_or(DEFAULT_MAX_TOKENS),
            reply_mode: checked.reply_mode.unwrap_or(ReplyMode::OnMention),
        })
    }
}

/// Changes to a REPLR, validated; `None` leaves a field as it is.
pub struct ReplrChanges(Checked);

impl ReplrChanges {
    pub fn new(fields: ReplrFields) -> Result<Self> {
        Checked::new(fields).map(Self)
    }
}

#[derive(Clone)]
pub struct Replrs {
    store: Store,
    rooms: Rooms,
    providers: Providers,
}

impl Replrs {
    pub fn new(store: Store, rooms: Rooms, providers: Providers) -> Self {
        Self {
            store,
            rooms,
            providers,
        }
    }

    pub async fn create(
        &self,
        caller: &Caller,
        space_id: Uuid,
        new: NewReplr,
    ) -> Result<replrs::Model> {
        let role = self.space_role(caller, space_id).await?;
        if !role.manages() {
            return Err(Error::denied(
                "only space owners and admins may create REPLRs",
            ));
        }
        // A model the provider does not offer fails now, not at each reply.
        super::models::resolve(&self.providers, &new.provider, &new.model)?;
        let now = super::now();
        let replr = replrs::Model {
            id: super::new_id(),
            space_id,
            handle_key: input::handle_key(&new.handle),
            handle: new.handle,
            display_name: new.display_name,
            description: new.description,
            avatar_url: new.avatar_url,
            system_prompt: new.system_prompt,
            provider: new.provider,
            model: new.model,
            temperature: new.temperature,
            max_tokens: new.max_tokens,
            reply_mode: new.reply_mode.as_str().into(),
            creator_id: caller.user_id,
            created_at: now,
            updated_at: now,
        };
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move { stored::insert(txn, replr).await.map_err(handle_taken) })
            })
            .await
    }

    pub async fn get(&self, caller: &Caller, replr_id: Uuid) -> Result<replrs::Model> {
        Ok(self.visible(caller, replr_id).await?.0)
    }

    pub async fn list(
        &self,
        caller: &Caller,
        space_id: Uuid,
        page: PageRequest,
    ) -> Result<(Vec<replrs::Model>, String)> {
        self.space_role(caller, space_id).await?;
        let found = stored::list(&self.store.db, space_id, page.after_key()?, page.size).await?;
        let token = page.next_key_token(found.more, found.items.last().map(|r| r.id));
        Ok((found.items, token))
    }

    pub async fn update(
        &self,
        caller: &Caller,
        replr_id: Uuid,
        changes: ReplrChanges,
    ) -> Result<replrs::Model> {
        let (replr, role) = self.visible(caller, replr_id).await?;
        if !role.manages() {
            return Err(Error::denied(
                "only space owners and admins may change REPLRs",
            ));
        }
        let ReplrChanges(changes) = changes;
        if changes.provider.is_some() || changes.model.is_some() {
            let provider = changes.provider.as_deref().unwrap_or(&replr.provider);
            let model = changes.model.as_deref().unwrap_or(&replr.model);
            super::models::resolve(&self.providers, provider, model)?;
        }
        let mut active = replr.into_active_model();
        if let Some(handle) = changes.handle {
            active.handle_key = Set(input::handle_key(&handle));
            active.handle = Set(handle);
        }
        if let Some(display_name) = changes.display_name {
            active.display_name = Set(display_name);
        }
        if let Some(description) = changes.description {
            active.description = Set(description);
        }
        if let Some(avatar_url) = changes.avatar_url {
            active.avatar_url = Set(avatar_url);
        }
        if let Some(system_prompt) = changes.system_prompt {
            active.system_prompt = Set(system_prompt);
        }
        if let Some(provider) = changes.provider {
            active.provider = Set(provider);
        }
        if let Some(model) = changes.model {
            active.model = Set(model);
        }
        if let Some(temperature) = changes.temperature {
            active.temperature = Set(temperature);
        }
        if let Some(max_tokens) = changes.max_tokens {
            active.max_tokens = Set(max_tokens);
        }
        if let Some(reply_mode) = changes.reply_mode {
            active.reply_mode = Set(reply_mode.as_str().into());
        }
        active.updated_at = Set(super::now());
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    stored::update(txn, active)
                        .await
                        .map_err(|error| match error {
                            // Deleted meanwhile.
                            sea_orm::DbErr::RecordNotUpdated => {
                                Error::not_found(Kind::Replr, replr_id)
                            }
                            other => handle_taken(other),
                        })
                })
            })
            .await
    }

    /// Deletes a REPLR; each room it was in records that it left.
    pub async fn delete(&self, caller: &Caller, replr_id: Uuid) -> Result<()> {
        let (_, role) = self.visible(caller, replr_id).await?;
        if !role.manages() {
            return Err(Error::denied(
                "only space owners and admins may delete REPLRs",
            ));
        }
        let actor = caller.user_id;
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    // Read inside the write: a room it joined a moment ago
                    // hears that it left too.
                    let rooms = stored::rooms_of(txn, replr_id).await?;
                    let removed = rooms
                        .iter()
                        .map(|room| event(room, actor, Payload::ReplrRemoved { replr_id }))
                        .collect();
                    log::append(txn, removed).await?;
                    stored::delete(txn, replr_id).await?;
                    Ok::<_, Error>(())
                })
            })
            .await
    }

    /// Adds a REPLR of the room's space to the room. Adding one already
    /// there changes nothing.
    pub async fn add_to_room(
        &self,
        caller: &Caller,
        room_id: Uuid,
        replr_id: Uuid,
    ) -> Result<RoomView> {
        let access = self.rooms.access(caller, room_id).await?;
        let role = manages_room(&access)?;
        let space_id = access.room.space_id;
        let (room, actor) = (access.room.clone(), caller.user_id);
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let replr = stored::find(txn, replr_id)
                        .await?
                        .filter(|replr| replr.space_id == space_id)
                        .ok_or_else(|| Error::not_found(Kind::Replr, replr_id))?;
                    if stored::is_in_room(txn, room_id, replr_id).await? {
                        return Ok(());
                    }
                    if stored::count_in_room(txn, room_id).await? >= ROOM_REPLRS_MAX {
                        return Err(Error::precondition(
                            "ROOM_REPLR_LIMIT",
                            format!("a room holds at most {ROOM_REPLRS_MAX} REPLRs"),
                        ));
                    }
                    let link = room_replrs::Model {
                        room_id,
                        replr_id,
                        added_at: super::now(),
                    };
                    stored::add_to_room(txn, link).await?;
                    let added = event(&room, actor, Payload::ReplrAdded(ReplrBrief::from(&replr)));
                    log::append(txn, vec![added]).await?;
                    Ok(())
                })
            })
            .await?;
        self.rooms.view(caller, access.room, Some(role)).await
    }

    /// Removes a REPLR of the room's space from the room. Removing one that
    /// is not there changes nothing.
    pub async fn remove_from_room(
        &self,
        caller: &Caller,
        room_id: Uuid,
        replr_id: Uuid,
    ) -> Result<RoomView> {
        let access = self.rooms.access(caller, room_id).await?;
        let role = manages_room(&access)?;
        let space_id = access.room.space_id;
        let (room, actor) = (access.room.clone(), caller.user_id);
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    stored::find(txn, replr_id)
                        .await?
                        .filter(|replr| replr.space_id == space_id)
                        .ok_or_else(|| Error::not_found(Kind::Replr, replr_id))?;
                    if stored::remove_from_room(txn, room_id, replr_id).await? {
                        let removed = event(&room, actor, Payload::ReplrRemoved { replr_id });
                        log::append(txn, vec![removed]).await?;
                    }
                    Ok::<_, Error>(())
                })
            })
            .await?;
        self.rooms.view(caller, access.room, Some(role)).await
    }

    /// The REPLR and the caller's role in its space; NOT_FOUND when the
    /// caller is not a member of that space.
    async fn visible(&self, caller: &Caller, replr_id: Uuid) -> Result<(replrs::Model, SpaceRole)> {
        let not_found = || Error::not_found(Kind::Replr, replr_id);
        let replr = stored::find(&self.store.db, replr_id)
            .await?
            .ok_or_else(not_found)?;
        let role = stored_spaces::membership(&self.store.db, replr.space_id, caller.user_id)
            .await?
            .map(|member| SpaceRole::parse(&member.role))
            .ok_or_else(not_found)?;
        Ok((replr, role))
    }

    async fn space_role(&self, caller: &Caller, space_id: Uuid) -> Result<SpaceRole> {
        stored_spaces::membership(&self.store.db, space_id, caller.user_id)
            .await?
            .map(|member| SpaceRole::parse(&member.role))
            .ok_or_else(|| Error::not_found(Kind::Space, space_id))
    }
}

/// Room owners and admins (who are not space viewers) manage a room's REPLRs.
fn manages_room(access: &Access) -> Result<RoomRole> {
    let role = access.require_writer()?;
    if role > RoomRole::Admin {
        return Err(Error::denied(
            "only the room owner and admins may add or remove REPLRs",
        ));
    }
    Ok(role)
}

fn handle_taken(error: sea_orm::DbErr) -> Error {
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::exists(
            "REPLR_HANDLE_TAKEN",
            "another REPLR of the space has this handle (handles ignore case)",
        ),
        _ => Error::Storage(error),
    }
}
