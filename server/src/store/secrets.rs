//! The server's own secrets (table `server_secrets`): made once, at the
//! first start of a deployment, then read by every replica and restart.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, sea_query::OnConflict};

use super::{Store, entities::server_secrets};

/// The secret called `name`, made from `make` if the deployment has none
/// yet. Replicas starting together agree: the first insert wins and every
/// one reads the stored value back.
pub async fn get_or_create(
    store: &Store,
    name: &'static str,
    make: impl FnOnce() -> Vec<u8>,
) -> Result<Vec<u8>, DbErr> {
    if let Some(found) = find(&store.db, name).await? {
        return Ok(found);
    }
    let secret = server_secrets::Model {
        name: name.to_string(),
        value: make(),
        created_at: chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6),
    };
    store
        .writer
        .write(move |txn| {
            Box::pin(async move {
                let inserted = server_secrets::Entity::insert(secret.into_active_model())
                    .on_conflict(
                        OnConflict::column(server_secrets::Column::Name)
                            .do_nothing()
                            .to_owned(),
                    )
                    .exec_without_returning(txn)
                    .await;
                match inserted {
                    Ok(_) | Err(DbErr::RecordNotInserted) => Ok(()),
                    Err(error) => Err(error),
                }
            })
        })
        .await?;
    find(&store.db, name)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("server secret {name}")))
}

async fn find(db: &impl ConnectionTrait, name: &str) -> Result<Option<Vec<u8>>, DbErr> {
    Ok(server_secrets::Entity::find_by_id(name.to_string())
        .one(db)
        .await?
        .map(|secret| secret.value))
}
