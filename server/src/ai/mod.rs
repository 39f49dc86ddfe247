//! AI providers: what streams a chat completion, token by token.
//!
//! A [`Provider`] takes a [`ChatRequest`] (model, system prompt, the
//! conversation, temperature, max tokens) and answers with a [`ReplyStream`]:
//! zero or more [`ReplyEvent::Delta`]s, then exactly one
//! [`ReplyEvent::Done`] with the whole [`Completion`], or a typed
//! [`ProviderError`] instead of the rest. Two kinds exist:
//!
//! - [`openai`]: any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama,
//!   LiteLLM), through the `openai-api-rs` crate, with timeouts and bounded
//!   retries on connect errors;
//! - [`offline`]: built in, no network, a deterministic reply at a realistic
//!   pace, so a server with no key still streams.
//!
//! [`Providers`] is the registry built from the configuration, by name. The
//! domain reaches providers only through it. This module knows nothing of
//! tonic, HTTP services or the store.

pub mod offline;
pub mod openai;
mod providers;
mod settings;
pub mod transcription;

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use tokio::sync::mpsc;
use tokio_util::sync::{CancellationToken, DropGuard};

pub use providers::{ProviderInfo, Providers, ResolveError, Resolved};
pub use settings::{ProviderKind, ProviderSettings, Timeouts};
pub use transcription::{TranscriptionError, TranscriptionRequest};

/// Who said a message of the conversation, as the model sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
    System,
}

/// One message of the conversation sent to the model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChatMessage {
    pub role: Role,
    pub text: String,
}

impl ChatMessage {
    pub fn new(role: Role, text: impl Into<String>) -> Self {
        Self {
            role,
            text: text.into(),
        }
    }
}

/// What a provider is asked to complete.
#[derive(Clone, Debug, PartialEq)]
pub struct ChatRequest {
    /// The provider's model name.
    pub model: String,
    /// Instructions before the conversation; empty for none.
    pub system_prompt: String,
    /// The conversation, oldest first.
    pub messages: Vec<ChatMessage>,
    /// Sampling temperature; `None` leaves the provider's default.
    pub temperature: Option<f32>,
    /// The most tokens the reply may have; `None` leaves the provider's limit.
    pub max_tokens: Option<u32>,
}

/// Why the model stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinishReason {
    /// The model finished its answer.
    Stop,
    /// The reply reached `max_tokens`.
    Length,
}

/// Tokens a completion used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub prompt_tokens: u32,
    pub completion_tokens: u32,
    /// Counted by Roundtable rather than reported by the provider (see
    /// [`openai`] for why an OpenAI-compatible provider's figures are).
    pub estimated: bool,
}

/// A finished reply.
#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    /// Every delta, concatenated.
    pub text: String,
    pub finish_reason: FinishReason,
    pub usage: Usage,
}

/// One item of a [`ReplyStream`].
#[derive(Clone, Debug, PartialEq)]
pub enum ReplyEvent {
    /// The next piece of the reply's text (a token or a few).
    Delta(String),
    /// The reply is complete; the stream ends after this.
    Done(Completion),
}

/// Which wait ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeoutPhase {
    /// Connecting and sending, until the response's headers.
    Connect,
    /// From the response's headers to the first token.
    FirstToken,
    /// Between two tokens.
    Idle,
    /// The whole call.
    Total,
}

impl std::fmt::Display for TimeoutPhase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TimeoutPhase::Connect => "connect",
            TimeoutPhase::FirstToken => "first token",
            TimeoutPhase::Idle => "idle",
            TimeoutPhase::Total => "total",
        })
    }
}

/// Why a reply could not be completed. Each is final: nothing follows it
/// on the stream.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// The provider could not be reached (every attempt failed), or the
    /// request failed before any response.
    #[error("provider {provider}: cannot reach it after {attempts} attempt(s): {message}")]
    Connect {
        provider: String,
        attempts: u32,
        message: String,
    },
    /// A configured time limit passed.
    #[error("provider {provider}: {phase} timeout after {after:?}")]
    Timeout {
        provider: String,
        phase: TimeoutPhase,
        after: Duration,
    },
    /// The provider answered with an error instead of a stream. `status`
    /// is the HTTP status when known (see [`openai`] for when it is not).
    #[error("provider {provider} refused the request{}: {message}", .status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    Status {
        provider: String,
        status: Option<u16>,
        message: String,
    },
    /// The connection failed after the stream began.
    #[error("provider {provider}: the stream broke off: {message}")]
    Interrupted { provider: String, message: String },
    /// The response was not a chat-completions stream, or ended without
    /// its final `[DONE]`.
    #[error("provider {provider}: malformed stream: {message}")]
    Malformed { provider: String, message: String },
    /// The caller cancelled the reply.
    #[error("the reply was cancelled")]
    Cancelled,
}

impl ProviderError {
    /// A short stable name, for logs and for the reason a failed reply gives.
    pub fn reason(&self) -> &'static str {
        match self {
            ProviderError::Connect { .. } => "PROVIDER_UNREACHABLE",
            ProviderError::Timeout { .. } => "PROVIDER_TIMEOUT",
            ProviderError::Status { .. } => "PROVIDER_ERROR",
            ProviderError::Interrupted { .. } => "PROVIDER_INTERRUPTED",
            ProviderError::Malformed { .. } => "PROVIDER_MALFORMED_STREAM",
            ProviderError::Cancelled => "REPLY_CANCELLED",
        }
    }
}

/// Something that streams chat completions.
pub trait Provider: Send + Sync + 'static {
    /// Starts a completion. The work runs in its own task (so this must be
    /// called inside a Tokio runtime): it stops, with
    /// [`ProviderError::Cancelled`], when `cancel` fires, and silently when
    /// the returned stream is dropped.
    fn stream(&self, request: ChatRequest, cancel: CancellationToken) -> ReplyStream;

    /// Turns speech into text through the provider's transcription
    /// endpoint. Providers without one (the offline provider) answer
    /// [`TranscriptionError::Unsupported`].
    fn transcribe(
        &self,
        provider: &str,
        request: TranscriptionRequest,
    ) -> Pin<Box<dyn Future<Output = Result<String, TranscriptionError>> + Send + 'static>> {
        let _ = request;
        let unsupported = TranscriptionError::Unsupported {
            provider: provider.to_string(),
        };
        Box::pin(std::future::ready(Err(unsupported)))
    }
}

/// How many events may wait for a slow reader before the provider waits.
const BUFFER: usize = 256;

/// The answer of [`Provider::stream`]: deltas, then one `Done`, or an error
/// as the last item. Dropping it stops the provider's work.
pub struct ReplyStream {
    events: mpsc::Receiver<Result<ReplyEvent, ProviderError>>,
    _stop_on_drop: DropGuard,
    /// The completion's metrics, for streams from the registry.
    meter: Option<crate::metrics::Completion>,
}

impl ReplyStream {
    /// Runs `work` in a task of its own, feeding a new stream through the
    /// [`Emitter`] it is given. `work` ends with the completion or the error
    /// that the stream's last item carries. Cancellation and a dropped
    /// stream end `work` wherever it waits.
    pub fn spawn<F, Fut>(cancel: CancellationToken, work: F) -> ReplyStream
    where
        F: FnOnce(Emitter) -> Fut,
        Fut: Future<Output = Result<Completion, ProviderError>> + Send + 'static,
    {
        let (sender, events) = mpsc::channel(BUFFER);
        // A child token: dropping the stream cancels this call only, never
        // the caller's token.
        let stop = cancel.child_token();
        let emitter = Emitter {
            sender: sender.clone(),
        };
        let work = work(emitter);
        let stopped = stop.clone();
        tokio::spawn(async move {
            let outcome = tokio::select! {
                biased;
                _ = stopped.cancelled() => {
                    if !cancel.is_cancelled() {
                        // The stream was dropped: nobody is listening.
                        return;
                    }
                    Err(ProviderError::Cancelled)
                }
                outcome = work => outcome,
            };
            let _ = sender.send(outcome.map(ReplyEvent::Done)).await;
        });
        ReplyStream {
            events,
            _stop_on_drop: stop.drop_guard(),
            meter: None,
        }
    }

    /// This stream, measured as a completion by `provider` (see
    /// `crate::metrics::Completion`).
    pub fn metered(mut self, provider: &str) -> ReplyStream {
        self.meter = Some(crate::metrics::Completion::start(provider));
        self
    }

    /// The next event; `None` after the last. (`None` before a `Done` or
    /// an error means the provider's task panicked: a bug.)
    pub async fn next(&mut self) -> Option<Result<ReplyEvent, ProviderError>> {
        let item = self.events.recv().await;
        self.measure(item.as_ref());
        item
    }

    fn measure(&mut self, item: Option<&Result<ReplyEvent, ProviderError>>) {
        let (Some(meter), Some(item)) = (self.meter.as_mut(), item) else {
            return;
        };
        match item {
            Ok(ReplyEvent::Delta(_)) => meter.token(),
            Ok(ReplyEvent::Done(completion)) => meter.completed(completion.usage.completion_tokens),
            Err(ProviderError::Cancelled) => meter.cancelled(),
            Err(error) => meter.failed(error.reason()),
        }
    }
}

impl Stream for ReplyStream {
    type Item = Result<ReplyEvent, ProviderError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let polled = self.events.poll_recv(cx);
        if let Poll::Ready(item) = &polled {
            self.measure(item.as_ref());
        }
        polled
    }
}

/// Where a provider's task puts its deltas.
pub struct Emitter {
    sender: mpsc::Sender<Result<ReplyEvent, ProviderError>>,
}

impl Emitter {
    /// Sends one delta, waiting while the reader is [`BUFFER`] behind. A
    /// reader that is gone is not an error here: the task is stopped by
    /// the dropped stream's guard.
    pub async fn delta(&self, text: String) {
        let _ = self.sender.send(Ok(ReplyEvent::Delta(text))).await;
    }
}

/// A rough token count for text a provider did not count: about four
/// characters per token, as OpenAI's tokenizers average on English.
pub fn estimate_tokens(text: &str) -> u32 {
    let chars = text.chars().count() as u32;
    chars.div_ceil(4)
}

/// The newest of `newest_first` that fit in `budget` estimated tokens
/// (each costing `cost`), oldest first: the newest always counts, and the
/// first that does not fit ends the choice, so what is kept is a recent,
/// unbroken stretch of the conversation.
pub fn newest_within<T>(
    budget: u32,
    newest_first: impl IntoIterator<Item = T>,
    cost: impl Fn(&T) -> u32,
) -> Vec<T> {
    let mut budget = budget;
    let mut kept = Vec::new();
    for item in newest_first {
        let cost = cost(&item);
        if !kept.is_empty() && cost > budget {
            break;
        }
        budget = budget.saturating_sub(cost);
        kept.push(item);
    }
    kept.reverse();
    kept
}

/// A rough prompt token count: the text, plus the few tokens each message's
/// framing costs in the chat format.
pub fn estimate_prompt_tokens(request: &ChatRequest) -> u32 {
    const PER_MESSAGE: u32 = 4;
    let system = if request.system_prompt.is_empty() {
        0
    } else {
        estimate_tokens(&request.system_prompt) + PER_MESSAGE
    };
    request
        .messages
        .iter()
        .map(|m| estimate_tokens(&m.text) + PER_MESSAGE)
        .sum::<u32>()
        + system
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn cancelling_ends_the_stream_with_cancelled() {
        let cancel = CancellationToken::new();
        let mut stream = ReplyStream::spawn(cancel.clone(), |emitter| async move {
            emitter.delta("a".into()).await;
            std::future::pending::<()>().await;
            unreachable!("the work never finishes by itself")
        });
        assert_eq!(stream.next().await, Some(Ok(ReplyEvent::Delta("a".into()))));
        cancel.cancel();
        assert_eq!(stream.next().await, Some(Err(ProviderError::Cancelled)));
        assert_eq!(stream.next().await, None);
    }

    #[tokio::test]
    async fn dropping_the_stream_stops_the_work_but_not_the_callers_token() {
        let cancel = CancellationToken::new();
        let (finished, mut was_dropped) = tokio::sync::oneshot::channel::<()>();
        let stream = ReplyStream::spawn(cancel.clone(), |_| async move {
            let _finished = finished; // dropped when this future is dropped
            std::future::pending::<()>().await;
            unreachable!("the work never finishes by itself")
        });
        drop(stream);
        tokio::time::timeout(Duration::from_secs(5), &mut was_dropped)
            .await
            .expect("the work is dropped")
            .expect_err("the sender is dropped, never used");
        assert!(!cancel.is_cancelled());
    }

    #[test]
    fn prompt_estimate_counts_text_and_framing() {
        let request = ChatRequest {
            model: "m".into(),
            system_prompt: "abcd".into(),
            messages: vec![ChatMessage::new(Role::User, "abcdefgh")],
            temperature: None,
            max_tokens: None,
        };
        assert_eq!(estimate_prompt_tokens(&request), 1 + 4 + 2 + 4);
    }
}
