//! Sessions: private AI chats, their messages (answers with their
//! versions), and the users each is shared with.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    SpaceId,
    OwnerId,
    Name,
    Provider,
    Model,
    SystemPrompt,
    Temperature,
    MaxTokens,
    Title,
    Summary,
    /// JSON array of strings.
    Labels,
    SummarizedAt,
    /// The public link's id while the link is on; NULL when off.
    PublicLinkId,
    RequestId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SessionMessages {
    Table,
    Id,
    SessionId,
    /// `user` or `assistant`.
    Role,
    /// The person who wrote it; NULL for the model's answers.
    AuthorId,
    Text,
    /// `streaming`, `complete`, `failed` or `cancelled`.
    State,
    /// For the model's answers: the user message answered.
    InReplyTo,
    Version,
    /// Whether this is the latest version of its answer (always true for
    /// messages that are not answers): lists read only these.
    Latest,
    Provider,
    Model,
    PromptTokens,
    CompletionTokens,
    UsageEstimated,
    FailureReason,
    FailureMessage,
    /// `up` or `down`; NULL when not rated.
    Rating,
    RatingComment,
    RatedAt,
    RequestId,
    CreatedAt,
    FinishedAt,
}

#[derive(DeriveIden)]
enum SessionShares {
    Table,
    SessionId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Spaces {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(ColumnDef::new(Sessions::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Sessions::SpaceId).uuid().not_null())
                    .col(ColumnDef::new(Sessions::OwnerId).uuid().not_null())
                    .col(ColumnDef::new(Sessions::Name).string_len(400).not_null())
                    .col(ColumnDef::new(Sessions::Provider).string_len(64).not_null())
                    .col(ColumnDef::new(Sessions::Model).string_len(200).not_null())
                    .col(ColumnDef::new(Sessions::SystemPrompt).text().not_null())
                    .col(ColumnDef::new(Sessions::Temperature).double().not_null())
                    .col(ColumnDef::new(Sessions::MaxTokens).integer().not_null())
                    .col(ColumnDef::new(Sessions::Title).text().not_null())
                    .col(ColumnDef::new(Sessions::Summary).text().not_null())
                    .col(ColumnDef::new(Sessions::Labels).text().not_null())
                    .col(
                        ColumnDef::new(Sessions::SummarizedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(Sessions::PublicLinkId).string_len(64).null())
                    .col(ColumnDef::new(Sessions::RequestId).string_len(128).null())
                    .col(
                        ColumnDef::new(Sessions::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Sessions::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::SpaceId)
                            .to(Spaces::Table, Spaces::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::OwnerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sessions_by_space_owner")
                    .table(Sessions::Table)
                    .col(Sessions::SpaceId)
                    .col(Sessions::OwnerId)
                    .col(Sessions::Id)
                    .to_owned(),
            )
            .await?;
        // NULLs are distinct in unique indexes on both databases: only
        // links that are on, and requests that carry an id, take part.
        manager
            .create_index(
                Index::create()
                    .name("sessions_by_public_link")
                    .table(Sessions::Table)
                    .col(Sessions::PublicLinkId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sessions_by_owner_request")
                    .table(Sessions::Table)
                    .col(Sessions::OwnerId)
                    .col(Sessions::RequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SessionMessages::Table)
                    .col(
                        ColumnDef::new(SessionMessages::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(SessionMessages::SessionId).uuid().not_null())
                    .col(
                        ColumnDef::new(SessionMessages::Role)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(ColumnDef::new(SessionMessages::AuthorId).uuid().null())
                    .col(ColumnDef::new(SessionMessages::Text).text().not_null())
                    .col(
                        ColumnDef::new(SessionMessages::State)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(ColumnDef::new(SessionMessages::InReplyTo).uuid().null())
                    .col(
                        ColumnDef::new(SessionMessages::Version)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SessionMessages::Latest).boolean().not_null())
                    .col(
                        ColumnDef::new(SessionMessages::Provider)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::Model)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::PromptTokens)
                            .integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::CompletionTokens)
                            .integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::UsageEstimated)
                            .boolean()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::FailureReason)
                            .string_len(64)
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::FailureMessage)
                            .text()
                            .null(),
                    )
                    .col(ColumnDef::new(SessionMessages::Rating).string_len(8).null())
                    .col(ColumnDef::new(SessionMessages::RatingComment).text().null())
                    .col(
                        ColumnDef::new(SessionMessages::RatedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::RequestId)
                            .string_len(128)
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SessionMessages::FinishedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SessionMessages::Table, SessionMessages::SessionId)
                            .to(Sessions::Table, Sessions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    // An answer goes with the message it answers.
                    .foreign_key(
                        ForeignKey::create()
                            .from(SessionMessages::Table, SessionMessages::InReplyTo)
                            .to(SessionMessages::Table, SessionMessages::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_messages_by_session")
                    .table(SessionMessages::Table)
                    .col(SessionMessages::SessionId)
                    .col(SessionMessages::Latest)
                    .col(SessionMessages::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_messages_by_answered")
                    .table(SessionMessages::Table)
                    .col(SessionMessages::InReplyTo)
                    .col(SessionMessages::Version)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_messages_by_request")
                    .table(SessionMessages::Table)
                    .col(SessionMessages::SessionId)
                    .col(SessionMessages::RequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // At start the server fails the answers a stopped process left
        // streaming; a partial index keeps finding them cheap.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX session_messages_streaming ON session_messages (id) \
                 WHERE state = 'streaming'",
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SessionShares::Table)
                    .col(ColumnDef::new(SessionShares::SessionId).uuid().not_null())
                    .col(ColumnDef::new(SessionShares::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(SessionShares::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(SessionShares::SessionId)
                            .col(SessionShares::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SessionShares::Table, SessionShares::SessionId)
                            .to(Sessions::Table, Sessions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SessionShares::Table, SessionShares::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_shares_by_user")
                    .table(SessionShares::Table)
                    .col(SessionShares::UserId)
                    .col(SessionShares::SessionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SessionShares::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SessionMessages::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Sessions::Table).to_owned())
            .await
    }
}
