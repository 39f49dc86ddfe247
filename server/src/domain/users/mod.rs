//! Users and their API keys.

mod directory;
mod erasure;
mod upsert;

pub use directory::Directory;
pub use erasure::{DELETED_USER_ID, DELETED_USER_NAME, MessageFate};
pub use upsert::{BATCH_MAX, UpsertItem};

use chrono::{DateTime, Utc};
use sea_orm::SqlErr;
use uuid::Uuid;

use super::{Caller, Error, Kind, Result, Scope, Scopes, auth, input, paging::PageRequest};
use crate::store::{
    Store,
    entities::{api_keys, users},
    users as stored,
};

/// Lifetimes of minted user tokens, in seconds: a minute to a week, an
/// hour unless asked.
pub const TOKEN_TTL_MIN: i32 = 60;
pub const TOKEN_TTL_MAX: i32 = 7 * 24 * 3600;
pub const TOKEN_TTL_DEFAULT: i32 = 3600;

/// A new user, validated.
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub is_admin: bool,
}

impl NewUser {
    pub fn new(username: &str, display_name: &str, is_admin: bool) -> Result<Self> {
        Ok(Self {
            username: input::username(username)?,
            display_name: input::name("display_name", display_name, input::NAME_MAX)?,
            is_admin,
        })
    }
}

/// A new API key, validated.
pub struct NewApiKey {
    pub name: String,
    /// `None`: the caller.
    pub user_id: Option<Uuid>,
    /// Empty: read and write.
    pub scopes: Vec<Scope>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// A key and its secret, which exists only in this value.
pub struct IssuedKey {
    pub key: api_keys::Model,
    pub secret: String,
}

/// What UpdateUser changes, validated: `None` leaves a field as it is.
pub struct UserChanges {
    pub display_name: Option<String>,
    pub is_admin: Option<bool>,
}

impl UserChanges {
    pub fn new(display_name: Option<&str>, is_admin: Option<bool>) -> Result<Self> {
        Ok(Self {
            display_name: display_name
                .map(|name| input::name("display_name", name, input::NAME_MAX))
                .transpose()?,
            is_admin,
        })
    }
}

#[derive(Clone)]
pub struct Users {
    store: Store,
    auth: super::auth::Authenticator,
    directory: Directory,
}

impl Users {
    pub fn new(store: Store, auth: super::auth::Authenticator, directory: Directory) -> Self {
        Self {
            store,
            auth,
            directory,
        }
    }

    /// Changes a user: their own display name, or anyone's (and the admin
    /// flag) for a server admin.
    pub async fn update(
        &self,
        caller: &Caller,
        user_id: Uuid,
        changes: UserChanges,
    ) -> Result<users::Model> {
        let user = self.get(caller, user_id).await?;
        let myself = user_id == caller.user_id;
        if changes.is_admin.is_some() || !myself {
            require_admin(caller)?;
        }
        if myself && changes.is_admin == Some(false) && user.is_admin {
            return Err(Error::precondition(
                "CANNOT_DEMOTE_SELF",
                "a server admin may not take away their own admin rights; another admin may",
            ));
        }
        if changes.display_name.is_none() && changes.is_admin.is_none() {
            return Ok(user);
        }
        let mut active = sea_orm::IntoActiveModel::into_active_model(user);
        if let Some(name) = changes.display_name {
            active.display_name = sea_orm::Set(name);
        }
        if let Some(is_admin) = changes.is_admin {
            active.is_admin = sea_orm::Set(is_admin);
        }
        let updated = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move { Ok::<_, Error>(stored::update(txn, active).await?) })
            })
            .await?;
        self.directory.forget(user_id);
        self.auth.forget_credentials();
        Ok(updated)
    }

    pub async fn create(&self, caller: &Caller, new: NewUser) -> Result<users::Model> {
        require_admin(caller)?;
        insert_user(&self.store, new).await
    }

    /// The caller, anyone sharing a space with them, or anyone for an admin.
    pub async fn get(&self, caller: &Caller, user_id: Uuid) -> Result<users::Model> {
        let user = stored::find(&self.store.db, user_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::User, user_id))?;
        let visible = caller.is_admin
            || user_id == caller.user_id
            || stored::share_a_space(&self.store.db, caller.user_id, user_id).await?;
        if visible {
            Ok(user)
        } else {
            Err(Error::not_found(Kind::User, user_id))
        }
    }

    /// The user with this username. Server admins only (a username is not
    /// an id: other callers look users up by id, among those they see).
    pub async fn by_username(&self, caller: &Caller, username: &str) -> Result<users::Model> {
        require_admin(caller)?;
        stored::find_by_username(&self.store.db, username)
            .await?
            .ok_or_else(|| Error::not_found(Kind::User, username))
    }

    /// A user JWT for `user_id`, valid for `ttl_seconds` (0: an hour).
    /// Server admins only.
    pub async fn mint_token(
        &self,
        caller: &Caller,
        user_id: Uuid,
        ttl_seconds: i32,
    ) -> Result<(String, DateTime<Utc>)> {
        require_admin(caller)?;
        let seconds = match ttl_seconds {
            0 => TOKEN_TTL_DEFAULT,
            n if (TOKEN_TTL_MIN..=TOKEN_TTL_MAX).contains(&n) => n,
            _ => {
                return Err(Error::invalid(
                    "ttl_seconds",
                    "INVALID_VALUE",
                    format!("must be {TOKEN_TTL_MIN} to {TOKEN_TTL_MAX} seconds, or 0 for an hour"),
                ));
            }
        };
        stored::find(&self.store.db, user_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::User, user_id))?;
        self.auth
            .mint(user_id, std::time::Duration::from_secs(seconds as u64))
    }

    pub async fn current(&self, caller: &Caller) -> Result<users::Model> {
        stored::find(&self.store.db, caller.user_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::User, caller.user_id))
    }

    pub async fn list(
        &self,
        caller: &Caller,
        page: PageRequest,
    ) -> Result<(Vec<users::Model>, String)> {
        require_admin(caller)?;
        let found = stored::list(&self.store.db, page.after_key()?, page.size).await?;
        let token = page.next_key_token(found.more, found.items.last().map(|u| u.id));
        Ok((found.items, token))
    }

    pub async fn create_key(&self, caller: &Caller, new: NewApiKey) -> Result<IssuedKey> {
        let owner = self.key_owner(caller, new.user_id).await?;
        let mut scopes = Scopes::default();
        for scope in &new.scopes {
            scopes = scopes.with(*scope);
        }
        if new.scopes.is_empty() {
            scopes = Scopes {
                read: true,
                write: true,
                admin: false,
            };
        }
        if scopes.admin && !owner.is_admin {
            return Err(Error::denied("only server admins may hold the ADMIN scope"));
        }
        if new.expires_at.is_some_and(|at| at <= Utc::now()) {
            return Err(Error::invalid(
                "expire_time",
                "INVALID_VALUE",
                "must be in the future",
            ));
        }
        let secret = auth::new_secret();
        let key = api_keys::Model {
            id: super::new_id(),
            user_id: owner.id,
            name: new.name,
            prefix: auth::display_prefix(&secret),
            secret_hash: auth::hash(&secret),
            scopes: scopes.stored(),
            created_at: super::now(),
            expires_at: new.expires_at.map(super::stored_time),
            revoked_at: None,
        };
        let key = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move { Ok::<_, Error>(stored::insert_key(txn, key).await?) })
            })
            .await?;
        Ok(IssuedKey { key, secret })
    }

    pub async fn list_keys(
        &self,
        caller: &Caller,
        user_id: Option<Uuid>,
        page: PageRequest,
    ) -> Result<(Vec<api_keys::Model>, String)> {
        let owner = self.key_owner(caller, user_id).await?;
        let found =
            stored::list_keys(&self.store.db, owner.id, page.after_key()?, page.size).await?;
        let token = page.next_key_token(found.more, found.items.last().map(|k| k.id));
        Ok((found.items, token))
    }

    pub async fn revoke_key(&self, caller: &Caller, key_id: Uuid) -> Result<api_keys::Model> {
        let key = stored::find_key(&self.store.db, key_id)
            .await?
            .filter(|key| caller.is_admin || key.user_id == caller.user_id)
            .ok_or_else(|| Error::not_found(Kind::ApiKey, key_id))?;
        if key.revoked_at.is_some() {
            return Ok(key);
        }
        let key = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    Ok::<_, Error>(stored::revoke_key(txn, key, super::now()).await?)
                })
            })
            .await?;
        self.auth.revoked(key.id);
        Ok(key)
    }

    /// Whose keys: the caller, or for an admin anyone.
    async fn key_owner(&self, caller: &Caller, user_id: Option<Uuid>) -> Result<users::Model> {
        match user_id {
            Some(id) if id != caller.user_id => {
                require_admin(caller)?;
                stored::find(&self.store.db, id)
                    .await?
                    .ok_or_else(|| Error::not_found(Kind::User, id))
            }
            _ => self.current(caller).await,
        }
    }
}

fn require_admin(caller: &Caller) -> Result<()> {
    if !caller.is_admin {
        return Err(Error::denied("only server admins may do this"));
    }
    if !caller.scopes.admin {
        return Err(Error::PermissionDenied {
            reason: "API_KEY_SCOPE_MISSING",
            message: "this credential lacks the ADMIN scope".into(),
        });
    }
    Ok(())
}

async fn insert_user(store: &Store, new: NewUser) -> Result<users::Model> {
    let user = users::Model {
        id: super::new_id(),
        username: new.username,
        display_name: new.display_name,
        is_admin: new.is_admin,
        created_at: super::now(),
        external_id: None,
        avatar_url: String::new(),
        metadata: "{}".into(),
    };
    store
        .writer
        .write(move |txn| {
            Box::pin(async move {
                let username = user.username.clone();
                stored::insert(txn, user)
                    .await
                    .map_err(|error| username_taken(error, "username", &username))
            })
        })
        .await
}

/// A write's error, with a unique violation said as the username `field`
/// holds being taken (the only unique column a user write can collide on
/// once its external id was looked up in the same write).
fn username_taken(error: sea_orm::DbErr, field: &str, username: &str) -> Error {
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => taken(field, username),
        _ => Error::Storage(error),
    }
}

/// ALREADY_EXISTS: `username`, given as `field`, belongs to another user.
fn taken(field: &str, username: &str) -> Error {
    Error::exists(
        "USERNAME_TAKEN",
        format!(
            "{field}: the username {} is taken",
            crate::text::quote(username)
        ),
    )
}

/// On an empty database: creates the admin user and an admin key. The key
/// is `preset` when given (from `ROUNDTABLE_BOOTSTRAP_ADMIN_KEY`), else a new
/// random one, returned so it can be shown once. `None` when users exist.
pub async fn bootstrap(store: &Store, preset: Option<&str>) -> Result<Option<String>> {
    if stored::count(&store.db).await? > 0 {
        return Ok(None);
    }
    if let Some(key) = preset
        && (!key.starts_with(auth::KEY_PREFIX) || key.len() < auth::KEY_PREFIX.len() + 20)
    {
        return Err(Error::invalid(
            "ROUNDTABLE_BOOTSTRAP_ADMIN_KEY",
            "INVALID_VALUE",
            format!(
                "must start with {} and have at least 20 more characters",
                auth::KEY_PREFIX
            ),
        ));
    }
    let admin = insert_user(store, NewUser::new("admin", "Administrator", true)?).await?;
    let secret = preset.map_or_else(auth::new_secret, str::to_string);
    let key = api_keys::Model {
        id: super::new_id(),
        user_id: admin.id,
        name: "bootstrap".into(),
        prefix: auth::display_prefix(&secret),
        secret_hash: auth::hash(&secret),
        scopes: Scopes::ALL.stored(),
        created_at: super::now(),
        expires_at: None,
        revoked_at: None,
    };
    store
        .writer
        .write(move |txn| Box::pin(async move { stored::insert_key(txn, key).await }))
        .await?;
    Ok(Some(secret))
}
