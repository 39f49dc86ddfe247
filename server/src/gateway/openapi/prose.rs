//! What the OpenAPI document reads out of the `.proto` comments' prose: a
//! summary (the first sentence), the gRPC error codes and reasons a comment
//! names, and the limits a field's comment states.
//!
//! The comments follow the house style (STYLE.md): an RPC's comment names
//! the codes it may return, each with its reasons in backticks after it
//! (`NOT_FOUND (reason `ROOM_NOT_FOUND`)`, `FAILED_PRECONDITION
//! (`REPLY_FINISHED`)`); a service's comment has a paragraph starting
//! "Errors common to every RPC"; one service's comment has the paragraph
//! "Rules every RPC of every service follows"; a field's comment starts
//! with "Required." when it must be set and states a text limit as
//! "1–100 characters" or "at most 2048 characters".

use tonic::Code;

/// The gRPC codes by the names the comments write them in.
const CODES: [(&str, Code); 16] = [
    ("CANCELLED", Code::Cancelled),
    ("UNKNOWN", Code::Unknown),
    ("INVALID_ARGUMENT", Code::InvalidArgument),
    ("DEADLINE_EXCEEDED", Code::DeadlineExceeded),
    ("NOT_FOUND", Code::NotFound),
    ("ALREADY_EXISTS", Code::AlreadyExists),
    ("PERMISSION_DENIED", Code::PermissionDenied),
    ("RESOURCE_EXHAUSTED", Code::ResourceExhausted),
    ("FAILED_PRECONDITION", Code::FailedPrecondition),
    ("ABORTED", Code::Aborted),
    ("OUT_OF_RANGE", Code::OutOfRange),
    ("UNIMPLEMENTED", Code::Unimplemented),
    ("INTERNAL", Code::Internal),
    ("UNAVAILABLE", Code::Unavailable),
    ("DATA_LOSS", Code::DataLoss),
    ("UNAUTHENTICATED", Code::Unauthenticated),
];

/// The paragraph of a service comment that applies to every service.
const GLOBAL_RULES: &str = "Rules every RPC of every service follows";
/// The paragraph of a service comment that starts its list of errors.
const SERVICE_ERRORS: &str = "Errors common to every RPC";

/// The name a comment writes `code` in.
pub fn code_name(code: Code) -> &'static str {
    CODES
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(name, _)| *name)
        .unwrap_or("UNKNOWN")
}

/// The first sentence of the comment's first paragraph, on one line and
/// ending with its full stop (one is added when the comment has none).
/// Abbreviations such as "e.g." do not end a sentence.
pub fn summary(comment: &str) -> String {
    let paragraph = comment.split("\n\n").next().unwrap_or_default();
    let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = text
        .char_indices()
        .find(|&(i, _)| sentence_ends(&text, i))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(text.len());
    let mut sentence = text[..end].trim().to_string();
    if !sentence.is_empty() && !sentence.ends_with(['.', '!', '?']) {
        sentence.push('.');
    }
    sentence
}

/// Whether the character at byte `i` of `text` ends a sentence: a full
/// stop (or `!`, `?`) followed by a space or the end, not one of an
/// abbreviation.
fn sentence_ends(text: &str, i: usize) -> bool {
    let Some(c) = text[i..].chars().next() else {
        return false;
    };
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let after = &text[i + c.len_utf8()..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return false;
    }
    let before = &text[..i + c.len_utf8()];
    !["e.g.", "i.e.", "etc.", "vs."]
        .iter()
        .any(|abbreviation| before.ends_with(abbreviation))
}

/// The errors a text names: each code written bare (not in backticks) with
/// the reasons written in backticks after it in the same sentence, before
/// the next code. `is_reason` tells a reason from other upper-case names
/// in backticks (enum values).
pub fn errors(text: &str, is_reason: &dyn Fn(&str) -> bool) -> Vec<(Code, Vec<String>)> {
    let mut found: Vec<(Code, Vec<String>)> = Vec::new();
    let mut current: Option<usize> = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let at = text.len() - rest.len();
        if c == '`' {
            let inner = &rest[1..];
            let Some(close) = inner.find('`') else {
                break;
            };
            let name = &inner[..close];
            if let Some(index) = current
                && is_upper_name(name)
                && is_reason(name)
                && !found[index].1.iter().any(|r| r == name)
            {
                found[index].1.push(name.to_string());
            }
            rest = &inner[close + 1..];
            continue;
        }
        if c.is_ascii_alphanumeric() || c == '_' {
            let len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            if let Some((_, code)) = CODES.iter().find(|(name, _)| *name == word) {
                current = Some(match found.iter().position(|(c, _)| c == code) {
                    Some(index) => index,
                    None => {
                        found.push((*code, Vec::new()));
                        found.len() - 1
                    }
                });
            }
            rest = &rest[len..];
            continue;
        }
        if sentence_ends(text, at) || rest.starts_with("\n\n") {
            current = None;
        }
        rest = &rest[c.len_utf8()..];
    }
    found
}

fn is_upper_name(name: &str) -> bool {
    name.len() >= 3
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Adds `more` to `into`: new codes at the end, new reasons after a code's.
pub fn merge(into: &mut Vec<(Code, Vec<String>)>, more: Vec<(Code, Vec<String>)>) {
    for (code, reasons) in more {
        match into.iter_mut().find(|(c, _)| *c == code) {
            Some((_, known)) => {
                for reason in reasons {
                    if !known.contains(&reason) {
                        known.push(reason);
                    }
                }
            }
            None => into.push((code, reasons)),
        }
    }
}

/// The paragraph of rules for every RPC, when `comment` (a service's) has it.
pub fn global_rules(comment: &str) -> Option<&str> {
    comment
        .split("\n\n")
        .find(|paragraph| paragraph.trim_start().starts_with(GLOBAL_RULES))
}

/// The errors a service's comment lists for all its RPCs: its "Errors
/// common to every RPC" paragraphs, a code listed there without reasons
/// taking those the rest of the comment gives it; the whole comment when
/// it has no such paragraph. The rules for every service are left out.
pub fn service_errors(comment: &str, is_reason: &dyn Fn(&str) -> bool) -> Vec<(Code, Vec<String>)> {
    let paragraphs: Vec<&str> = comment
        .split("\n\n")
        .filter(|paragraph| !paragraph.trim_start().starts_with(GLOBAL_RULES))
        .collect();
    let Some(start) = paragraphs
        .iter()
        .position(|paragraph| paragraph.trim_start().starts_with(SERVICE_ERRORS))
    else {
        return errors(&paragraphs.join("\n\n"), is_reason);
    };
    let mut listed = errors(&paragraphs[start..].join("\n\n"), is_reason);
    let elsewhere = errors(&paragraphs[..start].join("\n\n"), is_reason);
    for (code, reasons) in &mut listed {
        if reasons.is_empty()
            && let Some((_, more)) = elsewhere.iter().find(|(c, _)| c == code)
        {
            reasons.clone_from(more);
        }
    }
    listed
}

/// Whether a field's comment says it must be set.
pub fn is_required(comment: &str) -> bool {
    comment.trim_start().starts_with("Required.")
}

/// The most characters a text field's comment allows: `N` of
/// "1–N characters", "at most N characters" or "1–N printable ASCII
/// characters" (the number at most three words before "characters").
pub fn max_characters(comment: &str) -> Option<u64> {
    let words: Vec<&str> = comment.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.trim_end_matches([',', '.', ')', ';']) == "characters")?;
    words[at.saturating_sub(3)..at]
        .iter()
        .rev()
        .find_map(|word| {
            let number = word.rsplit(['–', '-']).next().unwrap_or(word);
            number.replace(',', "").parse().ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_is_the_first_whole_sentence() {
        assert_eq!(
            summary("Returns a space's\nbalance. Any member may."),
            "Returns a space's balance."
        );
        assert_eq!(
            summary("Lists models (see ModelService.ListModels), e.g. the offline one. More."),
            "Lists models (see ModelService.ListModels), e.g. the offline one."
        );
        assert_eq!(
            summary("Returns the calling user"),
            "Returns the calling user."
        );
        assert_eq!(
            summary("First line\ngoes on.\n\nSecond."),
            "First line goes on."
        );
    }

    #[test]
    fn errors_take_the_reasons_written_after_their_code() {
        let text = "Errors: UNAUTHENTICATED, INVALID_ARGUMENT with a BadRequest detail \
            (reasons such as `MESSAGE_EMPTY`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`), \
            ends in state `REPLY_STATE_CANCELLED`. A finished one gives FAILED_PRECONDITION \
            (`REPLY_FINISHED`). Then `NOT_A_REASON`.";
        let found = errors(text, &|name| !name.starts_with("REPLY_STATE_"));
        assert_eq!(
            found,
            vec![
                (Code::Unauthenticated, vec![]),
                (
                    Code::InvalidArgument,
                    vec!["MESSAGE_EMPTY".to_string(), "INVALID_ID".to_string()]
                ),
                (Code::NotFound, vec!["ROOM_NOT_FOUND".to_string()]),
                (Code::FailedPrecondition, vec!["REPLY_FINISHED".to_string()]),
            ]
        );
    }

    #[test]
    fn service_errors_fill_reasons_from_the_rest_of_the_comment() {
        let comment = "Helpers. A failure is UNAVAILABLE (`PROVIDER_ERROR`).\n\n\
            Rules every RPC of every service follows: OUT_OF_RANGE.\n\n\
            Errors common to every RPC: NOT_FOUND (`ROOM_NOT_FOUND`), UNAVAILABLE.";
        let found = service_errors(comment, &|_| true);
        assert_eq!(
            found,
            vec![
                (Code::NotFound, vec!["ROOM_NOT_FOUND".to_string()]),
                (Code::Unavailable, vec!["PROVIDER_ERROR".to_string()]),
            ]
        );
    }

    #[test]
    fn limits_are_read_from_field_comments() {
        assert!(is_required("Required. 1–255 characters."));
        assert!(!is_required("Optional. The reason."));
        assert_eq!(max_characters("Required. 1–255 characters."), Some(255));
        assert_eq!(
            max_characters("An `https://` URL of at most 2048 characters."),
            Some(2048)
        );
        assert_eq!(max_characters("The 8,000 characters"), Some(8000));
        assert_eq!(
            max_characters("Optional, 1–128 printable ASCII characters (a UUID)."),
            Some(128)
        );
        assert_eq!(max_characters("The room."), None);
    }
}
