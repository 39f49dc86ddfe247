//! What a provider is built from: the configuration, already read and
//! checked by `config.rs`.

use std::time::Duration;

/// The two kinds of provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// An OpenAI-compatible chat-completions endpoint.
    Openai,
    /// The built-in provider that needs no network.
    Offline,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Openai => "openai",
            ProviderKind::Offline => "offline",
        }
    }
}

/// One named provider.
#[derive(Clone, PartialEq)]
pub struct ProviderSettings {
    /// Unique; `a-z`, `0-9`, `-` and `_`, 1–64 characters.
    pub name: String,
    pub kind: ProviderKind,
    /// The API root, e.g. `https://api.openai.com/v1`. Required for `openai`.
    pub base_url: Option<String>,
    /// Sent as `Authorization: Bearer`; none for local servers that need none.
    pub api_key: Option<String>,
    /// The models offered, never empty; callers may pick only these
    /// unless `any_model`.
    pub models: Vec<String>,
    /// Whether a model name not in `models` is accepted too.
    pub any_model: bool,
    /// One of `models`.
    pub default_model: String,
    pub timeouts: Timeouts,
    /// Further attempts after a connect error, before any token arrived.
    pub max_retries: u32,
    /// The offline provider's pace.
    pub tokens_per_second: f64,
}

impl std::fmt::Debug for ProviderSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderSettings")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("base_url", &self.base_url.as_deref().map(public_url))
            .field("api_key", &self.api_key.as_ref().map(|_| "***"))
            .field("models", &self.models)
            .field("default_model", &self.default_model)
            .field("timeouts", &self.timeouts)
            .field("max_retries", &self.max_retries)
            .field("tokens_per_second", &self.tokens_per_second)
            .finish()
    }
}

impl ProviderSettings {
    /// The offline provider as it exists when nothing names it.
    pub fn offline() -> Self {
        Self {
            name: "offline".into(),
            kind: ProviderKind::Offline,
            base_url: None,
            api_key: None,
            models: vec![crate::ai::offline::DEFAULT_MODEL.into()],
            any_model: false,
            default_model: crate::ai::offline::DEFAULT_MODEL.into(),
            timeouts: Timeouts::default(),
            max_retries: 0,
            tokens_per_second: crate::ai::offline::DEFAULT_TOKENS_PER_SECOND,
        }
    }
}

/// How long a call to a provider may take, phase by phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Connecting and sending, until the response's headers (each attempt).
    pub connect: Duration,
    /// From the response's headers to the first token.
    pub first_token: Duration,
    /// Between two tokens.
    pub idle: Duration,
    /// The whole call, retries included.
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            // Large models, cold local servers and reasoning models think
            // a long while before their first token.
            first_token: Duration::from_secs(60),
            idle: Duration::from_secs(30),
            total: Duration::from_secs(300),
        }
    }
}

/// A URL as it may be shown: without user, password, query or fragment,
/// which is where secrets hide (`https://key@host`, `?api-key=`).
pub fn public_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            let _ = parsed.set_username("");
            let _ = parsed.set_password(None);
            parsed.set_query(None);
            parsed.set_fragment(None);
            parsed.to_string().trim_end_matches('/').to_string()
        }
        Err(_) => "(invalid URL)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::public_url;

    #[test]
    fn public_url_drops_credentials_and_query() {
        assert_eq!(
            public_url("https://user:secret@example.com/v1/?api-key=k#x"),
            "https://example.com/v1"
        );
        assert_eq!(
            public_url("http://127.0.0.1:11434/v1"),
            "http://127.0.0.1:11434/v1"
        );
    }
}
