//! The `[providers.NAME]` tables and the `ROUNDTABLE_OPENAI_*` shortcut,
//! checked and turned into provider settings.

use std::{collections::BTreeMap, time::Duration};

use super::{DEFAULT_MAX_RETRIES, DEFAULT_OPENAI_BASE_URL, DEFAULT_OPENAI_MODEL, FileProvider};
use crate::ai::{ProviderKind, ProviderSettings, Timeouts};

/// The file's provider tables.
type FileProviders = BTreeMap<String, FileProvider>;

/// The `openai` provider that `ROUNDTABLE_OPENAI_API_KEY` or
/// `ROUNDTABLE_OPENAI_BASE_URL` (a local server needs no key) adds.
pub(super) fn openai_shortcut(
    api_key: Option<String>,
    base_url: Option<String>,
    models: Option<Vec<String>>,
) -> Option<FileProvider> {
    let api_key = api_key.filter(|k| !k.is_empty());
    let base_url = base_url.filter(|u| !u.is_empty());
    if api_key.is_none() && base_url.is_none() {
        return None;
    }
    Some(FileProvider {
        kind: ProviderKind::Openai,
        base_url: Some(base_url.unwrap_or_else(|| DEFAULT_OPENAI_BASE_URL.to_string())),
        api_key,
        api_key_env: None,
        models: Some(
            models
                .filter(|m| m.iter().any(|m| !m.trim().is_empty()))
                .unwrap_or_else(|| vec![DEFAULT_OPENAI_MODEL.to_string()]),
        ),
        any_model: None,
        default_model: None,
        max_retries: None,
        tokens_per_second: None,
        timeouts: None,
    })
}

/// Checks the provider tables (and the environment shortcut, named
/// `openai`) and turns them into settings. `env` reads `api_key_env`.
pub(super) fn providers(
    file: FileProviders,
    shortcut: Option<FileProvider>,
    env: impl Fn(&str) -> Option<String>,
) -> anyhow::Result<Vec<ProviderSettings>> {
    let mut all: Vec<(String, FileProvider)> = file.into_iter().collect();
    if let Some(shortcut) = shortcut {
        if all.iter().any(|(name, _)| name == "openai") {
            anyhow::bail!(
                "provider \"openai\" is defined twice: by [providers.openai] in the config file \
                 and by ROUNDTABLE_OPENAI_API_KEY / ROUNDTABLE_OPENAI_BASE_URL; keep one"
            );
        }
        all.push(("openai".to_string(), shortcut));
    }
    all.into_iter()
        .map(|(name, table)| {
            provider(&name, table, &env).map_err(|e| anyhow::anyhow!("provider {name:?}: {e}"))
        })
        .collect()
}

fn provider(
    name: &str,
    table: FileProvider,
    env: &impl Fn(&str) -> Option<String>,
) -> anyhow::Result<ProviderSettings> {
    let valid_name = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !valid_name {
        anyhow::bail!("a provider name is 1-64 characters of a-z, 0-9, '-' and '_'");
    }
    let base_url = match (table.kind, table.base_url) {
        (ProviderKind::Openai, None) => {
            anyhow::bail!("base_url is required (e.g. https://api.openai.com/v1)")
        }
        (ProviderKind::Openai, Some(url)) => {
            let parsed = url::Url::parse(&url)
                .map_err(|e| anyhow::anyhow!("base_url {url:?} is not a URL: {e}"))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                anyhow::bail!("base_url must be http:// or https://");
            }
            Some(url)
        }
        (ProviderKind::Offline, Some(_)) => anyhow::bail!("an offline provider takes no base_url"),
        (ProviderKind::Offline, None) => None,
    };
    let api_key = match (table.api_key, table.api_key_env) {
        (Some(_), Some(_)) => anyhow::bail!("give api_key or api_key_env, not both"),
        (Some(key), None) => Some(key),
        (None, Some(var)) => Some(
            env(&var)
                .filter(|k| !k.is_empty())
                .ok_or_else(|| anyhow::anyhow!("api_key_env names {var}, which is not set"))?,
        ),
        (None, None) => None,
    }
    .filter(|k| !k.is_empty());
    if api_key.is_some() && table.kind == ProviderKind::Offline {
        anyhow::bail!("an offline provider takes no API key");
    }
    let mut models: Vec<String> = Vec::new();
    for model in table.models.unwrap_or_default() {
        let model = model.trim().to_string();
        if model.is_empty() {
            anyhow::bail!("a model name is empty");
        }
        if !models.contains(&model) {
            models.push(model);
        }
    }
    let default_model = match (
        table.default_model.map(|m| m.trim().to_string()),
        table.kind,
    ) {
        (Some(model), _) if model.is_empty() => anyhow::bail!("default_model is empty"),
        (Some(model), _) => {
            if models.is_empty() {
                models.push(model.clone());
            } else if !models.contains(&model) {
                anyhow::bail!("default_model {model:?} is not one of models {models:?}");
            }
            model
        }
        (None, _) if !models.is_empty() => models[0].clone(),
        (None, ProviderKind::Offline) => {
            models.push(crate::ai::offline::DEFAULT_MODEL.to_string());
            models[0].clone()
        }
        (None, ProviderKind::Openai) => anyhow::bail!("name its models (or a default_model)"),
    };
    let file_timeouts = table.timeouts.unwrap_or_default();
    let defaults = Timeouts::default();
    let seconds = |key: &str, value: Option<f64>, default: Duration| match value {
        None => Ok(default),
        Some(s) if s.is_finite() && s > 0.0 && s <= 86_400.0 => Ok(Duration::from_secs_f64(s)),
        Some(s) => Err(anyhow::anyhow!(
            "timeouts.{key} must be more than 0 and at most 86400 seconds, not {s}"
        )),
    };
    let timeouts = Timeouts {
        connect: seconds(
            "connect_seconds",
            file_timeouts.connect_seconds,
            defaults.connect,
        )?,
        first_token: seconds(
            "first_token_seconds",
            file_timeouts.first_token_seconds,
            defaults.first_token,
        )?,
        idle: seconds("idle_seconds", file_timeouts.idle_seconds, defaults.idle)?,
        total: seconds("total_seconds", file_timeouts.total_seconds, defaults.total)?,
    };
    let max_retries = table.max_retries.unwrap_or(DEFAULT_MAX_RETRIES);
    if max_retries > 10 {
        anyhow::bail!("max_retries is at most 10");
    }
    let tokens_per_second = match table.tokens_per_second {
        None => crate::ai::offline::DEFAULT_TOKENS_PER_SECOND,
        Some(_) if table.kind != ProviderKind::Offline => {
            anyhow::bail!("tokens_per_second is for offline providers only")
        }
        Some(rate) if rate.is_finite() && rate > 0.0 && rate <= 10_000.0 => rate,
        Some(rate) => {
            anyhow::bail!("tokens_per_second must be more than 0 and at most 10000, not {rate}")
        }
    };
    Ok(ProviderSettings {
        name: name.to_string(),
        kind: table.kind,
        base_url,
        api_key,
        models,
        any_model: table.any_model.unwrap_or(false),
        default_model,
        timeouts,
        max_retries,
        tokens_per_second,
    })
}
