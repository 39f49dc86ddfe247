//! AI credits: each space's account (balance and totals, in tokens) and
//! its ledger (initial balance, grants, charges).
//!
//! Balances change only by `balance = balance ± n` in SQL, never by writing
//! back a value read earlier, so two writers (two replicas sharing
//! PostgreSQL) cannot lose each other's changes; the row stays locked by the
//! UPDATE until the transaction commits, so the ledger's `balance_after`
//! read right after it is exact.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    Page,
    entities::{credit_entries, space_credits},
};

/// Ledger entry kinds, as stored.
pub const INITIAL: &str = "initial";
pub const GRANT: &str = "grant";
pub const CHARGE: &str = "charge";

/// What a charge paid for. Stored with the ledger entry and shown to the
/// space's members by `ListCreditUsage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// An AI reply message: a REPLR's reply in a room, or the assistant's
    /// answer in a session (including a regenerated one).
    Reply { message_id: Uuid },
    /// AI work on a session that is not one reply message: a summary, a
    /// title, labels.
    Session { session_id: Uuid },
    /// AI work on a room that is not a reply: a room summary.
    Room { room_id: Uuid },
    /// AI work a user asked for outside any conversation (a translation, a
    /// transcription): that user.
    User { user_id: Uuid },
}

impl Subject {
    /// The stored `subject_type` and `subject_id`.
    pub fn stored(self) -> (&'static str, Uuid) {
        match self {
            Subject::Reply { message_id } => ("message", message_id),
            Subject::Session { session_id } => ("session", session_id),
            Subject::Room { room_id } => ("room", room_id),
            Subject::User { user_id } => ("user", user_id),
        }
    }

    /// The subject of a stored entry, if it has one.
    pub fn of(entry: &credit_entries::Model) -> Option<Self> {
        let id = entry.subject_id?;
        match entry.subject_type.as_deref()? {
            "message" => Some(Subject::Reply { message_id: id }),
            "session" => Some(Subject::Session { session_id: id }),
            "room" => Some(Subject::Room { room_id: id }),
            "user" => Some(Subject::User { user_id: id }),
            _ => None,
        }
    }
}

/// A space's account, if it has one (every space has, unless it is gone).
pub async fn account(
    db: &impl ConnectionTrait,
    space_id: Uuid,
) -> Result<Option<space_credits::Model>, DbErr> {
    space_credits::Entity::find_by_id(space_id).one(db).await
}

/// Opens the account of a space being created, with `initial` tokens and,
/// when there are any, an `initial` ledger entry. Call it in the write that
/// inserts the space, after the space row.
pub async fn open(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    initial: i64,
    at: DateTime<Utc>,
) -> Result<space_credits::Model, DbErr> {
    let account = space_credits::Model {
        space_id,
        balance: initial,
        used_tokens: 0,
        granted_tokens: initial,
        updated_at: at,
    }
    .into_active_model()
    .insert(db)
    .await?;
    if initial > 0 {
        append(
            db,
            credit_entries::Model {
                id: Uuid::now_v7(),
                space_id,
                kind: INITIAL.into(),
                tokens: initial,
                balance_after: initial,
                reason: String::new(),
                actor_id: None,
                request_id: None,
                subject_type: None,
                subject_id: None,
                created_at: at,
            },
        )
        .await?;
    }
    Ok(account)
}

/// Charges `tokens` of AI work to a space: lowers its balance, raises its
/// used total and appends a `charge` ledger entry for `subject`, all in
/// `txn`, so the charge commits or rolls back with the work it pays for.
///
/// How to use it: call it inside the write (`Writer::write`) that stores
/// the work's outcome — for a reply, the write that persists its final
/// text, state and usage — with `tokens` = prompt tokens + completion
/// tokens as recorded on that reply (the provider's figures, or the
/// estimate stored when it gave none). Charge a reply once, when it ends,
/// whatever its end (complete, failed or cancelled: the provider counted
/// the tokens either way). Check the balance *before* starting the work
/// with `domain::credits::ensure_available_in`; this function does
/// not refuse: the balance may go below zero by the work in flight, and
/// the next `ensure_available_in` refuses.
///
/// `tokens` of 0 changes nothing and records no entry; a negative `tokens`
/// is a bug and fails with `DbErr::Custom`, as does a space without an
/// account (`DbErr::RecordNotFound`: the space was deleted, and the write
/// that stores the work would fail on it too).
pub async fn charge(
    txn: &DatabaseTransaction,
    space_id: Uuid,
    tokens: i64,
    subject: Subject,
) -> Result<(), DbErr> {
    if tokens < 0 {
        return Err(DbErr::Custom(format!(
            "a charge is a count of tokens, not {tokens}"
        )));
    }
    if tokens == 0 {
        return Ok(());
    }
    let at = Utc::now().trunc_subsecs(6);
    let account = change(
        txn,
        space_id,
        Expr::col(space_credits::Column::Balance).sub(tokens),
        space_credits::Column::UsedTokens,
        tokens,
        at,
    )
    .await?;
    let (subject_type, subject_id) = subject.stored();
    append(
        txn,
        credit_entries::Model {
            id: Uuid::now_v7(),
            space_id,
            kind: CHARGE.into(),
            tokens,
            balance_after: account.balance,
            reason: String::new(),
            actor_id: None,
            request_id: None,
            subject_type: Some(subject_type.into()),
            subject_id: Some(subject_id),
            created_at: at,
        },
    )
    .await?;
    Ok(())
}

/// A grant to store; the domain has checked it.
pub struct Grant {
    pub space_id: Uuid,
    pub tokens: i64,
    pub reason: String,
    pub actor_id: Uuid,
    pub request_id: Option<String>,
}

/// Adds a grant to a space's balance and appends its `grant` entry.
/// Returns the account after it and the entry.
pub async fn grant(
    db: &impl ConnectionTrait,
    grant: Grant,
    at: DateTime<Utc>,
) -> Result<(space_credits::Model, credit_entries::Model), DbErr> {
    let account = change(
        db,
        grant.space_id,
        Expr::col(space_credits::Column::Balance).add(grant.tokens),
        space_credits::Column::GrantedTokens,
        grant.tokens,
        at,
    )
    .await?;
    let entry = append(
        db,
        credit_entries::Model {
            id: Uuid::now_v7(),
            space_id: grant.space_id,
            kind: GRANT.into(),
            tokens: grant.tokens,
            balance_after: account.balance,
            reason: grant.reason,
            actor_id: Some(grant.actor_id),
            request_id: grant.request_id,
            subject_type: None,
            subject_id: None,
            created_at: at,
        },
    )
    .await?;
    Ok((account, entry))
}

/// The grant `actor_id` made with `request_id`, if any.
pub async fn find_grant(
    db: &impl ConnectionTrait,
    actor_id: Uuid,
    request_id: &str,
) -> Result<Option<credit_entries::Model>, DbErr> {
    credit_entries::Entity::find()
        .filter(credit_entries::Column::ActorId.eq(actor_id))
        .filter(credit_entries::Column::RequestId.eq(request_id))
        .one(db)
        .await
}

/// A space's ledger, newest first, optionally of one kind, continuing
/// before the entry `before`.
pub async fn entries(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    kind: Option<&str>,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Page<credit_entries::Model>, DbErr> {
    let mut query = credit_entries::Entity::find()
        .filter(credit_entries::Column::SpaceId.eq(space_id))
        .order_by_desc(credit_entries::Column::Id)
        .limit(limit + 1);
    if let Some(kind) = kind {
        query = query.filter(credit_entries::Column::Kind.eq(kind));
    }
    if let Some(before) = before {
        query = query.filter(credit_entries::Column::Id.lt(before));
    }
    Ok(Page::from_rows(query.all(db).await?, limit))
}

/// Sets the balance to `balance` (an expression on the stored balance),
/// adds `amount` to the `total` column, and returns the account after it.
async fn change(
    db: &impl ConnectionTrait,
    space_id: Uuid,
    balance: sea_orm::sea_query::SimpleExpr,
    total: space_credits::Column,
    amount: i64,
    at: DateTime<Utc>,
) -> Result<space_credits::Model, DbErr> {
    let updated = space_credits::Entity::update_many()
        .col_expr(space_credits::Column::Balance, balance)
        .col_expr(total, Expr::col(total).add(amount))
        .col_expr(space_credits::Column::UpdatedAt, Expr::value(at))
        .filter(space_credits::Column::SpaceId.eq(space_id))
        .exec(db)
        .await?;
    let missing = || DbErr::RecordNotFound(format!("space {space_id} has no credits account"));
    if updated.rows_affected == 0 {
        return Err(missing());
    }
    account(db, space_id).await?.ok_or_else(missing)
}

async fn append(
    db: &impl ConnectionTrait,
    entry: credit_entries::Model,
) -> Result<credit_entries::Model, DbErr> {
    entry.into_active_model().insert(db).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, entities::spaces};

    /// A store on a fresh SQLite file, or on a fresh PostgreSQL database
    /// when `ROUNDTABLE_TEST_DATABASE_URL` is set, with one space whose
    /// account holds `initial` tokens.
    async fn store_with_space(initial: i64) -> (Store, Uuid, roundtable_tests::TestDatabase) {
        let database = roundtable_tests::TestDatabase::from_env();
        let store = Store::open(database.url()).await.expect("open the store");
        let space_id = Uuid::now_v7();
        let at = Utc::now().trunc_subsecs(6);
        store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    spaces::Model::named(space_id, "credits", at)
                        .into_active_model()
                        .insert(txn)
                        .await?;
                    open(txn, space_id, initial, at).await
                })
            })
            .await
            .expect("create a space with an account");
        (store, space_id, database)
    }

    #[tokio::test]
    async fn the_migration_gives_existing_spaces_an_account() {
        use migrations::{Migrator, MigratorTrait};
        let database = roundtable_tests::TestDatabase::from_env();
        let db = sea_orm::Database::connect(database.url()).await.unwrap();
        let before_credits = Migrator::migrations()
            .iter()
            .position(|m| m.name() == "m20261125_000006_credits")
            .expect("the credits migration is registered");
        Migrator::up(&db, Some(before_credits as u32))
            .await
            .unwrap();
        let space_id = Uuid::now_v7();
        let at = Utc::now().trunc_subsecs(6);
        spaces::Model {
            id: space_id,
            name: "older than credits".into(),
            description: String::new(),
            created_at: at,
            updated_at: at,
        }
        .into_active_model()
        .insert(&db)
        .await
        .unwrap();
        Migrator::up(&db, None).await.unwrap();
        let account = account(&db, space_id).await.unwrap().expect("an account");
        assert_eq!(account.balance, 1_000_000);
        assert_eq!(account.granted_tokens, 1_000_000);
        assert_eq!(account.used_tokens, 0);
        let ledger = entries(&db, space_id, None, None, 10).await.unwrap();
        assert!(ledger.items.is_empty());
    }

    #[tokio::test]
    async fn a_charge_lowers_the_balance_and_records_what_it_paid_for() {
        let (store, space_id, _database) = store_with_space(1_000).await;
        let message_id = Uuid::now_v7();
        store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    charge(txn, space_id, 1_200, Subject::Reply { message_id }).await
                })
            })
            .await
            .expect("charge");
        let account = account(&store.db, space_id).await.unwrap().unwrap();
        assert_eq!(account.balance, -200, "a charge may overdraw");
        assert_eq!(account.used_tokens, 1_200);
        assert_eq!(account.granted_tokens, 1_000);
        let ledger = entries(&store.db, space_id, None, None, 10).await.unwrap();
        let kinds: Vec<&str> = ledger.items.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, [CHARGE, INITIAL], "newest first");
        let charged = &ledger.items[0];
        assert_eq!(charged.tokens, 1_200);
        assert_eq!(charged.balance_after, -200);
        assert_eq!(Subject::of(charged), Some(Subject::Reply { message_id }));
    }

    #[tokio::test]
    async fn a_charge_rolls_back_with_the_work_it_pays_for() {
        let (store, space_id, _database) = store_with_space(500).await;
        let session_id = Uuid::now_v7();
        let failed = store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    charge(txn, space_id, 100, Subject::Session { session_id }).await?;
                    Err::<(), DbErr>(DbErr::Custom("the work failed to store".into()))
                })
            })
            .await;
        assert!(failed.is_err());
        let account = account(&store.db, space_id).await.unwrap().unwrap();
        assert_eq!((account.balance, account.used_tokens), (500, 0));
        let ledger = entries(&store.db, space_id, Some(CHARGE), None, 10)
            .await
            .unwrap();
        assert!(ledger.items.is_empty());
    }

    #[tokio::test]
    async fn zero_negative_and_orphan_charges() {
        let (store, space_id, _database) = store_with_space(10).await;
        let user_id = Uuid::now_v7();
        let subject = Subject::User { user_id };
        let results = store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let zero = charge(txn, space_id, 0, subject).await;
                    let negative = charge(txn, space_id, -5, subject).await;
                    let orphan = charge(txn, Uuid::now_v7(), 5, subject).await;
                    Ok::<_, DbErr>((zero, negative, orphan))
                })
            })
            .await
            .unwrap();
        assert!(results.0.is_ok(), "zero tokens is no charge");
        assert!(matches!(results.1, Err(DbErr::Custom(_))));
        assert!(matches!(results.2, Err(DbErr::RecordNotFound(_))));
        let ledger = entries(&store.db, space_id, None, None, 10).await.unwrap();
        assert_eq!(ledger.items.len(), 1, "only the initial entry");
        let account = account(&store.db, space_id).await.unwrap().unwrap();
        assert_eq!(account.balance, 10);
    }
}
