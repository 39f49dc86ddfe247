//! The event log's share of a write batch, held back to the batch's end.
//!
//! Event ids come from one counter row, and a room's event sequence from
//! the room's row; each row stays locked from the statement that takes a
//! number until the transaction commits. Taken as each operation appends
//! its events, those locks would be held for nearly the whole batch, and on
//! PostgreSQL the batches of all replicas would wait on each other for that
//! long. So inside the writer, `events::append` and
//! `rooms::touch_last_message` only note here what they would write, and
//! the writer writes it all as the batch's last statements
//! (`events::settle`): each room's row, in id order; the counter; one
//! INSERT of the events; then COMMIT. The locks cover those statements
//! and the commit, not the batch.
//!
//! What this asks of an operation:
//! - its events are not in the table until its batch ends, so an operation
//!   that reads or deletes stored events, or deletes a room, first calls
//!   `events::settle_own`, which only works when nothing of earlier
//!   operations is pending (submit such operations with
//!   `Writer::write_settled`);
//! - the ids of its events are known once its write has returned
//!   (`events::EventId`).
//!
//! Outside the writer (tools, tests) nothing is held back: `append` writes
//! at once.

use std::cell::RefCell;
use std::future::Future;
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::entities::events;

/// The final ids of the events of one `append`, in order; 0 for an event
/// that was not logged because its room was deleted meanwhile.
pub(super) type Ids = Arc<OnceLock<Vec<i64>>>;

/// What the batch has appended so far and not yet written.
#[derive(Default)]
pub(super) struct Held {
    /// Events in append order, their `id` and `room_seq` not yet taken.
    pub rows: Vec<events::Model>,
    /// For each `append`: where its events start in `rows`, and where to
    /// report their ids.
    pub appends: Vec<(usize, Ids)>,
    /// Rooms whose last-message time moves, with the time, in order.
    pub touched: Vec<(Uuid, DateTime<Utc>)>,
    /// How much of the above earlier operations of the batch added.
    floor: Mark,
}

/// A position in what is held, to go back to when a savepoint rolls back.
#[derive(Clone, Copy, Default)]
pub(super) struct Mark {
    rows: usize,
    appends: usize,
    touched: usize,
}

impl Held {
    /// Rows of one append, to write at once (outside a batch).
    pub fn of(rows: Vec<events::Model>) -> (Self, Ids) {
        let ids = Ids::default();
        let held = Self {
            rows,
            appends: vec![(0, ids.clone())],
            ..Self::default()
        };
        (held, ids)
    }

    fn mark(&self) -> Mark {
        Mark {
            rows: self.rows.len(),
            appends: self.appends.len(),
            touched: self.touched.len(),
        }
    }
}

tokio::task_local! {
    static HELD: RefCell<Held>;
}

fn with<R>(f: impl FnOnce(&mut Held) -> R) -> Option<R> {
    HELD.try_with(|held| f(&mut held.borrow_mut())).ok()
}

/// Runs one batch with the log held back.
pub(super) async fn scope<F: Future>(batch: F) -> F::Output {
    HELD.scope(RefCell::new(Held::default()), batch).await
}

/// Where the batch stands now; `None` outside a batch.
pub(super) fn mark() -> Option<Mark> {
    with(|held| held.mark())
}

/// Marks the start of an operation: what is held now belongs to earlier ones.
pub(super) fn begin_operation() -> Option<Mark> {
    with(|held| {
        held.floor = held.mark();
        held.floor
    })
}

/// Forgets what was held after `mark` (its savepoint rolled back).
pub(super) fn rollback_to(mark: Option<Mark>) {
    if let Some(mark) = mark {
        with(|held| {
            held.rows.truncate(mark.rows);
            held.appends.truncate(mark.appends);
            held.touched.truncate(mark.touched);
        });
    }
}

/// Holds `rows` back and returns where their ids will be reported; gives
/// them back outside a batch.
pub(super) fn hold(rows: Vec<events::Model>) -> Result<Ids, Vec<events::Model>> {
    let mut rows = Some(rows);
    with(|held| {
        let ids = Ids::default();
        held.appends.push((held.rows.len(), ids.clone()));
        held.rows.extend(rows.take().into_iter().flatten());
        ids
    })
    .ok_or_else(|| rows.take().unwrap_or_default())
}

/// Holds back moving `room_id`'s last-message time to `at`; false outside
/// a batch.
pub(super) fn touch(room_id: Uuid, at: DateTime<Utc>) -> bool {
    with(|held| held.touched.push((room_id, at))).is_some()
}

/// Whether earlier operations of the batch have something pending.
pub(super) fn pending_before_operation() -> bool {
    with(|held| {
        let floor = held.floor;
        floor.rows > 0 || floor.touched > 0
    })
    .unwrap_or(false)
}

/// Takes everything held, to write it; `None` outside a batch.
pub(super) fn take() -> Option<Held> {
    with(std::mem::take)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use chrono::SubsecRound;
    use sea_orm::{
        ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    };

    use super::*;
    use crate::store::{
        Store,
        entities::{rooms, spaces},
        events::{self as log, EventId, NewEvent, Payload},
    };

    /// A store (SQLite, or PostgreSQL when `ROUNDTABLE_TEST_DATABASE_URL`
    /// is set) with one space and `n` rooms in it.
    async fn store_with_rooms(
        n: usize,
    ) -> (Store, Vec<rooms::Model>, roundtable_tests::TestDatabase) {
        let database = roundtable_tests::TestDatabase::from_env();
        let store = Store::open(database.url()).await.expect("open the store");
        let at = Utc::now().trunc_subsecs(6);
        let space_id = Uuid::now_v7();
        let made: Vec<rooms::Model> = (0..n)
            .map(|i| rooms::Model {
                id: Uuid::now_v7(),
                space_id,
                name: format!("room {i}"),
                description: String::new(),
                visibility: "public".into(),
                creator_id: Uuid::now_v7(),
                created_at: at,
                updated_at: at,
                last_message_at: None,
                last_event_seq: 0,
                kind: rooms::ROOM.into(),
            })
            .collect();
        let inserted = made.clone();
        store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    spaces::Model::named(space_id, "outbox", at)
                        .into_active_model()
                        .insert(txn)
                        .await?;
                    for room in inserted {
                        room.into_active_model().insert(txn).await?;
                    }
                    Ok::<_, DbErr>(())
                })
            })
            .await
            .expect("create the rooms");
        (store, made, database)
    }

    fn left(room: &rooms::Model, user_id: Uuid) -> NewEvent {
        NewEvent {
            room_id: room.id,
            space_id: room.space_id,
            actor_id: None,
            payload: Payload::MemberLeft { user_id },
            at: Utc::now(),
        }
    }

    /// Appends one event to `room` per user, then fails when `fail`.
    async fn append(
        store: &Store,
        room: &rooms::Model,
        users: Vec<Uuid>,
        fail: bool,
    ) -> Result<EventId, DbErr> {
        let new: Vec<NewEvent> = users.iter().map(|u| left(room, *u)).collect();
        let last = new.len() - 1;
        store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    let appended = log::append(txn, new).await?;
                    if fail {
                        return Err(DbErr::Custom("this operation fails".into()));
                    }
                    Ok(appended.event(last))
                })
            })
            .await
    }

    /// Keeps the writer busy for a moment, so that what is sent meanwhile
    /// waits in its queue and runs as one batch.
    async fn hold_the_writer(store: &Store) -> tokio::task::JoinHandle<()> {
        let writer = store.writer.clone();
        let (started, running) = tokio::sync::oneshot::channel();
        let busy = tokio::spawn(async move {
            writer
                .write(move |_| {
                    Box::pin(async move {
                        let _ = started.send(());
                        tokio::time::sleep(Duration::from_millis(300)).await;
                        Ok::<_, DbErr>(())
                    })
                })
                .await
                .expect("the busy operation");
        });
        running.await.expect("the writer ran the busy operation");
        busy
    }

    async fn logged(store: &Store) -> Vec<(i64, Uuid, i64, Uuid)> {
        events::Entity::find()
            .order_by_asc(events::Column::Id)
            .all(&store.db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| {
                let Payload::MemberLeft { user_id } = Payload::of(&e).unwrap() else {
                    panic!("an unexpected event: {e:?}")
                };
                (e.id, e.room_id, e.room_seq, user_id)
            })
            .collect()
    }

    #[tokio::test]
    async fn a_batch_logs_the_events_of_its_operations_that_stand_and_no_other() {
        let (store, rooms, _database) = store_with_rooms(2).await;
        let (a, b) = (&rooms[0], &rooms[1]);
        let users: Vec<Uuid> = (0..5).map(|_| Uuid::now_v7()).collect();
        let busy = hold_the_writer(&store).await;
        let (first, failed, second, third) = tokio::join!(
            append(&store, a, vec![users[0], users[1]], false),
            append(&store, b, vec![users[2]], true),
            append(&store, b, vec![users[3]], false),
            append(&store, a, vec![users[4]], false),
        );
        busy.await.unwrap();
        assert!(failed.is_err());
        let log = logged(&store).await;
        // One batch: ids follow the order of the operations that stand,
        // with no gap; each room's sequence starts at 1 with no gap.
        let base = log[0].0;
        assert_eq!(
            log,
            vec![
                (base, a.id, 1, users[0]),
                (base + 1, a.id, 2, users[1]),
                (base + 2, b.id, 1, users[3]),
                (base + 3, a.id, 3, users[4]),
            ]
        );
        assert_eq!(first.unwrap().get(), Some(base + 1));
        assert_eq!(second.unwrap().get(), Some(base + 2));
        assert_eq!(third.unwrap().get(), Some(base + 3));
        let seqs: Vec<i64> = rooms::Entity::find()
            .order_by_asc(rooms::Column::Id)
            .all(&store.db)
            .await
            .unwrap()
            .iter()
            .map(|room| room.last_event_seq)
            .collect();
        assert_eq!(seqs, vec![3, 1]);
    }

    #[tokio::test]
    async fn a_settled_operation_sees_the_events_of_earlier_operations_of_its_batch() {
        let (store, rooms, _database) = store_with_rooms(1).await;
        let room = rooms[0].clone();
        let user = Uuid::now_v7();
        let busy = hold_the_writer(&store).await;
        fn count(
            txn: &sea_orm::DatabaseTransaction,
        ) -> crate::store::writer::BoxFuture<'_, Result<usize, DbErr>> {
            Box::pin(async move {
                log::settle_own(txn).await?;
                Ok(events::Entity::find().all(txn).await?.len())
            })
        }
        let (appended, unsettled, settled) = tokio::join!(
            append(&store, &room, vec![user], false),
            store.writer.write(count),
            store.writer.write_settled(count),
        );
        busy.await.unwrap();
        appended.unwrap();
        // Without `write_settled`, the operation is refused rather than
        // shown a log without its batch's events.
        let refused = unsettled.unwrap_err().to_string();
        assert!(refused.contains("write_settled"), "{refused}");
        assert_eq!(settled.unwrap(), 1);
        assert_eq!(logged(&store).await.len(), 1);
    }

    #[tokio::test]
    async fn events_of_a_room_gone_before_the_batch_ends_are_dropped_and_the_rest_stand() {
        let (store, rooms, _database) = store_with_rooms(2).await;
        let (kept, gone) = (rooms[0].clone(), rooms[1].clone());
        let user = Uuid::now_v7();
        let busy = hold_the_writer(&store).await;
        let gone_id = gone.id;
        let delete = store.writer.write(move |txn| {
            Box::pin(async move {
                // Not through `rooms::delete`: this is what another
                // replica's transaction would do.
                rooms::Entity::delete_many()
                    .filter(rooms::Column::Id.eq(gone_id))
                    .exec(txn)
                    .await?;
                Ok::<_, DbErr>(())
            })
        });
        let (dropped, deleted, stood) = tokio::join!(
            append(&store, &gone, vec![user], false),
            delete,
            append(&store, &kept, vec![user], false),
        );
        busy.await.unwrap();
        deleted.unwrap();
        assert_eq!(dropped.unwrap().get(), None);
        let log = logged(&store).await;
        assert_eq!(log.len(), 1);
        assert_eq!((log[0].1, log[0].2), (kept.id, 1));
        assert_eq!(stood.unwrap().get(), Some(log[0].0));
    }
}
