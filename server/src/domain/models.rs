//! The AI models a caller may choose: the providers in the configuration.

use super::{Caller, Error, Result};
use crate::ai::{ProviderInfo, Providers, ResolveError, Resolved};

/// The configured providers, as the domain sees them.
#[derive(Clone)]
pub struct Models {
    providers: Providers,
}

impl Models {
    pub fn new(providers: Providers) -> Self {
        Self { providers }
    }

    /// Every configured provider, by name. Any authenticated caller may
    /// see them: the configuration belongs to no tenant, and what is shown
    /// holds no secret (no key, no credentials in the URL).
    pub fn list(&self, _caller: &Caller) -> Vec<ProviderInfo> {
        self.providers.list().cloned().collect()
    }

    /// The registry, for the replies that call providers.
    pub fn providers(&self) -> &Providers {
        &self.providers
    }
}

/// The provider and model a session, a REPLR or an assist call names,
/// resolved; a name the server does not know is a bad field.
pub fn resolve(providers: &Providers, provider: &str, model: &str) -> Result<Resolved> {
    providers.resolve(provider, model).map_err(|error| {
        let (field, reason) = match &error {
            ResolveError::UnknownProvider(_) => ("provider", "UNKNOWN_PROVIDER"),
            ResolveError::UnknownModel { .. } => ("model", "UNKNOWN_MODEL"),
        };
        Error::invalid(
            field,
            reason,
            format!("{error}; see ModelService.ListModels"),
        )
    })
}
