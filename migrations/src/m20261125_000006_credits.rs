//! AI credits: each space's balance (in tokens) and its ledger of initial
//! balance, grants and charges. Spaces that exist when this runs get an
//! account with [`BACKFILL_BALANCE`] tokens (the server's default initial
//! balance; a migration cannot read the configuration) and no ledger entry.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The balance spaces created before credits existed start with.
pub const BACKFILL_BALANCE: i64 = 1_000_000;

#[derive(DeriveIden)]
enum SpaceCredits {
    Table,
    SpaceId,
    Balance,
    UsedTokens,
    GrantedTokens,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CreditEntries {
    Table,
    Id,
    SpaceId,
    /// `initial`, `grant` or `charge`.
    Kind,
    Tokens,
    BalanceAfter,
    Reason,
    /// The admin who granted.
    ActorId,
    /// A grant's idempotency key, unique per admin.
    RequestId,
    /// What a charge paid for: `message`, `session`, `room` or `user`.
    SubjectType,
    SubjectId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Spaces {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SpaceCredits::Table)
                    .col(
                        ColumnDef::new(SpaceCredits::SpaceId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SpaceCredits::Balance)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SpaceCredits::UsedTokens)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SpaceCredits::GrantedTokens)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SpaceCredits::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SpaceCredits::Table, SpaceCredits::SpaceId)
                            .to(Spaces::Table, Spaces::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CreditEntries::Table)
                    .col(
                        ColumnDef::new(CreditEntries::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(CreditEntries::SpaceId).uuid().not_null())
                    .col(
                        ColumnDef::new(CreditEntries::Kind)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CreditEntries::Tokens)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CreditEntries::BalanceAfter)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(CreditEntries::Reason).text().not_null())
                    .col(ColumnDef::new(CreditEntries::ActorId).uuid().null())
                    .col(
                        ColumnDef::new(CreditEntries::RequestId)
                            .string_len(128)
                            .null(),
                    )
                    .col(
                        ColumnDef::new(CreditEntries::SubjectType)
                            .string_len(16)
                            .null(),
                    )
                    .col(ColumnDef::new(CreditEntries::SubjectId).uuid().null())
                    .col(
                        ColumnDef::new(CreditEntries::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CreditEntries::Table, CreditEntries::SpaceId)
                            .to(Spaces::Table, Spaces::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The ledger of a space, newest first, by id (UUIDv7: creation order).
        manager
            .create_index(
                Index::create()
                    .name("credit_entries_by_space")
                    .table(CreditEntries::Table)
                    .col(CreditEntries::SpaceId)
                    .col(CreditEntries::Id)
                    .to_owned(),
            )
            .await?;
        // One grant per admin and request_id (NULLs, for entries without
        // one, are distinct on both databases).
        manager
            .create_index(
                Index::create()
                    .name("credit_entries_by_request")
                    .table(CreditEntries::Table)
                    .col(CreditEntries::ActorId)
                    .col(CreditEntries::RequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        // Every existing space gets an account.
        let backfill = Query::insert()
            .into_table(SpaceCredits::Table)
            .columns([
                SpaceCredits::SpaceId,
                SpaceCredits::Balance,
                SpaceCredits::UsedTokens,
                SpaceCredits::GrantedTokens,
                SpaceCredits::UpdatedAt,
            ])
            .select_from(
                Query::select()
                    .column(Spaces::Id)
                    .expr(Expr::val(BACKFILL_BALANCE))
                    .expr(Expr::val(0i64))
                    .expr(Expr::val(BACKFILL_BALANCE))
                    .expr(Expr::current_timestamp())
                    .from(Spaces::Table)
                    .to_owned(),
            )
            .map_err(|e| DbErr::Migration(format!("credits backfill: {e}")))?
            .to_owned();
        manager.exec_stmt(backfill).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CreditEntries::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SpaceCredits::Table).to_owned())
            .await
    }
}
