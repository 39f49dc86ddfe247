//! The users shown as senders and members, remembered.

use uuid::Uuid;

use crate::domain::Result;
use crate::store::{Store, entities::users, users as stored};

/// Remembers user records for showing senders and members; bounded, and
/// cleared when full. The operations that change or delete a user
/// (UpdateUser, UpsertUsers, DeleteUser) forget the user here, so this
/// server shows a change at once; another replica shows it once its copy
/// goes (a full cache, a restart).
#[derive(Clone)]
pub struct Directory {
    store: Store,
    known: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<Uuid, users::Model>>>,
}

const DIRECTORY_MAX: usize = 100_000;

impl Directory {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            known: Default::default(),
        }
    }

    /// Reads `user_id` from the database next time.
    pub fn forget(&self, user_id: Uuid) {
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
