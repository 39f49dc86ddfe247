//! `roundtable backup PATH`: a consistent copy of a SQLite database, taken
//! while a server may be running on it (see `store::backup` for how). The
//! copy is written next to PATH under a temporary name, flushed to disk,
//! then renamed to PATH, so PATH is either the old file or a whole backup.
//!
//! Restore: stop the server, copy the backup over the database file,
//! delete the database's `-wal` and `-shm` files, start the server.

use std::{
    path::{Path, PathBuf},
    time::Instant,
};

use anyhow::Context;
use clap::Args;
use serde_json::json;

use crate::{
    admin::{Failure, Options, Report},
    config::Config,
    domain::Error,
};

#[derive(Args)]
pub struct Backup {
    /// Where to write the backup (a new file).
    pub path: PathBuf,
    /// Replace PATH if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub options: Options,
}

/// Backs up the configured database to `backup.path`.
pub async fn run(config: Config, backup: Backup) -> Result<Report, Failure> {
    let url = &config.database_url;
    if !url.starts_with("sqlite:") {
        return Err(Failure::Domain(Error::precondition(
            "BACKUP_SQLITE_ONLY",
            format!(
                "roundtable backup copies SQLite databases; {} is not one: back PostgreSQL up \
                 with its own tools, e.g. `pg_dump --format=custom --file=roundtable.dump URL` \
                 (restore with pg_restore)",
                crate::store::redact(url)
            ),
        )));
    }
    let path = &backup.path;
    if !backup.force && path.exists() {
        return Err(refused(format!(
            "{} exists; pass --force to replace it",
            path.display()
        )));
    }
    let started = Instant::now();
    let partial = partial_path(path);
    let _ = std::fs::remove_file(&partial);
    if let Err(error) = crate::store::backup::sqlite(url, &partial).await {
        let _ = std::fs::remove_file(&partial);
        return Err(Failure::Domain(Error::Storage(error)));
    }
    let bytes = finish_file(&partial, path, backup.force).inspect_err(|_| {
        let _ = std::fs::remove_file(&partial);
    })?;
    let elapsed = started.elapsed();
    Ok(Report {
        text: format!(
            "backed up {} to {}: {} in {:.2} s",
            crate::store::redact(url),
            path.display(),
            size(bytes),
            elapsed.as_secs_f64()
        ),
        json: json!({
            "path": path.display().to_string(),
            "bytes": bytes,
            "seconds": elapsed.as_secs_f64(),
        }),
    })
}

/// Flushes `partial` to disk and renames it to `path` (unless `path`
/// appeared meanwhile and `force` is off); returns its size.
fn finish_file(partial: &Path, path: &Path, force: bool) -> Result<u64, Failure> {
    let file = std::fs::File::open(partial)
        .with_context(|| format!("cannot open {}", partial.display()))?;
    file.sync_all()
        .with_context(|| format!("cannot flush {}", partial.display()))?;
    let bytes = file
        .metadata()
        .context("cannot read the backup's size")?
        .len();
    if !force && path.exists() {
        return Err(refused(format!(
            "{} exists; pass --force to replace it",
            path.display()
        )));
    }
    std::fs::rename(partial, path)
        .with_context(|| format!("cannot rename {} to {}", partial.display(), path.display()))?;
    // The rename is durable once the folder is flushed.
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty())
        && let Ok(folder) = std::fs::File::open(folder)
    {
        let _ = folder.sync_all();
    }
    Ok(bytes)
}

fn refused(message: String) -> Failure {
    Failure::Domain(Error::exists("BACKUP_EXISTS", message))
}

/// `PATH.partial-<pid>`, in PATH's folder, so the rename stays on one file system.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".partial-{}", std::process::id()));
    path.with_file_name(name)
}

fn size(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes < 1024 * 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{:.1} MiB", bytes as f64 / MIB)
    }
}
