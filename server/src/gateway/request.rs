//! Building the request message of an RPC from a REST request: the body,
//! then the query parameters, then the path variables (which win), then
//! `Idempotency-Key`. Everything is first gathered into one JSON object and
//! then read by prost-reflect's proto3 JSON mapping, so each value is
//! parsed once, by the standard rules (enums by name, RFC 3339 timestamps,
//! 64-bit integers as strings or numbers, snake_case or lowerCamelCase).

use http::StatusCode;
use prost_reflect::{DeserializeOptions, DynamicMessage, FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value};
use tonic::Code;

use super::errors::RestError;
use super::routes::{BodyRule, Route};
use crate::text::quote;

/// The request field an `Idempotency-Key` header fills, where the RPC has
/// one (creates that clients may retry).
const REQUEST_ID_FIELD: &str = "request_id";
/// The request field a `Last-Event-ID` header fills (resumable streams).
const CURSOR_FIELD: &str = "cursor";

/// The ErrorInfo reasons of requests the gateway refuses itself.
pub const REASON_UNKNOWN_FIELD: &str = "UNKNOWN_FIELD";
pub const REASON_MALFORMED_JSON: &str = "MALFORMED_JSON";
pub const REASON_INVALID_VALUE: &str = "INVALID_VALUE";

/// Everything about a REST request that fills the RPC's input.
pub struct RestInput<'a> {
    pub bound: Vec<(&'a [String], String)>,
    pub query: Option<&'a str>,
    pub body: &'a [u8],
    pub idempotency_key: Option<&'a str>,
    /// `Last-Event-ID`: fills `cursor` where the request has one.
    pub resume_cursor: Option<&'a str>,
}

/// The RPC's request message for `input` on `route`.
pub fn request_message(route: &Route, input: RestInput<'_>) -> Result<DynamicMessage, RestError> {
    let descriptor = route.method.input();
    let mut root = Map::new();
    let has_body = !input.body.iter().all(u8::is_ascii_whitespace);
    match &route.body {
        BodyRule::Whole if has_body => match parse_json(input.body)? {
            Value::Object(object) => root = object,
            _ => return Err(malformed("the request body must be a JSON object".into())),
        },
        BodyRule::Field(name) if has_body => {
            root.insert(name.clone(), parse_json(input.body)?);
        }
        _ => {}
    }
    if let Some(query) = input.query {
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            set_from_query(&descriptor, &mut root, route, &key, &value)?;
        }
    }
    for (path, value) in &input.bound {
        set_path(&descriptor, &mut root, path, value)?;
    }
    if let Some(key) = input.idempotency_key
        && let Some(field) = descriptor.get_field_by_name(REQUEST_ID_FIELD)
        && field.kind() == Kind::String
        && !field.is_list()
    {
        let slot = entry(&mut root, &field);
        match slot {
            Value::String(existing) if !existing.is_empty() && existing != key => {
                return Err(RestError::invalid_field(
                    REQUEST_ID_FIELD,
                    REASON_INVALID_VALUE,
                    "the Idempotency-Key header and the request_id field differ",
                ));
            }
            _ => *slot = Value::String(key.to_string()),
        }
    }
    if let Some(cursor) = input.resume_cursor
        && let Some(field) = descriptor.get_field_by_name(CURSOR_FIELD)
        && field.kind() == Kind::String
        && !field.is_list()
    {
        // The header wins over a `cursor` in the query: a reconnecting
        // EventSource resends its first URL, and the header is newer.
        *entry(&mut root, &field) = Value::String(cursor.to_string());
    }
    let options = DeserializeOptions::new().deny_unknown_fields(true);
    let root = Value::Object(root);
    DynamicMessage::deserialize_with_options(descriptor.clone(), &root, &options).map_err(|error| {
        // Only a refused request is walked again, to say which field.
        let mismatch = root
            .as_object()
            .and_then(|object| super::typecheck::first_mismatch(&descriptor, object));
        match mismatch {
            Some(mismatch) => RestError::invalid_field(
                &mismatch.field,
                REASON_INVALID_VALUE,
                mismatch.description,
            ),
            None => json_error(error),
        }
    })
}

fn parse_json(body: &[u8]) -> Result<Value, RestError> {
    serde_json::from_slice(body)
        .map_err(|e| malformed(format!("the request body is not valid JSON: {e}")))
}

fn malformed(message: String) -> RestError {
    RestError::new(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        REASON_MALFORMED_JSON,
        message,
    )
}

/// A JSON value the proto3 mapping refused: an unknown field names it.
fn json_error(error: serde_json::Error) -> RestError {
    let text = error.to_string();
    if let Some(name) = text
        .strip_prefix("unrecognized field name '")
        .and_then(|rest| rest.split('\'').next())
    {
        return RestError::invalid_field(
            name,
            REASON_UNKNOWN_FIELD,
            format!("unknown field {}", quote(name)),
        );
    }
    RestError::new(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        REASON_INVALID_VALUE,
        format!("invalid request: {text}"),
    )
}

/// Sets one query parameter `a.b.c=value` into `root`.
fn set_from_query(
    descriptor: &MessageDescriptor,
    root: &mut Map<String, Value>,
    route: &Route,
    key: &str,
    value: &str,
) -> Result<(), RestError> {
    let unknown = || {
        RestError::invalid_field(
            key,
            REASON_UNKNOWN_FIELD,
            format!("unknown query parameter {}", quote(key)),
        )
    };
    if route.body == BodyRule::Whole {
        // The body is the whole message: nothing is left for the query.
        return Err(unknown());
    }
    let names: Vec<&str> = key.split('.').collect();
    let mut message = descriptor.clone();
    let mut object = root;
    for (index, name) in names.iter().enumerate() {
        let field = message
            .get_field_by_name(name)
            .or_else(|| message.get_field_by_json_name(name))
            .ok_or_else(unknown)?;
        if let BodyRule::Field(body) = &route.body
            && index == 0
            && field.name() == body
        {
            return Err(unknown());
        }
        let last = index + 1 == names.len();
        if last {
            let json = scalar_json(&field, value).ok_or_else(|| {
                RestError::invalid_field(
                    key,
                    REASON_INVALID_VALUE,
                    format!(
                        "invalid value {} for query parameter {}",
                        quote(value),
                        quote(key)
                    ),
                )
            })?;
            let slot = entry(object, &field);
            if field.is_list() {
                match slot {
                    Value::Array(items) => items.push(json),
                    other => *other = Value::Array(vec![json]),
                }
            } else {
                *slot = json;
            }
            return Ok(());
        }
        let Kind::Message(inner) = field.kind() else {
            return Err(unknown());
        };
        if field.is_list() || field.is_map() || is_well_known(&inner) {
            return Err(unknown());
        }
        let slot = entry(object, &field);
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(inner_object) = slot else {
            return Err(unknown());
        };
        object = inner_object;
        message = inner;
    }
    Ok(())
}

/// Sets a path variable (its field path was checked when the route was
/// built) into `root`, replacing whatever the body or query said.
fn set_path(
    descriptor: &MessageDescriptor,
    root: &mut Map<String, Value>,
    path: &[String],
    value: &str,
) -> Result<(), RestError> {
    let invalid = || {
        RestError::new(
            StatusCode::BAD_REQUEST,
            Code::InvalidArgument,
            REASON_INVALID_VALUE,
            format!("invalid path value {} for {}", quote(value), path.join(".")),
        )
    };
    let mut message = descriptor.clone();
    let mut object = root;
    for (index, name) in path.iter().enumerate() {
        let field = message.get_field_by_name(name).ok_or_else(invalid)?;
        if index + 1 == path.len() {
            *entry(object, &field) = scalar_json(&field, value).ok_or_else(invalid)?;
            return Ok(());
        }
        let Kind::Message(inner) = field.kind() else {
            return Err(invalid());
        };
        let slot = entry(object, &field);
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(inner_object) = slot else {
            return Err(invalid());
        };
        object = inner_object;
        message = inner;
    }
    Ok(())
}

/// The slot of `field` in `object`, under whichever name (proto or JSON)
/// the client used, so a path variable replaces a body value rather than
/// adding a second spelling of the same field.
fn entry<'m>(object: &'m mut Map<String, Value>, field: &FieldDescriptor) -> &'m mut Value {
    let key = if object.contains_key(field.json_name()) && !object.contains_key(field.name()) {
        field.json_name().to_string()
    } else {
        field.name().to_string()
    };
    object.entry(key).or_insert(Value::Null)
}

/// The JSON form of a text value from a path or query for `field`: what
/// the proto3 JSON mapping expects for its type. `None` when no JSON form
/// fits (a message that is not a well-known scalar-like type, a bad bool).
fn scalar_json(field: &FieldDescriptor, text: &str) -> Option<Value> {
    Some(match field.kind() {
        Kind::Bool => Value::Bool(match text {
            "true" | "1" => true,
            "false" | "0" => false,
            _ => return None,
        }),
        Kind::Enum(_) => match text.parse::<i32>() {
            Ok(number) => Value::from(number),
            Err(_) => Value::String(text.to_string()),
        },
        Kind::Message(message) => match message.full_name() {
            "google.protobuf.Timestamp"
            | "google.protobuf.Duration"
            | "google.protobuf.FieldMask"
            | "google.protobuf.StringValue"
            | "google.protobuf.BytesValue"
            | "google.protobuf.Int64Value"
            | "google.protobuf.UInt64Value"
            | "google.protobuf.Int32Value"
            | "google.protobuf.UInt32Value"
            | "google.protobuf.FloatValue"
            | "google.protobuf.DoubleValue" => Value::String(text.to_string()),
            "google.protobuf.BoolValue" => Value::Bool(text.parse().ok()?),
            _ => return None,
        },
        // Numbers as strings are valid proto3 JSON for every numeric type.
        _ => Value::String(text.to_string()),
    })
}

/// Well-known types are set whole from one query value, never by parts.
fn is_well_known(message: &MessageDescriptor) -> bool {
    message.full_name().starts_with("google.protobuf.")
}
