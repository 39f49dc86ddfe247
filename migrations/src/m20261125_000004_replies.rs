//! REPLR replies: a reply is a message whose sender is a REPLR; these
//! columns say where it stands and what it answered.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Messages {
    Table,
    /// `streaming`, `complete`, `failed` or `cancelled`; NULL for a message
    /// that is not a reply.
    ReplyState,
    /// JSON: what the reply answers, its provider and model, depth, usage
    /// and failure. NULL for a message that is not a reply.
    Reply,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per ALTER: SQLite takes no more.
        manager
            .alter_table(
                Table::alter()
                    .table(Messages::Table)
                    .add_column(ColumnDef::new(Messages::ReplyState).string_len(16).null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Messages::Table)
                    .add_column(ColumnDef::new(Messages::Reply).text().null())
                    .to_owned(),
            )
            .await?;
        // At start the server finds the replies a stopped process left
        // streaming; a partial index keeps that cheap and costs ordinary
        // messages nothing. Both databases take this statement.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX messages_streaming ON messages (id) WHERE reply_state = 'streaming'",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX messages_streaming")
            .await?;
        for column in [Messages::Reply, Messages::ReplyState] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Messages::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
