//! Credentials: API keys (random, stored as SHA-256) and user JWTs (see
//! [`super::jwt`]).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, OnceLock},
    time::{Duration, Instant},
};

use rand::{Rng, distr::Alphanumeric};
use sha2::{Digest, Sha256};
use tokio::sync::broadcast;
use uuid::Uuid;

use super::{
    Caller, Error, Result, Scopes,
    jwt::{JwtSettings, Verifier, invalid},
};
use crate::{
    events::{Hub, Invalidation},
    store::{Store, users as stored},
};

/// Every API key secret starts with this, so a key is recognisable in logs
/// and by secret scanners, and never mistaken for a JWT.
pub const KEY_PREFIX: &str = "rtk_";
/// Random characters after the prefix: 43 alphanumerics ≈ 256 bits.
const KEY_RANDOM_CHARS: usize = 43;
/// How long an authenticated credential is remembered. A revocation takes
/// effect at once on this server (the cache is cleared) and, through NATS,
/// on every replica; one made by `roundtable admin` (no server involved)
/// within this time.
const CACHE_TTL: Duration = Duration::from_secs(30);
const CACHE_MAX: usize = 10_000;
/// Revocations a stream may fall behind by before it asks the database.
const REVOCATIONS_BUFFER: usize = 256;

/// Turns a bearer credential into a [`Caller`].
#[derive(Clone)]
pub struct Authenticator {
    store: Store,
    jwt: Verifier,
    /// Authenticated API keys by hash, with when to forget them.
    cache: Arc<Mutex<HashMap<String, (Caller, Instant)>>>,
    /// Credentials revoked on this server, for the streams opened with them.
    revocations: broadcast::Sender<Revoked>,
    /// The hub that tells other replicas, once linked.
    hub: Arc<OnceLock<Hub>>,
}

/// A credential, or all of a user's, that stopped being valid.
#[derive(Clone, Copy, Debug)]
enum Revoked {
    Key(Uuid),
    /// The user was deleted: every key and JWT of theirs.
    User(Uuid),
}

impl Authenticator {
    /// `jwt`: how user tokens are checked (see [`super::jwt`]).
    pub fn new(store: Store, jwt: JwtSettings) -> Self {
        Self {
            store,
            jwt: Verifier::new(jwt),
            cache: Arc::default(),
            revocations: broadcast::channel(REVOCATIONS_BUFFER).0,
            hub: Arc::default(),
        }
    }

    /// Tells the other replicas of every revocation made here, and applies
    /// theirs here, streams included.
    pub fn link(&self, hub: &Hub) {
        if self.hub.set(hub.clone()).is_err() {
            return;
        }
        let (auth, mut changes) = (self.clone(), hub.invalidations());
        tokio::spawn(async move {
            loop {
                match changes.recv().await {
                    Ok(Invalidation::Key { key_id }) => auth.apply(Revoked::Key(key_id)),
                    Ok(Invalidation::User { user_id }) => auth.apply(Revoked::User(user_id)),
                    Ok(Invalidation::Credentials) => auth.forget_here(),
                    Ok(Invalidation::Profile { .. }) => {}
                    Err(broadcast::error::RecvError::Lagged(_)) => auth.forget_here(),
                    Err(broadcast::error::RecvError::Closed) => return,
                }
            }
        });
    }

    fn tell_replicas(&self, what: Invalidation) {
        if let Some(hub) = self.hub.get() {
            hub.invalidate(what);
        }
    }

    /// Forgets every remembered credential and ends the streams the
    /// revocation covers, on this server.
    fn apply(&self, revoked: Revoked) {
        self.forget_here();
        // No receiver: no stream is open.
        let _ = self.revocations.send(revoked);
    }

    /// A user token for `user_id` that this server accepts (see
    /// [`Verifier::mint`]).
    pub fn mint(
        &self,
        user_id: Uuid,
        lifetime: std::time::Duration,
    ) -> Result<(String, chrono::DateTime<chrono::Utc>)> {
        self.jwt.mint(user_id, lifetime)
    }

    /// Authenticates the credential of an `Authorization: Bearer` header.
    pub async fn authenticate(&self, credential: &str) -> Result<Caller> {
        if !credential.starts_with(KEY_PREFIX) {
            return self.jwt(credential).await;
        }
        // Only API keys are cached: a JWT carries its own expiry.
        let cache_key = hash(credential);
        if let Some(caller) = self.cached(&cache_key) {
            return Ok(caller);
        }
        let (caller, expires_at) = self.api_key(&cache_key).await?;
        // Forget the key after the TTL, or when it expires if that is sooner.
        let until_expiry = expires_at
            .map(|at| (at - chrono::Utc::now()).to_std().unwrap_or_default())
            .unwrap_or(CACHE_TTL);
        let forget_at = Instant::now() + CACHE_TTL.min(until_expiry);
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if cache.len() >= CACHE_MAX {
            cache.clear();
        }
        cache.insert(cache_key, (caller, forget_at));
        Ok(caller)
    }

    /// Forgets every remembered credential and ends the streams opened
    /// with the key; called when a key is revoked.
    pub fn revoked(&self, key_id: Uuid) {
        self.apply(Revoked::Key(key_id));
        self.tell_replicas(Invalidation::Key { key_id });
    }

    /// Forgets every remembered credential and ends the streams opened
    /// with any credential of the user; called when a user is deleted.
    pub fn user_deleted(&self, user_id: Uuid) {
        self.apply(Revoked::User(user_id));
        self.tell_replicas(Invalidation::User { user_id });
    }

    /// Forgets every remembered credential, here and on every replica, so
    /// that a change to a user (their admin flag) holds from the next call.
    pub fn forget_credentials(&self) {
        self.forget_here();
        self.tell_replicas(Invalidation::Credentials);
    }

    fn forget_here(&self) {
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }

    /// Completes when `caller`'s credential stops being valid: its API key
    /// is revoked on this server, its user is deleted, or the key or JWT
    /// expires. Listens from the call on; a stream awaits it to end itself.
    pub fn invalidated(&self, caller: &Caller) -> impl Future<Output = ()> + Send + 'static {
        let mut revocations = self.revocations.subscribe();
        let (key_id, user_id, valid_until) = (caller.key_id, caller.user_id, caller.valid_until);
        let store = self.store.clone();
        let revoked = async move {
            loop {
                match revocations.recv().await {
                    Ok(Revoked::Key(id)) if Some(id) == key_id => return,
                    Ok(Revoked::User(id)) if id == user_id => return,
                    Ok(_) => {}
                    // Missed some: ask the database whether ours was one.
                    Err(broadcast::error::RecvError::Lagged(_)) => {
                        if still_valid(&store, key_id, user_id).await == Some(false) {
                            return;
                        }
                    }
                    Err(broadcast::error::RecvError::Closed) => std::future::pending().await,
                }
            }
        };
        let expired = async move {
            match valid_until {
                Some(at) => {
                    let left = (at - chrono::Utc::now()).to_std().unwrap_or_default();
                    tokio::time::sleep(left).await
                }
                None => std::future::pending().await,
            }
        };
        async move {
            tokio::select! {
                () = revoked => {}
                () = expired => {}
            }
        }
    }

    fn cached(&self, cache_key: &str) -> Option<Caller> {
        let cache = self
            .cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        cache
            .get(cache_key)
            .filter(|(_, forget_at)| Instant::now() < *forget_at)
            .map(|(caller, _)| *caller)
    }

    /// The caller a key acts as, and when the key expires.
    async fn api_key(
        &self,
        secret_hash: &str,
    ) -> Result<(Caller, Option<chrono::DateTime<chrono::Utc>>)> {
        let unknown = || Error::Unauthenticated("the API key is unknown, revoked or expired");
        let key = stored::find_key_by_hash(&self.store.db, secret_hash)
            .await?
            .ok_or_else(unknown)?;
        let now = chrono::Utc::now();
        if key.revoked_at.is_some() || key.expires_at.is_some_and(|at| at <= now) {
            return Err(unknown());
        }
        let user = stored::find(&self.store.db, key.user_id)
            .await?
            .ok_or_else(unknown)?;
        let mut scopes = Scopes::parse(&key.scopes);
        scopes.admin &= user.is_admin;
        Ok((
            Caller {
                user_id: user.id,
                is_admin: user.is_admin,
                scopes,
                key_id: Some(key.id),
                valid_until: key.expires_at,
            },
            key.expires_at,
        ))
    }

    async fn jwt(&self, token: &str) -> Result<Caller> {
        let claims = self.jwt.verify(token).await?;
        let user_id = Uuid::parse_str(&claims.sub).map_err(|_| invalid())?;
        let user = stored::find(&self.store.db, user_id)
            .await?
            .ok_or_else(invalid)?;
        let scopes = Scopes {
            read: true,
            write: true,
            admin: user.is_admin,
        };
        Ok(Caller {
            user_id: user.id,
            is_admin: user.is_admin,
            scopes,
            key_id: None,
            valid_until: chrono::DateTime::from_timestamp(claims.exp, 0),
        })
    }
}

/// Whether the key (when there is one) is unrevoked and its user exists;
/// `None` when the database cannot say.
async fn still_valid(store: &Store, key_id: Option<Uuid>, user_id: Uuid) -> Option<bool> {
    if let Some(key_id) = key_id {
        let key = stored::find_key(&store.db, key_id).await.ok()?;
        if key.is_none_or(|k| k.revoked_at.is_some()) {
            return Some(false);
        }
    }
    Some(stored::find(&store.db, user_id).await.ok()?.is_some())
}

/// A new API key secret: the prefix and 256 random bits.
pub fn new_secret() -> String {
    let random: String = rand::rng()
        .sample_iter(Alphanumeric)
        .take(KEY_RANDOM_CHARS)
        .map(char::from)
        .collect();
    format!("{KEY_PREFIX}{random}")
}

/// What is stored of a secret. API keys are long random strings, so a fast
/// hash is the right tool (a password hash like Argon2 buys nothing for 256
/// random bits and would cost milliseconds on every request).
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The part of a secret shown in listings.
pub fn display_prefix(secret: &str) -> String {
    secret.chars().take(KEY_PREFIX.len() + 6).collect()
}
