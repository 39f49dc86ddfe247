//! Reply leases: which replica runs each streaming reply, until when.
//!
//! A reply's lease is written with the reply, in the same write, and
//! removed by the write that stores its end. The replica holding it renews
//! it while the reply streams; one whose lease has expired is taken over
//! by another replica (the reply ends as failed, `REPLICA_LOST`), exactly
//! once. There is no foreign key to `messages`: a conversation deleted
//! while its reply streams leaves a lease that its end (or a takeover)
//! removes.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReplyLeases {
    Table,
    /// The reply message.
    ReplyId,
    /// The replica process that runs it (new at every start, never reused:
    /// the lease's fencing token).
    Holder,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReplyLeases::Table)
                    .col(
                        ColumnDef::new(ReplyLeases::ReplyId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ReplyLeases::Holder).uuid().not_null())
                    .col(
                        ColumnDef::new(ReplyLeases::ExpiresAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("reply_leases_by_holder", ReplyLeases::Holder),
            ("reply_leases_by_expiry", ReplyLeases::ExpiresAt),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(ReplyLeases::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReplyLeases::Table).to_owned())
            .await
    }
}
