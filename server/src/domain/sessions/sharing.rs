//! What a session's owner shares: a public link anyone holding it may
//! read by, and shares with members of the session's space.

use super::*;

impl Sessions {
    /// Turns the public link on (a new id, or the one it has) or off.
    pub async fn set_public_link(
        &self,
        caller: &Caller,
        session_id: Uuid,
        enabled: bool,
    ) -> Result<SessionView> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_owner("share")?;
        if enabled == session.public_link_id.is_some() {
            return Ok(SessionView {
                session,
                access: Access::Owner,
            });
        }
        let mut active = session.into_active_model();
        active.public_link_id = Set(enabled.then(new_link_id));
        active.updated_at = Set(crate::domain::now());
        let session = self.save(session_id, active).await?;
        Ok(SessionView {
            session,
            access: Access::Owner,
        })
    }

    /// A session by its public link: anyone holding it may read.
    pub async fn shared(&self, link_id: &str) -> Result<sessions::Model> {
        let not_found = || Error::not_found(Kind::SessionLink, link_id);
        if link_id.is_empty() {
            return Err(Error::invalid("link_id", "VALUE_REQUIRED", "is required"));
        }
        if link_id.len() > LINK_ID_MAX || !link_id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(not_found());
        }
        stored::find_by_link(&self.store.db, link_id)
            .await?
            .ok_or_else(not_found)
    }

    /// Lets a member of the session's space read it.
    pub async fn share(
        &self,
        caller: &Caller,
        session_id: Uuid,
        user_id: Uuid,
    ) -> Result<(session_shares::Model, users::Model)> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_owner("share")?;
        if user_id == session.owner_id {
            return Err(Error::invalid(
                "user_id",
                "INVALID_VALUE",
                "the owner already reads the session",
            ));
        }
        let in_space = stored_spaces::membership(&self.store.db, session.space_id, user_id)
            .await?
            .is_some();
        let user = match stored_users::find(&self.store.db, user_id).await? {
            Some(user) if in_space => user,
            _ => return Err(Error::not_found(Kind::User, user_id)),
        };
        let share = session_shares::Model {
            session_id,
            user_id,
            created_at: crate::domain::now(),
        };
        let share = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    if let Some(existing) = stored::find_share(txn, session_id, user_id).await? {
                        return Ok(existing);
                    }
                    if stored::find(txn, session_id).await?.is_none() {
                        return Err(Error::not_found(Kind::Session, session_id));
                    }
                    if stored::count_shares(txn, session_id).await? >= SHARES_MAX {
                        return Err(Error::precondition(
                            "SESSION_SHARE_LIMIT",
                            format!("a session is shared with at most {SHARES_MAX} users"),
                        ));
                    }
                    Ok(stored::insert_share(txn, share).await?)
                })
            })
            .await?;
        Ok((share, user))
    }

    pub async fn list_shares(
        &self,
        caller: &Caller,
        session_id: Uuid,
        page: PageRequest,
    ) -> Result<(Vec<(session_shares::Model, users::Model)>, String)> {
        let (_, standing) = self.open(caller, session_id).await?;
        standing.require_owner("see the shares of")?;
        let offset = page.offset()?;
        let found = stored::list_shares(&self.store.db, session_id, offset, page.size).await?;
        let token = page.next_offset_token(found.more, offset, found.items.len());
        Ok((found.items, token))
    }

    /// The owner revokes anyone's share; a reader may drop their own.
    pub async fn revoke_share(
        &self,
        caller: &Caller,
        session_id: Uuid,
        user_id: Uuid,
    ) -> Result<()> {
        let (session, standing) = self.open(caller, session_id).await?;
        if standing.access != Access::Owner && user_id != caller.user_id {
            return Err(Error::denied(
                "only the session's owner may revoke other users' shares",
            ));
        }
        let removed = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move { stored::delete_share(txn, session_id, user_id).await })
            })
            .await?;
        if !removed {
            return Err(Error::not_found(Kind::SessionShare, user_id));
        }
        // Their subscriptions to the session stop at once.
        self.replies.hub().access_changed(session.space_id, user_id);
        Ok(())
    }
}

/// A fresh public link id.
fn new_link_id() -> String {
    use rand::{Rng, distr::Alphanumeric};
    rand::rng()
        .sample_iter(Alphanumeric)
        .take(LINK_ID_CHARS)
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_ids_are_long_random_alphanumerics() {
        let (a, b) = (new_link_id(), new_link_id());
        assert_eq!(a.len(), LINK_ID_CHARS);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }
}
