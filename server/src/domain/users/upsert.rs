//! UpsertUsers: a product's users, matched on the product's own ids.

use std::collections::{HashMap, HashSet};

use sea_orm::{IntoActiveModel, Set};

use super::{Users, require_admin, taken, username_taken};
use crate::domain::{
    Caller, Error, Result,
    error::FieldViolation,
    input,
    metadata::{self, Metadata},
};
use crate::store::{entities::users, users as stored};

/// Items one call may hold.
pub const BATCH_MAX: usize = 100;
/// Characters of an external id.
pub const EXTERNAL_ID_MAX: usize = 128;

/// One user as the product wants it, validated.
#[derive(Clone)]
pub struct UpsertItem {
    pub external_id: String,
    pub username: String,
    pub display_name: String,
    pub avatar_url: String,
    pub metadata: Metadata,
}

impl UpsertItem {
    /// The item at `index` of the request; its violations are named
    /// `users[index].field`, every one of them.
    pub fn new(
        index: usize,
        external_id: &str,
        username: &str,
        display_name: &str,
        avatar_url: &str,
        metadata: HashMap<String, String>,
    ) -> Result<Self> {
        let mut violations = Vec::new();
        let external_id = input::keep(
            &mut violations,
            input::name("external_id", external_id, EXTERNAL_ID_MAX),
        );
        let username = input::keep(&mut violations, input::username(username));
        let display_name = input::keep(
            &mut violations,
            input::name("display_name", display_name, input::NAME_MAX),
        );
        let avatar_url = input::keep(
            &mut violations,
            input::optional_https_url("avatar_url", avatar_url),
        );
        let metadata = input::keep(&mut violations, metadata::validate("metadata", metadata));
        for violation in &mut violations {
            violation.field = format!("users[{index}].{}", violation.field);
        }
        match (external_id, username, display_name, avatar_url, metadata) {
            (
                Some(external_id),
                Some(username),
                Some(display_name),
                Some(avatar_url),
                Some(metadata),
            ) if violations.is_empty() => Ok(Self {
                external_id,
                username,
                display_name,
                avatar_url,
                metadata,
            }),
            _ => Err(Error::InvalidArgument(violations)),
        }
    }

    /// Whether `user` already is what the item asks.
    fn matches(&self, user: &users::Model) -> bool {
        user.username == self.username
            && user.display_name == self.display_name
            && user.avatar_url == self.avatar_url
            && metadata::parse(&user.metadata) == self.metadata
    }
}

/// The batch's own conflicts: two items with one external id or username.
pub fn check_batch(items: &[UpsertItem]) -> Result<()> {
    let mut violations = Vec::new();
    if items.is_empty() {
        violations.push(FieldViolation {
            field: "users".into(),
            reason: "VALUE_REQUIRED",
            description: "holds no user; send 1 to 100".into(),
        });
    }
    if items.len() > BATCH_MAX {
        violations.push(FieldViolation {
            field: "users".into(),
            reason: "TOO_MANY_ITEMS",
            description: format!(
                "holds {} users; at most {BATCH_MAX} are allowed per call",
                items.len()
            ),
        });
    }
    let (mut ids, mut names) = (HashSet::new(), HashSet::new());
    for (index, item) in items.iter().enumerate() {
        if !ids.insert(item.external_id.as_str()) {
            violations.push(duplicate(index, "external_id", &item.external_id));
        }
        if !names.insert(item.username.as_str()) {
            violations.push(duplicate(index, "username", &item.username));
        }
    }
    if violations.is_empty() {
        Ok(())
    } else {
        Err(Error::InvalidArgument(violations))
    }
}

fn duplicate(index: usize, field: &str, value: &str) -> FieldViolation {
    FieldViolation {
        field: format!("users[{index}].{field}"),
        reason: "DUPLICATE_VALUE",
        description: format!(
            "{} is also given by an earlier item of the batch",
            crate::text::quote(value)
        ),
    }
}

impl Users {
    /// Creates or updates each item's user; all in one write. The users in
    /// the order of `items`, with whether each was created.
    pub async fn upsert(
        &self,
        caller: &Caller,
        items: Vec<UpsertItem>,
    ) -> Result<Vec<(users::Model, bool)>> {
        require_admin(caller)?;
        check_batch(&items)?;
        let results = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let external_ids: Vec<String> =
                        items.iter().map(|i| i.external_id.clone()).collect();
                    let usernames: Vec<String> = items.iter().map(|i| i.username.clone()).collect();
                    let existing: HashMap<String, users::Model> =
                        stored::find_by_external_ids(txn, &external_ids)
                            .await?
                            .into_iter()
                            .filter_map(|u| Some((u.external_id.clone()?, u)))
                            .collect();
                    let holders: HashMap<String, uuid::Uuid> =
                        stored::find_by_usernames(txn, &usernames)
                            .await?
                            .into_iter()
                            .map(|u| (u.username, u.id))
                            .collect();
                    let mut results = Vec::with_capacity(items.len());
                    for (index, item) in items.into_iter().enumerate() {
                        let field = format!("users[{index}].username");
                        let current = existing.get(&item.external_id);
                        let holder = holders.get(&item.username).copied();
                        if holder.is_some() && holder != current.map(|u| u.id) {
                            return Err(taken(&field, &item.username));
                        }
                        let (user, created) = match current {
                            Some(user) if item.matches(user) => (user.clone(), false),
                            Some(user) => {
                                let mut active = user.clone().into_active_model();
                                active.username = Set(item.username.clone());
                                active.display_name = Set(item.display_name);
                                active.avatar_url = Set(item.avatar_url);
                                active.metadata = Set(metadata::stored(&item.metadata));
                                let user = stored::update(txn, active)
                                    .await
                                    .map_err(|e| username_taken(e, &field, &item.username))?;
                                (user, false)
                            }
                            None => {
                                let user = users::Model {
                                    id: crate::domain::new_id(),
                                    username: item.username.clone(),
                                    display_name: item.display_name,
                                    is_admin: false,
                                    created_at: crate::domain::now(),
                                    external_id: Some(item.external_id),
                                    avatar_url: item.avatar_url,
                                    metadata: metadata::stored(&item.metadata),
                                };
                                let user = stored::insert(txn, user)
                                    .await
                                    .map_err(|e| username_taken(e, &field, &item.username))?;
                                (user, true)
                            }
                        };
                        results.push((user, created));
                    }
                    Ok::<_, Error>(results)
                })
            })
            .await?;
        for (user, _) in &results {
            self.directory.forget(user.id);
        }
        Ok(results)
    }
}
