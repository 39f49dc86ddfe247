//! Reaching PostgreSQL before the pools are made: one connection, with a
//! short deadline, so that an unreachable server fails in seconds with its
//! host named (a pool only says "timed out"); and a database that does not
//! exist yet is created when the role may, or the error says what to run.

use std::time::Duration;

use sea_orm::{
    DbErr,
    sqlx::{self, Connection, Executor, postgres::PgConnectOptions, postgres::PgConnection},
};

/// How long the first connection may take.
const CONNECT_WAIT: Duration = Duration::from_secs(5);
/// PostgreSQL's SQLSTATE for a database that does not exist.
const INVALID_CATALOG_NAME: &str = "3D000";
/// ... and for one that exists (created meanwhile by another replica).
const DUPLICATE_DATABASE: &str = "42P04";

/// Connects once to the database `options` name, creating it if it does
/// not exist and the role may. `url` is the redacted URL, for messages.
pub async fn reach(options: &PgConnectOptions, url: &str) -> Result<(), DbErr> {
    match connect(options).await {
        Ok(connection) => {
            let _ = connection.close().await;
            Ok(())
        }
        Err(failure) if failure.code().as_deref() == Some(INVALID_CATALOG_NAME) => {
            create(options, url).await
        }
        Err(failure) => Err(failure.explained(options, url)),
    }
}

enum Failure {
    TimedOut,
    Refused(sqlx::Error),
}

impl Failure {
    /// The SQLSTATE of the server's refusal, if it gave one.
    fn code(&self) -> Option<String> {
        match self {
            Failure::Refused(sqlx::Error::Database(error)) => error.code().map(|c| c.into_owned()),
            _ => None,
        }
    }

    fn explained(self, options: &PgConnectOptions, url: &str) -> DbErr {
        let at = server(options);
        DbErr::Custom(match self {
            Failure::TimedOut => format!(
                "cannot reach PostgreSQL at {at} ({url}) within {} s: is it running, \
                 and are the host and port right?",
                CONNECT_WAIT.as_secs()
            ),
            Failure::Refused(error) => format!("cannot open {url} (PostgreSQL at {at}): {error}"),
        })
    }
}

async fn connect(options: &PgConnectOptions) -> Result<PgConnection, Failure> {
    match tokio::time::timeout(CONNECT_WAIT, PgConnection::connect_with(options)).await {
        Err(_) => Err(Failure::TimedOut),
        Ok(Ok(connection)) => Ok(connection),
        Ok(Err(error)) => Err(Failure::Refused(error)),
    }
}

/// Creates the missing database through the `postgres` maintenance database.
async fn create(options: &PgConnectOptions, url: &str) -> Result<(), DbErr> {
    let name = options.get_database().unwrap_or_default().to_owned();
    let user = options.get_username().to_owned();
    let at = server(options);
    let what_to_run = format!(
        "create it, then start again: createdb -h {} -p {} -O {user} {name} \
         (or, in psql as a role that may: CREATE DATABASE \"{name}\" OWNER \"{user}\";)",
        options.get_host(),
        options.get_port(),
    );
    let maintenance = options.clone().database("postgres");
    let mut connection = connect(&maintenance).await.map_err(|failure| {
        let why = match failure.explained(&maintenance, url) {
            DbErr::Custom(text) => text,
            other => other.to_string(),
        };
        DbErr::Custom(format!(
            "database {name:?} does not exist on {at}, and it could not be created ({why}); \
             {what_to_run}"
        ))
    })?;
    let statement = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
    let outcome = connection.execute(statement.as_str()).await;
    let _ = connection.close().await;
    match outcome {
        Ok(_) => {
            tracing::info!(database = %name, server = %at, "created the database");
            Ok(())
        }
        Err(sqlx::Error::Database(error))
            if error.code().as_deref() == Some(DUPLICATE_DATABASE) =>
        {
            Ok(())
        }
        Err(error) => Err(DbErr::Custom(format!(
            "database {name:?} does not exist on {at}, and user {user:?} may not create it \
             ({error}); {what_to_run}"
        ))),
    }
}

/// `host:port`, or the socket folder.
fn server(options: &PgConnectOptions) -> String {
    match options.get_socket() {
        Some(socket) => socket.display().to_string(),
        None => format!("{}:{}", options.get_host(), options.get_port()),
    }
}
