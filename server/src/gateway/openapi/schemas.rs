//! The JSON schemas of the document's messages and enums, as proto3 JSON
//! prints them: component schemas filled in as they are first met, the
//! well-known types inline, and which fields a comment says are required.

use super::*;

/// The component schemas referenced so far, filled in as messages and
/// enums are first met.
#[derive(Default)]
pub(super) struct Schemas {
    done: BTreeMap<String, Value>,
}

impl Schemas {
    pub(super) fn finish(self) -> Map<String, Value> {
        self.done.into_iter().collect()
    }

    pub(super) fn reference(name: &str) -> Value {
        json!({"$ref": format!("#/components/schemas/{name}")})
    }

    /// A schema for a message: well-known types inline, others by reference.
    pub(super) fn message(&mut self, message: &MessageDescriptor) -> Value {
        if let Some(schema) = well_known(message.full_name()) {
            return schema;
        }
        let name = message.full_name().to_string();
        if !self.done.contains_key(&name) {
            // Placed first so recursive messages end.
            self.done.insert(name.clone(), json!({}));
            let mut properties = Map::new();
            let mut required = Vec::new();
            for field in message.fields() {
                if is_required(&field, false) {
                    required.push(field.name().to_string());
                }
                properties.insert(field.name().to_string(), self.field(&field));
            }
            let mut schema = json!({"type": "object", "properties": properties});
            if !required.is_empty() {
                schema["required"] = json!(required);
            }
            if let Some(text) = message_comment(message) {
                schema["description"] = json!(text);
            }
            self.done.insert(name.clone(), schema);
        }
        Schemas::reference(&name)
    }

    pub(super) fn enumeration(&mut self, enumeration: &EnumDescriptor) -> Value {
        let name = enumeration.full_name().to_string();
        if !self.done.contains_key(&name) {
            let values: Vec<String> = enumeration.values().map(|v| v.name().to_string()).collect();
            let mut schema = json!({"type": "string", "enum": values});
            if let Some(text) = comments(&enumeration.parent_file(), enumeration.path()) {
                schema["description"] = json!(text);
            }
            self.done.insert(name.clone(), schema);
        }
        Schemas::reference(&name)
    }

    pub(super) fn kind(&mut self, kind: &Kind) -> Value {
        match kind {
            Kind::Double | Kind::Float => json!({"type": "number"}),
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => json!({
                "type": "integer", "format": "int32",
                "minimum": i32::MIN, "maximum": i32::MAX,
            }),
            Kind::Uint32 | Kind::Fixed32 => json!({
                "type": "integer", "format": "uint32", "minimum": 0, "maximum": u32::MAX,
            }),
            // proto3 JSON prints 64-bit integers as strings (numbers are accepted too).
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
                json!({"type": "string", "format": "int64", "pattern": "^-?[0-9]{1,19}$"})
            }
            Kind::Uint64 | Kind::Fixed64 => {
                json!({"type": "string", "format": "uint64", "pattern": "^[0-9]{1,20}$"})
            }
            Kind::Bool => json!({"type": "boolean"}),
            Kind::String => json!({"type": "string"}),
            Kind::Bytes => json!({"type": "string", "contentEncoding": "base64"}),
            Kind::Enum(enumeration) => self.enumeration(enumeration),
            Kind::Message(message) => self.message(message),
        }
    }

    pub(super) fn field(&mut self, field: &FieldDescriptor) -> Value {
        let mut schema = if field.is_map() {
            let value = match field.kind() {
                Kind::Message(entry) => entry.map_entry_value_field().kind(),
                other => other,
            };
            json!({"type": "object", "additionalProperties": self.kind(&value)})
        } else if field.is_list() {
            json!({"type": "array", "items": self.kind(&field.kind())})
        } else {
            self.kind(&field.kind())
        };
        if let Some(text) = field_comment(field)
            && let Value::Object(map) = &mut schema
        {
            if matches!(field.kind(), Kind::String)
                && !field.is_list()
                && let Some(max) = prose::max_characters(&text)
            {
                map.insert("maxLength".into(), json!(max));
            }
            map.insert("description".into(), json!(text));
        }
        schema
    }
}

/// Whether a field's comment says it must be set, for a schema's
/// `required`. A field of a oneof never is (its siblings may be set
/// instead); nor, in a schema that answers use too, a message field, which
/// proto3 JSON leaves out when unset.
pub(super) fn is_required(field: &FieldDescriptor, messages_too: bool) -> bool {
    let printed_when_unset =
        field.is_list() || field.is_map() || !matches!(field.kind(), Kind::Message(_));
    field.containing_oneof().is_none()
        && (messages_too || printed_when_unset)
        && field_comment(field).is_some_and(|text| prose::is_required(&text))
}

/// The JSON forms of the well-known types, inline.
fn well_known(name: &str) -> Option<Value> {
    Some(match name {
        "google.protobuf.Timestamp" => json!({"type": "string", "format": "date-time"}),
        "google.protobuf.Duration" => {
            json!({"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,9})?s$"})
        }
        "google.protobuf.FieldMask" => json!({"type": "string"}),
        "google.protobuf.Empty" => json!({"type": "object"}),
        "google.protobuf.Struct" => json!({"type": "object"}),
        "google.protobuf.Value" => json!({}),
        "google.protobuf.ListValue" => json!({"type": "array"}),
        "google.protobuf.Any" => json!({
            "type": "object",
            "properties": {"@type": {"type": "string"}},
            "required": ["@type"],
        }),
        "google.protobuf.StringValue" | "google.protobuf.BytesValue" => json!({"type": "string"}),
        "google.protobuf.BoolValue" => json!({"type": "boolean"}),
        "google.protobuf.FloatValue" | "google.protobuf.DoubleValue" => json!({"type": "number"}),
        "google.protobuf.Int32Value" | "google.protobuf.UInt32Value" => json!({"type": "integer"}),
        "google.protobuf.Int64Value" | "google.protobuf.UInt64Value" => json!({"type": "string"}),
        _ => return None,
    })
}
