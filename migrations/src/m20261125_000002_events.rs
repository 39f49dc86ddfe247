//! The event log (an outbox written in the same transaction as each
//! change), per-room event sequences, and read markers.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    RoomId,
    SpaceId,
    RoomSeq,
    Kind,
    ActorId,
    Payload,
    CreatedAt,
}

/// One row holding the last event id handed out. Taking ids from it under
/// its row lock makes ids commit in order on PostgreSQL too, where an
/// auto-increment column would not.
#[derive(DeriveIden)]
enum EventCounter {
    Table,
    Id,
    LastId,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    LastEventSeq,
}

#[derive(DeriveIden)]
enum RoomReads {
    Table,
    RoomId,
    UserId,
    LastReadMessageId,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(
                        ColumnDef::new(Events::Id)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Events::RoomId).uuid().not_null())
                    .col(ColumnDef::new(Events::SpaceId).uuid().not_null())
                    .col(ColumnDef::new(Events::RoomSeq).big_integer().not_null())
                    .col(ColumnDef::new(Events::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(Events::ActorId).uuid().null())
                    .col(ColumnDef::new(Events::Payload).text().not_null())
                    .col(
                        ColumnDef::new(Events::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("events_by_room", Events::RoomId),
            ("events_by_space", Events::SpaceId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Events::Table)
                        .col(column)
                        .col(Events::Id)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(EventCounter::Table)
                    .col(
                        ColumnDef::new(EventCounter::Id)
                            .integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(EventCounter::LastId)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(EventCounter::Table)
                    .columns([EventCounter::Id, EventCounter::LastId])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Rooms::Table)
                    .add_column(
                        ColumnDef::new(Rooms::LastEventSeq)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoomReads::Table)
                    .col(ColumnDef::new(RoomReads::RoomId).uuid().not_null())
                    .col(ColumnDef::new(RoomReads::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(RoomReads::LastReadMessageId)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RoomReads::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(RoomReads::RoomId)
                            .col(RoomReads::UserId),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoomReads::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Rooms::Table)
                    .drop_column(Rooms::LastEventSeq)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(EventCounter::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Events::Table).to_owned())
            .await
    }
}
