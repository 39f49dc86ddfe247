//! The AI models a caller may choose: the providers in the configuration.

use super::Caller;
use crate::ai::{ProviderInfo, Providers};

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
