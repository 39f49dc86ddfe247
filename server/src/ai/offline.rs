//! The built-in provider: no network, no key. It streams a short reply made
//! from the request alone (it names the model, quotes the last user
//! message, and mentions its instructions), word by word at a steady pace,
//! so a fresh `roundtable serve` shows streaming replies at once and tests
//! get the same reply for the same input every time.
//!
//! Its tokens are words: the first word, then each further word with the
//! space before it. Usage counts those words, for the prompt too, exactly.

use std::time::Duration;

use tokio::time::{Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;

use super::{ChatRequest, Completion, FinishReason, Provider, ReplyStream, Role, Usage};

/// The model the offline provider offers when the configuration names none.
pub const DEFAULT_MODEL: &str = "roundtable-offline";
/// About the pace a hosted model streams at.
pub const DEFAULT_TOKENS_PER_SECOND: f64 = 30.0;
/// How many words of the user's message the reply quotes.
const QUOTE_WORDS: usize = 24;

/// The offline provider.
#[derive(Clone, Debug)]
pub struct Offline {
    interval: Duration,
}

impl Offline {
    /// A provider that emits `tokens_per_second` tokens a second (clamped to
    /// 0.1–10 000).
    pub fn new(tokens_per_second: f64) -> Self {
        let rate = if tokens_per_second.is_finite() {
            tokens_per_second.clamp(0.1, 10_000.0)
        } else {
            DEFAULT_TOKENS_PER_SECOND
        };
        Self {
            interval: Duration::from_secs_f64(1.0 / rate),
        }
    }
}

impl Provider for Offline {
    fn stream(&self, request: ChatRequest, cancel: CancellationToken) -> ReplyStream {
        let interval = self.interval;
        ReplyStream::spawn(cancel, move |emitter| async move {
            let tokens = tokens(&compose(&request));
            let limit = request.max_tokens.map_or(usize::MAX, |m| m as usize);
            let finish_reason = if tokens.len() > limit {
                FinishReason::Length
            } else {
                FinishReason::Stop
            };
            let mut ticks = tokio::time::interval_at(Instant::now() + interval, interval);
            ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
            let mut text = String::new();
            let mut sent = 0u32;
            for token in tokens.into_iter().take(limit) {
                ticks.tick().await;
                text.push_str(&token);
                sent += 1;
                emitter.delta(token).await;
            }
            Ok(Completion {
                text,
                finish_reason,
                usage: Usage {
                    prompt_tokens: prompt_words(&request),
                    completion_tokens: sent,
                    estimated: false,
                },
            })
        })
    }
}

/// The whole reply for a request. Pure: the same request, the same reply.
pub fn compose(request: &ChatRequest) -> String {
    let model = if request.model.trim().is_empty() {
        DEFAULT_MODEL
    } else {
        request.model.trim()
    };
    let mut reply = format!("Hello, this is {model}, answering offline.");

    if let Some(instructions) = first_sentence(&request.system_prompt) {
        reply.push_str(&format!(
            " My instructions begin: \u{201c}{instructions}\u{201d}."
        ));
    }

    let last = request
        .messages
        .iter()
        .rev()
        .find(|m| m.role == Role::User)
        .map(|m| m.text.split_whitespace().collect::<Vec<_>>())
        .unwrap_or_default();
    if last.is_empty() {
        reply.push_str(" Nobody has said anything to me yet.");
    } else {
        let quote = last[..last.len().min(QUOTE_WORDS)].join(" ");
        let ellipsis = if last.len() > QUOTE_WORDS {
            "\u{2026}"
        } else {
            ""
        };
        let words = if last.len() == 1 { "word" } else { "words" };
        reply.push_str(&format!(
            " You said \u{201c}{quote}{ellipsis}\u{201d}, {} {words} in all.",
            last.len()
        ));
    }

    const CLOSINGS: [&str; 3] = [
        "I run inside Roundtable without a network, so streaming works before any API key is set.",
        "Point Roundtable at an OpenAI-compatible provider for real answers; until then I repeat what I hear.",
        "Each word of this reply arrives as its own token, at a steady pace, as a hosted model's would.",
    ];
    let closing = CLOSINGS[(fingerprint(request) % CLOSINGS.len() as u64) as usize];
    reply.push(' ');
    reply.push_str(closing);
    reply
}

/// The reply cut into tokens: words, each after the first with its space.
fn tokens(reply: &str) -> Vec<String> {
    reply
        .split_whitespace()
        .enumerate()
        .map(|(i, word)| {
            if i == 0 {
                word.to_string()
            } else {
                format!(" {word}")
            }
        })
        .collect()
}

/// The system prompt's first sentence, at most 80 characters.
fn first_sentence(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let flat = words.join(" ");
    let sentence = flat
        .split_inclusive(['.', '!', '?'])
        .next()
        .unwrap_or_default()
        .trim()
        .trim_end_matches(['.', '!', '?']);
    if sentence.is_empty() {
        return None;
    }
    let mut cut: String = sentence.chars().take(80).collect();
    if sentence.chars().count() > 80 {
        cut.push('\u{2026}');
    }
    Some(cut)
}

fn prompt_words(request: &ChatRequest) -> u32 {
    let words = request.system_prompt.split_whitespace().count()
        + request
            .messages
            .iter()
            .map(|m| m.text.split_whitespace().count())
            .sum::<usize>();
    u32::try_from(words).unwrap_or(u32::MAX)
}

/// FNV-1a over the request's text: stable across runs and builds, unlike
/// the standard library's randomly seeded hasher.
fn fingerprint(request: &ChatRequest) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(request.model.as_bytes());
    eat(request.system_prompt.as_bytes());
    for message in &request.messages {
        eat(message.text.as_bytes());
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::ChatMessage;

    fn request(text: &str) -> ChatRequest {
        ChatRequest {
            model: "tutor-1".into(),
            system_prompt: "You are Ada, a patient maths tutor. Be brief.".into(),
            messages: vec![ChatMessage::new(Role::User, text)],
            temperature: None,
            max_tokens: None,
        }
    }

    #[test]
    fn reply_names_the_model_quotes_the_user_and_the_instructions() {
        let reply = compose(&request("What is   a prime\nnumber?"));
        assert!(reply.starts_with("Hello, this is tutor-1, answering offline."));
        assert!(reply.contains("\u{201c}You are Ada, a patient maths tutor\u{201d}"));
        assert!(reply.contains("\u{201c}What is a prime number?\u{201d}, 5 words in all."));
    }

    #[test]
    fn tokens_concatenate_to_the_reply() {
        let reply = compose(&request("hello"));
        assert_eq!(tokens(&reply).concat(), reply);
    }

    #[test]
    fn long_messages_are_quoted_in_part() {
        let long = vec!["word"; 40].join(" ");
        let reply = compose(&request(&long));
        assert!(reply.contains("\u{2026}\u{201d}, 40 words in all."));
    }
}
