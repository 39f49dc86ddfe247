//! Which field of a REST request is wrong, and how. prost-reflect's proto3
//! JSON mapping refuses a bad value without saying where it was (`invalid
//! digit found in string`); when it refuses, the request's JSON is walked
//! against the message's descriptor to find the first value of the wrong
//! type and name its field (`attachments[0].size_bytes`), the type it must
//! have and, for an enum, the values it accepts. Requests that decode pay
//! nothing for this.

use prost_reflect::{EnumDescriptor, FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value};

use crate::text::quote;

/// A value that does not fit its field.
pub struct Mismatch {
    /// The field's path, e.g. `attachments[0].size_bytes`.
    pub field: String,
    /// What the field takes and what it got.
    pub description: String,
}

/// The first value in `object` that does not fit `message`, if any.
pub fn first_mismatch(
    message: &MessageDescriptor,
    object: &Map<String, Value>,
) -> Option<Mismatch> {
    check_object(message, object, "")
}

fn check_object(
    message: &MessageDescriptor,
    object: &Map<String, Value>,
    prefix: &str,
) -> Option<Mismatch> {
    for (key, value) in object {
        let Some(field) = message
            .get_field_by_name(key)
            .or_else(|| message.get_field_by_json_name(key))
        else {
            // An unknown field: the mapping's own error names it.
            continue;
        };
        let path = if prefix.is_empty() {
            field.name().to_owned()
        } else {
            format!("{prefix}.{}", field.name())
        };
        if let Some(mismatch) = check_field(&field, value, &path) {
            return Some(mismatch);
        }
    }
    None
}

fn check_field(field: &FieldDescriptor, value: &Value, path: &str) -> Option<Mismatch> {
    if value.is_null() {
        return None;
    }
    if field.is_map() {
        let Value::Object(entries) = value else {
            return Some(mismatch(path, "an object (a map)", value));
        };
        let Kind::Message(entry) = field.kind() else {
            return None;
        };
        let value_field = entry.map_entry_value_field();
        return entries.iter().find_map(|(key, item)| {
            check_single(
                &value_field.kind(),
                item,
                &format!("{path}[{}]", quote(key)),
            )
        });
    }
    if field.is_list() {
        let Value::Array(items) = value else {
            return Some(mismatch(path, "an array", value));
        };
        return items.iter().enumerate().find_map(|(index, item)| {
            check_single(&field.kind(), item, &format!("{path}[{index}]"))
        });
    }
    check_single(&field.kind(), value, path)
}

/// Whether `value` fits one value of `kind`, by the proto3 JSON mapping.
fn check_single(kind: &Kind, value: &Value, path: &str) -> Option<Mismatch> {
    let fits = match kind {
        Kind::Bool => value.is_boolean(),
        Kind::String | Kind::Bytes => value.is_string(),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => {
            integer(value).is_some_and(|n| i32::try_from(n).is_ok())
        }
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
            integer(value).is_some_and(|n| i64::try_from(n).is_ok())
        }
        Kind::Uint32 | Kind::Fixed32 => integer(value).is_some_and(|n| u32::try_from(n).is_ok()),
        Kind::Uint64 | Kind::Fixed64 => integer(value).is_some_and(|n| u64::try_from(n).is_ok()),
        Kind::Float | Kind::Double => number(value),
        Kind::Enum(descriptor) => {
            return (!enum_fits(descriptor, value)).then(|| Mismatch {
                field: path.to_owned(),
                description: format!(
                    "{path} must be one of {}; got {}",
                    names(descriptor),
                    shown(value)
                ),
            });
        }
        Kind::Message(message) => return check_message(message, value, path),
    };
    (!fits).then(|| mismatch(path, type_name(kind), value))
}

fn check_message(message: &MessageDescriptor, value: &Value, path: &str) -> Option<Mismatch> {
    match message.full_name() {
        "google.protobuf.Timestamp" => {
            let fits = value
                .as_str()
                .is_some_and(|text| chrono::DateTime::parse_from_rfc3339(text).is_ok());
            (!fits).then(|| {
                mismatch(
                    path,
                    "an RFC 3339 time such as \"2026-01-31T12:00:00Z\"",
                    value,
                )
            })
        }
        "google.protobuf.Duration" => {
            let fits = value
                .as_str()
                .and_then(|text| text.strip_suffix('s'))
                .is_some_and(|seconds| seconds.parse::<f64>().is_ok());
            (!fits).then(|| mismatch(path, "a duration in seconds such as \"1.5s\"", value))
        }
        name if name.starts_with("google.protobuf.") => {
            // Wrappers take their inner type's JSON; the others (Struct,
            // Value, Any, FieldMask...) are left to the mapping.
            let inner = message.get_field_by_name("value")?;
            if name.ends_with("Value") && message.fields().len() == 1 {
                check_single(&inner.kind(), value, path)
            } else {
                None
            }
        }
        _ => match value {
            Value::Object(object) => check_object(message, object, path),
            _ => Some(mismatch(path, "an object", value)),
        },
    }
}

/// An integer given as a JSON number or a string of digits (64-bit
/// integers are strings in proto3 JSON).
fn integer(value: &Value) -> Option<i128> {
    match value {
        Value::Number(number) => number
            .as_i64()
            .map(i128::from)
            .or_else(|| number.as_u64().map(i128::from))
            .or_else(|| {
                number
                    .as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 1e19)
                    .map(|f| f as i128)
            }),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

fn number(value: &Value) -> bool {
    match value {
        Value::Number(_) => true,
        Value::String(text) => {
            matches!(text.as_str(), "NaN" | "Infinity" | "-Infinity") || text.parse::<f64>().is_ok()
        }
        _ => false,
    }
}

fn enum_fits(descriptor: &EnumDescriptor, value: &Value) -> bool {
    match value {
        Value::String(name) => descriptor.get_value_by_name(name).is_some(),
        Value::Number(number) => number
            .as_i64()
            .and_then(|n| i32::try_from(n).ok())
            .is_some_and(|n| descriptor.get_value(n).is_some()),
        _ => false,
    }
}

/// The names an enum accepts, in declaration order.
fn names(descriptor: &EnumDescriptor) -> String {
    descriptor
        .values()
        .map(|value| value.name().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

fn type_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Bool => "true or false",
        Kind::String => "a string",
        Kind::Bytes => "a base64 string",
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => "an integer (32-bit)",
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => "an integer (64-bit, a number or a string)",
        Kind::Uint32 | Kind::Fixed32 => "a non-negative integer (32-bit)",
        Kind::Uint64 | Kind::Fixed64 => "a non-negative integer (64-bit)",
        Kind::Float | Kind::Double => "a number",
        Kind::Enum(_) | Kind::Message(_) => "a value of its type",
    }
}

fn mismatch(path: &str, expected: &str, value: &Value) -> Mismatch {
    Mismatch {
        field: path.to_owned(),
        description: format!("{path} must be {expected}; got {}", shown(value)),
    }
}

/// A value as the client sent it, quoted and cut short.
fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => quote(text),
        Value::Object(_) => "an object".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        other => crate::text::clip(&other.to_string()).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn descriptor(name: &str) -> MessageDescriptor {
        let pool = prost_reflect::DescriptorPool::decode(crate::proto::FILE_DESCRIPTOR_SET)
            .expect("the contract");
        pool.get_message_by_name(name).expect("a message")
    }

    fn first(name: &str, value: Value) -> Option<(String, String)> {
        let Value::Object(object) = value else {
            panic!("an object")
        };
        first_mismatch(&descriptor(name), &object).map(|m| (m.field, m.description))
    }

    #[test]
    fn names_the_field_and_the_type() {
        let (field, description) = first(
            "roundtable.v1.ListMessagesRequest",
            json!({"room_id": "r", "page_size": "abc"}),
        )
        .expect("a mismatch");
        assert_eq!(field, "page_size");
        assert!(description.contains("integer"), "{description}");
        assert!(description.contains("\"abc\""), "{description}");
    }

    #[test]
    fn lists_the_values_of_an_enum() {
        let (field, description) = first(
            "roundtable.v1.ListMessagesRequest",
            json!({"order": "NEWEST"}),
        )
        .expect("a mismatch");
        assert_eq!(field, "order");
        assert!(description.contains("MESSAGE_ORDER_"), "{description}");
    }

    #[test]
    fn walks_into_lists_of_messages() {
        let (field, _) = first(
            "roundtable.v1.SendMessageRequest",
            json!({"text": "hi", "attachments": [{"name": "a"}, {"size_bytes": true}]}),
        )
        .expect("a mismatch");
        assert_eq!(field, "attachments[1].size_bytes");
    }

    #[test]
    fn accepts_what_the_mapping_accepts() {
        assert!(
            first(
                "roundtable.v1.ListMessagesRequest",
                json!({"page_size": "20", "after": "2026-01-01T00:00:00Z", "order": 1}),
            )
            .is_none()
        );
    }
}
