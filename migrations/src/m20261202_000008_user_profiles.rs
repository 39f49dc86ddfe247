//! Users as products have them: the product's own id for each user
//! (`external_id`, unique per server), an avatar and custom data; and the
//! indexes that let a user be deleted without reading whole tables (their
//! events, reactions and read markers).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    /// The product's id for the user; unique when set.
    ExternalId,
    /// An `https://` URL, or empty.
    AvatarUrl,
    /// A JSON object of string keys and values.
    Metadata,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    ActorId,
}

#[derive(DeriveIden)]
enum Reactions {
    Table,
    UserId,
}

#[derive(DeriveIden)]
enum RoomReads {
    Table,
    UserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        let columns = [
            ColumnDef::new(Users::ExternalId)
                .string_len(128)
                .null()
                .to_owned(),
            ColumnDef::new(Users::AvatarUrl)
                .string_len(2048)
                .not_null()
                .default("")
                .to_owned(),
            ColumnDef::new(Users::Metadata)
                .text()
                .not_null()
                .default("{}")
                .to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("users_by_external_id")
                    .table(Users::Table)
                    .col(Users::ExternalId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("events_by_actor")
                    .table(Events::Table)
                    .col(Events::ActorId)
                    .col(Events::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reactions_by_user")
                    .table(Reactions::Table)
                    .col(Reactions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("room_reads_by_user")
                    .table(RoomReads::Table)
                    .col(RoomReads::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            ("room_reads_by_user", RoomReads::Table.into_iden()),
            ("reactions_by_user", Reactions::Table.into_iden()),
            ("events_by_actor", Events::Table.into_iden()),
            ("users_by_external_id", Users::Table.into_iden()),
        ] {
            manager
                .drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        for column in [Users::Metadata, Users::AvatarUrl, Users::ExternalId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
