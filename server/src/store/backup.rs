//! Online backups of a SQLite database.
//!
//! `VACUUM INTO` rather than the sqlite3 backup API: sqlx does not expose
//! the backup API, and `VACUUM INTO` runs in one read transaction, so the
//! copy is a consistent snapshot of the last commit (WAL included) while
//! the server goes on writing — in WAL mode a reader never blocks the
//! writer. The copy is also compacted (no free pages).

use std::{path::Path, str::FromStr};

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, sqlx::sqlite::SqliteConnectOptions};

use super::{Role, connect, redact};

/// Writes a snapshot of the SQLite database at `url` to `into`, which must
/// not exist. Fails for any other database, or when the database file does
/// not exist (a backup never creates an empty database).
pub async fn sqlite(url: &str, into: &Path) -> Result<(), DbErr> {
    if !url.starts_with("sqlite:") {
        return Err(DbErr::Custom(format!(
            "{} is not a SQLite database",
            redact(url)
        )));
    }
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|e| DbErr::Custom(format!("cannot open {}: {e}", redact(url))))?;
    let file = options.get_filename();
    if !file.is_file() {
        return Err(DbErr::Custom(format!(
            "there is no database at {}",
            file.display()
        )));
    }
    let into = into
        .to_str()
        .ok_or_else(|| DbErr::Custom(format!("{} is not a UTF-8 path", into.display())))?;
    let db = connect(url, Role::Reader).await?;
    let copied = db
        .execute(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "VACUUM INTO ?",
            [into.into()],
        ))
        .await;
    db.close().await?;
    copied.map(|_| ())
}
