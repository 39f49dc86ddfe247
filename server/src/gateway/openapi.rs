//! The OpenAPI 3.1 document of the REST API, generated from the same
//! descriptors and route table the gateway serves, with the `.proto`
//! comments as descriptions; and a plain HTML page rendered from it.

use std::collections::{BTreeMap, BTreeSet};

use prost_reflect::{EnumDescriptor, FieldDescriptor, FileDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value, json};

use super::routes::{BodyRule, Route, RouteTable};

/// The schema name of the error body.
const ERROR_SCHEMA: &str = "Status";
/// Nested messages are offered as `a.b` query parameters down to this depth.
const MAX_QUERY_DEPTH: usize = 3;

/// The OpenAPI document of every route of `routes`; the RPCs whose gRPC
/// paths `anonymous` lists need no credentials.
pub fn document(routes: &RouteTable, anonymous: &[&str]) -> Value {
    let mut schemas = Schemas::default();
    let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    let mut operation_ids = BTreeSet::new();
    for route in routes.routes() {
        let mut operation = operation(route, &mut schemas, &mut operation_ids);
        if anonymous.contains(&route.grpc_path.as_str()) {
            operation["security"] = json!([]);
        }
        paths
            .entry(route.template.openapi_path())
            .or_default()
            .insert(route.http_method.as_str().to_ascii_lowercase(), operation);
    }
    let mut components = schemas.finish();
    components.insert(ERROR_SCHEMA.into(), error_schema());
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Roundtable API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "REST/JSON form of the Roundtable gRPC API, transcoded from the \
                `google.api.http` options of the contract. JSON follows the proto3 mapping \
                (snake_case field names in answers; snake_case or lowerCamelCase accepted). \
                Errors answer `{\"code\", \"message\", \"details\"}` with the google.rpc \
                details of the gRPC status. Request bodies are limited to 4 MiB. An \
                `Idempotency-Key` header sets the `request_id` of operations that have one.",
        },
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "An API key (`rtk_…`) or a user JWT.",
                },
            },
        },
        "security": [{"bearer": []}],
    })
}

fn operation(route: &Route, schemas: &mut Schemas, operation_ids: &mut BTreeSet<String>) -> Value {
    let method = &route.method;
    let input = method.input();
    let comment = comments(&method.parent_file(), method.path()).unwrap_or_default();
    let summary = comment
        .split(['\n', '.'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    let base_id = format!("{}_{}", method.parent_service().name(), method.name());
    let mut operation_id = base_id.clone();
    let mut n = 1;
    while !operation_ids.insert(operation_id.clone()) {
        operation_id = format!("{base_id}_{n}");
        n += 1;
    }

    let bound: Vec<Vec<String>> = route
        .template
        .variables()
        .iter()
        .map(|v| v.field_path.clone())
        .collect();
    let mut parameters = Vec::new();
    for variable in route.template.variables() {
        let mut schema = json!({"type": "string", "minLength": 1});
        if route.template.is_multi_segment(variable) {
            schema["description"] = json!(format!(
                "follows the pattern `{}`",
                route.template.variable_pattern(variable)
            ));
        } else {
            schema["pattern"] = json!("^[^/]+$");
        }
        let description = field_at(&input, &variable.field_path)
            .and_then(|f| field_comment(&f))
            .unwrap_or_default();
        parameters.push(json!({
            "name": variable.field_path.join("."),
            "in": "path",
            "required": true,
            "schema": schema,
            "description": description,
        }));
    }
    if route.body != BodyRule::Whole {
        let skip_top = match &route.body {
            BodyRule::Field(name) => Some(name.as_str()),
            _ => None,
        };
        query_parameters(&input, &[], &bound, skip_top, schemas, &mut parameters, 0);
    }
    if method.input().get_field_by_name("request_id").is_some() {
        parameters.push(json!({
            "name": "Idempotency-Key",
            "in": "header",
            "required": false,
            "schema": {"type": "string"},
            "description": "Sets `request_id`: a retry with the same key returns the first \
                result and creates nothing.",
        }));
    }

    let answer = response_schema(route, schemas);
    let (content, ok) = if method.is_server_streaming() {
        (
            json!({
                "application/x-ndjson": {"schema": ndjson_line(&answer)},
                "text/event-stream": {"schema": sse_event(&answer)},
            }),
            "A stream: one JSON message per line (`application/x-ndjson`, the default), or \
             with `Accept: text/event-stream` one Server-Sent Event per message whose `id:` \
             is its cursor (reconnect with `Last-Event-ID` to resume). A failure mid-way \
             ends the stream with an error (`{\"error\": …}` / `event: error`).",
        )
    } else {
        (json!({"application/json": {"schema": answer}}), "OK")
    };
    let mut operation = json!({
        "operationId": operation_id,
        "tags": [method.parent_service().name()],
        "summary": summary,
        "description": comment,
        "parameters": parameters,
        "responses": {
            "200": {
                "description": ok,
                "content": content,
            },
            "default": {
                "description": "An error: the HTTP status from the google.rpc code.",
                "content": {"application/json": {"schema": {
                    "$ref": format!("#/components/schemas/{ERROR_SCHEMA}")
                }}},
            },
        },
    });
    let body_schema = match &route.body {
        BodyRule::None => None,
        BodyRule::Whole => Some(body_object(&input, &bound, schemas)),
        BodyRule::Field(name) => input.get_field_by_name(name).map(|f| schemas.field(&f)),
    };
    if let Some(schema) = body_schema {
        operation["requestBody"] = json!({
            "required": false,
            "content": {"application/json": {"schema": schema}},
        });
    }
    operation
}

fn response_schema(route: &Route, schemas: &mut Schemas) -> Value {
    let output = route.method.output();
    if route.response_body.is_empty() {
        return schemas.message(&output);
    }
    output
        .get_field_by_name(&route.response_body)
        .map(|f| schemas.field(&f))
        .unwrap_or_else(|| json!({}))
}

/// One line of an `application/x-ndjson` stream: a message, or the error
/// that ends the stream.
fn ndjson_line(answer: &Value) -> Value {
    json!({"anyOf": [
        answer,
        {
            "type": "object",
            "properties": {"error": error_reference()},
            "required": ["error"],
        },
    ]})
}

/// One event of a `text/event-stream` stream, as an `EventSource` reads it
/// (OpenAPI 3.1 has `schema` describe each event of a stream).
fn sse_event(answer: &Value) -> Value {
    json!({
        "type": "object",
        "properties": {
            "id": {
                "type": "string",
                "description": "The message's resume cursor: reconnect with it as `Last-Event-ID`.",
            },
            "event": {
                "type": "string",
                "enum": ["message", "error"],
                "description": "Not sent for a message (an `EventSource` reads `message`); \
                    `error` for the error that ends the stream.",
            },
            "data": {
                "type": "string",
                "contentMediaType": "application/json",
                "contentSchema": {"anyOf": [answer, error_reference()]},
                "description": "The message, or for `event: error` the error, as JSON.",
            },
        },
        "required": ["data"],
    })
}

fn error_reference() -> Value {
    Schemas::reference(ERROR_SCHEMA)
}

/// The body of a `body: "*"` route: the request message less the fields
/// the path sets.
fn body_object(input: &MessageDescriptor, bound: &[Vec<String>], schemas: &mut Schemas) -> Value {
    let mut properties = Map::new();
    for field in input.fields() {
        if bound.iter().any(|b| b.len() == 1 && b[0] == field.name()) {
            continue;
        }
        properties.insert(field.name().to_string(), schemas.field(&field));
    }
    let mut schema = json!({"type": "object", "properties": properties});
    if let Some(text) = message_comment(input) {
        schema["description"] = json!(text);
    }
    schema
}

#[allow(clippy::too_many_arguments)]
fn query_parameters(
    message: &MessageDescriptor,
    prefix: &[String],
    bound: &[Vec<String>],
    skip_top: Option<&str>,
    schemas: &mut Schemas,
    parameters: &mut Vec<Value>,
    depth: usize,
) {
    for field in message.fields() {
        let mut path = prefix.to_vec();
        path.push(field.name().to_string());
        if bound.contains(&path) || (prefix.is_empty() && Some(field.name()) == skip_top) {
            continue;
        }
        if field.is_map() {
            continue;
        }
        if let Kind::Message(inner) = field.kind()
            && !field.is_list()
            && !inner.full_name().starts_with("google.protobuf.")
        {
            if depth < MAX_QUERY_DEPTH {
                query_parameters(&inner, &path, bound, None, schemas, parameters, depth + 1);
            }
            continue;
        }
        if let Kind::Message(_) = field.kind()
            && field.is_list()
        {
            continue;
        }
        let mut parameter = json!({
            "name": path.join("."),
            "in": "query",
            "required": false,
            "schema": schemas.field(&field),
            "description": field_comment(&field).unwrap_or_default(),
        });
        if field.is_list() {
            parameter["style"] = json!("form");
            parameter["explode"] = json!(true);
        }
        parameters.push(parameter);
    }
}

fn field_at(message: &MessageDescriptor, path: &[String]) -> Option<FieldDescriptor> {
    let mut message = message.clone();
    let mut found = None;
    for name in path {
        let field = message.get_field_by_name(name)?;
        if let Kind::Message(inner) = field.kind() {
            message = inner;
        }
        found = Some(field);
    }
    found
}

/// The component schemas referenced so far, filled in as messages and
/// enums are first met.
#[derive(Default)]
struct Schemas {
    done: BTreeMap<String, Value>,
}

impl Schemas {
    fn finish(self) -> Map<String, Value> {
        self.done.into_iter().collect()
    }

    fn reference(name: &str) -> Value {
        json!({"$ref": format!("#/components/schemas/{name}")})
    }

    /// A schema for a message: well-known types inline, others by reference.
    fn message(&mut self, message: &MessageDescriptor) -> Value {
        if let Some(schema) = well_known(message.full_name()) {
            return schema;
        }
        let name = message.full_name().to_string();
        if !self.done.contains_key(&name) {
            // Placed first so recursive messages end.
            self.done.insert(name.clone(), json!({}));
            let mut properties = Map::new();
            for field in message.fields() {
                properties.insert(field.name().to_string(), self.field(&field));
            }
            let mut schema = json!({"type": "object", "properties": properties});
            if let Some(text) = message_comment(message) {
                schema["description"] = json!(text);
            }
            self.done.insert(name.clone(), schema);
        }
        Schemas::reference(&name)
    }

    fn enumeration(&mut self, enumeration: &EnumDescriptor) -> Value {
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

    fn kind(&mut self, kind: &Kind) -> Value {
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

    fn field(&mut self, field: &FieldDescriptor) -> Value {
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
            map.insert("description".into(), json!(text));
        }
        schema
    }
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

/// The error body, `google.rpc.Status` in JSON.
fn error_schema() -> Value {
    json!({
        "type": "object",
        "description": "A google.rpc.Status: the gRPC code, a message for developers, and \
            google.rpc details (ErrorInfo with a stable `reason`; BadRequest naming each \
            invalid field).",
        "properties": {
            "code": {"type": "integer", "description": "The google.rpc.Code."},
            "message": {"type": "string"},
            "details": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"@type": {"type": "string"}},
                    "required": ["@type"],
                },
            },
        },
        "required": ["code", "message", "details"],
    })
}

fn message_comment(message: &MessageDescriptor) -> Option<String> {
    comments(&message.parent_file(), message.path())
}

fn field_comment(field: &FieldDescriptor) -> Option<String> {
    comments(&field.parent_file(), field.path())
}

/// The leading (or else trailing) comment of the element at `path` in
/// `file`, with the comment markers' indentation removed. Needs the source
/// info that `protoc --include_source_info` puts in the descriptor set.
fn comments(file: &FileDescriptor, path: &[i32]) -> Option<String> {
    let info = file.file_descriptor_proto().source_code_info.as_ref()?;
    let location = info.location.iter().find(|l| l.path == path)?;
    let text = location
        .leading_comments
        .as_deref()
        .or(location.trailing_comments.as_deref())?;
    let lines: Vec<&str> = text
        .lines()
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
        .collect();
    let text = lines.join("\n").trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// A plain, self-contained HTML reference rendered from the document: no
/// scripts and no links off the server, so it works where the server runs
/// without internet.
pub fn html(document: &Value) -> String {
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Roundtable API</title>\
         <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;\
         padding:0 1rem;line-height:1.4}code,pre{background:#f4f4f4;padding:0 .2rem}\
         .op{border-top:1px solid #ddd;padding:.5rem 0}.m{font-weight:bold;\
         text-transform:uppercase;display:inline-block;min-width:4rem}\
         table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem;\
         text-align:left;vertical-align:top}pre{white-space:pre-wrap}</style></head><body>",
    );
    page.push_str("<h1>Roundtable API</h1>");
    if let Some(text) = document
        .pointer("/info/description")
        .and_then(Value::as_str)
    {
        page.push_str(&format!("<p>{}</p>", escape(text)));
    }
    page.push_str(
        "<p>Machine-readable: <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI 3.1). \
         Authenticate with <code>Authorization: Bearer &lt;key&gt;</code>.</p><h2>Operations</h2>",
    );
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, operations) in paths {
            let Some(operations) = operations.as_object() else {
                continue;
            };
            for (method, operation) in operations {
                let text = |key: &str| operation.get(key).and_then(Value::as_str).unwrap_or("");
                page.push_str(&format!(
                    "<div class=\"op\" id=\"{id}\"><span class=\"m\">{method}</span> <code>{path}</code> \
                     — {summary}<pre>{description}</pre>",
                    id = escape(text("operationId")),
                    method = escape(method),
                    path = escape(path),
                    summary = escape(text("summary")),
                    description = escape(text("description")),
                ));
                if let Some(parameters) = operation.get("parameters").and_then(Value::as_array)
                    && !parameters.is_empty()
                {
                    page.push_str("<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr>");
                    for parameter in parameters {
                        let get =
                            |key: &str| parameter.get(key).and_then(Value::as_str).unwrap_or("");
                        page.push_str(&format!(
                            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                            escape(get("name")),
                            escape(get("in")),
                            escape(&type_name(parameter.get("schema").unwrap_or(&Value::Null))),
                            escape(get("description")),
                        ));
                    }
                    page.push_str("</table>");
                }
                if let Some(schema) =
                    operation.pointer("/requestBody/content/application~1json/schema")
                {
                    page.push_str(&format!("<p>Body: {}</p>", escape(&type_name(schema))));
                }
                if let Some(schema) =
                    operation.pointer("/responses/200/content/application~1json/schema")
                {
                    page.push_str(&format!("<p>Answer: {}</p>", escape(&type_name(schema))));
                }
                page.push_str("</div>");
            }
        }
    }
    page.push_str("<h2>Schemas</h2>");
    if let Some(schemas) = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            page.push_str(&format!("<h3 id=\"{0}\">{0}</h3>", escape(name)));
            if let Some(text) = schema.get("description").and_then(Value::as_str) {
                page.push_str(&format!("<pre>{}</pre>", escape(text)));
            }
            if let Some(values) = schema.get("enum").and_then(Value::as_array) {
                let names: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
                page.push_str(&format!(
                    "<p>One of: <code>{}</code></p>",
                    escape(&names.join(", "))
                ));
            }
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                page.push_str("<table><tr><th>field</th><th>type</th><th>description</th></tr>");
                for (field, property) in properties {
                    page.push_str(&format!(
                        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                        escape(field),
                        escape(&type_name(property)),
                        escape(
                            property
                                .get("description")
                                .and_then(Value::as_str)
                                .unwrap_or("")
                        ),
                    ));
                }
                page.push_str("</table>");
            }
        }
    }
    page.push_str("</body></html>");
    page
}

/// A short name for a schema: its reference, its type or its item type.
fn type_name(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference
            .rsplit('/')
            .next()
            .unwrap_or(reference)
            .to_string();
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => format!(
            "{}[]",
            type_name(schema.get("items").unwrap_or(&Value::Null))
        ),
        Some(kind) => match schema.get("format").and_then(Value::as_str) {
            Some(format) => format!("{kind} ({format})"),
            None => kind.to_string(),
        },
        None => "any".to_string(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
