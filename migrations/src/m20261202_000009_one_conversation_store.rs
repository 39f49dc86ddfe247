//! One conversation store: a session becomes a conversation of kind
//! `session` in `rooms` (same id; its settings stay in `sessions`), and its
//! messages move from `session_messages` into `messages`, so rooms and
//! sessions share one message table, one reply engine and one event log.
//!
//! How a session message is written in `messages`:
//! - `conversation = 'session'`, `room_id` the session's id;
//! - the owner's messages: `sender_type = 'user'`, `sender_id` the owner;
//! - the model's answers: `sender_type = 'assistant'`, `sender_id` the
//!   session's id, `reply_state` and `reply` as a REPLR's reply has them
//!   (depth 1), `in_reply_to` the message answered;
//! - a person's assistant message: `sender_type = 'agent'`, `sender_id`
//!   that person;
//! - `version`, `latest` and the rating columns as they were.
//!
//! Every existing reply gets its `in_reply_to` column from its details.

use sea_orm_migration::{
    prelude::*,
    sea_orm::{ConnectionTrait, DatabaseBackend, Statement, prelude::DateTimeUtc, prelude::Uuid},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Rooms {
    Table,
    /// `room`, or `session` for a session's conversation.
    Kind,
}

#[derive(DeriveIden)]
enum Messages {
    Table,
    Id,
    RoomId,
    SenderType,
    SenderId,
    Text,
    Attachments,
    Mentions,
    WordCount,
    RequestId,
    CreatedAt,
    ReplyState,
    Reply,
    /// `room` or `session`: the kind of the conversation (`room_id`).
    Conversation,
    /// For replies and answers: the message answered.
    InReplyTo,
    /// 1, or n+1 for the n-th regeneration of an answer.
    Version,
    /// Whether this is the latest version of its answer (true for every
    /// other message): session lists read only these.
    Latest,
    /// `up` or `down`; NULL when not rated.
    Rating,
    RatingComment,
    RatedAt,
}

/// Session messages moved per statement batch.
const PAGE: usize = 500;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rooms::Table)
                    .add_column(
                        ColumnDef::new(Rooms::Kind)
                            .string_len(8)
                            .not_null()
                            .default("room"),
                    )
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite adds one at a time.
        let columns = [
            ColumnDef::new(Messages::Conversation)
                .string_len(8)
                .not_null()
                .default("room")
                .to_owned(),
            ColumnDef::new(Messages::InReplyTo).uuid().null().to_owned(),
            ColumnDef::new(Messages::Version)
                .integer()
                .not_null()
                .default(1)
                .to_owned(),
            ColumnDef::new(Messages::Latest)
                .boolean()
                .not_null()
                .default(true)
                .to_owned(),
            ColumnDef::new(Messages::Rating)
                .string_len(8)
                .null()
                .to_owned(),
            ColumnDef::new(Messages::RatingComment)
                .text()
                .null()
                .to_owned(),
            ColumnDef::new(Messages::RatedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Messages::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        // A room's request ids are unique per sender across rooms (a reuse
        // in another room is refused); a session's are unique per session.
        // Both databases take partial indexes, and use them for queries
        // that name the conversation kind. (The new room index takes a new
        // name: SQLite refused the old one again after dropping it in the
        // same migration.)
        for sql in [
            "DROP INDEX messages_by_request_id",
            "CREATE UNIQUE INDEX messages_by_sender_request ON messages (sender_id, request_id) \
             WHERE conversation = 'room'",
            "CREATE UNIQUE INDEX messages_by_session_request ON messages (room_id, request_id) \
             WHERE conversation = 'session'",
            "CREATE INDEX messages_by_answered ON messages (in_reply_to) \
             WHERE in_reply_to IS NOT NULL",
            // What the partial request-id index no longer serves: a user's
            // messages, found when the user is deleted.
            "CREATE INDEX messages_by_sender ON messages (sender_id, id)",
        ] {
            db.execute_unprepared(sql).await?;
        }
        backfill_answered(db).await?;
        // Each session's conversation, private, with no members: room RPCs
        // never find it.
        db.execute_unprepared(
            "INSERT INTO rooms (id, space_id, name, description, visibility, creator_id, \
             created_at, updated_at, last_message_at, last_event_seq, kind) \
             SELECT s.id, s.space_id, s.name, '', 'private', s.owner_id, s.created_at, \
             s.updated_at, (SELECT MAX(m.created_at) FROM session_messages m \
             WHERE m.session_id = s.id), 0, 'session' FROM sessions s",
        )
        .await?;
        move_session_messages(db).await?;
        manager
            .drop_table(
                Table::drop()
                    .table(Alias::new("session_messages"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "the one-store migration cannot be undone: restore a backup taken before it".into(),
        ))
    }
}

/// Sets `in_reply_to` on every existing reply from its JSON details.
async fn backfill_answered(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let mut after = Uuid::nil();
    loop {
        let rows = db
            .query_all(Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT id, reply FROM messages WHERE reply IS NOT NULL AND id > {} \
                     ORDER BY id LIMIT {PAGE}",
                    placeholder(backend, 1)
                ),
                [after.into()],
            ))
            .await?;
        for row in &rows {
            let id: Uuid = row.try_get("", "id")?;
            let reply: String = row.try_get("", "reply")?;
            after = id;
            let answered = serde_json::from_str::<serde_json::Value>(&reply)
                .ok()
                .and_then(|v| v.get("in_reply_to")?.as_str().map(str::to_owned))
                .and_then(|s| Uuid::parse_str(&s).ok());
            let Some(answered) = answered else { continue };
            let update = Query::update()
                .table(Messages::Table)
                .value(Messages::InReplyTo, answered)
                .and_where(Expr::col(Messages::Id).eq(id))
                .to_owned();
            db.execute(backend.build(&update)).await?;
        }
        if rows.len() < PAGE {
            return Ok(());
        }
    }
}

/// Moves every row of `session_messages` into `messages`, in id order.
async fn move_session_messages(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let mut after = Uuid::nil();
    loop {
        let rows = db
            .query_all(Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT * FROM session_messages WHERE id > {} ORDER BY id LIMIT {PAGE}",
                    placeholder(backend, 1)
                ),
                [after.into()],
            ))
            .await?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut insert = Query::insert()
            .into_table(Messages::Table)
            .columns([
                Messages::Id,
                Messages::RoomId,
                Messages::SenderType,
                Messages::SenderId,
                Messages::Text,
                Messages::Attachments,
                Messages::Mentions,
                Messages::WordCount,
                Messages::RequestId,
                Messages::CreatedAt,
                Messages::ReplyState,
                Messages::Reply,
                Messages::Conversation,
                Messages::InReplyTo,
                Messages::Version,
                Messages::Latest,
                Messages::Rating,
                Messages::RatingComment,
                Messages::RatedAt,
            ])
            .to_owned();
        let count = rows.len();
        for row in rows {
            let id: Uuid = row.try_get("", "id")?;
            after = id;
            let session_id: Uuid = row.try_get("", "session_id")?;
            let role: String = row.try_get("", "role")?;
            let author_id: Option<Uuid> = row.try_get("", "author_id")?;
            let text: String = row.try_get("", "text")?;
            let state: String = row.try_get("", "state")?;
            let in_reply_to: Option<Uuid> = row.try_get("", "in_reply_to")?;
            let prompt_tokens: Option<i32> = row.try_get("", "prompt_tokens")?;
            let completion_tokens: Option<i32> = row.try_get("", "completion_tokens")?;
            let estimated: bool = row.try_get("", "usage_estimated")?;
            let finished_at: Option<DateTimeUtc> = row.try_get("", "finished_at")?;
            let (sender_type, sender_id) = match (role.as_str(), author_id, in_reply_to) {
                ("user", author, _) => ("user", author.unwrap_or(session_id)),
                (_, _, Some(_)) => ("assistant", session_id),
                (_, Some(author), None) => ("agent", author),
                (_, None, None) => ("assistant", session_id),
            };
            // The model's answers are replies, as a REPLR's are.
            let (reply_state, reply) = match in_reply_to {
                Some(answered) => {
                    let mut info = serde_json::json!({
                        "in_reply_to": answered,
                        "provider": row.try_get::<String>("", "provider")?,
                        "model": row.try_get::<String>("", "model")?,
                        "depth": 1,
                    });
                    if let (Some(prompt), Some(completion)) = (prompt_tokens, completion_tokens) {
                        info["usage"] = serde_json::json!({
                            "prompt_tokens": prompt.max(0),
                            "completion_tokens": completion.max(0),
                            "estimated": estimated,
                        });
                    }
                    let failure_reason: Option<String> = row.try_get("", "failure_reason")?;
                    let failure_message: Option<String> = row.try_get("", "failure_message")?;
                    if let Some(reason) = failure_reason {
                        info["failure_reason"] = reason.into();
                    }
                    if let Some(message) = failure_message {
                        info["failure_message"] = message.into();
                    }
                    if let Some(at) = finished_at {
                        info["finished_at"] = serde_json::to_value(at)
                            .map_err(|e| DbErr::Migration(e.to_string()))?;
                    }
                    (Some(state), Some(info.to_string()))
                }
                None => (None, None),
            };
            let words = text.split_whitespace().count() as i32;
            insert.values_panic([
                id.into(),
                session_id.into(),
                sender_type.into(),
                sender_id.into(),
                text.into(),
                "[]".into(),
                "[]".into(),
                words.into(),
                row.try_get::<Option<String>>("", "request_id")?.into(),
                row.try_get::<DateTimeUtc>("", "created_at")?.into(),
                reply_state.into(),
                reply.into(),
                "session".into(),
                in_reply_to.into(),
                row.try_get::<i32>("", "version")?.into(),
                row.try_get::<bool>("", "latest")?.into(),
                row.try_get::<Option<String>>("", "rating")?.into(),
                row.try_get::<Option<String>>("", "rating_comment")?.into(),
                row.try_get::<Option<DateTimeUtc>>("", "rated_at")?.into(),
            ]);
        }
        db.execute(backend.build(&insert)).await?;
        if count < PAGE {
            return Ok(());
        }
    }
}

fn placeholder(backend: DatabaseBackend, n: usize) -> String {
    match backend {
        DatabaseBackend::Postgres => format!("${n}"),
        _ => "?".into(),
    }
}
