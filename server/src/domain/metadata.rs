//! Custom data a product keeps on its objects: a small map of string keys
//! to string values, stored as a JSON object with its keys in order (so
//! that two equal maps are stored alike).

use std::collections::{BTreeMap, HashMap};

use super::{Error, Result, error::FieldViolation};
use crate::text::{forbidden_control, quote};

/// Entries one object may hold.
pub const ENTRIES_MAX: usize = 32;
/// Characters of a key: `A-Z`, `a-z`, `0-9`, `_`, `.` and `-`.
pub const KEY_MAX: usize = 64;
/// Characters of a value: any text without control characters other than
/// tab, line feed and carriage return.
pub const VALUE_MAX: usize = 512;

/// A valid map, in key order.
pub type Metadata = BTreeMap<String, String>;

/// The map, checked; every bad entry is named in one answer, as
/// `field[key]`.
pub fn validate(field: &str, map: HashMap<String, String>) -> Result<Metadata> {
    let mut violations = Vec::new();
    if map.len() > ENTRIES_MAX {
        violations.push(FieldViolation {
            field: field.to_string(),
            reason: "TOO_MANY_ENTRIES",
            description: format!(
                "has {} entries; at most {ENTRIES_MAX} are allowed",
                map.len()
            ),
        });
    }
    let mut bad = |key: &str, reason: &'static str, description: String| {
        violations.push(FieldViolation {
            field: format!("{field}[{}]", quote(key)),
            reason,
            description,
        })
    };
    for (key, value) in &map {
        let key_ok = (1..=KEY_MAX).contains(&key.len())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
        if !key_ok {
            bad(
                key,
                "INVALID_KEY",
                format!("keys are 1–{KEY_MAX} characters of A-Z, a-z, 0-9, _, . and -"),
            );
        }
        if let Some((position, c)) = forbidden_control(value, true) {
            bad(
                key,
                "INVALID_CHARACTERS",
                format!(
                    "the value contains the control character U+{:04X} at character \
                     {position}; only tab, line feed and carriage return are allowed",
                    c as u32
                ),
            );
        }
        let length = value.chars().count();
        if length > VALUE_MAX {
            bad(
                key,
                "VALUE_TOO_LONG",
                format!("the value is {length} characters; at most {VALUE_MAX} are allowed"),
            );
        }
    }
    if violations.is_empty() {
        Ok(map.into_iter().collect())
    } else {
        violations.sort_by(|a, b| a.field.cmp(&b.field));
        Err(Error::InvalidArgument(violations))
    }
}

/// The stored form: a JSON object, keys in order.
pub fn stored(map: &Metadata) -> String {
    serde_json::to_string(map).unwrap_or_else(|_| "{}".into())
}

/// The map a stored form holds; a form this module did not write reads as
/// empty.
pub fn parse(stored: &str) -> Metadata {
    serde_json::from_str(stored).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: &[(&str, &str)]) -> HashMap<String, String> {
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_valid_map_is_kept_in_key_order() {
        let valid = validate("metadata", map(&[("plan", "pro"), ("crm.id", "42")])).unwrap();
        assert_eq!(stored(&valid), r#"{"crm.id":"42","plan":"pro"}"#);
        assert_eq!(parse(&stored(&valid)), valid);
    }

    #[test]
    fn every_bad_entry_is_named() {
        let long = "x".repeat(VALUE_MAX + 1);
        let Err(Error::InvalidArgument(violations)) = validate(
            "users[1].metadata",
            map(&[("bad key", "v"), ("ok", "a\u{0}b"), ("long", &long)]),
        ) else {
            panic!("bad entries were accepted")
        };
        let named: Vec<_> = violations
            .iter()
            .map(|v| (v.field.as_str(), v.reason))
            .collect();
        assert_eq!(
            named,
            [
                (r#"users[1].metadata["bad key"]"#, "INVALID_KEY"),
                (r#"users[1].metadata["long"]"#, "VALUE_TOO_LONG"),
                (r#"users[1].metadata["ok"]"#, "INVALID_CHARACTERS"),
            ]
        );
    }

    #[test]
    fn too_many_entries_are_refused() {
        let many: HashMap<_, _> = (0..=ENTRIES_MAX)
            .map(|n| (format!("k{n}"), String::new()))
            .collect();
        assert!(validate("metadata", many).is_err());
    }
}
