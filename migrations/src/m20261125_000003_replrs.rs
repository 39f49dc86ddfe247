//! REPLRs (AI personas of a space) and the rooms they are in.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Replrs {
    Table,
    Id,
    SpaceId,
    Handle,
    /// The handle lower-cased: unique per space, so `@Ada` and `@ada` are
    /// one REPLR on both databases without expression indexes.
    HandleKey,
    DisplayName,
    Description,
    AvatarUrl,
    SystemPrompt,
    Provider,
    Model,
    Temperature,
    MaxTokens,
    ReplyMode,
    CreatorId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RoomReplrs {
    Table,
    RoomId,
    ReplrId,
    AddedAt,
}

#[derive(DeriveIden)]
enum Spaces {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Replrs::Table)
                    .col(ColumnDef::new(Replrs::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Replrs::SpaceId).uuid().not_null())
                    .col(ColumnDef::new(Replrs::Handle).string_len(32).not_null())
                    .col(ColumnDef::new(Replrs::HandleKey).string_len(32).not_null())
                    .col(
                        ColumnDef::new(Replrs::DisplayName)
                            .string_len(400)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Replrs::Description).text().not_null())
                    .col(ColumnDef::new(Replrs::AvatarUrl).text().not_null())
                    .col(ColumnDef::new(Replrs::SystemPrompt).text().not_null())
                    .col(ColumnDef::new(Replrs::Provider).string_len(64).not_null())
                    .col(ColumnDef::new(Replrs::Model).string_len(200).not_null())
                    .col(ColumnDef::new(Replrs::Temperature).double().not_null())
                    .col(ColumnDef::new(Replrs::MaxTokens).integer().not_null())
                    .col(ColumnDef::new(Replrs::ReplyMode).string_len(32).not_null())
                    .col(ColumnDef::new(Replrs::CreatorId).uuid().not_null())
                    .col(
                        ColumnDef::new(Replrs::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Replrs::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Replrs::Table, Replrs::SpaceId)
                            .to(Spaces::Table, Spaces::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("replrs_by_space_handle")
                    .table(Replrs::Table)
                    .col(Replrs::SpaceId)
                    .col(Replrs::HandleKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("replrs_by_space")
                    .table(Replrs::Table)
                    .col(Replrs::SpaceId)
                    .col(Replrs::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RoomReplrs::Table)
                    .col(ColumnDef::new(RoomReplrs::RoomId).uuid().not_null())
                    .col(ColumnDef::new(RoomReplrs::ReplrId).uuid().not_null())
                    .col(
                        ColumnDef::new(RoomReplrs::AddedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(RoomReplrs::RoomId)
                            .col(RoomReplrs::ReplrId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RoomReplrs::Table, RoomReplrs::RoomId)
                            .to(Rooms::Table, Rooms::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RoomReplrs::Table, RoomReplrs::ReplrId)
                            .to(Replrs::Table, Replrs::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("room_replrs_by_replr")
                    .table(RoomReplrs::Table)
                    .col(RoomReplrs::ReplrId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoomReplrs::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Replrs::Table).to_owned())
            .await
    }
}
