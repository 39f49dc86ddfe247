//! `roundtable admin …`: operator commands that act on the database
//! directly, with no server running (or beside a running one). Each
//! applies pending migrations, then acts through the same domain calls as
//! the RPCs, as [`Caller::operator`]: the same validation, the same
//! messages, every change through the single writer. Only the command line
//! is parsed here; nothing is decided here.
//!
//! Output: a few lines for people, or with `--json` one JSON object on
//! stdout (`{"error": {"reason", "message"}}` on failure). Exit codes: 0
//! done; 2 refused (bad input, an unknown user, space or key, a taken
//! username, a limit: change the request); 1 anything else (the
//! configuration, the database).

use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::{
    config::{Config, Overrides},
    domain::{
        Caller, Error, Scope, Scopes,
        auth::Authenticator,
        credits::{Credits, NewGrant},
        input,
        paging::{MAX_PAGE_SIZE, PageRequest},
        users::{NewApiKey, NewUser, Users},
    },
    store::{
        Store,
        entities::{api_keys, users},
    },
};

/// Settings every operator command takes: where the database is (as for
/// `serve`: flags, `ROUNDTABLE_*` environment, config file) and the output.
#[derive(Args, Clone, Debug)]
pub struct Options {
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub overrides: Overrides,
}

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Create a user (a person or a service account).
    CreateUser(CreateUser),
    /// List every user, oldest first.
    ListUsers(ListUsers),
    /// Mint an API key for a user and print its secret, once.
    CreateKey(CreateKey),
    /// Revoke an API key (servers that authenticated it in the last 30 s may accept it until then).
    RevokeKey(RevokeKey),
    /// Grant a space AI credits (tokens).
    GrantCredits(GrantCredits),
}

#[derive(Args)]
pub struct CreateUser {
    /// 3–32 characters of a-z, 0-9 and _.
    #[arg(long)]
    username: String,
    /// 1–100 characters.
    #[arg(long)]
    display_name: String,
    /// A server admin: creates users, manages everyone's keys, grants credits.
    #[arg(long)]
    admin: bool,
    #[command(flatten)]
    options: Options,
}

#[derive(Args)]
pub struct ListUsers {
    #[command(flatten)]
    options: Options,
}

#[derive(Args)]
pub struct CreateKey {
    /// Whose key: a user id or a username.
    #[arg(long)]
    user: String,
    /// What the key is for, 1–100 characters.
    #[arg(long, default_value = "command line")]
    name: String,
    /// Comma-separated scopes: read, write, admin (admin only for server admins) [default: read,write].
    #[arg(long, value_delimiter = ',')]
    scopes: Vec<String>,
    /// Days until the key expires [default: never].
    #[arg(long)]
    expires_in_days: Option<u32>,
    #[command(flatten)]
    options: Options,
}

#[derive(Args)]
pub struct RevokeKey {
    /// The key's id (not its secret).
    key_id: String,
    #[command(flatten)]
    options: Options,
}

#[derive(Args)]
pub struct GrantCredits {
    /// The space's id.
    #[arg(long)]
    space: String,
    /// Tokens to add, 1 to 1,000,000,000.
    #[arg(long, allow_negative_numbers = true)]
    amount: i64,
    /// Why, at most 200 characters; shown in the space's ledger.
    #[arg(long, default_value = "")]
    reason: String,
    /// An idempotency key: repeating the command with it grants once.
    #[arg(long, default_value = "")]
    request_id: String,
    #[command(flatten)]
    options: Options,
}

impl AdminCommand {
    pub fn options(&self) -> &Options {
        match self {
            AdminCommand::CreateUser(c) => &c.options,
            AdminCommand::ListUsers(c) => &c.options,
            AdminCommand::CreateKey(c) => &c.options,
            AdminCommand::RevokeKey(c) => &c.options,
            AdminCommand::GrantCredits(c) => &c.options,
        }
    }
}

/// What a command has to say: lines for people, one object for scripts.
pub struct Report {
    pub text: String,
    pub json: Value,
}

/// Why a command did not do what it was asked.
pub enum Failure {
    /// The domain refused, or could not reach the database.
    Domain(Error),
    /// Anything else: the configuration, a file.
    Other(anyhow::Error),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Domain(error)
    }
}

impl From<anyhow::Error> for Failure {
    fn from(error: anyhow::Error) -> Self {
        Failure::Other(error)
    }
}

impl Failure {
    /// 2 when the request itself was refused, else 1.
    fn exit_code(&self) -> u8 {
        match self {
            Failure::Domain(Error::Storage(_)) | Failure::Other(_) => 1,
            Failure::Domain(_) => 2,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Failure::Domain(error) => error.reason(),
            Failure::Other(_) => "FAILED",
        }
    }

    fn message(&self) -> String {
        match self {
            Failure::Domain(error) => error.to_string(),
            Failure::Other(error) => format!("{error:#}"),
        }
    }
}

/// Prints what `outcome` says, as text or JSON, and the exit code it means.
pub fn finish(outcome: Result<Report, Failure>, json: bool) -> ExitCode {
    match outcome {
        Ok(report) if json => println!("{}", report.json),
        Ok(report) => println!("{}", report.text),
        Err(failure) => {
            if json {
                let error = json!({"reason": failure.reason(), "message": failure.message()});
                println!("{}", json!({ "error": error }));
            } else {
                eprintln!("error: {}", failure.message());
            }
            return ExitCode::from(failure.exit_code());
        }
    }
    ExitCode::SUCCESS
}

/// Runs one admin command on the configured database.
pub async fn run(config: Config, command: AdminCommand) -> Result<Report, Failure> {
    let store = Store::open(&config.database_url)
        .await
        .map_err(Error::Storage)?;
    let users = Users::new(
        store.clone(),
        Authenticator::new(store.clone(), config.jwt.clone()),
        crate::domain::users::Directory::new(store.clone()),
    );
    // The command line acts as the system, not as a caller: a server admin
    // with every scope that is no user (see `Caller::operator`).
    let operator = Caller::operator();
    match command {
        AdminCommand::CreateUser(c) => {
            let new = NewUser::new(&c.username, &c.display_name, c.admin)?;
            let user = users.create(&operator, new).await?;
            let role = if user.is_admin {
                "server admin"
            } else {
                "user"
            };
            Ok(Report {
                text: format!(
                    "created {role} {} ({}) with id {}",
                    user.username, user.display_name, user.id
                ),
                json: json!({ "user": user_json(&user) }),
            })
        }
        AdminCommand::ListUsers(_) => {
            let mut all = Vec::new();
            let mut token = String::new();
            loop {
                let page = PageRequest::new(MAX_PAGE_SIZE as i32, &token, "ListUsers")?;
                let (found, next) = users.list(&operator, page).await?;
                all.extend(found);
                if next.is_empty() {
                    break;
                }
                token = next;
            }
            let lines: Vec<String> = all
                .iter()
                .map(|u| {
                    let admin = if u.is_admin { "  (server admin)" } else { "" };
                    format!("{}  {}  {}{admin}", u.id, u.username, u.display_name)
                })
                .collect();
            Ok(Report {
                text: if lines.is_empty() {
                    "no users".to_owned()
                } else {
                    lines.join("\n")
                },
                json: json!({ "users": all.iter().map(user_json).collect::<Vec<_>>() }),
            })
        }
        AdminCommand::CreateKey(c) => {
            let owner = match input::canonical_id(&c.user) {
                Some(id) => users.get(&operator, id).await?,
                None => users.by_username(&operator, &c.user).await?,
            };
            let expires_at = c
                .expires_in_days
                .map(|days| crate::domain::now() + chrono::Duration::days(days.into()));
            let new = NewApiKey {
                name: input::name("name", &c.name, input::NAME_MAX)?,
                user_id: Some(owner.id),
                scopes: scopes(&c.scopes)?,
                expires_at,
            };
            let issued = users.create_key(&operator, new).await?;
            let key = &issued.key;
            Ok(Report {
                text: format!(
                    "created API key {} ({}) for {} with scopes {}, {}.\n\
                     Its secret is shown once, now:\n\n    {}\n",
                    key.id,
                    key.name,
                    owner.username,
                    key.scopes,
                    key.expires_at
                        .map_or("never expires".to_owned(), |at| format!(
                            "expires {}",
                            rfc3339(at)
                        )),
                    issued.secret
                ),
                json: json!({ "api_key": key_json(key), "secret": issued.secret }),
            })
        }
        AdminCommand::RevokeKey(c) => {
            let key_id = input::id("api_key_id", &c.key_id)?;
            let key = users.revoke_key(&operator, key_id).await?;
            Ok(Report {
                text: format!(
                    "revoked API key {} ({}) of user {} at {}",
                    key.id,
                    key.name,
                    key.user_id,
                    key.revoked_at.map(rfc3339).unwrap_or_default()
                ),
                json: json!({ "api_key": key_json(&key) }),
            })
        }
        AdminCommand::GrantCredits(c) => {
            let space_id = input::id("space_id", &c.space)?;
            let grant = NewGrant::new(c.amount, &c.reason, &c.request_id)?;
            let credits = Credits::new(store, config.initial_credits);
            let (account, entry) = credits.grant(&operator, space_id, grant).await?;
            Ok(Report {
                text: format!(
                    "granted {} tokens to space {}: the balance is {} tokens",
                    entry.tokens, account.space_id, account.balance
                ),
                json: json!({
                    "credits": {
                        "space_id": account.space_id,
                        "balance": account.balance,
                        "used_tokens": account.used_tokens,
                        "granted_tokens": account.granted_tokens,
                        "update_time": rfc3339(account.updated_at),
                    },
                    "entry": {
                        "entry_id": entry.id,
                        "tokens": entry.tokens,
                        "balance_after": entry.balance_after,
                        "reason": entry.reason,
                        "create_time": rfc3339(entry.created_at),
                    },
                }),
            })
        }
    }
}

/// `read,write,admin` as scopes; an empty list is the domain's default.
fn scopes(names: &[String]) -> Result<Vec<Scope>, Error> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            [Scope::Read, Scope::Write, Scope::Admin]
                .into_iter()
                .find(|scope| scope.as_str() == name.trim())
                .ok_or_else(|| {
                    Error::invalid(
                        format!("scopes[{i}]"),
                        "INVALID_VALUE",
                        format!("{:?} is not read, write or admin", name.trim()),
                    )
                })
        })
        .collect()
}

/// A user as the API shows it (proto field names).
fn user_json(user: &users::Model) -> Value {
    json!({
        "user_id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "is_admin": user.is_admin,
        "create_time": rfc3339(user.created_at),
    })
}

/// An API key as the API shows it (proto field names), without a secret.
fn key_json(key: &api_keys::Model) -> Value {
    json!({
        "api_key_id": key.id,
        "user_id": key.user_id,
        "name": key.name,
        "prefix": key.prefix,
        "scopes": Scopes::parse(&key.scopes).list().iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "create_time": rfc3339(key.created_at),
        "expire_time": key.expires_at.map(rfc3339),
        "revoke_time": key.revoked_at.map(rfc3339),
    })
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}
