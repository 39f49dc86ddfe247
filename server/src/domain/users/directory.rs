//! The users shown as senders and members, remembered.

use uuid::Uuid;

use crate::domain::Result;
use crate::events::{Hub, Invalidation};
use crate::store::{Store, entities::users, users as stored};

/// Remembers user records for showing senders and members; bounded, and
/// cleared when full. The operations that change or delete a user
/// (UpdateUser, UpsertUsers, DeleteUser) forget the user here and, once
/// linked to the hub, on every replica, so a change shows at once.
#[derive(Clone)]
pub struct Directory {
    store: Store,
    known: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<Uuid, users::Model>>>,
    hub: std::sync::Arc<std::sync::OnceLock<Hub>>,
}

const DIRECTORY_MAX: usize = 100_000;

impl Directory {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            known: Default::default(),
            hub: Default::default(),
        }
    }

    /// Tells the other replicas of the users forgotten here, and forgets
    /// those they forget.
    pub fn link(&self, hub: &Hub) {
        if self.hub.set(hub.clone()).is_err() {
            return;
        }
        let (directory, mut changes) = (self.clone(), hub.invalidations());
        tokio::spawn(async move {
            use tokio::sync::broadcast::error::RecvError;
            loop {
                match changes.recv().await {
                    Ok(Invalidation::Profile { user_id }) => directory.forget_here(user_id),
                    Ok(_) => {}
                    Err(RecvError::Lagged(_)) => directory.forget_all(),
                    Err(RecvError::Closed) => return,
                }
            }
        });
    }

    /// Reads `user_id` from the database next time, here and on every
    /// replica.
    pub fn forget(&self, user_id: Uuid) {
        self.forget_here(user_id);
        if let Some(hub) = self.hub.get() {
            hub.invalidate(Invalidation::Profile { user_id });
        }
    }

    fn forget_all(&self) {
        self.known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }

    fn forget_here(&self, user_id: Uuid) {
        self.known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(&user_id);
    }

    /// The users with these ids that exist, by id.
    pub async fn find_many(
        &self,
        ids: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, users::Model>> {
        let mut found = std::collections::HashMap::with_capacity(ids.len());
        let mut missing = Vec::new();
        {
            let known = self
                .known
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            for id in ids {
                match known.get(id) {
                    Some(user) => {
                        found.insert(*id, user.clone());
                    }
                    None => missing.push(*id),
                }
            }
        }
        if missing.is_empty() {
            return Ok(found);
        }
        let loaded = stored::find_many(&self.store.db, &missing).await?;
        let mut known = self
            .known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if known.len() + loaded.len() > DIRECTORY_MAX {
            known.clear();
        }
        for user in loaded {
            known.insert(user.id, user.clone());
            found.insert(user.id, user);
        }
        Ok(found)
    }

    /// The senders of `messages`: users through the cache, REPLRs (whose
    /// names can change) in one query when there are any.
    pub async fn senders_of(
        &self,
        messages: &[&crate::store::entities::messages::Model],
    ) -> Result<crate::domain::messages::Senders> {
        let mut user_ids = Vec::new();
        let mut replr_ids = Vec::new();
        for message in messages {
            if message.by_replr() {
                replr_ids.push(message.sender_id);
            } else {
                user_ids.push(message.sender_id);
            }
        }
        user_ids.sort_unstable();
        user_ids.dedup();
        replr_ids.sort_unstable();
        replr_ids.dedup();
        let users = self.find_many(&user_ids).await?;
        let replrs = if replr_ids.is_empty() {
            Default::default()
        } else {
            crate::store::replrs::find_many(&self.store.db, &replr_ids).await?
        };
        Ok(crate::domain::messages::Senders { users, replrs })
    }
}
