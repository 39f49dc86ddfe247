use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "spaces")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// A space named `name`, with no description, made at `at`.
    pub fn named(id: Uuid, name: &str, at: DateTimeUtc) -> Self {
        Self {
            id,
            name: name.into(),
            description: String::new(),
            created_at: at,
            updated_at: at,
        }
    }
}
