//! Configuration: one typed struct, read from a TOML file, the environment
//! (`ROUNDTABLE_*`) and command-line flags; a flag beats the environment,
//! which beats the file, which beats the defaults.

use std::{collections::BTreeMap, net::SocketAddr, path::PathBuf};

use serde::Deserialize;

use crate::ai::{ProviderKind, ProviderSettings};
use crate::api::limits::{FileLimits, LimitSettings};
use crate::domain::jwt::{DEFAULT_LEEWAY_SECONDS, JwtSettings};

mod providers;
use providers::{openai_shortcut, providers};

/// Where the embedded default database lives, relative to the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/roundtable.db";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// Where `ROUNDTABLE_OPENAI_API_KEY` alone points.
pub const DEFAULT_OPENAI_BASE_URL: &str = "https://api.openai.com/v1";
/// The model `ROUNDTABLE_OPENAI_API_KEY` alone offers.
pub const DEFAULT_OPENAI_MODEL: &str = "gpt-4o-mini";
/// Further attempts after a connect error, unless a provider says otherwise.
pub const DEFAULT_MAX_RETRIES: u32 = 2;

#[derive(Clone)]
pub struct Config {
    /// Address for gRPC, gRPC-Web and (later) REST, all on one port.
    pub listen: SocketAddr,
    /// `sqlite://PATH` (created if missing) or `postgres://…`.
    pub database_url: String,
    /// Browser origins allowed to call with gRPC-Web; `*` allows any.
    pub cors_origins: Vec<String>,
    /// How user JWTs are checked: the HS256 secret, the identity
    /// provider's JWKS URL, issuer, audience, leeway.
    pub jwt: JwtSettings,
    /// The admin key to create on an empty database instead of a random one.
    pub bootstrap_admin_key: Option<String>,
    /// Serve TLS with this certificate chain and key (PEM).
    pub tls: Option<Tls>,
    /// `text` or `json` logs.
    pub log_format: LogFormat,
    /// Serve Prometheus metrics at `GET /metrics`.
    pub metrics: bool,
    /// When set, `/metrics` requires `Authorization: Bearer <token>`.
    pub metrics_token: Option<String>,
    /// Export traces over OTLP/HTTP to this collector; none: no export.
    pub otlp_endpoint: Option<String>,
    /// How long an event stream may stay silent before a heartbeat.
    pub event_heartbeat: std::time::Duration,
    /// AI providers, checked; the registry adds `offline` if none is named so.
    pub providers: Vec<ProviderSettings>,
    /// The provider used when a caller names none (see `ai::Providers::new`).
    pub default_provider: Option<String>,
    /// AI credits (tokens) a new space starts with.
    pub initial_credits: i64,
    /// Rate limits and the stream cap (the `[limits]` table).
    pub limits: LimitSettings,
    /// NATS linking the replicas that share one PostgreSQL database; none:
    /// this is the only server.
    pub nats_url: Option<String>,
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
    pub jwks_url: Option<String>,
    pub jwt_issuer: Option<String>,
    pub jwt_audience: Option<String>,
    pub jwt_leeway_seconds: Option<u64>,
    pub bootstrap_admin_key: Option<String>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub log_format: Option<LogFormat>,
    pub metrics: Option<bool>,
    pub metrics_token: Option<String>,
    pub otlp_endpoint: Option<String>,
    pub event_heartbeat_seconds: Option<u64>,
    pub default_provider: Option<String>,
    /// `[providers.NAME]` tables.
    pub providers: Option<BTreeMap<String, FileProvider>>,
    /// The `[credits]` table.
    pub credits: Option<FileCredits>,
    /// The `[limits]` table; every key optional.
    pub limits: Option<FileLimits>,
    pub nats_url: Option<String>,
}

/// The `[credits]` table.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileCredits {
    /// Tokens a new space starts with.
    pub initial_balance: Option<i64>,
}

/// One `[providers.NAME]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileProvider {
    /// `openai` or `offline`.
    pub kind: ProviderKind,
    pub base_url: Option<String>,
    pub api_key: Option<String>,
    /// The environment variable holding the API key.
    pub api_key_env: Option<String>,
    pub models: Option<Vec<String>>,
    /// Accept model names that `models` does not list (a provider whose
    /// model list is open, e.g. a router of many models).
    pub any_model: Option<bool>,
    pub default_model: Option<String>,
    pub max_retries: Option<u32>,
    pub tokens_per_second: Option<f64>,
    pub timeouts: Option<FileTimeouts>,
}

/// A `[providers.NAME.timeouts]` table, in seconds (fractions allowed).
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileTimeouts {
    pub connect_seconds: Option<f64>,
    pub first_token_seconds: Option<f64>,
    pub idle_seconds: Option<f64>,
    pub total_seconds: Option<f64>,
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
    /// JWKS URL of an identity provider: RS256 and ES256 user tokens are verified with its keys.
    #[arg(long, env = "ROUNDTABLE_JWKS_URL")]
    pub jwks_url: Option<String>,
    /// The `iss` every user JWT must carry.
    #[arg(long, env = "ROUNDTABLE_JWT_ISSUER")]
    pub jwt_issuer: Option<String>,
    /// The `aud` every user JWT must carry.
    #[arg(long, env = "ROUNDTABLE_JWT_AUDIENCE")]
    pub jwt_audience: Option<String>,
    /// Seconds of clock skew tolerated on a JWT's `exp` and `nbf` [default: 5].
    #[arg(long, env = "ROUNDTABLE_JWT_LEEWAY_SECONDS")]
    pub jwt_leeway_seconds: Option<u64>,
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
    /// Serve Prometheus metrics at GET /metrics (true or false) [default: true].
    #[arg(long, env = "ROUNDTABLE_METRICS")]
    pub metrics: Option<bool>,
    /// Require `Authorization: Bearer <token>` on /metrics.
    #[arg(long, env = "ROUNDTABLE_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Export traces over OTLP/HTTP to this collector (e.g. http://127.0.0.1:4318) [default: off].
    #[arg(long, env = "ROUNDTABLE_OTLP_ENDPOINT")]
    pub otlp_endpoint: Option<String>,
    /// Seconds an event stream may stay silent before a heartbeat [default: 15].
    #[arg(long, env = "ROUNDTABLE_EVENT_HEARTBEAT_SECONDS")]
    pub event_heartbeat_seconds: Option<u64>,
    /// AI provider used when a request names none [default: the one configured provider, else offline].
    #[arg(long, env = "ROUNDTABLE_DEFAULT_PROVIDER")]
    pub default_provider: Option<String>,
    /// API key of an OpenAI-compatible provider named `openai`, which this adds.
    #[arg(long, env = "ROUNDTABLE_OPENAI_API_KEY", hide_env_values = true)]
    pub openai_api_key: Option<String>,
    /// Base URL of the `openai` provider, which this adds [default: https://api.openai.com/v1].
    #[arg(long, env = "ROUNDTABLE_OPENAI_BASE_URL")]
    pub openai_base_url: Option<String>,
    /// Comma-separated models of the `openai` provider, the first the default [default: gpt-4o-mini].
    #[arg(long, env = "ROUNDTABLE_OPENAI_MODELS", value_delimiter = ',')]
    pub openai_models: Option<Vec<String>>,
    /// AI credits (tokens) a new space starts with, 0 to 10^15 [default: 1000000].
    #[arg(long, env = "ROUNDTABLE_INITIAL_CREDITS")]
    pub initial_credits: Option<i64>,
    /// `off` turns rate limits and the stream cap off (benchmarks) [default: on].
    #[arg(long, env = "ROUNDTABLE_RATE_LIMITS")]
    pub rate_limits: Option<Switch>,
    /// NATS server linking replicas that share one PostgreSQL database (nats://host:4222) [default: none, one server].
    #[arg(long, env = "ROUNDTABLE_NATS_URL")]
    pub nats_url: Option<String>,
}

/// A setting that is on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    On,
    Off,
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
        let initial_credits = initial_credits(
            overrides
                .initial_credits
                .or(file.credits.and_then(|c| c.initial_balance)),
        )?;
        let shortcut = openai_shortcut(
            overrides.openai_api_key,
            overrides.openai_base_url,
            overrides.openai_models,
        );
        let providers = providers(file.providers.unwrap_or_default(), shortcut, |name| {
            std::env::var(name).ok()
        })?;
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
            jwt: JwtSettings {
                secret: text(overrides.jwt_secret, file.jwt_secret),
                jwks_url: text(overrides.jwks_url, file.jwks_url),
                issuer: text(overrides.jwt_issuer, file.jwt_issuer),
                audience: text(overrides.jwt_audience, file.jwt_audience),
                leeway_seconds: overrides
                    .jwt_leeway_seconds
                    .or(file.jwt_leeway_seconds)
                    .unwrap_or(DEFAULT_LEEWAY_SECONDS),
            },
            bootstrap_admin_key: text(overrides.bootstrap_admin_key, file.bootstrap_admin_key),
            tls,
            log_format: overrides
                .log_format
                .or(file.log_format)
                .unwrap_or(LogFormat::Text),
            metrics: overrides.metrics.or(file.metrics).unwrap_or(true),
            metrics_token: text(overrides.metrics_token, file.metrics_token),
            otlp_endpoint: otlp_endpoint(overrides.otlp_endpoint.or(file.otlp_endpoint))?,
            event_heartbeat: std::time::Duration::from_secs(
                overrides
                    .event_heartbeat_seconds
                    .or(file.event_heartbeat_seconds)
                    .unwrap_or(15)
                    .max(1),
            ),
            providers,
            default_provider: text(overrides.default_provider, file.default_provider),
            initial_credits,
            limits: LimitSettings::configured(
                file.limits,
                overrides.rate_limits.map(|switch| switch == Switch::On),
            ),
            nats_url: text(overrides.nats_url, file.nats_url),
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
            .field("jwt", &self.jwt)
            .field("bootstrap_admin_key", &masked(&self.bootstrap_admin_key))
            .field("tls", &self.tls)
            .field("log_format", &self.log_format)
            .field("metrics", &self.metrics)
            .field("metrics_token", &masked(&self.metrics_token))
            .field("otlp_endpoint", &self.otlp_endpoint)
            .field("event_heartbeat", &self.event_heartbeat)
            .field("providers", &self.providers)
            .field("default_provider", &self.default_provider)
            .field("initial_credits", &self.initial_credits)
            .field("limits", &self.limits)
            .field(
                "nats_url",
                &self.nats_url.as_deref().map(crate::store::redact),
            )
            .finish()
    }
}

/// A text setting: the flag or environment, else the file; empty is unset.
fn text(given: Option<String>, in_file: Option<String>) -> Option<String> {
    given.or(in_file).filter(|s| !s.is_empty())
}

/// The initial balance of new spaces: the default when unset, else 0 to
/// `domain::credits::BALANCE_MAX`.
fn initial_credits(configured: Option<i64>) -> anyhow::Result<i64> {
    use crate::domain::credits::{BALANCE_MAX, DEFAULT_INITIAL_BALANCE};
    match configured {
        None => Ok(DEFAULT_INITIAL_BALANCE),
        Some(tokens) if (0..=BALANCE_MAX).contains(&tokens) => Ok(tokens),
        Some(tokens) => anyhow::bail!(
            "credits.initial_balance (ROUNDTABLE_INITIAL_CREDITS) must be 0 to {BALANCE_MAX} tokens, not {tokens}"
        ),
    }
}

/// The OTLP collector's base URL, if one is configured: http(s) only.
fn otlp_endpoint(configured: Option<String>) -> anyhow::Result<Option<String>> {
    let Some(endpoint) = configured.filter(|e| !e.trim().is_empty()) else {
        return Ok(None);
    };
    match url::Url::parse(endpoint.trim()) {
        Ok(url) if url.scheme() == "http" => Ok(Some(endpoint.trim().to_string())),
        _ => anyhow::bail!(
            "otlp_endpoint (ROUNDTABLE_OTLP_ENDPOINT) must be an http:// URL such as http://127.0.0.1:4318, not {endpoint:?}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::ai::Timeouts;

    fn parse(toml_text: &str) -> anyhow::Result<Vec<ProviderSettings>> {
        let file: FileConfig = toml::from_str(toml_text)?;
        providers(file.providers.unwrap_or_default(), None, |name| {
            (name == "LOCAL_KEY").then(|| "sk-local".to_string())
        })
    }

    #[test]
    fn a_provider_table_becomes_settings() {
        let settings = parse(
            r#"
            [providers.local]
            kind = "openai"
            base_url = "http://127.0.0.1:11434/v1"
            api_key_env = "LOCAL_KEY"
            models = ["llama3.2", "qwen2.5"]
            default_model = "qwen2.5"
            max_retries = 1
            [providers.local.timeouts]
            connect_seconds = 2
            idle_seconds = 0.5
            "#,
        )
        .unwrap();
        let local = &settings[0];
        assert_eq!(local.name, "local");
        assert_eq!(local.kind, ProviderKind::Openai);
        assert_eq!(local.api_key.as_deref(), Some("sk-local"));
        assert_eq!(local.models, ["llama3.2", "qwen2.5"]);
        assert_eq!(local.default_model, "qwen2.5");
        assert_eq!(local.max_retries, 1);
        assert_eq!(local.timeouts.connect, Duration::from_secs(2));
        assert_eq!(local.timeouts.idle, Duration::from_millis(500));
        assert_eq!(local.timeouts.first_token, Timeouts::default().first_token);
        assert!(
            !format!("{local:?}").contains("sk-local"),
            "the key is masked"
        );
    }

    #[test]
    fn bad_provider_tables_are_refused_with_the_reason() {
        let openai =
            "[providers.x]\nkind = \"openai\"\nbase_url = \"http://h\"\nmodels = [\"m\"]\n";
        let cases = [
            (
                "[providers.x]\nkind = \"anthropic\"".to_string(),
                "unknown variant `anthropic`",
            ),
            (
                "[providers.x]\nkind = \"openai\"\nmodels = [\"m\"]".to_string(),
                "base_url is required",
            ),
            (
                "[providers.x]\nkind = \"openai\"\nbase_url = \"ftp://h\"\nmodels = [\"m\"]"
                    .to_string(),
                "http:// or https://",
            ),
            (
                "[providers.x]\nkind = \"openai\"\nbase_url = \"http://h\"".to_string(),
                "name its models",
            ),
            (format!("{openai}colour = 1"), "unknown field `colour`"),
            (
                format!("{openai}api_key_env = \"UNSET\""),
                "UNSET, which is not set",
            ),
            (
                format!("{openai}default_model = \"n\""),
                "not one of models",
            ),
            (
                "[providers.x]\nkind = \"offline\"\nbase_url = \"http://h\"".to_string(),
                "takes no base_url",
            ),
            ("[providers.X]\nkind = \"offline\"".to_string(), "a-z, 0-9"),
            (
                format!("{openai}[providers.x.timeouts]\nidle_seconds = 0"),
                "idle_seconds must be more than 0",
            ),
            (
                "[providers.x]\nkind = \"offline\"\n[providers.x]\nkind = \"offline\"".to_string(),
                "duplicate key",
            ),
        ];
        for (text, expected) in cases {
            let Err(error) = parse(&text) else {
                panic!("accepted: {text}");
            };
            let error = format!("{error:#}");
            assert!(error.contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn the_environment_shortcut_adds_a_provider_named_openai() {
        let shortcut = openai_shortcut(Some("sk-from-env".into()), None, None);
        let settings = providers(BTreeMap::new(), shortcut, |_| None).unwrap();
        assert_eq!(settings.len(), 1);
        assert_eq!(settings[0].name, "openai");
        assert_eq!(
            settings[0].base_url.as_deref(),
            Some(DEFAULT_OPENAI_BASE_URL)
        );
        assert_eq!(settings[0].default_model, DEFAULT_OPENAI_MODEL);
        assert_eq!(settings[0].api_key.as_deref(), Some("sk-from-env"));

        assert!(openai_shortcut(None, None, None).is_none());
        let local = openai_shortcut(
            None,
            Some("http://127.0.0.1:8000/v1".into()),
            Some(vec!["qwen".into()]),
        );
        let settings = providers(BTreeMap::new(), local, |_| None).unwrap();
        assert_eq!(settings[0].api_key, None);
        assert_eq!(settings[0].models, ["qwen"]);
    }

    #[test]
    fn initial_credits_default_and_bounds() {
        use crate::domain::credits::{BALANCE_MAX, DEFAULT_INITIAL_BALANCE};
        let file: FileConfig = toml::from_str("[credits]\ninitial_balance = 250").unwrap();
        let configured = file.credits.and_then(|c| c.initial_balance);
        assert_eq!(initial_credits(configured).unwrap(), 250);
        assert_eq!(initial_credits(None).unwrap(), DEFAULT_INITIAL_BALANCE);
        assert_eq!(initial_credits(Some(0)).unwrap(), 0);
        assert_eq!(initial_credits(Some(BALANCE_MAX)).unwrap(), BALANCE_MAX);
        for bad in [-1, BALANCE_MAX + 1] {
            let error = initial_credits(Some(bad)).unwrap_err().to_string();
            assert!(error.contains("credits.initial_balance"), "{error}");
        }
        assert!(toml::from_str::<FileConfig>("[credits]\nunlimited = true").is_err());
    }

    #[test]
    fn the_shortcut_and_a_table_of_the_same_name_are_refused() {
        let file: FileConfig = toml::from_str(
            "[providers.openai]\nkind = \"openai\"\nbase_url = \"http://h\"\nmodels = [\"m\"]",
        )
        .unwrap();
        let shortcut = openai_shortcut(Some("sk".into()), None, None);
        let error = providers(file.providers.unwrap(), shortcut, |_| None)
            .unwrap_err()
            .to_string();
        assert!(error.contains("defined twice"), "{error}");
    }
}
