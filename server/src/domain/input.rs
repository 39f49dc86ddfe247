//! Validation of what clients send. Each function returns the clean value
//! or an `InvalidArgument` naming the field and a stable reason.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Error, Result, error::FieldViolation};
use crate::text::quote;

pub const NAME_MAX: usize = 100;
pub const DESCRIPTION_MAX: usize = 1000;
pub const MESSAGE_MAX: usize = 4000;
pub const ATTACHMENTS_MAX: usize = 10;
pub const ATTACHMENT_NAME_MAX: usize = 255;
pub const MIME_TYPE_MAX: usize = 255;
pub const URL_MAX: usize = 2048;
pub const ATTACHMENT_SIZE_MAX: i64 = 1 << 40;
pub const REQUEST_ID_MAX: usize = 128;
pub const SYSTEM_PROMPT_MAX: usize = 8000;
pub const PROVIDER_MAX: usize = 64;
pub const MODEL_MAX: usize = 200;
pub const TEMPERATURE_MAX: f64 = 2.0;
pub const MAX_TOKENS_MAX: i32 = 32768;

/// A required id: a UUID in its canonical form, 36 characters of lowercase
/// hex and hyphens (`0190d1a2-7c3e-7def-8abc-0123456789ab`). Other spellings
/// of the same UUID (upper case, braces, `urn:uuid:`, no hyphens) are
/// refused, so one resource has one id.
pub fn id(field: impl Into<String>, raw: &str) -> Result<Uuid> {
    if raw.is_empty() {
        return Err(Error::invalid(field, "VALUE_REQUIRED", "is required"));
    }
    canonical_id(raw).ok_or_else(|| {
        Error::invalid(
            field,
            "INVALID_ID",
            format!(
                "{} is not a valid id (a lowercase, hyphenated UUID)",
                quote(raw)
            ),
        )
    })
}

/// `raw` as a UUID if it is written in the canonical form.
pub fn canonical_id(raw: &str) -> Option<Uuid> {
    let id = Uuid::try_parse(raw).ok()?;
    let mut buffer = Uuid::encode_buffer();
    (id.hyphenated().encode_lower(&mut buffer) == raw).then_some(id)
}

/// An id that may be left empty.
pub fn optional_id(field: impl Into<String>, raw: &str) -> Result<Option<Uuid>> {
    if raw.is_empty() {
        Ok(None)
    } else {
        id(field, raw).map(Some)
    }
}

/// A required name: trimmed, 1..=`max` characters on one line (no control
/// characters at all, see [`characters`]).
pub fn name(field: &'static str, raw: &str, max: usize) -> Result<String> {
    required(field, raw, max, Lines::One)
}

/// Optional free text: trimmed, at most `max` characters, on several lines.
pub fn text(field: &'static str, raw: &str, max: usize) -> Result<String> {
    at_most(field, raw.trim(), max, Lines::Several)
}

/// Required free text: trimmed, 1..=`max` characters, on several lines.
pub fn required_text(field: &'static str, raw: &str, max: usize) -> Result<String> {
    required(field, raw, max, Lines::Several)
}

/// Which control characters a text may hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// None: names, titles, languages.
    One,
    /// Tab, line feed and carriage return: messages, descriptions, prompts.
    Several,
}

fn required(field: &'static str, raw: &str, max: usize, lines: Lines) -> Result<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(
            field,
            "VALUE_REQUIRED",
            "is required and must not be blank",
        ));
    }
    at_most(field, trimmed, max, lines)
}

/// Text every database stores alike: no NUL (which PostgreSQL cannot
/// store) and no other C0 control character or DEL, except tab, line feed
/// and carriage return in text of several lines. Reason
/// `INVALID_CHARACTERS`.
fn characters(field: impl Into<String>, value: &str, lines: Lines) -> Result<()> {
    let several = lines == Lines::Several;
    match crate::text::forbidden_control(value, several) {
        None => Ok(()),
        Some((position, c)) => Err(Error::invalid(
            field,
            "INVALID_CHARACTERS",
            format!(
                "contains the control character U+{:04X} at character {position}; {}",
                c as u32,
                if several {
                    "only tab, line feed and carriage return are allowed"
                } else {
                    "it must be one line without control characters"
                }
            ),
        )),
    }
}

fn at_most(field: &'static str, value: &str, max: usize, lines: Lines) -> Result<String> {
    characters(field, value, lines)?;
    let length = value.chars().count();
    if length > max {
        return Err(Error::invalid(
            field,
            "VALUE_TOO_LONG",
            format!("is {length} characters; at most {max} are allowed"),
        ));
    }
    Ok(value.to_string())
}

/// 3–32 characters of `a-z`, `0-9` and `_`.
pub fn username(raw: &str) -> Result<String> {
    word("username", raw, |b| {
        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'
    })
    .map_err(|e| e.unwrap_or_else(|| invalid("username", "a-z, 0-9 and _")))
}

/// A REPLR handle: 3–32 characters of ASCII letters, digits and `_`, kept
/// as written (uniqueness ignores case; see [`handle_key`]). The same
/// characters a mention may hold, so every handle can be mentioned.
pub fn handle(field: &'static str, raw: &str) -> Result<String> {
    word(field, raw, |b| b.is_ascii_alphanumeric() || b == b'_')
        .map_err(|e| e.unwrap_or_else(|| invalid(field, "letters, digits and _")))
}

/// A name of 3–32 bytes each `allowed`: `Err(Some(_))` when empty,
/// `Err(None)` when present but not allowed (the caller says what is).
fn word(
    field: &'static str,
    raw: &str,
    allowed: impl Fn(u8) -> bool,
) -> std::result::Result<String, Option<Error>> {
    if raw.is_empty() {
        return Err(Some(Error::invalid(field, "VALUE_REQUIRED", "is required")));
    }
    if (3..=32).contains(&raw.len()) && raw.bytes().all(allowed) {
        Ok(raw.to_string())
    } else {
        Err(None)
    }
}

fn invalid(field: &'static str, characters: &str) -> Error {
    Error::invalid(
        field,
        "INVALID_VALUE",
        format!("must be 3–32 characters of {characters}"),
    )
}

/// The form of a handle that is unique in a space and matched by mentions.
pub fn handle_key(handle: &str) -> String {
    handle.to_ascii_lowercase()
}

/// An optional `https://` URL: empty, or at most 2048 characters.
pub fn optional_https_url(field: &'static str, raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || is_https_url(trimmed) {
        Ok(trimmed.to_string())
    } else {
        Err(Error::invalid(
            field,
            "INVALID_URL",
            format!("must be an https:// URL of at most {URL_MAX} characters"),
        ))
    }
}

/// A provider name: empty (the server's default provider), or up to 64
/// ASCII letters, digits, `-`, `_` and `.`. Whether the server knows it is
/// decided when a reply is made, so a REPLR outlives configuration changes.
pub fn provider(field: &'static str, raw: &str) -> Result<String> {
    let valid = raw.len() <= PROVIDER_MAX
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    if valid {
        Ok(raw.to_string())
    } else {
        Err(Error::invalid(
            field,
            "INVALID_VALUE",
            format!("must be at most {PROVIDER_MAX} characters of letters, digits, -, _ and ."),
        ))
    }
}

/// A model name: empty (the provider's default), or at most 200
/// characters without whitespace or control characters.
pub fn model(field: &'static str, raw: &str) -> Result<String> {
    let length = raw.chars().count();
    if length > MODEL_MAX {
        return Err(Error::invalid(
            field,
            "VALUE_TOO_LONG",
            format!("is {length} characters; at most {MODEL_MAX} are allowed"),
        ));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid(
            field,
            "INVALID_VALUE",
            "must not contain spaces or control characters",
        ));
    }
    Ok(raw.to_string())
}

/// A sampling temperature, 0 to 2.
pub fn temperature(field: &'static str, value: f64) -> Result<f64> {
    in_range(field, value, 0.0, TEMPERATURE_MAX)
}

/// The most tokens of one reply, 1 to 32768.
pub fn max_tokens(field: &'static str, value: i32) -> Result<i32> {
    in_range(field, value, 1, MAX_TOKENS_MAX)
}

fn in_range<T: PartialOrd + Copy + std::fmt::Display>(
    field: &'static str,
    value: T,
    min: T,
    max: T,
) -> Result<T> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            "INVALID_VALUE",
            format!("must be between {min} and {max}"),
        ))
    }
}

/// An idempotency key: empty, or 1–128 printable ASCII characters.
pub fn request_id(raw: &str) -> Result<Option<String>> {
    if raw.is_empty() {
        return Ok(None);
    }
    if raw.len() > REQUEST_ID_MAX || !raw.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Error::invalid(
            "request_id",
            "INVALID_VALUE",
            format!("must be 1–{REQUEST_ID_MAX} printable ASCII characters"),
        ));
    }
    Ok(Some(raw.to_string()))
}

/// Metadata of a file attached to a message, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    pub mime_type: String,
    pub size_bytes: i64,
    pub url: String,
}

/// A message body: trimmed text, 1–4000 characters unless attachments are
/// present, and at most 10 valid attachments.
pub fn message_body(
    raw_text: &str,
    attachments: Vec<Attachment>,
) -> Result<(String, Vec<Attachment>)> {
    let mut violations = Vec::new();
    if attachments.len() > ATTACHMENTS_MAX {
        violations.push(violation(
            "attachments".into(),
            "TOO_MANY_ATTACHMENTS",
            format!(
                "{} attachments; at most {ATTACHMENTS_MAX} are allowed",
                attachments.len()
            ),
        ));
    }
    for (index, attachment) in attachments.iter().enumerate() {
        attachment_violations(index, attachment, &mut violations);
    }
    let text = raw_text.trim();
    if let Err(Error::InvalidArgument(mut found)) = message_text(text, !attachments.is_empty()) {
        violations.append(&mut found);
    }
    if violations.is_empty() {
        Ok((text.to_string(), attachments))
    } else {
        Err(Error::InvalidArgument(violations))
    }
}

/// Message text alone (for edits): trimmed, 1–4000 characters, or empty
/// when the message has attachments.
pub fn message_text(raw: &str, has_attachments: bool) -> Result<String> {
    let text = raw.trim();
    characters("text", text, Lines::Several)?;
    let length = text.chars().count();
    if length == 0 && !has_attachments {
        return Err(Error::invalid(
            "text",
            "MESSAGE_EMPTY",
            "a message needs text or an attachment",
        ));
    }
    if length > MESSAGE_MAX {
        return Err(Error::invalid(
            "text",
            "MESSAGE_TOO_LONG",
            format!("is {length} characters; at most {MESSAGE_MAX} are allowed"),
        ));
    }
    Ok(text.to_string())
}

fn attachment_violations(
    index: usize,
    attachment: &Attachment,
    violations: &mut Vec<FieldViolation>,
) {
    let field = |name: &str| format!("attachments[{index}].{name}");
    let name_length = attachment.name.trim().chars().count();
    if let Err(Error::InvalidArgument(mut found)) =
        characters(field("name"), &attachment.name, Lines::One)
    {
        violations.append(&mut found);
    } else if name_length == 0 || name_length > ATTACHMENT_NAME_MAX {
        violations.push(violation(
            field("name"),
            if name_length == 0 {
                "VALUE_REQUIRED"
            } else {
                "VALUE_TOO_LONG"
            },
            format!("must be 1–{ATTACHMENT_NAME_MAX} characters"),
        ));
    }
    let mime_ok = attachment.mime_type.len() <= MIME_TYPE_MAX
        && attachment
            .mime_type
            .split_once('/')
            .is_some_and(|(kind, sub)| {
                let token = |s: &str| {
                    !s.is_empty()
                        && s.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
                };
                token(kind) && token(sub)
            });
    if !mime_ok {
        violations.push(violation(
            field("mime_type"),
            "INVALID_VALUE",
            "must be a media type such as image/png".into(),
        ));
    }
    if !(0..=ATTACHMENT_SIZE_MAX).contains(&attachment.size_bytes) {
        violations.push(violation(
            field("size_bytes"),
            "INVALID_VALUE",
            format!("must be between 0 and {ATTACHMENT_SIZE_MAX}"),
        ));
    }
    if attachment.url.is_empty() {
        violations.push(violation(
            field("url"),
            "VALUE_REQUIRED",
            "is required".into(),
        ));
    } else if !is_https_url(&attachment.url) {
        violations.push(violation(
            field("url"),
            "INVALID_URL",
            format!("must be an https:// URL of at most {URL_MAX} characters"),
        ));
    }
}

/// At most 2048 characters, no control characters or spaces (which the URL
/// parser would quietly drop or escape), `https`, with a host.
fn is_https_url(raw: &str) -> bool {
    raw.len() <= URL_MAX
        && !raw.chars().any(|c| c.is_ascii_control() || c == ' ')
        && url::Url::parse(raw).is_ok_and(|url| {
            url.scheme() == "https" && url.host_str().is_some_and(|h| !h.is_empty())
        })
}

/// The value, or `None` with its violations added to `violations`, so that
/// one answer names every bad field of a request.
pub fn keep<T>(violations: &mut Vec<FieldViolation>, result: Result<T>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(Error::InvalidArgument(mut found)) => {
            violations.append(&mut found);
            None
        }
        // The checks here fail only with InvalidArgument; were one to fail
        // otherwise, the request is still refused, not let through.
        Err(other) => {
            violations.push(FieldViolation {
                field: String::new(),
                reason: "INVALID_ARGUMENT",
                description: other.to_string(),
            });
            None
        }
    }
}

fn violation(field: String, reason: &'static str, description: String) -> FieldViolation {
    FieldViolation {
        field,
        reason,
        description,
    }
}

/// Exactly one emoji, including skin-tone and ZWJ sequences. A missing
/// variation selector (U+FE0F) is tolerated; the stored form is the one the
/// Unicode list names.
///
/// Plain text (ASCII, with or without U+FE0F) is not an emoji, although
/// the list matches a digit, `#` or `*` to its keycap: only the keycap
/// itself (`1️⃣`) is.
pub fn emoji(raw: &str) -> Result<String> {
    // The Unicode list finds `1` as the keycap `1️⃣`: plain text is no emoji.
    let plain_text = raw.chars().all(|c| c.is_ascii() || c == '\u{fe0f}');
    let found = emojis::get(raw).or_else(|| emojis::get(&format!("{raw}\u{fe0f}")));
    match found.filter(|_| !plain_text) {
        Some(emoji) => Ok(emoji.as_str().to_string()),
        None => Err(Error::invalid(
            "emoji",
            "INVALID_EMOJI",
            format!("{} is not a single emoji", quote(raw)),
        )),
    }
}

/// Usernames written as `@name` in `text`, lower-cased, each once.
pub fn mentioned_usernames(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut previous: Option<char> = None;
    for (index, c) in text.char_indices() {
        let at_word_start = previous.is_none_or(|p| !(p.is_alphanumeric() || p == '_'));
        if c == '@' && at_word_start {
            let rest = &text[index + 1..];
            let end = rest
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
                .unwrap_or(rest.len());
            let name = rest[..end].to_ascii_lowercase();
            if (3..=32).contains(&name.len()) && !names.contains(&name) {
                names.push(name);
            }
        }
        previous = Some(c);
    }
    names
}

/// Number of whitespace-separated words.
pub fn word_count(text: &str) -> i32 {
    text.split_whitespace().count() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_accepts_one_emoji_with_modifiers_and_nothing_else() {
        for ok in ["👍", "👍🏽", "👨‍👩‍👧", "❤️", "❤"] {
            assert!(emoji(ok).is_ok(), "{ok} should be accepted");
        }
        for bad in ["", "a", "ab", "😀😀", "👍 ", ":)"] {
            assert!(emoji(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn mentions_are_found_at_word_starts_only() {
        assert_eq!(
            mentioned_usernames("hi @alice and @Bob_2, not me@mail.com or @al"),
            vec!["alice".to_string(), "bob_2".to_string()]
        );
    }

    #[test]
    fn handles_allow_letters_digits_and_underscore_and_compare_lowercased() {
        for ok in ["ada", "Ada_Lovelace", "bot_2", &"x".repeat(32)] {
            assert!(handle("handle", ok).is_ok(), "{ok} should be accepted");
        }
        for bad in ["", "ab", "ada!", "ad a", "élan", &"x".repeat(33)] {
            assert!(handle("handle", bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(handle_key("Ada_Lovelace"), "ada_lovelace");
    }

    #[test]
    fn replr_settings_have_inclusive_ranges() {
        assert!(temperature("t", 0.0).is_ok() && temperature("t", 2.0).is_ok());
        for bad in [-0.1, 2.01, f64::NAN, f64::INFINITY] {
            assert!(temperature("t", bad).is_err(), "{bad} should be rejected");
        }
        assert!(max_tokens("m", 1).is_ok() && max_tokens("m", 32768).is_ok());
        assert!(max_tokens("m", 0).is_err() && max_tokens("m", 32769).is_err());
        assert!(provider("p", "local-vllm.v2").is_ok());
        assert!(provider("p", "").is_ok(), "empty: the server's default");
        assert!(provider("p", "open ai").is_err() && provider("p", "a/b").is_err());
        assert!(model("m", "meta-llama/Llama-3.1-8B-Instruct").is_ok());
        assert!(model("m", "gpt 4").is_err());
        assert!(optional_https_url("u", "").is_ok());
        assert!(optional_https_url("u", "http://x.test/a.png").is_err());
    }

    #[test]
    fn message_length_counts_characters_not_bytes() {
        assert!(message_text(&"é".repeat(4000), false).is_ok());
        assert!(message_text(&"é".repeat(4001), false).is_err());
        assert!(message_text("   ", false).is_err());
        assert!(message_text("   ", true).is_ok());
    }
}
