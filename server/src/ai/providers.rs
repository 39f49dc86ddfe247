//! The registry: every configured provider by name, which one is the
//! default, and which models each offers.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

use super::{
    ChatRequest, Provider, ProviderKind, ProviderSettings, ReplyStream, offline::Offline,
    openai::OpenAi, settings::public_url,
};

/// What the server tells about a provider: never its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderInfo {
    pub name: String,
    pub kind: ProviderKind,
    /// The API root without credentials or query; none for `offline`.
    pub base_url: Option<String>,
    pub models: Vec<String>,
    /// Whether a model not in `models` is accepted too.
    pub any_model: bool,
    pub default_model: String,
    /// Used when a caller names no provider.
    pub is_default: bool,
}

/// The configured providers. Cheap to clone.
#[derive(Clone)]
pub struct Providers {
    entries: Arc<[Entry]>,
    default: usize,
}

struct Entry {
    info: ProviderInfo,
    provider: Arc<dyn Provider>,
}

/// A provider and model chosen for a reply.
#[derive(Clone)]
pub struct Resolved {
    pub provider: String,
    pub model: String,
    handle: Arc<dyn Provider>,
}

impl std::fmt::Debug for Resolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resolved")
            .field("provider", &self.provider)
            .field("model", &self.model)
            .finish()
    }
}

impl Resolved {
    /// Streams a completion of `request` with this provider, for this
    /// model (whatever `request.model` says).
    pub fn stream(&self, mut request: ChatRequest, cancel: CancellationToken) -> ReplyStream {
        request.model.clone_from(&self.model);
        self.handle.stream(request, cancel).metered(&self.provider)
    }

    /// Transcribes speech with this provider (`request.model` is its
    /// transcription model, not `self.model`, a chat model).
    pub async fn transcribe(
        &self,
        request: super::TranscriptionRequest,
    ) -> Result<String, super::TranscriptionError> {
        self.handle.transcribe(&self.provider, request).await
    }
}

/// Why a provider or model name names nothing configured.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("no provider is named {0:?}")]
    UnknownProvider(String),
    #[error("provider {provider:?} offers no model named {model:?}")]
    UnknownModel { provider: String, model: String },
}

impl Providers {
    /// Builds every provider. The offline provider is added when no
    /// provider is named `offline`. The default is `default_provider` if
    /// given, else the one provider that is not offline, else `offline`;
    /// several such providers and no default is an error.
    pub fn new(
        settings: &[ProviderSettings],
        default_provider: Option<&str>,
    ) -> anyhow::Result<Self> {
        let mut settings = settings.to_vec();
        if !settings.iter().any(|s| s.name == "offline") {
            settings.push(ProviderSettings::offline());
        }
        settings.sort_by(|a, b| a.name.cmp(&b.name));
        if let Some(twice) = settings.windows(2).find(|w| w[0].name == w[1].name) {
            anyhow::bail!("two providers are named {:?}", twice[0].name);
        }
        let default = match default_provider {
            Some(name) => settings
                .iter()
                .position(|s| s.name == name)
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "default_provider {name:?} is not a configured provider (there are: {})",
                        names(&settings)
                    )
                })?,
            None => {
                let online: Vec<usize> = (0..settings.len())
                    .filter(|&i| settings[i].kind != ProviderKind::Offline)
                    .collect();
                match online.as_slice() {
                    [] => settings
                        .iter()
                        .position(|s| s.name == "offline")
                        .expect("the offline provider was added above"),
                    [only] => *only,
                    _ => anyhow::bail!(
                        "several providers are configured ({}); say which is the default with \
                         default_provider",
                        names(&settings)
                    ),
                }
            }
        };
        let entries = settings
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if s.models.is_empty() || !s.models.contains(&s.default_model) {
                    anyhow::bail!(
                        "provider {}: default_model {:?} is not one of its models",
                        s.name,
                        s.default_model
                    );
                }
                let provider: Arc<dyn Provider> = match s.kind {
                    ProviderKind::Openai => Arc::new(OpenAi::new(s)?),
                    ProviderKind::Offline => Arc::new(Offline::new(s.tokens_per_second)),
                };
                Ok(Entry {
                    info: ProviderInfo {
                        name: s.name.clone(),
                        kind: s.kind,
                        base_url: s.base_url.as_deref().map(public_url),
                        models: s.models.clone(),
                        any_model: s.any_model,
                        default_model: s.default_model.clone(),
                        is_default: i == default,
                    },
                    provider,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Self {
            entries: entries.into(),
            default,
        })
    }

    /// Only the offline provider, as a server with no configuration has.
    pub fn offline_only() -> Self {
        Self::new(&[], None).expect("the offline provider alone is always valid")
    }

    /// Every provider, by name.
    pub fn list(&self) -> impl Iterator<Item = &ProviderInfo> {
        self.entries.iter().map(|e| &e.info)
    }

    /// The provider used when a caller names none.
    pub fn default_provider(&self) -> &ProviderInfo {
        &self.entries[self.default].info
    }

    /// The provider and model for a reply: empty names mean the default
    /// provider and that provider's default model.
    pub fn resolve(&self, provider: &str, model: &str) -> Result<Resolved, ResolveError> {
        let entry = if provider.is_empty() {
            &self.entries[self.default]
        } else {
            self.entries
                .iter()
                .find(|e| e.info.name == provider)
                .ok_or_else(|| ResolveError::UnknownProvider(provider.to_string()))?
        };
        let model = if model.is_empty() {
            entry.info.default_model.clone()
        } else if entry.info.any_model || entry.info.models.iter().any(|m| m == model) {
            model.to_string()
        } else {
            return Err(ResolveError::UnknownModel {
                provider: entry.info.name.clone(),
                model: model.to_string(),
            });
        };
        Ok(Resolved {
            provider: entry.info.name.clone(),
            model,
            handle: entry.provider.clone(),
        })
    }
}

fn names(settings: &[ProviderSettings]) -> String {
    settings
        .iter()
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn openai(name: &str) -> ProviderSettings {
        ProviderSettings {
            name: name.into(),
            kind: ProviderKind::Openai,
            base_url: Some("https://user:pw@llm.example/v1?key=k".into()),
            api_key: Some("sk-secret".into()),
            models: vec!["a".into(), "b".into()],
            default_model: "a".into(),
            ..ProviderSettings::offline()
        }
    }

    #[test]
    fn offline_is_the_default_when_nothing_is_configured() {
        let providers = Providers::offline_only();
        let default = providers.default_provider();
        assert_eq!(default.name, "offline");
        assert_eq!(default.kind, ProviderKind::Offline);
        assert!(default.is_default);
        assert_eq!(providers.list().count(), 1);
    }

    #[test]
    fn the_one_configured_provider_is_the_default_and_offline_stays() {
        let providers = Providers::new(&[openai("local")], None).unwrap();
        let names: Vec<_> = providers.list().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["local", "offline"]);
        assert_eq!(providers.default_provider().name, "local");
        assert_eq!(
            providers.default_provider().base_url.as_deref(),
            Some("https://llm.example/v1")
        );
    }

    #[test]
    fn several_providers_need_a_named_default() {
        let both = [openai("one"), openai("two")];
        let error = Providers::new(&both, None).err().unwrap().to_string();
        assert!(error.contains("default_provider"), "{error}");
        let providers = Providers::new(&both, Some("two")).unwrap();
        assert_eq!(providers.default_provider().name, "two");
        let error = Providers::new(&both, Some("three"))
            .err()
            .unwrap()
            .to_string();
        assert!(
            error.contains("\"three\" is not a configured provider"),
            "{error}"
        );
    }

    #[test]
    fn resolve_checks_names_and_fills_defaults() {
        let providers = Providers::new(&[openai("local")], None).unwrap();
        let chosen = providers.resolve("", "").unwrap();
        assert_eq!(
            (chosen.provider.as_str(), chosen.model.as_str()),
            ("local", "a")
        );
        let chosen = providers.resolve("local", "b").unwrap();
        assert_eq!(chosen.model, "b");
        assert_eq!(
            providers.resolve("local", "c").unwrap_err(),
            ResolveError::UnknownModel {
                provider: "local".into(),
                model: "c".into()
            }
        );
        assert_eq!(
            providers.resolve("nope", "").unwrap_err(),
            ResolveError::UnknownProvider("nope".into())
        );
        let offline = providers.resolve("offline", "").unwrap();
        assert_eq!(offline.model, crate::ai::offline::DEFAULT_MODEL);
    }
}
