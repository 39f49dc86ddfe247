//! Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Ollama,
//! LiteLLM, …), streamed through the `openai-api-rs` crate.
//!
//! The crate's streaming call, `OpenAIClient::try_chat_completion_stream`,
//! takes a custom base URL (`with_endpoint`) and yields the content deltas,
//! the final `[DONE]` and transport errors; we use it for the request, the
//! connection and the SSE decoding. What it cannot do, and what we do
//! about it:
//!
//! - **Usage.** Its decoder reads only `choices[0].delta`, and its request
//!   type has no `stream_options`, so the provider's usage figures (the last
//!   chunk with `include_usage`) never reach us. Completion tokens are
//!   counted as the content deltas received (OpenAI, vLLM and Ollama send
//!   one token per chunk) and prompt tokens estimated from the text; the
//!   [`Usage`] says `estimated: true`.
//! - **Finish reason.** Not exposed either: a reply that reached
//!   `max_tokens` tokens is reported as [`FinishReason::Length`], any other
//!   as [`FinishReason::Stop`].
//! - **HTTP status.** On an error status it returns the response body only.
//!   We take the message from the body and the status from it where the
//!   body tells: a numeric `code` (vLLM, LiteLLM), or OpenAI's error `code`
//!   and `type` names (`invalid_api_key` is 401, `server_error` 500, …);
//!   otherwise the status is unknown (`None`).
//! - **Malformed chunks** are skipped by the crate (it prints them to
//!   stderr); a response that never says `[DONE]` (a web page at a wrong
//!   base URL, a stream cut short) is [`ProviderError::Malformed`].
//! - **Timeouts.** It has one whole-request timeout in seconds; we leave it
//!   unset and time each phase ourselves ([`Timeouts`]). It builds a new
//!   HTTP client per request, so connections are not pooled.
//! - It replaces a literal backslash-`n` in content with a newline.
//!
//! Retries: only a connect error (the provider could not be reached at
//! all) is retried, with exponential backoff, at most `max_retries` times,
//! and only within the total timeout. Once the request reached the
//! provider, it is never repeated: it may have been billed.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use openai_api_rs::v1::api::OpenAIClient;
use openai_api_rs::v1::chat_completion::chat_completion_stream::{
    ChatCompletionStreamRequest, ChatCompletionStreamResponse,
};
use openai_api_rs::v1::chat_completion::{ChatCompletionMessage, Content, MessageRole};
use openai_api_rs::v1::error::APIError;
use rand::Rng;
use serde_json::Value;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::{
    ChatRequest, Completion, Emitter, FinishReason, Provider, ProviderError, ProviderSettings,
    ReplyStream, Role, TimeoutPhase, Timeouts, Usage, estimate_prompt_tokens,
};

/// The first pause before a retry; it doubles with each further attempt.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(4);
/// How much of an unparseable error body an error message keeps.
pub(super) const MAX_ERROR_TEXT: usize = 500;

/// An OpenAI-compatible provider.
#[derive(Clone)]
pub struct OpenAi {
    inner: Arc<Inner>,
}

struct Inner {
    name: String,
    client: OpenAIClient,
    timeouts: Timeouts,
    max_retries: u32,
}

impl OpenAi {
    pub fn new(settings: &ProviderSettings) -> anyhow::Result<Self> {
        let base_url = settings
            .base_url
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("provider {} needs a base_url", settings.name))?;
        let mut builder = OpenAIClient::builder().with_endpoint(base_url);
        if let Some(key) = &settings.api_key {
            builder = builder.with_api_key(key.clone());
        }
        let client = builder
            .build()
            .map_err(|e| anyhow::anyhow!("provider {}: {e}", settings.name))?;
        Ok(Self {
            inner: Arc::new(Inner {
                name: settings.name.clone(),
                client,
                timeouts: settings.timeouts,
                max_retries: settings.max_retries,
            }),
        })
    }
}

impl Provider for OpenAi {
    fn stream(&self, request: ChatRequest, cancel: CancellationToken) -> ReplyStream {
        let inner = self.inner.clone();
        ReplyStream::spawn(cancel, move |emitter| async move {
            inner.complete(request, emitter).await
        })
    }

    fn transcribe(
        &self,
        _provider: &str,
        request: super::TranscriptionRequest,
    ) -> std::pin::Pin<
        Box<dyn Future<Output = Result<String, super::TranscriptionError>> + Send + 'static>,
    > {
        let inner = self.inner.clone();
        Box::pin(async move {
            super::transcription::openai(&inner.client, &inner.name, inner.timeouts.total, request)
                .await
        })
    }
}

impl Inner {
    async fn complete(
        &self,
        request: ChatRequest,
        emitter: Emitter,
    ) -> Result<Completion, ProviderError> {
        let deadline = Instant::now() + self.timeouts.total;
        let events = self.open(body(&request), deadline).await?;
        let mut events = std::pin::pin!(events);
        let mut text = String::new();
        let mut tokens = 0u32;
        loop {
            let (phase, wait) = if tokens == 0 {
                (TimeoutPhase::FirstToken, self.timeouts.first_token)
            } else {
                (TimeoutPhase::Idle, self.timeouts.idle)
            };
            let (phase, until) = limit(phase, Instant::now() + wait, deadline);
            let Ok(event) = tokio::time::timeout_at(until, events.next()).await else {
                return Err(self.timed_out(phase));
            };
            match event {
                Some(Ok(ChatCompletionStreamResponse::Content(piece))) => {
                    // The first chunk often carries only the role.
                    if piece.is_empty() {
                        continue;
                    }
                    tokens += 1;
                    text.push_str(&piece);
                    emitter.delta(piece).await;
                }
                Some(Ok(ChatCompletionStreamResponse::Done)) => break,
                // Thinking and tool calls are not part of the reply's text;
                // they count as signs of life for the idle timeout.
                Some(Ok(
                    ChatCompletionStreamResponse::Reasoning(_)
                    | ChatCompletionStreamResponse::ToolCall(_),
                )) => {}
                Some(Err(error)) => {
                    return Err(ProviderError::Interrupted {
                        provider: self.name.clone(),
                        message: describe(error),
                    });
                }
                None => {
                    return Err(ProviderError::Malformed {
                        provider: self.name.clone(),
                        message: "the response ended without `data: [DONE]`".into(),
                    });
                }
            }
        }
        let finish_reason = match request.max_tokens {
            Some(max) if tokens >= max => FinishReason::Length,
            _ => FinishReason::Stop,
        };
        Ok(Completion {
            text,
            finish_reason,
            usage: Usage {
                prompt_tokens: estimate_prompt_tokens(&request),
                completion_tokens: tokens,
                estimated: true,
            },
        })
    }

    /// Sends the request and waits for the response's headers, retrying
    /// connect errors.
    async fn open(
        &self,
        body: ChatCompletionStreamRequest,
        deadline: Instant,
    ) -> Result<
        impl futures::Stream<Item = Result<ChatCompletionStreamResponse, APIError>> + Send + '_,
        ProviderError,
    > {
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            let (phase, until) = limit(
                TimeoutPhase::Connect,
                Instant::now() + self.timeouts.connect,
                deadline,
            );
            let call = self.client.try_chat_completion_stream(body.clone());
            let Ok(answer) = tokio::time::timeout_at(until, call).await else {
                return Err(self.timed_out(phase));
            };
            let error = match answer {
                Ok(events) => return Ok(events),
                Err(APIError::CustomError { message }) => {
                    let (status, message) = parse_error_body(&message);
                    return Err(ProviderError::Status {
                        provider: self.name.clone(),
                        status,
                        message,
                    });
                }
                Err(APIError::ReqwestError(error)) => error,
            };
            let retry = error.is_connect() && attempts <= self.max_retries;
            let failed = ProviderError::Connect {
                provider: self.name.clone(),
                attempts,
                message: describe(APIError::ReqwestError(error)),
            };
            if !retry {
                return Err(failed);
            }
            let pause = backoff(attempts);
            if Instant::now() + pause >= deadline {
                return Err(failed);
            }
            tracing::debug!(provider = %self.name, attempts, ?pause, "provider unreachable; retrying");
            tokio::time::sleep(pause).await;
        }
    }

    fn timed_out(&self, phase: TimeoutPhase) -> ProviderError {
        let after = match phase {
            TimeoutPhase::Connect => self.timeouts.connect,
            TimeoutPhase::FirstToken => self.timeouts.first_token,
            TimeoutPhase::Idle => self.timeouts.idle,
            TimeoutPhase::Total => self.timeouts.total,
        };
        ProviderError::Timeout {
            provider: self.name.clone(),
            phase,
            after,
        }
    }
}

/// The earlier of a phase's own limit and the whole call's, and which it is.
fn limit(phase: TimeoutPhase, until: Instant, deadline: Instant) -> (TimeoutPhase, Instant) {
    if deadline <= until {
        (TimeoutPhase::Total, deadline)
    } else {
        (phase, until)
    }
}

/// The pause before retry number `attempt`: 250 ms, 500 ms, 1 s, … up to
/// 4 s, less up to a quarter at random so that many replies do not retry
/// in step.
fn backoff(attempt: u32) -> Duration {
    let exponential = FIRST_BACKOFF.saturating_mul(1 << attempt.saturating_sub(1).min(16));
    let pause = exponential.min(MAX_BACKOFF);
    pause.mul_f64(1.0 - rand::rng().random_range(0.0..0.25))
}

fn body(request: &ChatRequest) -> ChatCompletionStreamRequest {
    let message = |role, text: &str| ChatCompletionMessage {
        role,
        content: Content::Text(text.to_string()),
        name: None,
        tool_calls: None,
        tool_call_id: None,
    };
    let mut messages = Vec::with_capacity(request.messages.len() + 1);
    if !request.system_prompt.is_empty() {
        messages.push(message(MessageRole::system, &request.system_prompt));
    }
    for m in &request.messages {
        let role = match m.role {
            Role::User => MessageRole::user,
            Role::Assistant => MessageRole::assistant,
            Role::System => MessageRole::system,
        };
        messages.push(message(role, &m.text));
    }
    let mut body = ChatCompletionStreamRequest::new(request.model.clone(), messages);
    // 0.7_f32 widens to 0.699999988…; send what the user wrote.
    body.temperature = request
        .temperature
        .map(|t| (f64::from(t) * 1000.0).round() / 1000.0);
    body.max_tokens = request.max_tokens.map(i64::from);
    body
}

/// A transport error in words, without the URL (whose query may hold a key)
/// and with its causes ("connection refused").
pub(super) fn describe(error: APIError) -> String {
    match error {
        APIError::CustomError { message } => message,
        APIError::ReqwestError(error) => {
            let error = error.without_url();
            let mut text = error.to_string();
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                text.push_str(": ");
                text.push_str(&cause.to_string());
                source = cause.source();
            }
            text
        }
    }
}

/// The status and message an error body tells, in the shapes OpenAI
/// (`{"error": {"message", "type", "code"}}`), vLLM (`{"object": "error",
/// "message", "code": 400}`) and Ollama (`{"error": "…"}`) use.
pub fn parse_error_body(body: &str) -> (Option<u16>, String) {
    let json: Option<Value> = serde_json::from_str(body).ok();
    let error = json.as_ref().map(|j| match j.get("error") {
        Some(inner) if inner.is_object() => inner,
        _ => j,
    });
    let message = error
        .and_then(|e| e.get("message"))
        .and_then(Value::as_str)
        .or_else(|| json.as_ref()?.get("error")?.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| {
            let text = body.trim();
            if text.is_empty() {
                "(the provider sent no error message)".to_string()
            } else {
                text.chars().take(MAX_ERROR_TEXT).collect()
            }
        });
    let code = error.and_then(|e| e.get("code"));
    let numeric = code
        .and_then(|c| {
            c.as_u64()
                .or_else(|| c.as_str().and_then(|s| s.parse().ok()))
        })
        .and_then(|n| u16::try_from(n).ok())
        .filter(|n| (100..600).contains(n));
    let named = |field: &str| {
        let name = error?.get(field)?.as_str()?;
        Some(match name {
            "invalid_api_key" | "authentication_error" | "invalid_authentication" => 401,
            "permission_denied" | "permission_error" | "unsupported_country_region_territory" => {
                403
            }
            "model_not_found" | "not_found_error" => 404,
            "rate_limit_exceeded" | "insufficient_quota" | "rate_limit_error" | "requests" => 429,
            "server_error" | "api_error" | "internal_error" => 500,
            "overloaded_error" => 503,
            "invalid_request_error" | "context_length_exceeded" | "BadRequestError" => 400,
            _ => return None,
        })
    };
    (
        numeric.or_else(|| named("code")).or_else(|| named("type")),
        message,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_give_status_and_message() {
        let openai = r#"{"error":{"message":"Incorrect API key provided: sk-ab***yz.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#;
        assert_eq!(
            parse_error_body(openai),
            (
                Some(401),
                "Incorrect API key provided: sk-ab***yz.".to_string()
            )
        );
        let server = r#"{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}"#;
        assert_eq!(parse_error_body(server).0, Some(500));
        let vllm = r#"{"object":"error","message":"model x does not exist","type":"NotFoundError","param":null,"code":404}"#;
        assert_eq!(
            parse_error_body(vllm),
            (Some(404), "model x does not exist".to_string())
        );
        let ollama = r#"{"error":"model \"llama9\" not found, try pulling it first"}"#;
        assert_eq!(
            parse_error_body(ollama),
            (
                None,
                "model \"llama9\" not found, try pulling it first".to_string()
            )
        );
        assert_eq!(
            parse_error_body("<html>Bad Gateway</html>"),
            (None, "<html>Bad Gateway</html>".to_string())
        );
    }

    #[test]
    fn backoff_doubles_up_to_a_cap() {
        assert!(backoff(1) <= FIRST_BACKOFF && backoff(1) > FIRST_BACKOFF / 2);
        assert!(backoff(2) <= FIRST_BACKOFF * 2 && backoff(2) > FIRST_BACKOFF);
        assert!(backoff(30) <= MAX_BACKOFF);
    }

    #[test]
    fn the_request_carries_the_system_prompt_first_and_the_settings() {
        let request = ChatRequest {
            model: "gpt-4o-mini".into(),
            system_prompt: "Be brief.".into(),
            messages: vec![crate::ai::ChatMessage::new(Role::User, "hi")],
            temperature: Some(0.7),
            max_tokens: Some(64),
        };
        let json = serde_json::to_value(body(&request)).unwrap();
        assert_eq!(json["model"], "gpt-4o-mini");
        assert_eq!(json["messages"][0]["role"], "system");
        assert_eq!(json["messages"][0]["content"], "Be brief.");
        assert_eq!(json["messages"][1]["role"], "user");
        assert_eq!(json["temperature"], 0.7);
        assert_eq!(json["max_tokens"], 64);
    }
}
