//! Configuration: one typed struct, read from a TOML file, the environment
//! (`ROUNDTABLE_*`) and command-line flags; a flag beats the environment,
//! which beats the file, which beats the defaults.

use std::{net::SocketAddr, path::PathBuf};

use serde::Deserialize;

/// Where the embedded default database lives, relative to the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/roundtable.db";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

#[derive(Clone)]
pub struct Config {
    /// Address for gRPC, gRPC-Web and (later) REST, all on one port.
    pub listen: SocketAddr,
    /// `sqlite://PATH` (created if missing) or `postgres://…`.
    pub database_url: String,
    /// Browser origins allowed to call with gRPC-Web; `*` allows any.
    pub cors_origins: Vec<String>,
    /// HS256 secret that user JWTs are signed with; none disables JWTs.
    pub jwt_secret: Option<String>,
    /// The admin key to create on an empty database instead of a random one.
    pub bootstrap_admin_key: Option<String>,
    /// Serve TLS with this certificate chain and key (PEM).
    pub tls: Option<Tls>,
    /// `text` or `json` logs.
    pub log_format: LogFormat,
    /// How long an event stream may stay silent before a heartbeat.
    pub event_heartbeat: std::time::Duration,
}

#[derive(Clone, Debug)]
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// The config file's shape: every key optional.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<SocketAddr>,
    pub database_url: Option<String>,
    pub cors_origins: Option<Vec<String>>,
    pub jwt_secret: Option<String>,
    pub bootstrap_admin_key: Option<String>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub log_format: Option<LogFormat>,
    pub event_heartbeat_seconds: Option<u64>,
}

/// Settings given as flags or environment variables (clap reads both).
#[derive(Clone, Debug, Default, clap::Args)]
pub struct Overrides {
    /// Config file (TOML).
    #[arg(long, env = "ROUNDTABLE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080]. Port 0 picks a free port.
    #[arg(long, env = "ROUNDTABLE_LISTEN")]
    pub listen: Option<SocketAddr>,
    /// Database URL [default: sqlite://data/roundtable.db].
    #[arg(long, env = "ROUNDTABLE_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Comma-separated browser origins allowed for gRPC-Web (CORS), or `*`.
    #[arg(long, env = "ROUNDTABLE_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Option<Vec<String>>,
    /// HS256 secret for user JWTs.
    #[arg(long, env = "ROUNDTABLE_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// Admin API key to create on an empty database (must start with `rtk_`).
    #[arg(long, env = "ROUNDTABLE_BOOTSTRAP_ADMIN_KEY", hide_env_values = true)]
    pub bootstrap_admin_key: Option<String>,
    /// TLS certificate chain (PEM); requires --tls-key.
    #[arg(long, env = "ROUNDTABLE_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM); requires --tls-cert.
    #[arg(long, env = "ROUNDTABLE_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Log format.
    #[arg(long, env = "ROUNDTABLE_LOG_FORMAT")]
    pub log_format: Option<LogFormat>,
    /// Seconds an event stream may stay silent before a heartbeat [default: 15].
    #[arg(long, env = "ROUNDTABLE_EVENT_HEARTBEAT_SECONDS")]
    pub event_heartbeat_seconds: Option<u64>,
}

impl Config {
    pub fn load(overrides: Overrides) -> anyhow::Result<Self> {
        let file: FileConfig = match &overrides.config {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    anyhow::anyhow!("cannot read config file {}: {e}", path.display())
                })?;
                toml::from_str(&text)
                    .map_err(|e| anyhow::anyhow!("bad config file {}: {e}", path.display()))?
            }
            None => FileConfig::default(),
        };
        let tls = match (
            overrides.tls_cert.or(file.tls_cert),
            overrides.tls_key.or(file.tls_key),
        ) {
            (Some(cert), Some(key)) => Some(Tls { cert, key }),
            (None, None) => None,
            _ => anyhow::bail!("TLS needs both a certificate and a key"),
        };
        let default_listen: SocketAddr = DEFAULT_LISTEN.parse()?;
        Ok(Self {
            listen: overrides.listen.or(file.listen).unwrap_or(default_listen),
            database_url: overrides
                .database_url
                .or(file.database_url)
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string()),
            cors_origins: overrides
                .cors_origins
                .or(file.cors_origins)
                .unwrap_or_default(),
            jwt_secret: overrides
                .jwt_secret
                .or(file.jwt_secret)
                .filter(|s| !s.is_empty()),
            bootstrap_admin_key: overrides
                .bootstrap_admin_key
                .or(file.bootstrap_admin_key)
                .filter(|s| !s.is_empty()),
            tls,
            log_format: overrides
                .log_format
                .or(file.log_format)
                .unwrap_or(LogFormat::Text),
            event_heartbeat: std::time::Duration::from_secs(
                overrides
                    .event_heartbeat_seconds
                    .or(file.event_heartbeat_seconds)
                    .unwrap_or(15)
                    .max(1),
            ),
        })
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let masked = |secret: &Option<String>| secret.as_ref().map(|_| "***");
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database_url", &crate::store::redact(&self.database_url))
            .field("cors_origins", &self.cors_origins)
            .field("jwt_secret", &masked(&self.jwt_secret))
            .field("bootstrap_admin_key", &masked(&self.bootstrap_admin_key))
            .field("tls", &self.tls)
            .field("log_format", &self.log_format)
            .field("event_heartbeat", &self.event_heartbeat)
            .finish()
    }
}
