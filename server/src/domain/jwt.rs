//! User tokens: JWTs minted by the integrating product's backend (HS256,
//! with the server's secret) or by its identity provider (RS256 or ES256,
//! verified with the public keys its JWKS URL publishes).
//!
//! Every token needs `sub` (a user id) and `exp`; `nbf` is checked when
//! present; both with a configurable leeway for clock skew. With an issuer
//! or an audience configured, tokens must carry that `iss` or `aud`.
//! Provider keys are fetched on first use and again when a token names a
//! key id (`kid`) the server does not know — which is how rotation reaches
//! it — at most once per [`REFETCH_MIN`], so unknown ids cannot make the
//! server hammer the provider.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
    time::{Duration, Instant},
};

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, jwk::JwkSet};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use super::{Error, Result};

/// The shortest time between two fetches of the JWKS.
pub const REFETCH_MIN: Duration = Duration::from_secs(5);
/// How long a JWKS fetch may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// The clock skew tolerated on `exp` and `nbf` unless configured.
pub const DEFAULT_LEEWAY_SECONDS: u64 = 5;

/// How user tokens are checked.
#[derive(Clone, Default)]
pub struct JwtSettings {
    /// The HS256 secret; none: HS256 tokens are refused.
    pub secret: Option<String>,
    /// Where the identity provider publishes its keys (a JWKS document);
    /// none: RS256 and ES256 tokens are refused.
    pub jwks_url: Option<String>,
    /// The `iss` every token must carry, if set.
    pub issuer: Option<String>,
    /// The `aud` every token must carry, if set.
    pub audience: Option<String>,
    /// Seconds of clock skew tolerated on `exp` and `nbf`.
    pub leeway_seconds: u64,
}

impl std::fmt::Debug for JwtSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JwtSettings")
            .field("secret", &self.secret.as_ref().map(|_| "***"))
            .field("jwks_url", &self.jwks_url)
            .field("issuer", &self.issuer)
            .field("audience", &self.audience)
            .field("leeway_seconds", &self.leeway_seconds)
            .finish()
    }
}

/// What a valid token says.
#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: i64,
}

/// What a token this server mints says.
#[derive(Serialize)]
struct Minted<'a> {
    sub: String,
    iat: i64,
    exp: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    iss: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aud: Option<&'a str>,
}

/// The answer to a token that does not check out, whatever the reason (a
/// client learns nothing from which check failed).
pub fn invalid() -> Error {
    Error::Unauthenticated("the bearer token is not a valid API key or user token")
}

/// Checks user tokens.
#[derive(Clone)]
pub struct Verifier {
    settings: Arc<JwtSettings>,
    secret: Option<Arc<DecodingKey>>,
    jwks: Option<Arc<Jwks>>,
}

impl Verifier {
    pub fn new(settings: JwtSettings) -> Self {
        let secret = settings
            .secret
            .as_ref()
            .map(|secret| Arc::new(DecodingKey::from_secret(secret.as_bytes())));
        let jwks = settings
            .jwks_url
            .clone()
            .map(|url| Arc::new(Jwks::new(url)));
        Self {
            settings: Arc::new(settings),
            secret,
            jwks,
        }
    }

    /// A new HS256 token for `user_id`, valid for `lifetime` from now,
    /// that this server accepts (with its issuer and audience, if set), and
    /// when it expires.
    pub fn mint(
        &self,
        user_id: uuid::Uuid,
        lifetime: Duration,
    ) -> Result<(String, chrono::DateTime<chrono::Utc>)> {
        let settings = &self.settings;
        let secret = settings.secret.as_ref().ok_or_else(|| {
            Error::precondition(
                "JWT_SECRET_NOT_CONFIGURED",
                "the server has no JWT secret (--jwt-secret, ROUNDTABLE_JWT_SECRET), \
                 so it cannot mint user tokens",
            )
        })?;
        let now = chrono::Utc::now();
        let expires = now
            + chrono::Duration::from_std(lifetime)
                .map_err(|_| Error::invalid("ttl_seconds", "INVALID_VALUE", "too long"))?;
        let claims = Minted {
            sub: user_id.to_string(),
            iat: now.timestamp(),
            exp: expires.timestamp(),
            iss: settings.issuer.as_deref(),
            aud: settings.audience.as_deref(),
        };
        let token = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(secret.as_bytes()),
        )
        .map_err(|error| {
            Error::Storage(sea_orm::DbErr::Custom(format!(
                "cannot sign a token: {error}"
            )))
        })?;
        Ok((token, expires))
    }

    /// The claims of `token`, if its signature, times, issuer and audience
    /// are good.
    pub async fn verify(&self, token: &str) -> Result<Claims> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| invalid())?;
        let key = match header.alg {
            Algorithm::HS256 => self.secret.clone().ok_or_else(invalid)?,
            Algorithm::RS256 | Algorithm::ES256 => {
                let jwks = self.jwks.as_ref().ok_or_else(invalid)?;
                let kid = header.kid.as_deref().ok_or_else(invalid)?;
                jwks.key(kid).await.ok_or_else(invalid)?
            }
            _ => return Err(invalid()),
        };
        let validation = self.validation(header.alg);
        jsonwebtoken::decode::<Claims>(token, &key, &validation)
            .map(|data| data.claims)
            .map_err(|_| invalid())
    }

    fn validation(&self, algorithm: Algorithm) -> Validation {
        let settings = &self.settings;
        let mut validation = Validation::new(algorithm);
        let mut required = vec!["exp", "sub"];
        validation.leeway = settings.leeway_seconds;
        validation.validate_nbf = true;
        match &settings.issuer {
            Some(issuer) => {
                validation.set_issuer(&[issuer]);
                required.push("iss");
            }
            None => validation.iss = None,
        }
        match &settings.audience {
            Some(audience) => {
                validation.set_audience(&[audience]);
                required.push("aud");
            }
            None => validation.validate_aud = false,
        }
        validation.set_required_spec_claims(&required);
        validation
    }
}

/// The identity provider's keys by `kid`, refreshed on demand.
struct Jwks {
    url: String,
    client: reqwest::Client,
    keys: RwLock<HashMap<String, Arc<DecodingKey>>>,
    /// When the set was last fetched; held while fetching, so one fetch
    /// runs at a time while known keys stay readable.
    fetched_at: Mutex<Option<Instant>>,
}

impl Jwks {
    fn new(url: String) -> Self {
        Self {
            url,
            client: reqwest::Client::builder()
                .timeout(FETCH_TIMEOUT)
                .build()
                .unwrap_or_default(),
            keys: RwLock::default(),
            fetched_at: Mutex::default(),
        }
    }

    fn known(&self, kid: &str) -> Option<Arc<DecodingKey>> {
        let keys = self.keys.read().unwrap_or_else(|p| p.into_inner());
        keys.get(kid).cloned()
    }

    /// The key `kid`, fetching the set again if it is unknown and the last
    /// fetch is old enough.
    async fn key(&self, kid: &str) -> Option<Arc<DecodingKey>> {
        if let Some(key) = self.known(kid) {
            return Some(key);
        }
        let mut fetched_at = self.fetched_at.lock().await;
        // Another caller may have fetched it while this one waited.
        if let Some(key) = self.known(kid) {
            return Some(key);
        }
        if fetched_at.is_some_and(|at| at.elapsed() < REFETCH_MIN) {
            return None;
        }
        *fetched_at = Some(Instant::now());
        match self.fetch().await {
            Ok(fresh) => *self.keys.write().unwrap_or_else(|p| p.into_inner()) = fresh,
            // Keep the keys we had: a provider outage must not lock out
            // tokens signed with known keys.
            Err(error) => tracing::warn!(url = %self.url, %error, "cannot fetch the JWKS"),
        }
        self.known(kid)
    }

    async fn fetch(&self) -> anyhow::Result<HashMap<String, Arc<DecodingKey>>> {
        let set: JwkSet = self
            .client
            .get(&self.url)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let mut keys = HashMap::new();
        for jwk in &set.keys {
            let Some(kid) = &jwk.common.key_id else {
                continue;
            };
            match DecodingKey::from_jwk(jwk) {
                Ok(key) => {
                    keys.insert(kid.clone(), Arc::new(key));
                }
                Err(error) => tracing::warn!(%kid, %error, "a JWKS key is unusable"),
            }
        }
        tracing::info!(url = %self.url, keys = keys.len(), "fetched the JWKS");
        Ok(keys)
    }
}
