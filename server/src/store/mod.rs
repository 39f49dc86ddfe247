//! Storage: SeaORM entities, the queries the domain needs, the connection
//! to SQLite or PostgreSQL, and the single writer.
//!
//! The store answers questions and applies changes; it never decides who
//! may do what (that is the domain's job).

pub mod backup;
pub mod copy;
pub mod credits;
pub mod entities;
pub mod erasure;
pub mod events;
pub mod leases;
pub mod messages;
mod outbox;
mod postgres;
pub mod replies;
pub mod replrs;
pub mod rooms;
pub mod secrets;
pub mod sessions;
pub mod spaces;
pub mod users;
mod writer;

use std::{str::FromStr, time::Duration};

use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    DatabaseConnection, DbErr, SqlxPostgresConnector, SqlxSqliteConnector,
    sqlx::{
        postgres::{PgConnectOptions, PgPoolOptions},
        sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    },
};

pub use writer::{BoxFuture, Writer};

/// Read access through a connection pool, writes through the single writer.
#[derive(Clone)]
pub struct Store {
    /// For reads. Writes must go through [`Store::writer`].
    pub db: DatabaseConnection,
    pub writer: Writer,
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`), creating the
    /// SQLite file and its folder if needed, and applies pending migrations.
    pub async fn open(url: &str) -> Result<Self, DbErr> {
        let db = connect(url, Role::Reader).await?;
        apply_migrations(&db).await?;
        let url = url.to_string();
        let writer = Writer::start(async move { connect(&url, Role::Writer).await }).await?;
        Ok(Self { db, writer })
    }
}

/// Applies pending migrations and returns; for `roundtable migrate`.
pub async fn migrate(url: &str) -> Result<(), DbErr> {
    let db = connect(url, Role::Reader).await?;
    apply_migrations(&db).await
}

/// Applies what is pending, in one log line.
async fn apply_migrations(db: &DatabaseConnection) -> Result<(), DbErr> {
    let pending = Migrator::get_pending_migrations(db).await?.len();
    Migrator::up(db, None).await?;
    if pending > 0 {
        tracing::info!(applied = pending, "database migrated");
    }
    Ok(())
}

/// Whether the database answers: one `SELECT 1` through the read pool.
pub async fn check(db: &DatabaseConnection) -> Result<(), DbErr> {
    use sea_orm::{ConnectionTrait, Statement};
    let statement = Statement::from_string(db.get_database_backend(), "SELECT 1");
    db.query_one(statement).await.map(|_| ())
}

/// What a connection pool is for: the writer needs one connection (it
/// writes one batch at a time); readers share several.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Reader,
    Writer,
}

impl Role {
    fn connections(self) -> u32 {
        match self {
            Role::Reader => 8,
            Role::Writer => 1,
        }
    }
}

async fn connect(url: &str, role: Role) -> Result<DatabaseConnection, DbErr> {
    let sqlx_error =
        |e: sea_orm::sqlx::Error| DbErr::Custom(format!("cannot open {}: {e}", redact(url)));
    if url.starts_with("sqlite:") {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(sqlx_error)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a commit is on disk before it is acknowledged. The group
            // commit in the writer pays for the fsync once per batch.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        if let Some(folder) = options.get_filename().parent()
            && !folder.as_os_str().is_empty()
        {
            std::fs::create_dir_all(folder)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", folder.display())))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(role.connections())
            .min_connections(1)
            // A connection to a local file does not drop: skip sqlx's ping
            // (a round trip to the connection's thread) on every acquire.
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(sqlx_error)?;
        Ok(observed(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool)))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        let options = PgConnectOptions::from_str(url).map_err(sqlx_error)?;
        if role == Role::Reader {
            // Once, before the pools: fails fast and names the server.
            postgres::reach(&options, &redact(url)).await?;
        }
        let pool = PgPoolOptions::new()
            .max_connections(role.connections())
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(sqlx_error)?;
        Ok(observed(SqlxPostgresConnector::from_sqlx_postgres_pool(
            pool,
        )))
    } else {
        Err(DbErr::Custom(format!(
            "unsupported database URL {}: use sqlite://PATH or postgres://…",
            redact(url)
        )))
    }
}

/// The `n`th (from 1) bind parameter of a hand-written statement:
/// `$n` on PostgreSQL, `?` on SQLite.
pub fn placeholder(backend: sea_orm::DbBackend, n: usize) -> String {
    match backend {
        sea_orm::DbBackend::Postgres => format!("${n}"),
        _ => "?".to_owned(),
    }
}

/// The tracing target of the statement log.
pub const SQL_LOG_TARGET: &str = "roundtable::sql";

/// A statement that takes longer than this is logged at WARN.
const SLOW_STATEMENT: Duration = Duration::from_millis(500);

/// Makes `db` report its statements: each one, with its values and how long
/// it took, at TRACE on [`SQL_LOG_TARGET`] (`RUST_LOG=roundtable::sql=trace`;
/// the values include message text, so this is for debugging, never for a
/// production log); a slow one at WARN, without its values. The query-plan
/// test reads this log to find every statement the store issues.
fn observed(mut db: DatabaseConnection) -> DatabaseConnection {
    db.set_metric_callback(|info| {
        let elapsed_us = info.elapsed.as_micros() as u64;
        if info.elapsed >= SLOW_STATEMENT {
            tracing::warn!(target: SQL_LOG_TARGET, elapsed_us, sql = %info.statement.sql, "slow statement");
        } else if tracing::enabled!(target: SQL_LOG_TARGET, tracing::Level::TRACE) {
            tracing::trace!(
                target: SQL_LOG_TARGET,
                elapsed_us,
                failed = info.failed,
                sql = %info.statement.sql,
                statement = %info.statement,
                "statement"
            );
        }
    });
    db
}

/// The URL with any password replaced, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// A page of results and whether more follow.
pub struct Page<T> {
    pub items: Vec<T>,
    pub more: bool,
}

impl<T> Page<T> {
    /// Builds a page from rows fetched with `limit + 1`.
    pub fn from_rows(mut items: Vec<T>, limit: u64) -> Self {
        let more = items.len() as u64 > limit;
        items.truncate(limit as usize);
        Self { items, more }
    }
}
