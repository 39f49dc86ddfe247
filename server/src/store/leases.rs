//! Reply leases (see the migration that made `reply_leases`), when several
//! replicas share the database ([`use_leases`]): taken with each reply in
//! the write that stores it, renewed by the replica running it, released by
//! the write that stores its end, and taken over by another replica once
//! expired.

use std::{
    sync::{
        LazyLock,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, LockBehavior, LockType, Query},
};
use uuid::Uuid;

use super::entities::{messages, reply_leases};

/// How long a lease lasts unless renewed.
pub const TTL: Duration = Duration::from_secs(10);

static REPLICA: LazyLock<Uuid> = LazyLock::new(Uuid::now_v7);

/// Whether this process is one of several replicas: only then are leases
/// taken. A server alone runs every reply there is, so it needs none (and
/// spends no write on them).
static REPLICATED: AtomicBool = AtomicBool::new(false);

/// Makes this process take, renew and release leases (at start, before
/// serving, when it shares its database with other replicas).
pub fn use_leases() {
    REPLICATED.store(true, Ordering::Release);
}

fn in_use() -> bool {
    REPLICATED.load(Ordering::Acquire)
}

/// This process: the holder of the leases it takes (new at every start, so
/// a replica that lost a lease can never hold it again) and the sender of
/// its NATS messages.
pub fn replica() -> Uuid {
    *REPLICA
}

fn expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + chrono::Duration::from_std(TTL).expect("a short TTL")
}

/// Takes the leases of replies being stored now.
pub async fn take(db: &impl ConnectionTrait, reply_ids: &[Uuid]) -> Result<(), DbErr> {
    if reply_ids.is_empty() || !in_use() {
        return Ok(());
    }
    let expires_at = expiry(Utc::now());
    let rows = reply_ids.iter().map(|&reply_id| {
        reply_leases::Model {
            reply_id,
            holder: replica(),
            expires_at,
        }
        .into_active_model()
    });
    reply_leases::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Releases this replica's lease of a reply; false when it holds none (the
/// reply was taken over, or its lease was never this replica's). A server
/// alone holds every reply.
pub async fn release(db: &impl ConnectionTrait, reply_id: Uuid) -> Result<bool, DbErr> {
    if !in_use() {
        return Ok(true);
    }
    let result = reply_leases::Entity::delete_many()
        .filter(reply_leases::Column::ReplyId.eq(reply_id))
        .filter(reply_leases::Column::Holder.eq(replica()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Renews every lease this replica holds; returns the replies it still
/// holds.
pub async fn renew(db: &impl ConnectionTrait) -> Result<Vec<Uuid>, DbErr> {
    reply_leases::Entity::update_many()
        .col_expr(
            reply_leases::Column::ExpiresAt,
            Expr::value(expiry(Utc::now())),
        )
        .filter(reply_leases::Column::Holder.eq(replica()))
        .exec(db)
        .await?;
    reply_leases::Entity::find()
        .select_only()
        .column(reply_leases::Column::ReplyId)
        .filter(reply_leases::Column::Holder.eq(replica()))
        .into_tuple()
        .all(db)
        .await
}

/// Claims up to `limit` leases of other replicas that expired, removing
/// them; two replicas claiming at once never claim the same one (rows
/// locked by one are skipped by the other, on PostgreSQL; SQLite has one
/// writer). Returns the replies claimed.
pub async fn claim_expired(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<Uuid>, DbErr> {
    let expired: Vec<Uuid> = reply_leases::Entity::find()
        .select_only()
        .column(reply_leases::Column::ReplyId)
        .filter(reply_leases::Column::ExpiresAt.lt(Utc::now()))
        .filter(reply_leases::Column::Holder.ne(replica()))
        .order_by_asc(reply_leases::Column::ExpiresAt)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .into_tuple()
        .all(db)
        .await?;
    if !expired.is_empty() {
        reply_leases::Entity::delete_many()
            .filter(reply_leases::Column::ReplyId.is_in(expired.iter().copied()))
            .exec(db)
            .await?;
    }
    Ok(expired)
}

/// Removes every lease (a single server at start: none of them runs).
pub async fn release_all(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    reply_leases::Entity::delete_many().exec(db).await?;
    Ok(())
}

/// Streaming replies no lease covers: left by a server that ran before
/// leases existed (a reply's lease is written with it).
pub async fn unleased_streaming(db: &impl ConnectionTrait) -> Result<Vec<messages::Model>, DbErr> {
    let leased = Query::select()
        .column(reply_leases::Column::ReplyId)
        .from(reply_leases::Entity)
        .to_owned();
    messages::Entity::find()
        .filter(messages::Column::ReplyState.eq("streaming"))
        .filter(messages::Column::Id.not_in_subquery(leased))
        .order_by_asc(messages::Column::Id)
        .all(db)
        .await
}

/// Whether another replica holds a live lease of the reply (it runs it).
pub async fn held_elsewhere(db: &impl ConnectionTrait, reply_id: Uuid) -> Result<bool, DbErr> {
    let lease = reply_leases::Entity::find_by_id(reply_id).one(db).await?;
    Ok(lease.is_some_and(|lease| lease.holder != replica() && lease.expires_at > Utc::now()))
}
