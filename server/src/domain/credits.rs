//! AI credits: a space's balance in tokens (prompt + completion), checked
//! before AI work starts and charged when it ends; server admins grant more.
//!
//! Who may do what: every member of a space (and every server admin) reads
//! its balance and ledger; only server admins grant. Space owners cannot
//! grant their own space credits.
//!
//! The two seams for AI work (room replies, session replies, summaries…):
//! [`ensure_available_in`] (inside the write that starts the work when
//! there is one) before the work starts, and `store::credits::charge` in the write
//! that stores its outcome.

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{Caller, Error, Kind, Result, Scope, SpaceRole, input, paging::PageRequest};
use crate::store::{
    Store,
    credits::{self as stored, Grant},
    entities::{credit_entries, space_credits},
    spaces as stored_spaces,
};

/// The initial balance of a new space unless configured otherwise.
pub const DEFAULT_INITIAL_BALANCE: i64 = 1_000_000;
/// The most tokens one grant adds.
pub const GRANT_MAX: i64 = 1_000_000_000;
/// The highest balance grants may reach (and the highest initial balance).
pub const BALANCE_MAX: i64 = 1_000_000_000_000_000;
/// The longest grant reason, in characters.
pub const REASON_MAX: usize = 200;

/// What a ledger entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Initial,
    Grant,
    Charge,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Initial => stored::INITIAL,
            EntryKind::Grant => stored::GRANT,
            EntryKind::Charge => stored::CHARGE,
        }
    }

    pub fn parse(stored: &str) -> Option<Self> {
        match stored {
            stored::INITIAL => Some(EntryKind::Initial),
            stored::GRANT => Some(EntryKind::Grant),
            stored::CHARGE => Some(EntryKind::Charge),
            _ => None,
        }
    }
}

/// A grant, validated.
#[derive(Debug)]
pub struct NewGrant {
    amount: i64,
    reason: String,
    request_id: Option<String>,
}

impl NewGrant {
    /// `amount` 1 to [`GRANT_MAX`]; `reason` at most [`REASON_MAX`]
    /// characters after trimming; `request_id` empty or an idempotency key.
    /// Every bad field is reported at once.
    pub fn new(amount: i64, reason: &str, request_id: &str) -> Result<Self> {
        let amount = if (1..=GRANT_MAX).contains(&amount) {
            Ok(amount)
        } else {
            Err(Error::invalid(
                "amount",
                "INVALID_VALUE",
                format!("must be between 1 and {GRANT_MAX} tokens, not {amount}"),
            ))
        };
        let mut violations = Vec::new();
        let v = &mut violations;
        let amount = input::keep(v, amount);
        let reason = input::keep(v, input::text("reason", reason, REASON_MAX));
        let request_id = input::keep(v, input::request_id(request_id));
        match (amount, reason, request_id) {
            (Some(amount), Some(reason), Some(request_id)) => Ok(Self {
                amount,
                reason,
                request_id,
            }),
            _ => Err(Error::InvalidArgument(violations)),
        }
    }
}

/// Refuses AI work in `space_id` when its balance is 0 or less, reading
/// through `db`: a write transaction, to decide inside the write that
/// would start the work, or any connection.
///
/// How to use it: call it before any AI work is started or anything of
/// the request is stored — before creating a session, before storing a
/// message that would start a reply, before each provider call (a
/// regeneration, a summary) — and return its error unchanged: it is
/// [`Error::CreditsExhausted`], which the API maps to RESOURCE_EXHAUSTED
/// with a `google.rpc.QuotaFailure` (subject `spaces/{id}/credits`) and
/// ErrorInfo reason `CREDITS_EXHAUSTED` (HTTP 429 over REST). Call it
/// after the caller's permissions are checked, so that a caller who may
/// not see the space learns nothing about its credits. When the work
/// ends, charge what it used with `store::credits::charge`, in the
/// write that stores its outcome.
///
/// It reserves nothing: work started concurrently may all pass and
/// overdraw the balance by their usage; the next check refuses. Inside
/// the write that stores the request, the decision and the write are one.
///
/// A space that does not exist gives NOT_FOUND (`SPACE_NOT_FOUND`).
pub async fn ensure_available_in(db: &impl ConnectionTrait, space_id: Uuid) -> Result<()> {
    let account = stored::account(db, space_id)
        .await?
        .ok_or_else(|| Error::not_found(Kind::Space, space_id))?;
    if account.balance <= 0 {
        return Err(Error::CreditsExhausted {
            space_id,
            balance: account.balance,
        });
    }
    Ok(())
}

/// AI credits of spaces. Cheap to clone; built once in the server wiring.
#[derive(Clone)]
pub struct Credits {
    store: Store,
    initial_balance: i64,
}

impl Credits {
    /// `initial_balance` is what a new space starts with (the
    /// `credits.initial_balance` setting), 0 to [`BALANCE_MAX`].
    pub fn new(store: Store, initial_balance: i64) -> Self {
        Self {
            store,
            initial_balance: initial_balance.clamp(0, BALANCE_MAX),
        }
    }

    /// What a new space starts with.
    pub fn initial_balance(&self) -> i64 {
        self.initial_balance
    }

    /// The space's account. Members and server admins only.
    pub async fn get(&self, caller: &Caller, space_id: Uuid) -> Result<space_credits::Model> {
        self.readable(caller, space_id).await?;
        stored::account(&self.store.db, space_id)
            .await?
            .ok_or_else(|| Error::not_found(Kind::Space, space_id))
    }

    /// Adds credits to a space. Server admins only (with the ADMIN scope).
    /// A repeated `request_id` returns the account now and the first grant.
    pub async fn grant(
        &self,
        caller: &Caller,
        space_id: Uuid,
        grant: NewGrant,
    ) -> Result<(space_credits::Model, credit_entries::Model)> {
        if !(caller.is_admin && caller.scopes.has(Scope::Admin)) {
            return Err(Error::denied("only server admins may grant credits"));
        }
        let actor_id = caller.user_id;
        let now = super::now();
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let not_found = || Error::not_found(Kind::Space, space_id);
                    // Inside the write, where writes are serialised, so a
                    // retry racing its first attempt still finds it.
                    if let Some(request_id) = &grant.request_id
                        && let Some(first) = stored::find_grant(txn, actor_id, request_id).await?
                    {
                        if first.space_id != space_id
                            || first.tokens != grant.amount
                            || first.reason != grant.reason
                        {
                            return Err(Error::invalid(
                                "request_id",
                                "REQUEST_ID_REUSED",
                                "this request_id was already used for a different grant",
                            ));
                        }
                        let account = stored::account(txn, space_id)
                            .await?
                            .ok_or_else(not_found)?;
                        return Ok((account, first));
                    }
                    let account = stored::account(txn, space_id)
                        .await?
                        .ok_or_else(not_found)?;
                    if account.balance > BALANCE_MAX - grant.amount
                        || account.granted_tokens > i64::MAX - grant.amount
                    {
                        return Err(Error::precondition(
                            "CREDITS_BALANCE_LIMIT",
                            format!(
                                "the balance is {} tokens; a grant may not take it above {BALANCE_MAX}",
                                account.balance
                            ),
                        ));
                    }
                    let grant = Grant {
                        space_id,
                        tokens: grant.amount,
                        reason: grant.reason,
                        actor_id,
                        request_id: grant.request_id,
                    };
                    Ok(stored::grant(txn, grant, now).await?)
                })
            })
            .await
    }

    /// The space's ledger, newest first, optionally of one kind. Its
    /// entries name the messages and sessions that were charged, which not
    /// every member may read: space owners and admins, and server admins,
    /// only; other members get PERMISSION_DENIED.
    pub async fn usage(
        &self,
        caller: &Caller,
        space_id: Uuid,
        kind: Option<EntryKind>,
        page: PageRequest,
    ) -> Result<(Vec<credit_entries::Model>, String)> {
        let role = self.readable(caller, space_id).await?;
        if matches!(role, Some(SpaceRole::Member | SpaceRole::Viewer)) {
            return Err(Error::denied(
                "only the space's owners and admins may read its credit ledger",
            ));
        }
        let found = stored::entries(
            &self.store.db,
            space_id,
            kind.map(EntryKind::as_str),
            page.after_key()?,
            page.size,
        )
        .await?;
        let token = page.next_key_token(found.more, found.items.last().map(|e| e.id));
        Ok((found.items, token))
    }

    /// Members of the space read its credits, and so do server admins
    /// acting with the ADMIN scope; anyone else gets NOT_FOUND. Returns the
    /// member's role (`None` for a server admin who is not one).
    async fn readable(&self, caller: &Caller, space_id: Uuid) -> Result<Option<SpaceRole>> {
        let db = &self.store.db;
        let membership = stored_spaces::membership(db, space_id, caller.user_id).await?;
        if let Some(member) = membership {
            return Ok(Some(SpaceRole::parse(&member.role)));
        }
        let admin = caller.is_admin && caller.scopes.has(Scope::Admin);
        if admin && stored_spaces::find(db, space_id).await?.is_some() {
            Ok(None)
        } else {
            Err(Error::not_found(Kind::Space, space_id))
        }
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::{ActiveModelTrait, IntoActiveModel};

    use super::*;
    use crate::store::{credits::Subject, entities::spaces};

    /// Credits over a fresh database (SQLite, or PostgreSQL when
    /// `ROUNDTABLE_TEST_DATABASE_URL` is set) holding one space whose
    /// account starts with `initial` tokens.
    async fn credits_with_space(initial: i64) -> (Credits, Uuid, roundtable_tests::TestDatabase) {
        let database = roundtable_tests::TestDatabase::from_env();
        let store = Store::open(database.url()).await.expect("open the store");
        let space_id = super::super::new_id();
        let at = super::super::now();
        store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    spaces::Model::named(space_id, "credits", at)
                        .into_active_model()
                        .insert(txn)
                        .await?;
                    stored::open(txn, space_id, initial, at).await
                })
            })
            .await
            .expect("a space with an account");
        (Credits::new(store, initial), space_id, database)
    }

    #[tokio::test]
    async fn ai_work_is_refused_once_the_balance_is_spent() {
        let (credits, space_id, _database) = credits_with_space(100).await;
        ensure_available_in(&credits.store.db, space_id)
            .await
            .expect("100 tokens left");

        // A reply that started with 100 tokens left used 130.
        let message_id = super::super::new_id();
        credits
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    stored::charge(txn, space_id, 130, Subject::Reply { message_id }).await
                })
            })
            .await
            .unwrap();
        match ensure_available_in(&credits.store.db, space_id).await {
            Err(Error::CreditsExhausted {
                space_id: refused,
                balance,
            }) => {
                assert_eq!(refused, space_id);
                assert_eq!(balance, -30);
            }
            other => panic!("expected CreditsExhausted, got {other:?}"),
        }

        let unknown = super::super::new_id();
        assert!(matches!(
            ensure_available_in(&credits.store.db, unknown).await,
            Err(Error::NotFound {
                kind: Kind::Space,
                ..
            })
        ));
    }

    #[tokio::test]
    async fn a_zero_balance_refuses_and_inside_a_write_too() {
        let (credits, space_id, _database) = credits_with_space(0).await;
        assert!(matches!(
            ensure_available_in(&credits.store.db, space_id).await,
            Err(Error::CreditsExhausted { balance: 0, .. })
        ));
        let inside = credits
            .store
            .writer
            .write(move |txn| Box::pin(async move { ensure_available_in(txn, space_id).await }))
            .await;
        assert!(matches!(inside, Err(Error::CreditsExhausted { .. })));
    }

    #[test]
    fn a_grant_is_a_positive_bounded_amount_with_a_short_reason() {
        let grant = NewGrant::new(5_000, "  launch week  ", "retry-1").unwrap();
        assert_eq!(grant.amount, 5_000);
        assert_eq!(grant.reason, "launch week");
        assert_eq!(grant.request_id.as_deref(), Some("retry-1"));
        assert!(NewGrant::new(GRANT_MAX, "", "").is_ok());

        for amount in [0, -1, GRANT_MAX + 1, i64::MIN] {
            let Err(Error::InvalidArgument(violations)) = NewGrant::new(amount, "", "") else {
                panic!("{amount} accepted");
            };
            assert_eq!(violations[0].field, "amount");
        }
        let Err(Error::InvalidArgument(violations)) =
            NewGrant::new(0, &"x".repeat(REASON_MAX + 1), "not printable\u{7}")
        else {
            panic!("accepted");
        };
        let fields: Vec<&str> = violations.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["amount", "reason", "request_id"]);
    }

    #[test]
    fn entry_kinds_round_trip() {
        for kind in [EntryKind::Initial, EntryKind::Grant, EntryKind::Charge] {
            assert_eq!(EntryKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EntryKind::parse("refund"), None);
    }
}
