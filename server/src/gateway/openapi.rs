//! The OpenAPI 3.1 document of the REST API, generated from the same
//! descriptors and route table the gateway serves, with the `.proto`
//! comments as descriptions (CommonMark, as the comments are written).
//! What the comments' prose says beyond that — summaries, error codes and
//! reasons, required fields, text limits — is read by [`prose`]. The API
//! page at `/docs` is a viewer of this document (`web/docs/`).

mod prose;
mod schemas;

use std::collections::{BTreeMap, BTreeSet};

use prost_reflect::{
    EnumDescriptor, FieldDescriptor, FileDescriptor, Kind, MessageDescriptor, ServiceDescriptor,
};
use serde_json::{Map, Value, json};
use tonic::Code;

use super::errors::http_status;
use super::routes::{BodyRule, Route, RouteTable};
use schemas::{Schemas, is_required};

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
    let mut tags: Vec<Value> = Vec::new();
    let reasons = Reasons::new(routes);
    for route in routes.routes() {
        let service = route.method.parent_service();
        if !tags.iter().any(|t| t["name"] == service.name()) {
            let mut tag = json!({"name": service.name()});
            if let Some(text) = comments(&service.parent_file(), service.path()) {
                tag["description"] = json!(text);
            }
            tags.push(tag);
        }
        let is_anonymous = anonymous.contains(&route.grpc_path.as_str());
        let mut operation = operation(route, &mut schemas, &mut operation_ids);
        add_errors(&mut operation, reasons.of(route, is_anonymous), route);
        if is_anonymous {
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
        "tags": tags,
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "An API key (`rtk_…`) or a user JWT, sent as \
                        `Authorization: Bearer <credential>`.",
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
    let summary = prose::summary(&comment);
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

/// The error codes and reasons the comments give an operation: every
/// service's rules, its service's list, its own comment.
struct Reasons {
    global: Vec<(Code, Vec<String>)>,
    enum_values: BTreeSet<String>,
}

impl Reasons {
    fn new(routes: &RouteTable) -> Reasons {
        let pool = routes
            .routes()
            .first()
            .map(|route| route.method.parent_pool().clone())
            .unwrap_or_default();
        let enum_values: BTreeSet<String> = pool
            .all_enums()
            .flat_map(|e| e.values().map(|v| v.name().to_string()).collect::<Vec<_>>())
            .collect();
        let mut reasons = Reasons {
            global: Vec::new(),
            enum_values,
        };
        for service in pool.services() {
            if let Some(comment) = service_comment(&service)
                && let Some(rules) = prose::global_rules(&comment)
            {
                let found = prose::errors(rules, &|name| reasons.is_reason(name));
                prose::merge(&mut reasons.global, found);
            }
        }
        reasons
    }

    fn is_reason(&self, name: &str) -> bool {
        !self.enum_values.contains(name)
    }

    /// In the order of their HTTP statuses; with no UNAUTHENTICATED for an
    /// RPC that needs no credentials.
    fn of(&self, route: &Route, anonymous: bool) -> Vec<(Code, Vec<String>)> {
        let is_reason = |name: &str| self.is_reason(name);
        let method = &route.method;
        let mut found = Vec::new();
        if let Some(comment) = comments(&method.parent_file(), method.path()) {
            found = prose::errors(&comment, &is_reason);
        }
        if let Some(comment) = service_comment(method.parent_service()) {
            prose::merge(&mut found, prose::service_errors(&comment, &is_reason));
        }
        prose::merge(&mut found, self.global.clone());
        if anonymous {
            found.retain(|(code, _)| *code != Code::Unauthenticated);
        }
        found.sort_by_key(|(code, _)| http_status(*code).as_u16());
        found
    }
}

fn service_comment(service: &ServiceDescriptor) -> Option<String> {
    comments(&service.parent_file(), service.path())
}

/// One response per HTTP status the operation's errors answer with, each
/// listing its gRPC codes and their reasons, and the same list as the
/// `x-grpc-errors` extension (`code`, `http_status`, `reasons`). The
/// gateway's own refusals of a body are added to operations that take one.
fn add_errors(operation: &mut Value, mut errors: Vec<(Code, Vec<String>)>, route: &Route) {
    let mut listed: Vec<(u16, &str, Vec<String>, &str)> = Vec::new();
    for (code, reasons) in errors.drain(..) {
        listed.push((
            http_status(code).as_u16(),
            prose::code_name(code),
            reasons,
            "",
        ));
    }
    if route.body != BodyRule::None {
        listed.push((
            413,
            prose::code_name(Code::ResourceExhausted),
            vec!["BODY_TOO_LARGE".into()],
            "a body over 4 MiB",
        ));
        listed.push((
            415,
            prose::code_name(Code::InvalidArgument),
            vec!["UNSUPPORTED_MEDIA_TYPE".into()],
            "a body that is not `application/json`",
        ));
    }
    listed.sort_by_key(|(status, ..)| *status);
    let mut by_status: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    let mut extension = Vec::new();
    for (status, code, reasons, note) in &listed {
        let mut line = format!("- `{code}`");
        if !reasons.is_empty() {
            let quoted: Vec<String> = reasons.iter().map(|r| format!("`{r}`")).collect();
            line.push_str(&format!(": {}", quoted.join(", ")));
        }
        if !note.is_empty() {
            line.push_str(&format!(" ({note})"));
        }
        by_status.entry(*status).or_default().push(line);
        extension.push(json!({"code": code, "http_status": status, "reasons": reasons}));
    }
    for (status, lines) in by_status {
        operation["responses"][status.to_string()] = json!({
            "description": format!(
                "The gRPC codes this status carries, with the `reason`s of their \
                 ErrorInfo:\n\n{}",
                lines.join("\n")
            ),
            "content": {"application/json": {"schema": error_reference()}},
        });
    }
    operation["x-grpc-errors"] = json!(extension);
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
    let mut required = Vec::new();
    for field in input.fields() {
        if bound.iter().any(|b| b.len() == 1 && b[0] == field.name()) {
            continue;
        }
        if is_required(&field, true) {
            required.push(field.name().to_string());
        }
        properties.insert(field.name().to_string(), schemas.field(&field));
    }
    let mut schema = json!({"type": "object", "properties": properties});
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
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
