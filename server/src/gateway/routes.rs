//! The route table: every `google.api.http` binding (and its
//! `additional_bindings`) of every method in the descriptor pool.

use http::Method;
use prost_reflect::{DescriptorPool, DynamicMessage, MethodDescriptor, Value};

use super::template::PathTemplate;

/// The extension `google.api.http` on `google.protobuf.MethodOptions`.
const HTTP_RULE_EXTENSION: &str = "google.api.http";

/// Where the request message's fields come from besides the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyRule {
    /// No body: fields not bound by the path come from the query.
    None,
    /// `body: "*"`: the whole body is the request message (less path fields).
    Whole,
    /// `body: "field"`: the body is that field; the query fills the rest.
    Field(String),
}

/// One HTTP binding of one RPC.
#[derive(Clone, Debug)]
pub struct Route {
    pub http_method: Method,
    pub template: PathTemplate,
    pub body: BodyRule,
    /// `response_body`: the response field returned instead of the whole
    /// message; empty for the whole message.
    pub response_body: String,
    pub method: MethodDescriptor,
    /// `/package.Service/Method`, the gRPC path the call goes to.
    pub grpc_path: String,
}

/// What a request's method and path found.
pub enum Lookup<'a> {
    Found(&'a Route, Vec<(&'a [String], String)>),
    /// The path exists, but not for this method; these methods it has.
    MethodNotAllowed(Vec<Method>),
    NotFound,
}

/// Every route, most specific template first.
#[derive(Debug, Default)]
pub struct RouteTable {
    routes: Vec<Route>,
}

impl RouteTable {
    /// Reads the bindings of every service in `pool`. A method without
    /// `google.api.http` has no REST route; an invalid binding is an error,
    /// found at start-up rather than at the first request.
    pub fn from_pool(pool: &DescriptorPool) -> Result<RouteTable, String> {
        let mut routes = Vec::new();
        let Some(extension) = pool.get_extension_by_name(HTTP_RULE_EXTENSION) else {
            return Ok(RouteTable::default());
        };
        for service in pool.services() {
            for method in service.methods() {
                let options = method.options();
                if !options.has_extension(&extension) {
                    continue;
                }
                let value = options.get_extension(&extension);
                let Some(rule) = value.as_message() else {
                    continue;
                };
                let grpc_path = format!("/{}/{}", service.full_name(), method.name());
                add_rule(&mut routes, &method, &grpc_path, rule, true)?;
            }
        }
        routes.sort_by_key(|route| route.template.specificity());
        Ok(RouteTable { routes })
    }

    /// Every route, for the OpenAPI document.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// The route for `method` and `path`.
    pub fn lookup(&self, method: &Method, path: &str) -> Lookup<'_> {
        let mut allowed = Vec::new();
        for route in &self.routes {
            let Some(bound) = route.template.matches(path) else {
                continue;
            };
            if route.http_method == method {
                return Lookup::Found(route, bound);
            }
            if !allowed.contains(&route.http_method) {
                allowed.push(route.http_method.clone());
            }
        }
        if allowed.is_empty() {
            Lookup::NotFound
        } else {
            Lookup::MethodNotAllowed(allowed)
        }
    }
}

fn add_rule(
    routes: &mut Vec<Route>,
    method: &MethodDescriptor,
    grpc_path: &str,
    rule: &DynamicMessage,
    top_level: bool,
) -> Result<(), String> {
    let text = |name: &str| -> String {
        rule.get_field_by_name(name)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let mut binding = None;
    for (field, http_method) in [
        ("get", Method::GET),
        ("put", Method::PUT),
        ("post", Method::POST),
        ("delete", Method::DELETE),
        ("patch", Method::PATCH),
    ] {
        if rule.has_field_by_name(field) {
            binding = Some((http_method, text(field)));
        }
    }
    if rule.has_field_by_name("custom")
        && let Some(Value::Message(custom)) = rule.get_field_by_name("custom").as_deref()
    {
        let kind = custom
            .get_field_by_name("kind")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let path = custom
            .get_field_by_name("path")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let http_method = Method::from_bytes(kind.as_bytes())
            .map_err(|_| format!("{grpc_path}: invalid custom HTTP method {kind:?}"))?;
        binding = Some((http_method, path));
    }
    if let Some((http_method, path)) = binding {
        let template = PathTemplate::parse(&path).map_err(|e| format!("{grpc_path}: {e}"))?;
        let input = method.input();
        for variable in template.variables() {
            check_field_path(&input, &variable.field_path)
                .map_err(|e| format!("{grpc_path}: path {path:?}: {e}"))?;
        }
        let body = match text("body").as_str() {
            "" => BodyRule::None,
            "*" => BodyRule::Whole,
            field => {
                check_field_path(&input, &[field.to_string()])
                    .map_err(|e| format!("{grpc_path}: body: {e}"))?;
                BodyRule::Field(field.to_string())
            }
        };
        let response_body = text("response_body");
        if !response_body.is_empty() && method.output().get_field_by_name(&response_body).is_none()
        {
            return Err(format!(
                "{grpc_path}: response_body {response_body:?} is no field of the response"
            ));
        }
        routes.push(Route {
            http_method,
            template,
            body,
            response_body,
            method: method.clone(),
            grpc_path: grpc_path.to_string(),
        });
    }
    // Additional bindings may not nest further (as in google/api/http.proto).
    if top_level
        && let Some(Value::List(more)) = rule.get_field_by_name("additional_bindings").as_deref()
    {
        for extra in more {
            if let Value::Message(extra) = extra {
                add_rule(routes, method, grpc_path, extra, false)?;
            }
        }
    }
    Ok(())
}

/// Checks that a dotted field path names singular fields, every one but the
/// last a message.
fn check_field_path(
    message: &prost_reflect::MessageDescriptor,
    path: &[String],
) -> Result<(), String> {
    let mut message = message.clone();
    for (index, name) in path.iter().enumerate() {
        let field = message
            .get_field_by_name(name)
            .ok_or_else(|| format!("{} has no field {name:?}", message.full_name()))?;
        if field.is_list() || field.is_map() {
            return Err(format!("field {name:?} is repeated"));
        }
        if index + 1 < path.len() {
            message = match field.kind() {
                prost_reflect::Kind::Message(inner) => inner,
                _ => return Err(format!("field {name:?} is not a message")),
            };
        }
    }
    Ok(())
}
