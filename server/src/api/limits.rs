//! Rate limits and stream caps, consulted by [`super::Auth`] on every RPC:
//! token buckets (GCRA, from `governor`) per client IP address and per
//! credential, with separate budgets for reads, writes and AI work, and a
//! cap on the streams one user holds open. Over a limit the call fails
//! with RESOURCE_EXHAUSTED (reason `RATE_LIMITED` or `TOO_MANY_STREAMS`)
//! with a `RetryInfo`; over REST that is HTTP 429 with `Retry-After` and
//! the `RateLimit-*` headers (from the status metadata, see
//! `gateway::errors`).

use std::{
    collections::HashMap,
    net::IpAddr,
    num::NonZeroU32,
    sync::{Arc, Mutex},
    time::Duration,
};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};
use serde::Deserialize;
use tonic::{Code, Status, metadata::MetadataValue};
use tonic_types::{ErrorDetails, StatusExt};
use uuid::Uuid;

use super::status::ERROR_DOMAIN;

/// What a call spends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Read,
    Write,
    /// Work for an AI provider: session messages, answers, summaries,
    /// translation, transcription.
    Ai,
}

impl Class {
    fn as_str(self) -> &'static str {
        match self {
            Class::Read => "read",
            Class::Write => "write",
            Class::Ai => "ai",
        }
    }
}

/// Whose budget a bucket is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Ip,
    Credential,
}

impl KeyKind {
    /// The `key` label and metadata value.
    fn as_str(self) -> &'static str {
        match self {
            KeyKind::Ip => "ip",
            KeyKind::Credential => "credential",
        }
    }

    /// What the key is, in messages.
    fn noun(self) -> &'static str {
        match self {
            KeyKind::Ip => "client address",
            KeyKind::Credential => "credential",
        }
    }
}

/// One bucket: a steady rate and a burst. 0 per second: no limit.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub per_second: u32,
    pub burst: u32,
}

impl Rate {
    const fn new(per_second: u32, burst: u32) -> Self {
        Self { per_second, burst }
    }

    /// The burst actually allowed: never below the steady rate.
    fn effective_burst(self) -> u32 {
        self.burst.max(self.per_second)
    }

    fn quota(self) -> Option<Quota> {
        let per_second = NonZeroU32::new(self.per_second)?;
        let burst = NonZeroU32::new(self.effective_burst())?;
        Some(Quota::per_second(per_second).allow_burst(burst))
    }
}

/// The three budgets of one kind of key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budgets {
    pub read: Rate,
    pub write: Rate,
    pub ai: Rate,
}

/// The `[limits]` table of the config file: each key optional, as in
/// `[limits.credential] write = { per_second = 50, burst = 100 }`.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLimits {
    pub enabled: Option<bool>,
    pub credential: Option<FileBudgets>,
    pub ip: Option<FileBudgets>,
    pub streams_per_user: Option<u32>,
}

/// `[limits.credential]` or `[limits.ip]`.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileBudgets {
    pub read: Option<Rate>,
    pub write: Option<Rate>,
    pub ai: Option<Rate>,
}

impl Budgets {
    fn overridden(self, file: Option<FileBudgets>) -> Self {
        let file = file.unwrap_or_default();
        Self {
            read: file.read.unwrap_or(self.read),
            write: file.write.unwrap_or(self.write),
            ai: file.ai.unwrap_or(self.ai),
        }
    }
}

/// Every limit, as configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitSettings {
    /// `false` turns every rate limit and the stream cap off (the
    /// benchmarks do, with `ROUNDTABLE_RATE_LIMITS=off`).
    pub enabled: bool,
    /// Per API key (or per user, for a JWT).
    pub credential: Budgets,
    /// Per client IP address, before and whatever the credential. Behind a
    /// reverse proxy every client has the proxy's address: raise these.
    pub ip: Budgets,
    /// Streams (Subscribe, SendMessageStream, SendSessionMessageStream,
    /// WatchSessionJob) one user may hold open at once; 0: no cap.
    pub streams_per_user: u32,
}

impl LimitSettings {
    /// The defaults, changed by the config file's `[limits]` table, then
    /// switched on or off by `enabled` (the flag or environment).
    pub fn configured(file: Option<FileLimits>, enabled: Option<bool>) -> Self {
        let defaults = Self::default();
        let file = file.unwrap_or_default();
        Self {
            enabled: enabled.or(file.enabled).unwrap_or(defaults.enabled),
            credential: defaults.credential.overridden(file.credential),
            ip: defaults.ip.overridden(file.ip),
            streams_per_user: file.streams_per_user.unwrap_or(defaults.streams_per_user),
        }
    }
}

impl Default for LimitSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            credential: Budgets {
                read: Rate::new(500, 1000),
                write: Rate::new(200, 1000),
                ai: Rate::new(20, 100),
            },
            ip: Budgets {
                read: Rate::new(2000, 4000),
                write: Rate::new(1000, 4000),
                ai: Rate::new(100, 400),
            },
            streams_per_user: 256,
        }
    }
}

/// One keyed limiter per class, for one kind of key.
struct Buckets<K: std::hash::Hash + Eq + Clone> {
    read: Option<DefaultKeyedRateLimiter<K>>,
    write: Option<DefaultKeyedRateLimiter<K>>,
    ai: Option<DefaultKeyedRateLimiter<K>>,
    rates: Budgets,
    kind: KeyKind,
}

impl<K: std::hash::Hash + Eq + Clone> Buckets<K> {
    fn new(rates: Budgets, kind: KeyKind) -> Self {
        let keyed = |rate: Rate| rate.quota().map(RateLimiter::keyed);
        Self {
            read: keyed(rates.read),
            write: keyed(rates.write),
            ai: keyed(rates.ai),
            rates,
            kind,
        }
    }

    fn check(&self, class: Class, key: &K) -> Result<(), Status> {
        let (limiter, rate) = match class {
            Class::Read => (&self.read, self.rates.read),
            Class::Write => (&self.write, self.rates.write),
            Class::Ai => (&self.ai, self.rates.ai),
        };
        let Some(limiter) = limiter else {
            return Ok(());
        };
        match limiter.check_key(key) {
            Ok(_) => Ok(()),
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                Err(rate_limited(class, self.kind, rate, wait))
            }
        }
    }

    fn forget_idle(&self) {
        for limiter in [&self.read, &self.write, &self.ai].into_iter().flatten() {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Every limit of one server.
#[derive(Clone)]
pub struct Limits {
    inner: Option<Arc<Inner>>,
}

struct Inner {
    by_ip: Buckets<IpAddr>,
    by_credential: Buckets<Uuid>,
    streams_per_user: u32,
    open_streams: Mutex<HashMap<Uuid, u32>>,
}

impl Limits {
    pub fn new(settings: LimitSettings) -> Self {
        if !settings.enabled {
            return Self { inner: None };
        }
        let inner = Arc::new(Inner {
            by_ip: Buckets::new(settings.ip, KeyKind::Ip),
            by_credential: Buckets::new(settings.credential, KeyKind::Credential),
            streams_per_user: settings.streams_per_user,
            open_streams: Mutex::default(),
        });
        // Buckets that refilled hold no information: drop them now and then
        // so the maps follow the active clients, not every client ever.
        let weak = Arc::downgrade(&inner);
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(60));
            every.tick().await;
            loop {
                every.tick().await;
                let Some(inner) = weak.upgrade() else { return };
                inner.by_ip.forget_idle();
                inner.by_credential.forget_idle();
            }
        });
        Self { inner: Some(inner) }
    }

    /// Spends one call of `class` from the client address's budget.
    pub fn check_ip(&self, class: Class, ip: Option<IpAddr>) -> Result<(), Status> {
        match (&self.inner, ip) {
            (Some(inner), Some(ip)) => inner.by_ip.check(class, &ip),
            _ => Ok(()),
        }
    }

    /// Spends one call of `class` from the credential's budget.
    pub fn check_credential(&self, class: Class, credential: Uuid) -> Result<(), Status> {
        match &self.inner {
            Some(inner) => inner.by_credential.check(class, &credential),
            None => Ok(()),
        }
    }

    /// A place for one more open stream of `user_id`, held until dropped.
    pub fn open_stream(&self, user_id: Uuid) -> Result<StreamPermit, Status> {
        let Some(inner) = &self.inner else {
            return Ok(StreamPermit { held: None });
        };
        if inner.streams_per_user > 0 {
            let mut open = lock(&inner.open_streams);
            let count = open.entry(user_id).or_default();
            if *count >= inner.streams_per_user {
                crate::metrics::rate_limited("stream", KeyKind::Credential.as_str());
                return Err(too_many_streams(inner.streams_per_user));
            }
            *count += 1;
        }
        Ok(StreamPermit {
            held: Some((inner.clone(), user_id)),
        })
    }
}

/// One open stream counted against its user's cap.
pub struct StreamPermit {
    held: Option<(Arc<Inner>, Uuid)>,
}

impl Drop for StreamPermit {
    fn drop(&mut self) {
        let Some((inner, user_id)) = &self.held else {
            return;
        };
        if inner.streams_per_user == 0 {
            return;
        }
        let mut open = lock(&inner.open_streams);
        if let Some(count) = open.get_mut(user_id) {
            *count -= 1;
            if *count == 0 {
                open.remove(user_id);
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// RESOURCE_EXHAUSTED for a spent bucket: `RetryInfo` with the wait, a
/// `QuotaFailure` naming the budget, and the `ratelimit-*` and
/// `retry-after` metadata the REST gateway turns into headers.
fn rate_limited(class: Class, kind: KeyKind, rate: Rate, wait: Duration) -> Status {
    crate::metrics::rate_limited(class.as_str(), kind.as_str());
    let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
    let burst = rate.effective_burst();
    let mut details = ErrorDetails::new();
    details.set_error_info(
        "RATE_LIMITED",
        ERROR_DOMAIN,
        HashMap::from([
            ("class".to_string(), class.as_str().to_string()),
            ("key".to_string(), kind.as_str().to_string()),
        ]),
    );
    details.set_retry_info(Some(wait));
    details.add_quota_failure_violation(
        format!("{}/{}", kind.as_str(), class.as_str()),
        format!(
            "{} {} calls per second (bursts of {burst}) per {}",
            rate.per_second,
            class.as_str(),
            kind.noun(),
        ),
    );
    let mut status = Status::with_error_details(
        Code::ResourceExhausted,
        format!(
            "too many {} calls for this {}; retry in {seconds} s",
            class.as_str(),
            kind.noun()
        ),
        details,
    );
    let metadata = status.metadata_mut();
    metadata.insert("retry-after", MetadataValue::from(seconds));
    metadata.insert("ratelimit-limit", MetadataValue::from(burst));
    metadata.insert("ratelimit-remaining", MetadataValue::from(0u32));
    metadata.insert("ratelimit-reset", MetadataValue::from(seconds));
    status
}

fn too_many_streams(cap: u32) -> Status {
    let mut details = ErrorDetails::new();
    details.set_error_info("TOO_MANY_STREAMS", ERROR_DOMAIN, HashMap::new());
    details.set_retry_info(Some(Duration::from_secs(1)));
    details.add_quota_failure_violation(
        "user/streams",
        format!("at most {cap} open streams per user"),
    );
    Status::with_error_details(
        Code::ResourceExhausted,
        format!("this user already holds {cap} open streams; close one first"),
        details,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_spent_bucket_says_when_to_retry_and_other_keys_go_on() {
        let limits = Limits::new(LimitSettings {
            credential: Budgets {
                read: Rate::new(1, 2),
                write: Rate::new(0, 0),
                ai: Rate::new(1, 1),
            },
            ..LimitSettings::default()
        });
        let (me, you) = (Uuid::now_v7(), Uuid::now_v7());
        assert!(limits.check_credential(Class::Read, me).is_ok());
        assert!(limits.check_credential(Class::Read, me).is_ok());
        let refused = limits.check_credential(Class::Read, me).unwrap_err();
        assert_eq!(refused.code(), Code::ResourceExhausted);
        assert!(refused.get_details_retry_info().is_some());
        assert!(limits.check_credential(Class::Read, you).is_ok());
        for _ in 0..100 {
            assert!(
                limits.check_credential(Class::Write, me).is_ok(),
                "0: no limit"
            );
        }
    }

    #[tokio::test]
    async fn streams_are_capped_per_user_until_one_closes() {
        let limits = Limits::new(LimitSettings {
            streams_per_user: 2,
            ..LimitSettings::default()
        });
        let me = Uuid::now_v7();
        let first = limits.open_stream(me).unwrap();
        let _second = limits.open_stream(me).unwrap();
        assert!(limits.open_stream(me).is_err());
        assert!(limits.open_stream(Uuid::now_v7()).is_ok());
        drop(first);
        assert!(limits.open_stream(me).is_ok());
    }
}
