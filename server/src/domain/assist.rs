//! One-shot AI help that is not a conversation: summaries (of sessions and
//! rooms), translations and transcriptions. Each is one call to a
//! provider, refused before it starts when the space's credits are spent,
//! and charged to the space once it has answered.

use std::collections::HashMap;

use sea_orm::DbErr;
use uuid::Uuid;

use super::{
    Caller, Error, Kind, Result, SpaceRole, credits, error::FieldViolation, input, input::keep,
    rooms::Rooms,
};
use crate::{
    ai::{
        self, ChatMessage, ChatRequest, Completion, ProviderError, Providers, ReplyEvent, Resolved,
        Role, TranscriptionError, TranscriptionRequest, Usage,
    },
    store::{
        Store,
        credits::{self as ledger, Subject},
        messages::{self as stored_messages, Window},
        replrs as stored_replrs, spaces as stored_spaces, users as stored_users,
    },
};

/// At most this many of the latest messages make a summary's transcript.
pub const TRANSCRIPT_MESSAGES: u64 = 200;
/// The transcript's budget, in estimated tokens.
pub const TRANSCRIPT_TOKENS: u32 = 6000;
pub const TITLE_MAX: usize = 100;
pub const SUMMARY_MAX: usize = 2000;
pub const LABELS_MAX: usize = 10;
pub const LABEL_MAX: usize = 32;
/// The longest text Translate takes, in characters.
pub const TRANSLATE_MAX: usize = 8000;
/// The longest language name or tag, in characters.
pub const LANGUAGE_MAX: usize = 64;
/// The largest recording Transcribe takes: OpenAI's limit.
pub const AUDIO_MAX: usize = 25 * 1024 * 1024;
/// The longest transcription prompt, in characters.
pub const TRANSCRIPTION_PROMPT_MAX: usize = 1000;

/// What a model wrote when asked for a summary.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryText {
    pub summary: String,
    pub title: String,
    pub labels: Vec<String>,
    pub provider: String,
    pub model: String,
    pub usage: Usage,
}

impl SummaryText {
    /// Tokens to charge.
    pub fn tokens(&self) -> i64 {
        tokens(self.usage)
    }
}

/// A translation and what made it.
pub struct Translation {
    pub text: String,
    pub provider: String,
    pub model: String,
    pub usage: Usage,
}

/// A transcription and what made it.
pub struct Transcript {
    pub text: String,
    pub provider: String,
    pub model: String,
    /// The transcript's tokens, estimated: what is charged.
    pub usage: Usage,
}

/// The provider and model a caller asked for, each of a valid form.
pub struct ModelChoice {
    provider: String,
    model: String,
}

impl ModelChoice {
    /// Empty names mean the server's default provider, its default model.
    pub fn new(provider: &str, model: &str) -> Result<Self> {
        let mut violations = Vec::new();
        let provider = keep(&mut violations, input::provider("provider", provider));
        let model = keep(&mut violations, input::model("model", model));
        match (provider, model) {
            (Some(provider), Some(model)) => Ok(Self { provider, model }),
            _ => Err(Error::InvalidArgument(violations)),
        }
    }
}

/// Text to translate, validated.
pub struct NewTranslation {
    text: String,
    target: String,
    source: Option<String>,
}

impl NewTranslation {
    /// `text` 1–8000 characters after trimming; `target` required and
    /// `source` optional, each a language name or tag.
    pub fn new(text: &str, target: &str, source: &str) -> Result<Self> {
        let mut violations = Vec::new();
        let text = keep(
            &mut violations,
            input::required_text("text", text, TRANSLATE_MAX),
        );
        let target = keep(&mut violations, language("target_language", target));
        let source = if source.trim().is_empty() {
            Some(None)
        } else {
            keep(&mut violations, language("source_language", source)).map(Some)
        };
        match (text, target, source) {
            (Some(text), Some(target), Some(source)) => Ok(Self {
                text,
                target,
                source,
            }),
            _ => Err(Error::InvalidArgument(violations)),
        }
    }
}

/// A language: a name or a BCP 47 tag, 1–64 characters of letters, digits,
/// spaces and `-`.
fn language(field: &'static str, raw: &str) -> Result<String> {
    let trimmed = input::name(field, raw, LANGUAGE_MAX)?;
    if trimmed
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
    {
        Ok(trimmed)
    } else {
        Err(Error::invalid(
            field,
            "INVALID_VALUE",
            "must be a language name or tag such as French, fr or pt-BR",
        ))
    }
}

/// The audio formats Transcribe takes, as providers read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioKind {
    Mp3,
    Mp4,
    Wav,
    Webm,
    Ogg,
    Flac,
}

impl AudioKind {
    /// The kind of a media type (parameters such as `;codecs=opus` aside).
    pub fn from_mime(mime: &str) -> Option<Self> {
        let essence = mime.split(';').next().unwrap_or_default().trim();
        Some(match essence.to_ascii_lowercase().as_str() {
            "audio/mpeg" | "audio/mp3" | "audio/mpga" => AudioKind::Mp3,
            "audio/mp4" | "audio/m4a" | "audio/x-m4a" => AudioKind::Mp4,
            "audio/wav" | "audio/x-wav" | "audio/wave" | "audio/vnd.wave" => AudioKind::Wav,
            "audio/webm" => AudioKind::Webm,
            "audio/ogg" => AudioKind::Ogg,
            "audio/flac" | "audio/x-flac" => AudioKind::Flac,
            _ => return None,
        })
    }

    /// Whether `bytes` begin as a file of this kind does.
    pub fn matches(self, bytes: &[u8]) -> bool {
        let id3 = bytes.starts_with(b"ID3");
        match self {
            AudioKind::Mp3 => {
                id3 || (bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
            }
            AudioKind::Mp4 => bytes.len() >= 12 && &bytes[4..8] == b"ftyp",
            AudioKind::Wav => {
                bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WAVE"
            }
            AudioKind::Webm => bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]),
            AudioKind::Ogg => bytes.starts_with(b"OggS"),
            AudioKind::Flac => bytes.starts_with(b"fLaC") || id3,
        }
    }

    fn name(self) -> &'static str {
        match self {
            AudioKind::Mp3 => "MP3",
            AudioKind::Mp4 => "MP4/M4A",
            AudioKind::Wav => "WAV",
            AudioKind::Webm => "WebM",
            AudioKind::Ogg => "Ogg",
            AudioKind::Flac => "FLAC",
        }
    }
}

/// A recording to transcribe, validated.
pub struct NewTranscription {
    audio: Vec<u8>,
    language: Option<String>,
    prompt: Option<String>,
    model: String,
}

impl NewTranscription {
    pub fn new(
        audio: Vec<u8>,
        mime_type: &str,
        language: &str,
        prompt: &str,
        model: &str,
    ) -> Result<Self> {
        let mut violations = Vec::new();
        let mut bad = |field: &str, reason: &'static str, description: String| {
            violations.push(FieldViolation {
                field: field.into(),
                reason,
                description,
            });
        };
        if audio.is_empty() {
            bad("audio", "VALUE_REQUIRED", "is required".into());
        } else if audio.len() > AUDIO_MAX {
            bad(
                "audio",
                "AUDIO_TOO_LARGE",
                format!(
                    "is {} bytes; at most {AUDIO_MAX} (25 MiB) are allowed",
                    audio.len()
                ),
            );
        }
        match AudioKind::from_mime(mime_type) {
            None if mime_type.trim().is_empty() => {
                bad("mime_type", "VALUE_REQUIRED", "is required".into());
            }
            None => bad(
                "mime_type",
                "UNSUPPORTED_MEDIA_TYPE",
                format!(
                    "{mime_type:?} is not a supported audio type: audio/mpeg, audio/mp4, \
                     audio/m4a, audio/wav, audio/webm, audio/ogg or audio/flac"
                ),
            ),
            Some(kind) if !audio.is_empty() && !kind.matches(&audio) => bad(
                "audio",
                "AUDIO_TYPE_MISMATCH",
                format!("the bytes are not {} audio, as mime_type says", kind.name()),
            ),
            Some(_) => {}
        }
        let language = language.trim();
        let language = if language.is_empty() {
            None
        } else if language.len() == 2 && language.bytes().all(|b| b.is_ascii_alphabetic()) {
            Some(language.to_ascii_lowercase())
        } else {
            bad(
                "language",
                "INVALID_VALUE",
                "must be an ISO 639-1 code of 2 letters, such as en or fr".into(),
            );
            None
        };
        let prompt = keep(
            &mut violations,
            input::text("prompt", prompt, TRANSCRIPTION_PROMPT_MAX),
        );
        let model = keep(&mut violations, input::model("model", model));
        match (prompt, model) {
            (Some(prompt), Some(model)) if violations.is_empty() => Ok(Self {
                audio,
                language,
                prompt: (!prompt.is_empty()).then_some(prompt),
                model: if model.is_empty() {
                    ai::transcription::DEFAULT_MODEL.into()
                } else {
                    model
                },
            }),
            _ => Err(Error::InvalidArgument(violations)),
        }
    }
}

#[derive(Clone)]
pub struct Assist {
    store: Store,
    providers: Providers,
    rooms: Rooms,
}

impl Assist {
    pub fn new(store: Store, providers: Providers, rooms: Rooms) -> Self {
        Self {
            store,
            providers,
            rooms,
        }
    }

    /// Summarises a room's latest messages. Whoever may read the room.
    pub async fn summarize_room(
        &self,
        caller: &Caller,
        room_id: Uuid,
        include_labels: bool,
        choice: ModelChoice,
    ) -> Result<SummaryText> {
        let access = self.rooms.access(caller, room_id).await?;
        let resolved = super::models::resolve(&self.providers, &choice.provider, &choice.model)?;
        let space_id = access.room.space_id;
        let found = stored_messages::list(
            &self.store.db,
            room_id,
            Window {
                cursor: None,
                created_before: None,
                created_after: None,
                newest_first: true,
                limit: TRANSCRIPT_MESSAGES,
            },
        )
        .await?;
        let messages: Vec<_> = found
            .items
            .into_iter()
            .rev()
            .filter(|m| m.deleted_at.is_none() && !m.text.trim().is_empty())
            .collect();
        if messages.is_empty() {
            return Err(Error::precondition(
                "NOTHING_TO_SUMMARIZE",
                "the room has no messages to summarize",
            ));
        }
        let user_ids: Vec<Uuid> = messages.iter().map(|m| m.sender_id).collect();
        let users: HashMap<Uuid, String> = stored_users::find_many(&self.store.db, &user_ids)
            .await?
            .into_iter()
            .map(|user| (user.id, user.username))
            .collect();
        let handles: HashMap<Uuid, String> = stored_replrs::in_rooms(&self.store.db, &[room_id])
            .await?
            .remove(&room_id)
            .unwrap_or_default()
            .into_iter()
            .map(|replr| (replr.id, replr.handle))
            .collect();
        let lines: Vec<(String, String)> = messages
            .into_iter()
            .map(|m| {
                let speaker = users
                    .get(&m.sender_id)
                    .or_else(|| handles.get(&m.sender_id))
                    .cloned()
                    .unwrap_or_else(|| "someone".into());
                (speaker, m.text)
            })
            .collect();
        credits::ensure_available_in(&self.store.db, space_id).await?;
        let summary = summarize(&resolved, &lines, include_labels).await?;
        self.charge(space_id, summary.tokens(), Subject::Room { room_id })
            .await?;
        Ok(summary)
    }

    /// Translates text. Members of the space but viewers.
    pub async fn translate(
        &self,
        caller: &Caller,
        space_id: Uuid,
        new: NewTranslation,
        choice: ModelChoice,
    ) -> Result<Translation> {
        self.writer_in(caller, space_id).await?;
        let resolved = super::models::resolve(&self.providers, &choice.provider, &choice.model)?;
        credits::ensure_available_in(&self.store.db, space_id).await?;
        let from = new
            .source
            .map(|source| format!(" from {source}"))
            .unwrap_or_default();
        let request = ChatRequest {
            model: resolved.model.clone(),
            system_prompt: format!(
                "You are a translator. Translate the text the user sends{from} into {}. \
                 Answer with the translation only: no quotes, notes or explanations.",
                new.target
            ),
            messages: vec![ChatMessage::new(Role::User, new.text)],
            temperature: Some(0.2),
            max_tokens: Some(8192),
        };
        let completion = complete(&resolved, request).await?;
        self.charge(
            space_id,
            tokens(completion.usage),
            Subject::User {
                user_id: caller.user_id,
            },
        )
        .await?;
        Ok(Translation {
            text: completion.text.trim().to_string(),
            provider: resolved.provider,
            model: resolved.model,
            usage: completion.usage,
        })
    }

    /// Transcribes a recording. Members of the space but viewers.
    pub async fn transcribe(
        &self,
        caller: &Caller,
        space_id: Uuid,
        new: NewTranscription,
        provider: &str,
    ) -> Result<Transcript> {
        let provider = input::provider("provider", provider)?;
        self.writer_in(caller, space_id).await?;
        // The chat model is not used: only which provider.
        let resolved = super::models::resolve(&self.providers, &provider, "")?;
        credits::ensure_available_in(&self.store.db, space_id).await?;
        let model = new.model.clone();
        let text = resolved
            .transcribe(TranscriptionRequest {
                model: new.model,
                audio: new.audio,
                language: new.language,
                prompt: new.prompt,
            })
            .await
            .map_err(|error| match error {
                TranscriptionError::Unsupported { provider } => Error::precondition(
                    "TRANSCRIPTION_UNSUPPORTED",
                    format!(
                        "provider {provider} cannot transcribe audio; name an \
                         OpenAI-compatible provider (see ModelService.ListModels)"
                    ),
                ),
                TranscriptionError::Provider(error) => provider_failed(&error),
            })?;
        let text = text.trim().to_string();
        let usage = Usage {
            prompt_tokens: 0,
            completion_tokens: ai::estimate_tokens(&text),
            estimated: true,
        };
        self.charge(
            space_id,
            tokens(usage),
            Subject::User {
                user_id: caller.user_id,
            },
        )
        .await?;
        Ok(Transcript {
            text,
            provider: resolved.provider,
            model,
            usage,
        })
    }

    async fn writer_in(&self, caller: &Caller, space_id: Uuid) -> Result<()> {
        let role = stored_spaces::membership(&self.store.db, space_id, caller.user_id)
            .await?
            .map(|member| SpaceRole::parse(&member.role))
            .ok_or_else(|| Error::not_found(Kind::Space, space_id))?;
        if !role.writes() {
            return Err(Error::denied(
                "space viewers cannot use AI credits of the space",
            ));
        }
        Ok(())
    }

    /// Charges work that has been done; a space deleted meanwhile owes
    /// nothing.
    async fn charge(&self, space_id: Uuid, tokens: i64, subject: Subject) -> Result<()> {
        self.store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    match ledger::charge(txn, space_id, tokens, subject).await {
                        Ok(()) | Err(DbErr::RecordNotFound(_)) => Ok(()),
                        Err(error) => Err(Error::Storage(error)),
                    }
                })
            })
            .await?;
        crate::metrics::credits_charged(subject.stored().0, tokens);
        Ok(())
    }
}

fn tokens(usage: Usage) -> i64 {
    i64::from(usage.prompt_tokens) + i64::from(usage.completion_tokens)
}

/// A provider's failure as the caller hears it.
fn provider_failed(error: &ProviderError) -> Error {
    Error::ProviderFailed {
        reason: error.reason(),
        message: error.to_string(),
    }
}

/// Runs a completion to its end.
pub async fn complete(resolved: &Resolved, request: ChatRequest) -> Result<Completion> {
    // Dropping the stream (the caller went away) stops the provider.
    let mut stream = resolved.stream(request, tokio_util::sync::CancellationToken::new());
    loop {
        match stream.next().await {
            Some(Ok(ReplyEvent::Delta(_))) => {}
            Some(Ok(ReplyEvent::Done(completion))) => return Ok(completion),
            Some(Err(error)) => return Err(provider_failed(&error)),
            None => {
                return Err(provider_failed(&ProviderError::Malformed {
                    provider: resolved.provider.clone(),
                    message: "the provider stopped without an answer".into(),
                }));
            }
        }
    }
}

/// Asks a model for a summary, a title and, if asked, labels of a
/// conversation given as (speaker, text) lines, oldest first.
pub async fn summarize(
    resolved: &Resolved,
    lines: &[(String, String)],
    include_labels: bool,
) -> Result<SummaryText> {
    let labels_line = if include_labels {
        "\nLABELS: one to five short topic labels, lower case, separated by commas"
    } else {
        ""
    };
    let request = ChatRequest {
        model: resolved.model.clone(),
        system_prompt: format!(
            "You summarize conversations for the people in them. Read the conversation the \
             user sends and answer in exactly this form, in the conversation's language, with \
             nothing before or after:\nTITLE: a title of at most eight words\nSUMMARY: two to \
             four sentences{labels_line}"
        ),
        messages: vec![ChatMessage::new(Role::User, transcript(lines))],
        temperature: Some(0.2),
        max_tokens: Some(600),
    };
    let completion = complete(resolved, request).await?;
    let (title, summary, labels) = parse_summary(&completion.text, include_labels);
    Ok(SummaryText {
        summary,
        title,
        labels,
        provider: resolved.provider.clone(),
        model: resolved.model.clone(),
        usage: completion.usage,
    })
}

/// `speaker: text` lines, oldest first, keeping the latest within the
/// budget.
fn transcript(lines: &[(String, String)]) -> String {
    let newest_first = lines
        .iter()
        .rev()
        .map(|(speaker, text)| format!("{speaker}: {text}"));
    let kept = ai::newest_within(TRANSCRIPT_TOKENS, newest_first, |line| {
        ai::estimate_tokens(line)
    });
    format!("Conversation:\n\n{}", kept.join("\n"))
}

/// Reads `TITLE:`, `SUMMARY:` and `LABELS:` lines (any case, markdown
/// emphasis aside). A model that ignored the form still gives a summary:
/// its whole answer, titled by its first sentence.
fn parse_summary(text: &str, include_labels: bool) -> (String, String, Vec<String>) {
    let mut title = None;
    let mut summary: Vec<&str> = Vec::new();
    let mut labels = None;
    let mut in_summary = false;
    for line in text.lines() {
        let line = line.trim().trim_start_matches(['*', '#', '-', ' ']);
        if let Some(rest) = field(line, "title") {
            title = Some(rest);
            in_summary = false;
        } else if let Some(rest) = field(line, "summary") {
            summary.push(rest);
            in_summary = true;
        } else if let Some(rest) = field(line, "labels") {
            labels = Some(rest);
            in_summary = false;
        } else if in_summary && !line.is_empty() {
            summary.push(line);
        }
    }
    let mut summary = summary.join(" ").trim().to_string();
    if summary.is_empty() {
        summary = text
            .lines()
            .filter(|line| field(line.trim(), "title").is_none())
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    }
    let title = title
        .map(|t| {
            t.trim_matches(['"', '\u{201c}', '\u{201d}', '\''])
                .trim()
                .to_string()
        })
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| {
            summary
                .split_inclusive(['.', '!', '?'])
                .next()
                .unwrap_or_default()
                .trim()
                .trim_end_matches(['.', '!', '?'])
                .to_string()
        });
    let labels = if include_labels {
        let mut found: Vec<String> = Vec::new();
        for label in labels.unwrap_or_default().split(',') {
            let label: String = label
                .trim()
                .trim_matches(['#', '"', '.'])
                .to_lowercase()
                .chars()
                .take(LABEL_MAX)
                .collect();
            let label = label.trim().to_string();
            if !label.is_empty() && !found.contains(&label) && found.len() < LABELS_MAX {
                found.push(label);
            }
        }
        found
    } else {
        Vec::new()
    };
    (cut(&title, TITLE_MAX), cut(&summary, SUMMARY_MAX), labels)
}

/// The value of `name: value` (any case, `**` around either part aside).
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let head = line.get(..name.len())?;
    if !head.eq_ignore_ascii_case(name) {
        return None;
    }
    let rest = line[name.len()..].trim_start_matches('*');
    let rest = rest.strip_prefix(':')?;
    Some(rest.trim_start_matches('*').trim())
}

/// At most `max` characters, with an ellipsis when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('\u{2026}');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_in_the_form_asked_is_read_field_by_field() {
        let text = "**Title:** Planning the Lisbon trip\nSUMMARY: They chose dates.\nAnd a \
                    budget.\nLabels: Travel, #budget, travel, ";
        let (title, summary, labels) = parse_summary(text, true);
        assert_eq!(title, "Planning the Lisbon trip");
        assert_eq!(summary, "They chose dates. And a budget.");
        assert_eq!(labels, ["travel", "budget"]);
        assert!(parse_summary(text, false).2.is_empty());
    }

    #[test]
    fn a_summary_out_of_form_is_kept_whole_and_titled_by_its_first_sentence() {
        let (title, summary, labels) = parse_summary("They talked about cats. Then dogs.", true);
        assert_eq!(title, "They talked about cats");
        assert_eq!(summary, "They talked about cats. Then dogs.");
        assert!(labels.is_empty());
        let long = "word ".repeat(100);
        assert_eq!(parse_summary(&long, false).0.chars().count(), TITLE_MAX);
    }

    #[test]
    fn audio_must_be_of_the_kind_its_type_says() {
        let wav = b"RIFF\x24\x00\x00\x00WAVEfmt ".to_vec();
        assert!(AudioKind::Wav.matches(&wav));
        assert!(!AudioKind::Mp3.matches(&wav));
        assert_eq!(
            AudioKind::from_mime("audio/webm;codecs=opus"),
            Some(AudioKind::Webm)
        );
        assert_eq!(AudioKind::from_mime("text/plain"), None);
        assert!(NewTranscription::new(wav.clone(), "audio/wav", "EN", "", "").is_ok());
        let Err(Error::InvalidArgument(violations)) =
            NewTranscription::new(wav, "audio/mpeg", "english", "", "")
        else {
            panic!("expected invalid fields");
        };
        let reasons: Vec<&str> = violations.iter().map(|v| v.reason).collect();
        assert_eq!(reasons, ["AUDIO_TYPE_MISMATCH", "INVALID_VALUE"]);
    }

    #[test]
    fn transcripts_keep_the_latest_lines_within_the_budget() {
        let long = "x".repeat(4 * TRANSCRIPT_TOKENS as usize);
        let lines = vec![
            ("ada".to_string(), long),
            ("bob".to_string(), "hello".to_string()),
        ];
        let text = transcript(&lines);
        assert!(text.ends_with("bob: hello"));
        assert!(!text.contains("ada:"));
    }
}
