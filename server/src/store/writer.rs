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
//!
//! Sending a message is the hot path, so it has a job of its own: runs of
//! message inserts waiting in the queue become one multi-row INSERT (see
//! `messages::insert_group`), instead of several statements each.
//!
//! The events of a batch are written last (see `outbox`), so the row locks
//! that order the log are held for the batch's last statements and its
//! commit, not for the whole batch.

use std::{future::Future, pin::Pin};

use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, RuntimeErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot, watch};

use super::{entities::messages as message, events, messages, outbox};

/// Most operations one transaction takes. Bounded so that a commit (and the
/// latency of the first request in it) stays short under load.
const MAX_BATCH: usize = 512;

/// Requests waiting for the writer. A full queue makes callers wait, which
/// is the back-pressure a saturated database needs.
const QUEUE_DEPTH: usize = 8192;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Called once the batch holding an operation has committed (or failed to).
type Completion = Box<dyn FnOnce(Result<(), &DbErr>) + Send>;

/// A general operation: runs inside the batch transaction and hands back
/// what to do when the batch's fate is known.
type Op = Box<dyn for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Completion> + Send>;

/// A new message and where to report what became of it.
pub(super) struct MessageInsert {
    pub message: message::Model,
    pub space_id: uuid::Uuid,
    pub done: oneshot::Sender<Result<message::Model, DbErr>>,
}

enum Job {
    /// An operation, and whether it must see the log with nothing pending
    /// (see `Writer::write_settled`).
    Op(Op, bool),
    Message(Box<MessageInsert>),
}

/// Handle to the writer task. Cheap to clone.
#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<Job>,
    /// Counts committed batches, so readers of the event log learn when to look.
    commits: watch::Receiver<u64>,
}

impl Writer {
    /// Starts the writer on a thread of its own, with its own connection
    /// made by `connect`.
    ///
    /// Why a thread: each statement of a batch is an await, and on the shared
    /// runtime every await waits behind all the request tasks queued there;
    /// under load that made each statement cost tens of microseconds of
    /// queueing. On its own thread the writer resumes as soon as the
    /// database answers.
    pub async fn start<C>(connect: C) -> Result<Self, DbErr>
    where
        C: Future<Output = Result<DatabaseConnection, DbErr>> + Send + 'static,
    {
        let (queue, jobs) = mpsc::channel(QUEUE_DEPTH);
        let (committed, commits) = watch::channel(0);
        let (ready, connected) = oneshot::channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| unavailable(format!("cannot start the writer: {e}")))?;
        std::thread::Builder::new()
            .name("roundtable-writer".into())
            .spawn(move || {
                runtime.block_on(async move {
                    match connect.await {
                        Ok(db) => {
                            let _ = ready.send(Ok(()));
                            run(db, jobs, committed).await;
                        }
                        Err(error) => {
                            let _ = ready.send(Err(error));
                        }
                    }
                });
            })
            .map_err(|e| unavailable(format!("cannot start the writer: {e}")))?;
        connected
            .await
            .map_err(|_| unavailable("the writer stopped while connecting".into()))??;
        Ok(Self { queue, commits })
    }

    /// Changes after every committed batch.
    pub fn commits(&self) -> watch::Receiver<u64> {
        self.commits.clone()
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
        self.submit(op, false).await
    }

    /// Like `write`, for an operation that reads or deletes stored events,
    /// or deletes rooms: the events earlier operations of the batch hold
    /// back are written before it runs (see `outbox`).
    pub async fn write_settled<T, E, F>(&self, op: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbErr> + Send + 'static,
        F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>> + Send + 'static,
    {
        self.submit(op, true).await
    }

    async fn submit<T, E, F>(&self, op: F, settled: bool) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbErr> + Send + 'static,
        F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>> + Send + 'static,
    {
        let (done, outcome) = oneshot::channel::<Result<T, E>>();
        let op: Op = Box::new(move |txn| {
            Box::pin(async move {
                let result = in_savepoint(txn, op).await;
                Box::new(move |commit: Result<(), &DbErr>| {
                    let result = match (result, commit) {
                        (Ok(value), Ok(())) => Ok(value),
                        (Err(error), _) => Err(error),
                        (Ok(_), Err(error)) => {
                            Err(E::from(unavailable(format!("commit failed: {error}"))))
                        }
                    };
                    // The caller may have gone away (cancelled RPC); the write stands.
                    let _ = done.send(result);
                }) as Completion
            })
        });
        let stopped = || E::from(unavailable("the database writer has stopped".into()));
        self.queue
            .send(Job::Op(op, settled))
            .await
            .map_err(|_| stopped())?;
        // A dropped sender means the batch never ran (BEGIN failed).
        outcome.await.unwrap_or_else(|_| Err(stopped()))
    }

    /// Stores a new message and moves its room's last-message time, once
    /// the batch commits. A message whose sender already used its
    /// `request_id` is not stored: the first message is returned instead.
    pub async fn insert_message(
        &self,
        message: message::Model,
        space_id: uuid::Uuid,
    ) -> Result<message::Model, DbErr> {
        let stopped = || unavailable("the database writer has stopped".into());
        let (done, outcome) = oneshot::channel();
        self.queue
            .send(Job::Message(Box::new(MessageInsert {
                message,
                space_id,
                done,
            })))
            .await
            .map_err(|_| stopped())?;
        outcome.await.unwrap_or_else(|_| Err(stopped()))
    }
}

/// An error callers may retry: the operation did not take effect.
fn unavailable(message: String) -> DbErr {
    DbErr::Conn(RuntimeErr::Internal(message))
}

async fn in_savepoint<T, E, F>(txn: &DatabaseTransaction, op: F) -> Result<T, E>
where
    E: From<DbErr>,
    F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>>,
{
    let mark = outbox::begin_operation();
    let savepoint = txn.begin().await?;
    match op(&savepoint).await {
        Ok(value) => match savepoint.commit().await {
            Ok(()) => Ok(value),
            Err(error) => {
                outbox::rollback_to(mark);
                Err(error.into())
            }
        },
        Err(error) => {
            outbox::rollback_to(mark);
            savepoint.rollback().await?;
            Err(error)
        }
    }
}

async fn run(db: DatabaseConnection, mut jobs: mpsc::Receiver<Job>, committed: watch::Sender<u64>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut completions: Vec<Completion> = Vec::with_capacity(MAX_BATCH);
    while jobs.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let started = std::time::Instant::now();
        let size = batch.len();
        let txn = match db.begin().await {
            Ok(txn) => txn,
            Err(error) => {
                tracing::error!(%error, "cannot begin a write transaction");
                batch.clear(); // dropping the jobs fails their callers
                continue;
            }
        };
        let ran = outbox::scope(run_batch(&txn, &mut batch, &mut completions)).await;
        let ran_for = started.elapsed();
        let outcome = match ran {
            Ok(()) => txn.commit().await,
            Err(error) => {
                let _ = txn.rollback().await;
                Err(error)
            }
        };
        let total = started.elapsed();
        tracing::debug!(size, ?ran_for, ?total, "write batch");
        crate::metrics::write_batch(size, total, total - ran_for, outcome.is_ok());
        match &outcome {
            Ok(()) => committed.send_modify(|batches| *batches += 1),
            Err(error) => {
                tracing::error!(%error, operations = completions.len(), "write batch failed to commit");
            }
        }
        for complete in completions.drain(..) {
            complete(outcome.as_ref().map(|_| ()));
        }
    }
}

/// Runs a batch's jobs in queue order (consecutive message inserts
/// together), then writes the log it held back. An error dooms the whole
/// batch: the log of operations already run could not be written.
async fn run_batch(
    txn: &DatabaseTransaction,
    batch: &mut Vec<Job>,
    completions: &mut Vec<Completion>,
) -> Result<(), DbErr> {
    let mut group = Vec::new();
    let mut doomed = None;
    for job in batch.drain(..) {
        match job {
            Job::Message(insert) => group.push(*insert),
            Job::Op(op, settled) => {
                flush(txn, &mut group, completions).await;
                if settled && doomed.is_none() {
                    doomed = events::settle(txn).await.err();
                }
                completions.push(op(txn).await);
            }
        }
    }
    flush(txn, &mut group, completions).await;
    match doomed {
        Some(error) => Err(error),
        None => events::settle(txn).await,
    }
}

/// Inserts the pending group of messages and queues their completions.
async fn flush(
    txn: &DatabaseTransaction,
    group: &mut Vec<MessageInsert>,
    completions: &mut Vec<Completion>,
) {
    if group.is_empty() {
        return;
    }
    let inserts = std::mem::take(group);
    let (models, senders): (Vec<_>, Vec<_>) = inserts
        .into_iter()
        .map(|i| ((i.message, i.space_id), i.done))
        .unzip();
    let results = messages::insert_group(txn, models).await;
    for (result, done) in results.into_iter().zip(senders) {
        completions.push(Box::new(move |commit: Result<(), &DbErr>| {
            let result = match (result, commit) {
                (Ok(message), Ok(())) => Ok(message),
                (Err(error), _) => Err(error),
                (Ok(_), Err(error)) => Err(unavailable(format!("commit failed: {error}"))),
            };
            let _ = done.send(result);
        }));
    }
}
