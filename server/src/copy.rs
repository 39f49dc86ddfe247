//! `roundtable copy-database --from sqlite://… --to postgres://…`: moves a
//! deployment's data to another database (see `store::copy` for how rows
//! travel and how an interrupted copy resumes).
//!
//! The source must not change while it is copied: stop its server first.
//! The copy checks that its event log did not move meanwhile.

use std::time::{Duration, Instant};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
use serde_json::json;

use crate::{
    admin::{Failure, Report},
    domain::Error,
    store::{
        copy::{self as stored, Checksum, Copied},
        redact,
    },
};

#[derive(Args, Clone)]
pub struct CopyDatabase {
    /// The database to copy (its server stopped), e.g. sqlite://data/roundtable.db.
    #[arg(long)]
    pub from: String,
    /// The database to copy into, e.g. postgres://user:password@host/roundtable: created
    /// and migrated if need be; it must hold no data, unless resuming.
    #[arg(long)]
    pub to: String,
    /// Go on with a copy into --to that was interrupted.
    #[arg(long)]
    pub resume: bool,
    /// Then compare every table of both (rows and a checksum); exit non-zero on any
    /// difference. On a finished copy, only compares.
    #[arg(long)]
    pub verify: bool,
    /// Rows per batch; each batch commits, with the copy's progress, in one transaction.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=50_000))]
    pub batch_rows: u64,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// What one table's copy did.
struct Copy {
    table: &'static str,
    rows: u64,
    seconds: f64,
}

pub async fn run(args: CopyDatabase) -> Result<Report, Failure> {
    let started = Instant::now();
    let (from, to) = (redact(&args.from), redact(&args.to));
    if args.from == args.to {
        return Err(refused(
            "COPY_SAME_DATABASE",
            "--from and --to are the same database".into(),
        ));
    }
    if let Some(path) = sqlite_path(&args.from)
        && !std::path::Path::new(&path).exists()
    {
        return Err(refused("COPY_NO_SOURCE", format!("{from} does not exist")));
    }
    let source = stored::open(&args.from).await.map_err(Error::Storage)?;
    check_schema(&source, &from).await?;
    let target = stored::open(&args.to).await.map_err(Error::Storage)?;
    stored::migrate(&target).await.map_err(Error::Storage)?;
    known_tables_only(&target, &to).await?;

    let source_events = stored::last_event_id(&source)
        .await
        .map_err(Error::Storage)?;
    let copying = match stored::begun(&target).await.map_err(Error::Storage)? {
        None => {
            ensure_empty(&target, &to).await?;
            stored::start_progress(&target, &from, source_events)
                .await
                .map_err(Error::Storage)?;
            true
        }
        Some(begun) => {
            if begun.source != from {
                return Err(refused(
                    "COPY_OTHER_SOURCE",
                    format!("{to} holds a copy of {}, not of {from}", begun.source),
                ));
            }
            let finished = begun.tables.iter().all(|(_, p)| p.finished);
            match (finished, args.resume, args.verify) {
                (true, _, true) => false,
                (true, _, false) => {
                    return Err(refused(
                        "COPY_FINISHED",
                        format!(
                            "{to} already holds a finished copy of {from}; pass --verify to \
                             compare them"
                        ),
                    ));
                }
                (false, true, _) if begun.source_events != source_events => {
                    return Err(refused(
                        "COPY_SOURCE_CHANGED",
                        format!(
                            "{from} changed since the copy into {to} began (its event log moved \
                             from {} to {source_events}): copy again into an empty database, with \
                             the server stopped",
                            begun.source_events
                        ),
                    ));
                }
                (false, true, _) => true,
                (false, false, _) => {
                    return Err(refused(
                        "COPY_INTERRUPTED",
                        format!(
                            "{to} holds an interrupted copy of {from}; pass --resume to go on \
                             with it"
                        ),
                    ));
                }
            }
        }
    };

    let mut copies = Vec::new();
    if copying {
        copies = copy_tables(&source, &target, &args).await?;
        let now = stored::last_event_id(&source)
            .await
            .map_err(Error::Storage)?;
        if now != source_events {
            return Err(refused(
                "COPY_SOURCE_CHANGED",
                format!(
                    "{from} changed during the copy (its event log moved from {source_events} to \
                     {now}): stop its server, then copy again into an empty database"
                ),
            ));
        }
        stored::finish_counter(&target, source_events)
            .await
            .map_err(Error::Storage)?;
    }

    let mut text = Vec::new();
    let copied: u64 = copies.iter().map(|c| c.rows).sum();
    if copying {
        text.push(format!(
            "copied {from} to {to}: {copied} rows in {:.1} s",
            started.elapsed().as_secs_f64()
        ));
        for copy in &copies {
            text.push(format!(
                "  {:<16} {:>10} rows  {:>7.1} s",
                copy.table, copy.rows, copy.seconds
            ));
        }
    }
    let mut verified = None;
    if args.verify {
        let differences = verify(&source, &target, &args, &mut text).await?;
        if !differences.is_empty() {
            return Err(refused(
                "COPY_DIFFERS",
                format!("{to} differs from {from}: {}", differences.join("; ")),
            ));
        }
        verified = Some(true);
        text.push(format!("verified: every table of {to} equals {from}'s"));
    }
    Ok(Report {
        text: text.join("\n"),
        json: json!({
            "from": from,
            "to": to,
            "rows": copied,
            "tables": copies.iter().map(|c| json!({"table": c.table, "rows": c.rows, "seconds": c.seconds})).collect::<Vec<_>>(),
            "verified": verified,
            "seconds": started.elapsed().as_secs_f64(),
        }),
    })
}

/// The source must be migrated exactly as far as this build migrates.
async fn check_schema(source: &DatabaseConnection, from: &str) -> Result<(), Failure> {
    let applied = stored::applied_migrations(source).await.map_err(|e| {
        refused(
            "COPY_NOT_ROUNDTABLE",
            format!("{from} is not a Roundtable database: {e}"),
        )
    })?;
    let known = stored::known_migrations();
    if applied.iter().any(|name| !known.contains(name)) {
        return Err(refused(
            "COPY_SOURCE_NEWER",
            format!("{from} was migrated by a newer Roundtable; copy it with that version"),
        ));
    }
    if applied != known {
        return Err(refused(
            "COPY_SOURCE_OLDER",
            format!(
                "{from} lacks {} migration(s) of this version: run `roundtable migrate \
                 --database-url {from}` first (a server does at start)",
                known.len() - applied.len()
            ),
        ));
    }
    known_tables_only(source, from).await
}

/// Refuses a database with a table this copy does not know: copying it
/// would leave that table behind (or mix in another application's).
async fn known_tables_only(db: &DatabaseConnection, name: &str) -> Result<(), Failure> {
    let unknown = stored::unknown_tables(db).await.map_err(Error::Storage)?;
    if unknown.is_empty() {
        return Ok(());
    }
    Err(refused(
        "COPY_UNKNOWN_TABLES",
        format!(
            "{name} has tables this copy does not know: {}",
            unknown.join(", ")
        ),
    ))
}

async fn ensure_empty(target: &DatabaseConnection, to: &str) -> Result<(), Failure> {
    let mut holding = Vec::new();
    for table in stored::tables() {
        if table.count(target).await.map_err(Error::Storage)? > 0 {
            holding.push(table.name());
        }
    }
    if stored::last_event_id(target)
        .await
        .map_err(Error::Storage)?
        > 0
        && holding.is_empty()
    {
        holding.push("event_counter");
    }
    if holding.is_empty() {
        return Ok(());
    }
    Err(refused(
        "COPY_TARGET_NOT_EMPTY",
        format!(
            "{to} already holds data (in {}): copy into an empty database",
            holding.join(", ")
        ),
    ))
}

async fn copy_tables(
    source: &DatabaseConnection,
    target: &DatabaseConnection,
    args: &CopyDatabase,
) -> Result<Vec<Copy>, Failure> {
    let saved = stored::begun(target)
        .await
        .map_err(Error::Storage)?
        .unwrap_or_default()
        .tables;
    let mut copies = Vec::new();
    for table in stored::tables() {
        let mut progress = saved
            .iter()
            .find(|(name, _)| name == table.name())
            .map(|(_, p)| p.clone())
            .unwrap_or_default();
        if progress.finished {
            copies.push(Copy {
                table: table.name(),
                rows: progress.copied,
                seconds: 0.0,
            });
            continue;
        }
        let started = Instant::now();
        let total = table.count(source).await.map_err(Error::Storage)?;
        let bar = bar(table.name(), total, args.json);
        bar.set_position(progress.copied);
        loop {
            let txn = target.begin().await.map_err(Error::Storage)?;
            let (rows, last) = table
                .copy_batch(source, &txn, progress.last.clone(), args.batch_rows)
                .await
                .map_err(|e| copy_failed(table.as_ref(), e))?;
            progress.copied += rows;
            if let Some(last) = last {
                progress.last = Some(last);
            }
            progress.finished = rows < args.batch_rows;
            stored::save_progress(&txn, table.name(), &progress)
                .await
                .map_err(Error::Storage)?;
            txn.commit().await.map_err(Error::Storage)?;
            bar.set_position(progress.copied);
            if progress.finished {
                break;
            }
        }
        bar.finish_and_clear();
        copies.push(Copy {
            table: table.name(),
            rows: progress.copied,
            seconds: started.elapsed().as_secs_f64(),
        });
    }
    Ok(copies)
}

/// Compares every table of both databases; the differences found.
async fn verify(
    source: &DatabaseConnection,
    target: &DatabaseConnection,
    args: &CopyDatabase,
    text: &mut Vec<String>,
) -> Result<Vec<String>, Failure> {
    let mut differences = Vec::new();
    for table in stored::tables() {
        let (a, b) = (
            checksum(table.as_ref(), source, args).await?,
            checksum(table.as_ref(), target, args).await?,
        );
        if a == b {
            text.push(format!(
                "  {:<16} {:>10} rows  checksum {}",
                table.name(),
                a.rows,
                a.hex()
            ));
        } else {
            differences.push(format!(
                "{}: {} rows (checksum {}) against {} rows (checksum {})",
                table.name(),
                a.rows,
                a.hex(),
                b.rows,
                b.hex()
            ));
        }
    }
    let (a, b) = (
        stored::last_event_id(source)
            .await
            .map_err(Error::Storage)?,
        stored::last_event_id(target)
            .await
            .map_err(Error::Storage)?,
    );
    if a != b {
        differences.push(format!("event_counter: last id {a} against {b}"));
    }
    Ok(differences)
}

async fn checksum(
    table: &dyn Copied,
    db: &DatabaseConnection,
    args: &CopyDatabase,
) -> Result<Checksum, Failure> {
    let mut sum = Checksum::default();
    let mut after = None;
    loop {
        let before = sum.rows;
        after = table
            .digest_batch(db, after, args.batch_rows, &mut sum)
            .await
            .map_err(Error::Storage)?;
        if sum.rows - before < args.batch_rows {
            return Ok(sum);
        }
    }
}

/// A progress bar on standard error when it is a terminal (and text is
/// asked for); nothing otherwise.
fn bar(table: &str, total: u64, json: bool) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(
        Some(total),
        if json {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        },
    );
    bar.set_style(
        ProgressStyle::with_template("{prefix:<16} {bar:40} {pos:>10}/{len:<10} {per_sec} {eta}")
            .expect("a valid template"),
    );
    bar.set_prefix(table.to_string());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn copy_failed(table: &dyn Copied, error: DbErr) -> Failure {
    Failure::Other(anyhow::anyhow!(
        "copying {} failed: {error}; what was copied before stays, run again with --resume",
        table.name()
    ))
}

fn refused(reason: &'static str, message: String) -> Failure {
    Failure::Domain(Error::precondition(reason, message))
}

/// The file of a `sqlite:` URL.
fn sqlite_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| path.to_string())
}
