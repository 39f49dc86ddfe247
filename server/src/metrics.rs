//! Prometheus metrics: the recorder, every metric's name and help text, and
//! one small function or guard per thing measured, so that a caller
//! anywhere (the writer, the hub, the domain, the AI streams, the request
//! layer) spends one line on it.
//!
//! Names start with `roundtable_` and carry their unit (`_seconds`,
//! `_total`). Label values come from closed sets — the contract's gRPC
//! paths, status codes, configured provider names, event kinds — never
//! from what a client sends, so the number of series stays bounded.
//! Histograms are real Prometheus histograms with the buckets below.
//!
//! The recorder is installed once per process by [`install`]; `GET
//! /metrics` renders its [`PrometheusHandle`]. Until then (or with
//! `metrics = false`) every function here does nothing.

mod requests;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use metrics::{
    Counter, Histogram, SharedString, Unit, counter, describe_counter, describe_gauge,
    describe_histogram, gauge, histogram,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub use requests::{RequestsLayer, Transport};

pub const REQUESTS: &str = "roundtable_requests_total";
pub const REQUEST_DURATION: &str = "roundtable_request_duration_seconds";
pub const WRITE_BATCH_SIZE: &str = "roundtable_write_batch_size";
pub const WRITE_BATCH_DURATION: &str = "roundtable_write_batch_duration_seconds";
pub const WRITE_COMMIT_DURATION: &str = "roundtable_write_commit_duration_seconds";
pub const EVENTS_APPENDED: &str = "roundtable_events_appended_total";
pub const EVENT_FANOUT_LAG: &str = "roundtable_event_fanout_lag_seconds";
pub const SUBSCRIPTIONS_OPEN: &str = "roundtable_subscriptions_open";
pub const REPLIES_ACTIVE: &str = "roundtable_replies_active";
pub const REPLIES: &str = "roundtable_replies_total";
pub const REPLY_FIRST_TOKEN: &str = "roundtable_reply_first_token_seconds";
pub const REPLY_TOKENS_PER_SECOND: &str = "roundtable_reply_tokens_per_second";
pub const PROVIDER_ERRORS: &str = "roundtable_provider_errors_total";
pub const CREDITS_CHARGED: &str = "roundtable_credits_charged_total";
pub const RATE_LIMITED: &str = "roundtable_rate_limited_total";

/// Buckets of every `_seconds` histogram: from half a millisecond (a
/// commit on a fast disk) to a minute (a long reply's first token).
const SECONDS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    60.0,
];
/// Operations per write batch: powers of two up to the writer's limit.
const BATCH: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0];
/// A model's output speed.
const TOKEN_RATE: &[f64] = &[
    1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 5000.0,
];

/// The rate-limit classes and keys, each series exported from the start.
const RATE_CLASSES: [&str; 4] = ["read", "write", "ai", "stream"];
const RATE_KEYS: [&str; 2] = ["credential", "ip"];

/// Installs the process-wide recorder (once; later calls return the same
/// handle) and starts its upkeep, which must run inside a Tokio runtime.
pub fn install() -> anyhow::Result<PrometheusHandle> {
    static HANDLE: Mutex<Option<PrometheusHandle>> = Mutex::new(None);
    let mut installed = HANDLE.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(handle) = installed.as_ref() {
        return Ok(handle.clone());
    }
    let mut builder = PrometheusBuilder::new();
    for (name, buckets) in [
        (REQUEST_DURATION, SECONDS),
        (WRITE_BATCH_SIZE, BATCH),
        (WRITE_BATCH_DURATION, SECONDS),
        (WRITE_COMMIT_DURATION, SECONDS),
        (EVENT_FANOUT_LAG, SECONDS),
        (REPLY_FIRST_TOKEN, SECONDS),
        (REPLY_TOKENS_PER_SECOND, TOKEN_RATE),
    ] {
        builder = builder.set_buckets_for_metric(Matcher::Full(name.into()), buckets)?;
    }
    let handle = builder.install_recorder()?;
    describe();
    for class in RATE_CLASSES {
        for key in RATE_KEYS {
            counter!(RATE_LIMITED, "class" => class, "key" => key).absolute(0);
        }
    }
    // Upkeep drains the histograms' recent samples; without it they grow.
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    *installed = Some(handle.clone());
    Ok(handle)
}

fn describe() {
    describe_counter!(
        REQUESTS,
        "RPCs answered, by gRPC path (`other` for paths the server does not serve), transport (grpc, grpc_web, rest) and status code"
    );
    describe_histogram!(
        REQUEST_DURATION,
        Unit::Seconds,
        "Time from an RPC's arrival to its status (for a stream, to its end), by rpc, transport and code"
    );
    describe_histogram!(
        WRITE_BATCH_SIZE,
        "Operations in each transaction of the single writer (group commit)"
    );
    describe_histogram!(
        WRITE_BATCH_DURATION,
        Unit::Seconds,
        "Time from a write batch's BEGIN until its COMMIT returned: what each write in it waits at the writer"
    );
    describe_histogram!(
        WRITE_COMMIT_DURATION,
        Unit::Seconds,
        "Time the COMMIT of a write batch took, by outcome (ok, error)"
    );
    describe_counter!(
        EVENTS_APPENDED,
        "Committed events of the event log that this server's hub published, by kind"
    );
    describe_histogram!(
        EVENT_FANOUT_LAG,
        Unit::Seconds,
        "Age of an event when the hub broadcast it to subscribers: from its write to its fan-out"
    );
    describe_gauge!(SUBSCRIPTIONS_OPEN, "Event subscriptions open now");
    describe_gauge!(
        REPLIES_ACTIVE,
        "AI completions streaming now (REPLR replies, session answers, assist work), by provider"
    );
    describe_counter!(
        REPLIES,
        "AI completions that ended, by provider and outcome (complete, failed, cancelled)"
    );
    describe_histogram!(
        REPLY_FIRST_TOKEN,
        Unit::Seconds,
        "Time from asking the provider to its first token, by provider"
    );
    describe_histogram!(
        REPLY_TOKENS_PER_SECOND,
        "Completion tokens per second from the first token to the end, by provider"
    );
    describe_counter!(
        PROVIDER_ERRORS,
        "AI completions a provider failed, by provider and reason (PROVIDER_UNREACHABLE, PROVIDER_TIMEOUT, PROVIDER_ERROR, PROVIDER_INTERRUPTED, PROVIDER_MALFORMED_STREAM)"
    );
    describe_counter!(
        CREDITS_CHARGED,
        "Credits (tokens) charged to spaces, by subject: what they paid for (message: a reply or session answer; session, room: summaries; user: translation, transcription)"
    );
    describe_counter!(
        RATE_LIMITED,
        "Requests refused by the rate limiter, by class (read, write, ai, stream) and key (credential, ip)"
    );
}

/// An RPC ended with `code` (a `google.rpc.Code` name) after `elapsed`.
pub fn request(rpc: SharedString, transport: Transport, code: &'static str, elapsed: Duration) {
    // The handles of each series are looked up once and kept: building a
    // labelled key and finding it in the registry on every call cost a
    // fifth of a no-op RPC's throughput.
    static SERIES: Series<(SharedString, Transport, &'static str), (Counter, Histogram)> =
        Series::new();
    SERIES.with(
        (rpc, transport, code),
        |(rpc, transport, code)| {
            let labels = [
                ("rpc", rpc.clone()),
                ("transport", SharedString::const_str(transport.as_str())),
                ("code", SharedString::const_str(code)),
            ];
            (
                counter!(REQUESTS, &labels),
                histogram!(REQUEST_DURATION, &labels),
            )
        },
        |(requests, duration)| {
            requests.increment(1);
            duration.record(elapsed);
        },
    );
}

/// The handles of one family's series by label values, made on first use.
struct Series<K, H> {
    handles: std::sync::LazyLock<std::sync::RwLock<std::collections::HashMap<K, H>>>,
}

impl<K: std::hash::Hash + Eq + Clone, H> Series<K, H> {
    const fn new() -> Self {
        Self {
            handles: std::sync::LazyLock::new(Default::default),
        }
    }

    /// Calls `use_` with the handles of the series `key`, made by `make`
    /// the first time.
    fn with(&self, key: K, make: impl FnOnce(&K) -> H, use_: impl FnOnce(&H)) {
        {
            let handles = self.handles.read().unwrap_or_else(|p| p.into_inner());
            if let Some(found) = handles.get(&key) {
                return use_(found);
            }
        }
        let mut handles = self.handles.write().unwrap_or_else(|p| p.into_inner());
        let made = make(&key);
        use_(handles.entry(key).or_insert(made));
    }
}

/// A write batch of `size` operations ran for `total`, of which its
/// COMMIT took `commit`.
pub fn write_batch(size: usize, total: Duration, commit: Duration, committed: bool) {
    let outcome = if committed { "ok" } else { "error" };
    histogram!(WRITE_BATCH_SIZE).record(size as f64);
    histogram!(WRITE_BATCH_DURATION).record(total);
    histogram!(WRITE_COMMIT_DURATION, "outcome" => outcome).record(commit);
}

/// The hub broadcast a committed event of `kind` written at `written`.
pub fn event_published(kind: &'static str, written: chrono::DateTime<chrono::Utc>) {
    static SERIES: Series<&'static str, (Counter, Histogram)> = Series::new();
    let age = (chrono::Utc::now() - written).to_std().unwrap_or_default();
    SERIES.with(
        kind,
        |kind| {
            (
                counter!(EVENTS_APPENDED, "kind" => *kind),
                histogram!(EVENT_FANOUT_LAG),
            )
        },
        |(appended, lag)| {
            appended.increment(1);
            lag.record(age);
        },
    );
}

/// `tokens` credits were charged for `subject` (as the ledger stores it:
/// message, session, room, user).
pub fn credits_charged(subject: &'static str, tokens: i64) {
    if let Ok(tokens) = u64::try_from(tokens) {
        counter!(CREDITS_CHARGED, "subject" => subject).increment(tokens);
    }
}

/// The rate limiter refused a request of `class` (read, write, ai,
/// stream) keyed by `key` (credential, ip).
pub fn rate_limited(class: &'static str, key: &'static str) {
    counter!(RATE_LIMITED, "class" => class, "key" => key).increment(1);
}

/// Counts an open subscription for as long as it lives.
#[must_use = "the subscription counts only while this is held"]
pub struct OpenSubscription(());

impl OpenSubscription {
    pub fn open() -> Self {
        gauge!(SUBSCRIPTIONS_OPEN).increment(1.0);
        Self(())
    }
}

impl Drop for OpenSubscription {
    fn drop(&mut self) {
        gauge!(SUBSCRIPTIONS_OPEN).decrement(1.0);
    }
}

/// One AI completion streaming from `provider`: active while it lives,
/// timed to its first token, and counted by how it ended.
pub struct Completion {
    provider: SharedString,
    asked: Instant,
    first_token: Option<Instant>,
    ended: bool,
}

impl Completion {
    pub fn start(provider: &str) -> Self {
        let provider = SharedString::from(provider.to_owned());
        gauge!(REPLIES_ACTIVE, "provider" => provider.clone()).increment(1.0);
        Self {
            provider,
            asked: Instant::now(),
            first_token: None,
            ended: false,
        }
    }

    /// A token (or a few) arrived.
    pub fn token(&mut self) {
        if self.first_token.is_none() {
            let now = Instant::now();
            self.first_token = Some(now);
            histogram!(REPLY_FIRST_TOKEN, "provider" => self.provider.clone())
                .record(now - self.asked);
        }
    }

    /// The completion finished with `tokens` completion tokens.
    pub fn completed(&mut self, tokens: u32) {
        if let Some(first) = self.first_token {
            let streaming = first.elapsed().as_secs_f64();
            if streaming > 0.0 && tokens > 1 {
                // The first token opens the interval; the rest fill it.
                let rate = f64::from(tokens - 1) / streaming;
                histogram!(REPLY_TOKENS_PER_SECOND, "provider" => self.provider.clone())
                    .record(rate);
            }
        }
        self.end("complete");
    }

    pub fn cancelled(&mut self) {
        self.end("cancelled");
    }

    /// The provider failed with `reason` (a `ProviderError` reason).
    pub fn failed(&mut self, reason: &'static str) {
        counter!(PROVIDER_ERRORS, "provider" => self.provider.clone(), "reason" => reason)
            .increment(1);
        self.end("failed");
    }

    fn end(&mut self, outcome: &'static str) {
        if !self.ended {
            self.ended = true;
            counter!(REPLIES, "provider" => self.provider.clone(), "outcome" => outcome)
                .increment(1);
        }
    }
}

impl Drop for Completion {
    fn drop(&mut self) {
        gauge!(REPLIES_ACTIVE, "provider" => self.provider.clone()).decrement(1.0);
    }
}
