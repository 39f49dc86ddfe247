//! Speech to text, through a provider's transcription endpoint.
//!
//! OpenAI-compatible providers take the audio at `POST /audio/transcriptions`
//! (OpenAI, vLLM, LiteLLM); we call it through `openai-api-rs`
//! (`OpenAIClient::audio_transcription`), which sends the bytes as a
//! multipart upload. What the crate does that a caller should know:
//!
//! - It names every upload `file.mp3`, whatever its format; the providers
//!   named above read the format from the bytes, not the name.
//! - On an error status it returns `"{status}: {body}"`; we take the HTTP
//!   status from the front and the message from the body, as for chat.
//! - It has no per-phase timeouts: the whole call is bounded by the
//!   provider's total timeout. Connect errors are not retried: an upload
//!   of up to 25 MiB is not worth resending blind.
//!
//! The offline provider has no transcription: it answers
//! [`TranscriptionError::Unsupported`] rather than inventing text.

use std::time::Duration;

use openai_api_rs::v1::api::OpenAIClient;
use openai_api_rs::v1::audio::AudioTranscriptionRequest;
use openai_api_rs::v1::error::APIError;

use super::{
    ProviderError, TimeoutPhase,
    openai::{MAX_ERROR_TEXT, describe, parse_error_body},
};

/// The model used when a caller names none: OpenAI's, and the name most
/// compatible servers accept.
pub const DEFAULT_MODEL: &str = "whisper-1";

/// What to transcribe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranscriptionRequest {
    /// The provider's transcription model, sent as given.
    pub model: String,
    /// The recording, in one of the formats the provider reads.
    pub audio: Vec<u8>,
    /// The spoken language (ISO 639-1), if known.
    pub language: Option<String>,
    /// Text that guides the transcription (names, spelling).
    pub prompt: Option<String>,
}

/// Why a transcription could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TranscriptionError {
    /// This kind of provider has no transcription endpoint.
    #[error("provider {provider} cannot transcribe audio")]
    Unsupported { provider: String },
    /// The provider failed as a chat call can.
    #[error(transparent)]
    Provider(#[from] ProviderError),
}

/// Transcribes with an OpenAI-compatible provider named `provider`.
pub(super) async fn openai(
    client: &OpenAIClient,
    provider: &str,
    total: Duration,
    request: TranscriptionRequest,
) -> Result<String, TranscriptionError> {
    let mut body = AudioTranscriptionRequest::new_bytes(request.audio, request.model);
    body.language = request.language;
    body.prompt = request.prompt;
    body.response_format = Some("json".into());
    let answer = tokio::time::timeout(total, client.audio_transcription(body))
        .await
        .map_err(|_| ProviderError::Timeout {
            provider: provider.to_string(),
            phase: TimeoutPhase::Total,
            after: total,
        })?;
    match answer {
        Ok(response) => Ok(response.inner.text),
        Err(APIError::CustomError { message }) => Err(custom_error(provider, &message).into()),
        Err(APIError::ReqwestError(error)) => {
            let connect = error.is_connect();
            let message = describe(APIError::ReqwestError(error));
            Err(if connect {
                ProviderError::Connect {
                    provider: provider.to_string(),
                    attempts: 1,
                    message,
                }
            } else {
                ProviderError::Interrupted {
                    provider: provider.to_string(),
                    message,
                }
            }
            .into())
        }
    }
}

/// What the crate's error text says: `"400 Bad Request: {body}"` for an
/// error status, `"Failed to parse JSON: …"` for a success it could not read.
fn custom_error(provider: &str, message: &str) -> ProviderError {
    let status = message
        .get(..3)
        .and_then(|code| code.parse::<u16>().ok())
        .filter(|code| (100..600).contains(code));
    match status {
        Some(status) => {
            let body = message.split_once(": ").map_or("", |(_, body)| body);
            let (_, text) = parse_error_body(body);
            ProviderError::Status {
                provider: provider.to_string(),
                status: Some(status),
                message: text,
            }
        }
        None => ProviderError::Malformed {
            provider: provider.to_string(),
            message: message.chars().take(MAX_ERROR_TEXT).collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_text_gives_status_and_message() {
        let error = custom_error(
            "local",
            r#"400 Bad Request: {"error":{"message":"Invalid file format.","type":"invalid_request_error","param":null,"code":null}}"#,
        );
        assert_eq!(
            error,
            ProviderError::Status {
                provider: "local".into(),
                status: Some(400),
                message: "Invalid file format.".into(),
            }
        );
        assert!(matches!(
            custom_error("local", "Failed to parse JSON: EOF / response <html>"),
            ProviderError::Malformed { .. }
        ));
    }
}
