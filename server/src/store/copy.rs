//! Copying a whole database into another, for `roundtable copy-database`
//! (SQLite to PostgreSQL as a rule): table by table, parents before
//! children, each in primary-key order, in batches. Each batch commits
//! together with the copy's progress (`copy_database_progress` in the
//! target: per table, the rows copied and the key of the last one), so a
//! copy stopped anywhere, even by `kill -9`, resumes after its last
//! committed batch and ends equal to an uninterrupted one. Memory holds one
//! batch, whatever the size of the database.
//!
//! Rows are copied as the entities read them, so every value (ids, JSON
//! text) is written as it was read, times to the microsecond (what the
//! server stores, and PostgreSQL's precision; older SQLite rows may hold
//! nanoseconds); the event log
//! keeps its ids and the counter its last id, so cursors, page tokens
//! (sealed with the copied `server_secrets`) and API keys carry over.

use std::{fmt::Debug, marker::PhantomData};

use futures::future::BoxFuture;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    Iterable, ModelTrait, PrimaryKeyToColumn, QueryFilter, QueryOrder, QuerySelect, Statement,
    TransactionTrait, Value,
    sea_query::{Alias, ColumnDef, Expr, Query, SimpleExpr, Table},
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::entities::*;

/// The table where a copy keeps its progress, in the target.
pub const PROGRESS: &str = "copy_database_progress";

/// Tables every database has that are not copied row by row: the
/// migrator's own (the target is migrated instead), the counter (set at
/// the end) and the copy's progress.
const NOT_ROWS: [&str; 3] = ["seaql_migrations", "event_counter", PROGRESS];

/// One table's part in a copy.
pub trait Copied: Send + Sync {
    fn name(&self) -> &'static str;
    /// Its rows.
    fn count<'a>(&'a self, db: &'a DatabaseConnection) -> BoxFuture<'a, Result<u64, DbErr>>;
    /// Reads the next `limit` rows of `from` after `after` (a key from an
    /// earlier batch) and inserts them through `to`; how many, and the key
    /// of the last (`None` when there were none).
    fn copy_batch<'a>(
        &'a self,
        from: &'a DatabaseConnection,
        to: &'a sea_orm::DatabaseTransaction,
        after: Option<Key>,
        limit: u64,
    ) -> BoxFuture<'a, Result<(u64, Option<Key>), DbErr>>;
    /// Reads the next `limit` rows after `after` and adds them to `sum`.
    fn digest_batch<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        after: Option<Key>,
        limit: u64,
        sum: &'a mut Checksum,
    ) -> BoxFuture<'a, Result<Option<Key>, DbErr>>;
}

/// A row's primary key, as kept in the progress table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Key(Vec<KeyPart>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum KeyPart {
    Uuid(Uuid),
    Text(String),
    Int(i64),
}

impl Key {
    fn of(values: Vec<Value>) -> Result<Self, DbErr> {
        values
            .into_iter()
            .map(|value| match value {
                Value::Uuid(Some(uuid)) => Ok(KeyPart::Uuid(*uuid)),
                Value::String(Some(text)) => Ok(KeyPart::Text(*text)),
                Value::BigInt(Some(n)) => Ok(KeyPart::Int(n)),
                Value::Int(Some(n)) => Ok(KeyPart::Int(n.into())),
                other => Err(DbErr::Custom(format!(
                    "a primary key of a kind the copy cannot resume from: {other:?}"
                ))),
            })
            .collect::<Result<_, _>>()
            .map(Self)
    }

    fn values(&self) -> impl Iterator<Item = SimpleExpr> + '_ {
        self.0.iter().map(|part| match part {
            KeyPart::Uuid(uuid) => Expr::val(*uuid).into(),
            KeyPart::Text(text) => Expr::val(text.clone()).into(),
            KeyPart::Int(n) => Expr::val(*n).into(),
        })
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a key encodes")
    }

    pub fn decode(text: &str) -> Result<Self, DbErr> {
        serde_json::from_str(text)
            .map_err(|e| DbErr::Custom(format!("an unreadable key in {PROGRESS}: {e}")))
    }
}

/// A table's row count and a sum of its rows' hashes, which does not
/// depend on the order rows are read in (each database orders text keys
/// by its own rules).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Checksum {
    pub rows: u64,
    pub sum: u128,
}

impl Checksum {
    fn add(&mut self, row: &impl Debug) {
        let digest = Sha256::digest(format!("{row:?}").as_bytes());
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        self.rows += 1;
        self.sum = self.sum.wrapping_add(u128::from_be_bytes(first));
    }

    /// The sum as 32 hex digits.
    pub fn hex(&self) -> String {
        format!("{:032x}", self.sum)
    }
}

struct Of<E>(&'static str, PhantomData<fn() -> E>);

impl<E> Of<E>
where
    E: EntityTrait,
{
    /// The next `limit` rows after `after`, in primary-key order.
    fn page(after: Option<&Key>, limit: u64) -> sea_orm::Select<E> {
        let mut select = E::find();
        for key in E::PrimaryKey::iter() {
            select = select.order_by_asc(key.into_column());
        }
        if let Some(after) = after {
            let columns = E::PrimaryKey::iter()
                .map(|key| Expr::col((E::default(), key.into_column())).into());
            select = select.filter(Expr::tuple(columns).gt(Expr::tuple(after.values())));
        }
        select.limit(limit)
    }

    /// The row with its times to the microsecond, PostgreSQL's precision
    /// and the server's (rows of older versions may hold nanoseconds).
    fn to_micros(mut model: E::Model) -> E::Model {
        use chrono::{SubsecRound, Timelike};
        for column in E::Column::iter() {
            if let Value::ChronoDateTimeUtc(Some(at)) = model.get(column)
                && at.nanosecond() % 1_000 != 0
            {
                model.set(
                    column,
                    Value::ChronoDateTimeUtc(Some(Box::new(at.trunc_subsecs(6)))),
                );
            }
        }
        model
    }

    fn key_of(model: &E::Model) -> Result<Key, DbErr> {
        Key::of(
            E::PrimaryKey::iter()
                .map(|key| model.get(key.into_column()))
                .collect(),
        )
    }
}

/// Most bind parameters one INSERT takes: under SQLite's and
/// PostgreSQL's limits (32,766 and 65,535).
const MAX_PARAMETERS: usize = 30_000;

impl<E> Copied for Of<E>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel> + Sync + Debug,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    fn name(&self) -> &'static str {
        self.0
    }

    fn count<'a>(&'a self, db: &'a DatabaseConnection) -> BoxFuture<'a, Result<u64, DbErr>> {
        Box::pin(async move {
            use sea_orm::PaginatorTrait;
            E::find().count(db).await
        })
    }

    fn copy_batch<'a>(
        &'a self,
        from: &'a DatabaseConnection,
        to: &'a sea_orm::DatabaseTransaction,
        after: Option<Key>,
        limit: u64,
    ) -> BoxFuture<'a, Result<(u64, Option<Key>), DbErr>> {
        Box::pin(async move {
            let rows = Self::page(after.as_ref(), limit).all(from).await?;
            let Some(last) = rows.last() else {
                return Ok((0, None));
            };
            let last = Self::key_of(last)?;
            let count = rows.len() as u64;
            let per_insert = (MAX_PARAMETERS / E::Column::iter().count().max(1)).max(1);
            let mut rows = rows.into_iter().peekable();
            while rows.peek().is_some() {
                let chunk: Vec<E::ActiveModel> = rows
                    .by_ref()
                    .take(per_insert)
                    .map(|row| Self::to_micros(row).into_active_model())
                    .collect();
                E::insert_many(chunk).exec_without_returning(to).await?;
            }
            Ok((count, Some(last)))
        })
    }

    fn digest_batch<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        after: Option<Key>,
        limit: u64,
        sum: &'a mut Checksum,
    ) -> BoxFuture<'a, Result<Option<Key>, DbErr>> {
        Box::pin(async move {
            let rows = Self::page(after.as_ref(), limit).all(db).await?;
            let last = rows.last().map(Self::key_of).transpose()?;
            for row in rows {
                sum.add(&Self::to_micros(row));
            }
            Ok(last)
        })
    }
}

fn table<E>(name: &'static str) -> Box<dyn Copied>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel> + Sync + Debug,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    Box::new(Of::<E>(name, PhantomData))
}

/// Every table with rows to copy, parents before the tables whose foreign
/// keys name them.
pub fn tables() -> Vec<Box<dyn Copied>> {
    vec![
        table::<users::Entity>("users"),
        table::<api_keys::Entity>("api_keys"),
        table::<server_secrets::Entity>("server_secrets"),
        table::<spaces::Entity>("spaces"),
        table::<space_members::Entity>("space_members"),
        table::<space_credits::Entity>("space_credits"),
        table::<credit_entries::Entity>("credit_entries"),
        table::<rooms::Entity>("rooms"),
        table::<room_members::Entity>("room_members"),
        table::<room_reads::Entity>("room_reads"),
        table::<replrs::Entity>("replrs"),
        table::<room_replrs::Entity>("room_replrs"),
        table::<sessions::Entity>("sessions"),
        table::<session_shares::Entity>("session_shares"),
        table::<messages::Entity>("messages"),
        table::<reactions::Entity>("reactions"),
        table::<reply_leases::Entity>("reply_leases"),
        table::<events::Entity>("events"),
    ]
}

/// Opens a database of a copy, without migrating it.
pub async fn open(url: &str) -> Result<DatabaseConnection, DbErr> {
    super::connect(url, super::Role::Reader).await
}

/// Applies this build's migrations to `db`.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    super::apply_migrations(db).await
}

/// This build's migrations, in order.
pub fn known_migrations() -> Vec<String> {
    use migrations::{Migrator, MigratorTrait};
    Migrator::migrations()
        .iter()
        .map(|m| m.name().to_string())
        .collect()
}

/// The migrations applied to `db`, in order.
pub async fn applied_migrations(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM seaql_migrations ORDER BY version",
        ))
        .await?;
    rows.iter().map(|row| row.try_get("", "version")).collect()
}

/// The tables of `db` (its user tables, not the system's).
pub async fn table_names(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        sea_orm::DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
        }
        _ => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY 1"
        }
    };
    let rows = db.query_all(Statement::from_string(backend, sql)).await?;
    rows.iter().map(|row| row.try_get("", "name")).collect()
}

/// Tables of `db` this copy does not know: copying would leave them behind.
pub async fn unknown_tables(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    let known: Vec<&str> = tables().iter().map(|t| t.name()).chain(NOT_ROWS).collect();
    Ok(table_names(db)
        .await?
        .into_iter()
        .filter(|name| !known.contains(&name.as_str()))
        .collect())
}

/// The event counter's last id.
pub async fn last_event_id(db: &DatabaseConnection) -> Result<i64, DbErr> {
    super::events::last_id(db).await
}

/// One table's progress, as the target keeps it.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    pub copied: u64,
    pub last: Option<Key>,
    pub finished: bool,
}

/// A copy begun in a target: from where, and how far each table got.
#[derive(Clone, Debug, Default)]
pub struct Begun {
    /// The source, as the copy named it (credentials hidden).
    pub source: String,
    /// The source's last event id when the copy began: a source that
    /// moved since is not the one being copied.
    pub source_events: i64,
    pub tables: Vec<(String, Progress)>,
}

/// Creates the progress table in the target, with a row per table.
pub async fn start_progress(
    db: &DatabaseConnection,
    source: &str,
    source_events: i64,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let txn = db.begin().await?;
    txn.execute(
        backend.build(
            Table::create()
                .table(Alias::new(PROGRESS))
                .col(
                    ColumnDef::new(Alias::new("table_name"))
                        .string_len(64)
                        .not_null()
                        .primary_key(),
                )
                .col(
                    ColumnDef::new(Alias::new("copied"))
                        .big_integer()
                        .not_null(),
                )
                .col(ColumnDef::new(Alias::new("last_key")).text())
                .col(ColumnDef::new(Alias::new("finished")).boolean().not_null())
                .col(ColumnDef::new(Alias::new("source")).text().not_null())
                .col(
                    ColumnDef::new(Alias::new("source_events"))
                        .big_integer()
                        .not_null(),
                ),
        ),
    )
    .await?;
    let mut insert = Query::insert();
    insert.into_table(Alias::new(PROGRESS)).columns([
        Alias::new("table_name"),
        Alias::new("copied"),
        Alias::new("finished"),
        Alias::new("source"),
        Alias::new("source_events"),
    ]);
    for name in tables().iter().map(|t| t.name()).chain(["event_counter"]) {
        insert.values_panic([
            name.into(),
            0i64.into(),
            false.into(),
            source.to_string().into(),
            source_events.into(),
        ]);
    }
    txn.execute(backend.build(&insert)).await?;
    txn.commit().await
}

/// The copy begun in `db`; `None` when none was.
pub async fn begun(db: &DatabaseConnection) -> Result<Option<Begun>, DbErr> {
    if !table_names(db).await?.iter().any(|name| name == PROGRESS) {
        return Ok(None);
    }
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            format!(
                "SELECT table_name, copied, last_key, finished, source, source_events \
                 FROM {PROGRESS}"
            ),
        ))
        .await?;
    let mut begun = Begun::default();
    for row in rows {
        let last: Option<String> = row.try_get("", "last_key")?;
        let copied: i64 = row.try_get("", "copied")?;
        begun.source = row.try_get("", "source")?;
        begun.source_events = row.try_get("", "source_events")?;
        begun.tables.push((
            row.try_get("", "table_name")?,
            Progress {
                copied: copied as u64,
                last: last.as_deref().map(Key::decode).transpose()?,
                finished: row.try_get("", "finished")?,
            },
        ));
    }
    Ok(Some(begun))
}

/// Records a table's progress inside the transaction of its batch.
pub async fn save_progress(
    txn: &sea_orm::DatabaseTransaction,
    name: &str,
    progress: &Progress,
) -> Result<(), DbErr> {
    let backend = txn.get_database_backend();
    let update = Query::update()
        .table(Alias::new(PROGRESS))
        .value(Alias::new("copied"), progress.copied as i64)
        .value(
            Alias::new("last_key"),
            progress.last.as_ref().map(Key::encode),
        )
        .value(Alias::new("finished"), progress.finished)
        .and_where(Expr::col(Alias::new("table_name")).eq(name))
        .to_owned();
    txn.execute(backend.build(&update)).await?;
    Ok(())
}

/// Sets the target's event counter to the source's last id, and marks it
/// copied, in one transaction.
pub async fn finish_counter(db: &DatabaseConnection, last_id: i64) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let txn = db.begin().await?;
    let update = Query::update()
        .table(Alias::new("event_counter"))
        .value(Alias::new("last_id"), last_id)
        .and_where(Expr::col(Alias::new("id")).eq(1))
        .to_owned();
    txn.execute(backend.build(&update)).await?;
    save_progress(
        &txn,
        "event_counter",
        &Progress {
            copied: 1,
            last: None,
            finished: true,
        },
    )
    .await?;
    txn.commit().await
}
