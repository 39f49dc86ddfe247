//! The single writer: every change to the database goes through one task
//! that groups the changes waiting in its queue into one transaction (group
//! commit).
//!
//! Why: with SQLite a commit costs an fsync, and one commit per request caps
//! throughput at a few thousand writes a second. Here each request still
//! gets its own savepoint, so one request's failure never undoes another's,
//! and its caller hears back only after the enclosing transaction has
//! committed: an acknowledged write is durable. On PostgreSQL the same
//! queue keeps commits few and ordered.

use std::{future::Future, pin::Pin};

use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

/// Most operations one transaction takes. Bounded so that a commit (and the
/// latency of the first request in it) stays short under load.
const MAX_BATCH: usize = 512;

/// Requests waiting for the writer. A full queue makes callers wait, which
/// is the back-pressure a saturated database needs.
const QUEUE_DEPTH: usize = 8192;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Called once the batch holding an operation has committed (or failed to).
type Completion = Box<dyn FnOnce(Result<(), &DbErr>) + Send>;

/// One queued operation: runs inside the batch transaction and hands back
/// what to do when the batch's fate is known.
type Job = Box<dyn for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Completion> + Send>;

/// Handle to the writer task. Cheap to clone.
#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer task on `db`.
    pub fn start(db: DatabaseConnection) -> Self {
        let (queue, jobs) = mpsc::channel(QUEUE_DEPTH);
        tokio::spawn(run(db, jobs));
        Self { queue }
    }

    /// Runs `op` inside the next batch transaction and returns its result
    /// once that transaction has committed. If `op` fails, its changes are
    /// rolled back to its savepoint and the rest of the batch is unaffected.
    pub async fn write<T, E, F>(&self, op: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbErr> + Send + 'static,
        F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>> + Send + 'static,
    {
        let (done, outcome) = oneshot::channel::<Result<T, E>>();
        let job: Job = Box::new(move |txn| {
            Box::pin(async move {
                let result = in_savepoint(txn, op).await;
                Box::new(move |commit: Result<(), &DbErr>| {
                    let result = match (result, commit) {
                        (Ok(value), Ok(())) => Ok(value),
                        (Err(error), _) => Err(error),
                        (Ok(_), Err(error)) => Err(E::from(DbErr::Custom(format!("commit failed: {error}")))),
                    };
                    // The caller may have gone away (cancelled RPC); the write stands.
                    let _ = done.send(result);
                }) as Completion
            })
        });
        let stopped = || E::from(DbErr::Custom("the database writer has stopped".into()));
        self.queue.send(job).await.map_err(|_| stopped())?;
        // A dropped sender means the batch never ran (BEGIN failed).
        outcome.await.unwrap_or_else(|_| Err(stopped()))
    }
}

async fn in_savepoint<T, E, F>(txn: &DatabaseTransaction, op: F) -> Result<T, E>
where
    E: From<DbErr>,
    F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>>,
{
    let savepoint = txn.begin().await?;
    match op(&savepoint).await {
        Ok(value) => {
            savepoint.commit().await?;
            Ok(value)
        }
        Err(error) => {
            savepoint.rollback().await?;
            Err(error)
        }
    }
}

async fn run(db: DatabaseConnection, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut completions = Vec::with_capacity(MAX_BATCH);
    while jobs.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let txn = match db.begin().await {
            Ok(txn) => txn,
            Err(error) => {
                tracing::error!(%error, "cannot begin a write transaction");
                batch.clear(); // dropping the jobs fails their callers
                continue;
            }
        };
        for job in batch.drain(..) {
            completions.push(job(&txn).await);
        }
        let committed = txn.commit().await;
        if let Err(error) = &committed {
            tracing::error!(%error, operations = completions.len(), "write batch failed to commit");
        }
        for complete in completions.drain(..) {
            complete(committed.as_ref().map(|_| ()));
        }
    }
}
