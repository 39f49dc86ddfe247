//! `google.api.http` path templates: parsing and matching.
//!
//! The grammar (from `google/api/http.proto`):
//!
//! ```text
//! Template = "/" Segments [ Verb ] ;
//! Segments = Segment { "/" Segment } ;
//! Segment  = "*" | "**" | LITERAL | Variable ;
//! Variable = "{" FieldPath [ "=" Segments ] "}" ;
//! FieldPath = IDENT { "." IDENT } ;
//! Verb     = ":" LITERAL ;
//! ```
//!
//! `{x}` is short for `{x=*}`. `**` matches the rest of the path and may
//! only come last. A variable binds the text of the segments it covers,
//! percent-decoded; a multi-segment variable keeps its `/`s.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;

/// One piece of a template, after variables are flattened into the
/// segments they cover.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Literal(String),
    /// `*`: exactly one segment.
    Single,
    /// `**`: zero or more segments, only last.
    Rest,
}

/// A variable: the field path it sets and the segments it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    /// The request field it sets, as dotted proto field names.
    pub field_path: Vec<String>,
    start: usize,
    end: usize,
}

/// A parsed path template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathTemplate {
    segments: Vec<Segment>,
    variables: Vec<Variable>,
    verb: Option<String>,
}

impl PathTemplate {
    /// Parses `template`, or says what is wrong with it.
    pub fn parse(template: &str) -> Result<PathTemplate, String> {
        let rest = template
            .strip_prefix('/')
            .ok_or_else(|| format!("{template:?} does not start with '/'"))?;
        let mut parser = Parser {
            text: rest,
            segments: Vec::new(),
            variables: Vec::new(),
        };
        parser.segments(false)?;
        let verb = match parser.text.strip_prefix(':') {
            Some(verb) if !verb.is_empty() && !verb.contains('/') => Some(verb.to_string()),
            Some(_) => return Err(format!("{template:?} has an empty or invalid verb")),
            None if parser.text.is_empty() => None,
            None => return Err(format!("{template:?}: unexpected {:?}", parser.text)),
        };
        if let Some(position) = parser.segments.iter().position(|s| *s == Segment::Rest)
            && position + 1 != parser.segments.len()
        {
            return Err(format!("{template:?}: '**' must be the last segment"));
        }
        Ok(PathTemplate {
            segments: parser.segments,
            variables: parser.variables,
            verb,
        })
    }

    /// The variables, in the order they appear.
    pub fn variables(&self) -> &[Variable] {
        &self.variables
    }

    /// Matches a request path (without query). Returns each variable's
    /// field path and decoded value, or `None` when the path does not fit.
    pub fn matches<'t>(&'t self, path: &str) -> Option<Vec<(&'t [String], String)>> {
        let path = path.strip_prefix('/')?;
        let path = match &self.verb {
            Some(verb) => path.strip_suffix(verb.as_str())?.strip_suffix(':')?,
            None => path,
        };
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        let fixed = match self.segments.last() {
            Some(Segment::Rest) => {
                if parts.len() < self.segments.len() - 1 {
                    return None;
                }
                self.segments.len() - 1
            }
            _ => {
                if parts.len() != self.segments.len() {
                    return None;
                }
                self.segments.len()
            }
        };
        for (segment, part) in self.segments[..fixed].iter().zip(&parts) {
            match segment {
                Segment::Literal(literal) if literal != part => return None,
                // A variable never binds an empty segment: `/v1/rooms//x` is no room.
                Segment::Single if part.is_empty() => return None,
                _ => {}
            }
        }
        let mut bound = Vec::with_capacity(self.variables.len());
        for variable in &self.variables {
            let end = if variable.end == self.segments.len() {
                parts.len()
            } else {
                variable.end
            };
            let raw = parts[variable.start..end].join("/");
            let value = match percent_decode_str(&raw).decode_utf8() {
                Ok(Cow::Borrowed(text)) => text.to_string(),
                Ok(Cow::Owned(text)) => text,
                Err(_) => return None,
            };
            bound.push((variable.field_path.as_slice(), value));
        }
        Some(bound)
    }

    /// How specific the template is, to try `/v1/rooms/search` before
    /// `/v1/rooms/{room_id}`: literals first, then single wildcards, then
    /// `**`, segment by segment; a verb before none.
    pub fn specificity(&self) -> (Vec<u8>, bool) {
        let rank = self
            .segments
            .iter()
            .map(|s| match s {
                Segment::Literal(_) => 0,
                Segment::Single => 1,
                Segment::Rest => 2,
            })
            .collect();
        (rank, self.verb.is_none())
    }

    /// The template in OpenAPI form: each variable as `{field.path}`, the
    /// segments it covers replaced by that one name.
    pub fn openapi_path(&self) -> String {
        let mut path = String::new();
        let mut index = 0;
        while index < self.segments.len() {
            path.push('/');
            if let Some(variable) = self.variables.iter().find(|v| v.start == index) {
                path.push('{');
                path.push_str(&variable.field_path.join("."));
                path.push('}');
                index = variable.end.max(index + 1);
                continue;
            }
            match &self.segments[index] {
                Segment::Literal(literal) => path.push_str(literal),
                Segment::Single => path.push('*'),
                Segment::Rest => path.push_str("**"),
            }
            index += 1;
        }
        if self.segments.is_empty() {
            path.push('/');
        }
        if let Some(verb) = &self.verb {
            path.push(':');
            path.push_str(verb);
        }
        path
    }

    /// Whether the variable covers more than one plain segment (such as
    /// `{name=spaces/*}`), so its value may contain `/`.
    pub fn is_multi_segment(&self, variable: &Variable) -> bool {
        variable.end - variable.start != 1
            || self.segments.get(variable.start) != Some(&Segment::Single)
    }

    /// The pattern a multi-segment variable's value follows, such as
    /// `spaces/*`.
    pub fn variable_pattern(&self, variable: &Variable) -> String {
        self.segments[variable.start..variable.end]
            .iter()
            .map(|s| match s {
                Segment::Literal(literal) => literal.as_str(),
                Segment::Single => "*",
                Segment::Rest => "**",
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}

struct Parser<'a> {
    text: &'a str,
    segments: Vec<Segment>,
    variables: Vec<Variable>,
}

impl Parser<'_> {
    /// Reads `Segment { "/" Segment }`, stopping before `:`, `}` or the end.
    fn segments(&mut self, in_variable: bool) -> Result<(), String> {
        loop {
            self.segment(in_variable)?;
            match self.text.strip_prefix('/') {
                Some(rest) => self.text = rest,
                None => return Ok(()),
            }
        }
    }

    fn segment(&mut self, in_variable: bool) -> Result<(), String> {
        if let Some(rest) = self.text.strip_prefix("**") {
            self.text = rest;
            self.segments.push(Segment::Rest);
        } else if let Some(rest) = self.text.strip_prefix('*') {
            self.text = rest;
            self.segments.push(Segment::Single);
        } else if let Some(rest) = self.text.strip_prefix('{') {
            if in_variable {
                return Err("variables cannot nest".into());
            }
            self.text = rest;
            let end = self
                .text
                .find(['=', '}'])
                .ok_or("a variable is not closed")?;
            let field_path: Vec<String> = self.text[..end].split('.').map(str::to_string).collect();
            if field_path.iter().any(|name| {
                name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            }) {
                return Err(format!("invalid field path {:?}", &self.text[..end]));
            }
            let start = self.segments.len();
            self.text = &self.text[end..];
            if let Some(rest) = self.text.strip_prefix('=') {
                self.text = rest;
                self.segments(true)?;
            } else {
                self.segments.push(Segment::Single);
            }
            self.text = self
                .text
                .strip_prefix('}')
                .ok_or("a variable is not closed")?;
            self.variables.push(Variable {
                field_path,
                start,
                end: self.segments.len(),
            });
        } else {
            let end = self
                .text
                .find(['/', ':', '{', '}'])
                .unwrap_or(self.text.len());
            if end == 0 {
                return Err(format!("empty segment before {:?}", self.text));
            }
            self.segments
                .push(Segment::Literal(self.text[..end].to_string()));
            self.text = &self.text[end..];
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(template: &str, path: &str) -> Option<Vec<(String, String)>> {
        let template = PathTemplate::parse(template).expect("a valid template");
        template.matches(path).map(|vars| {
            vars.into_iter()
                .map(|(field, value)| (field.join("."), value))
                .collect()
        })
    }

    fn pairs(list: &[(&str, &str)]) -> Option<Vec<(String, String)>> {
        Some(
            list.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn literal_template_matches_only_itself() {
        assert_eq!(bound("/v1/spaces", "/v1/spaces"), pairs(&[]));
        assert_eq!(bound("/v1/spaces", "/v1/spaces/x"), None);
        assert_eq!(bound("/v1/spaces", "/v1/space"), None);
        assert_eq!(bound("/v1/spaces", "/v1"), None);
    }

    #[test]
    fn simple_variables_bind_one_decoded_segment() {
        assert_eq!(
            bound(
                "/v1/messages/{message_id}/reactions/{emoji}",
                "/v1/messages/m1/reactions/%F0%9F%91%8D"
            ),
            pairs(&[("message_id", "m1"), ("emoji", "👍")])
        );
        assert_eq!(bound("/v1/rooms/{room_id}", "/v1/rooms/a/b"), None);
        assert_eq!(bound("/v1/rooms/{room_id}", "/v1/rooms/"), None);
    }

    #[test]
    fn nested_field_paths_are_split_on_dots() {
        assert_eq!(
            bound(
                "/v1/rooms/{message.room_id}/messages",
                "/v1/rooms/r1/messages"
            ),
            pairs(&[("message.room_id", "r1")])
        );
    }

    #[test]
    fn variables_with_patterns_bind_several_segments() {
        assert_eq!(
            bound("/v1/{name=spaces/*/rooms/*}", "/v1/spaces/s1/rooms/r1"),
            pairs(&[("name", "spaces/s1/rooms/r1")])
        );
        assert_eq!(bound("/v1/{name=spaces/*}", "/v1/rooms/r1"), None);
        assert_eq!(
            bound("/v1/files/{path=**}", "/v1/files/a/b/c"),
            pairs(&[("path", "a/b/c")])
        );
        assert_eq!(
            bound("/v1/files/{path=**}", "/v1/files"),
            pairs(&[("path", "")])
        );
    }

    #[test]
    fn custom_verbs_must_be_present_and_equal() {
        assert_eq!(
            bound("/v1/replies/{reply_id}:cancel", "/v1/replies/r1:cancel"),
            pairs(&[("reply_id", "r1")])
        );
        assert_eq!(
            bound("/v1/replies/{reply_id}:cancel", "/v1/replies/r1"),
            None
        );
        assert_eq!(
            bound("/v1/replies/{reply_id}:cancel", "/v1/replies/r1:retry"),
            None
        );
    }

    #[test]
    fn invalid_templates_are_refused() {
        for template in [
            "v1/x",
            "/v1/{x",
            "/v1/{a={b}}",
            "/v1/**/x",
            "/v1//x",
            "/v1/x:",
            "/v1/{a-b}",
        ] {
            assert!(
                PathTemplate::parse(template).is_err(),
                "{template} should be refused"
            );
        }
    }

    #[test]
    fn literals_are_more_specific_than_variables() {
        let literal = PathTemplate::parse("/v1/rooms/search").expect("valid");
        let variable = PathTemplate::parse("/v1/rooms/{room_id}").expect("valid");
        assert!(literal.specificity() < variable.specificity());
    }

    #[test]
    fn openapi_paths_name_each_variable_once() {
        let template =
            PathTemplate::parse("/v1/{name=spaces/*}/rooms/{room.id}:archive").expect("valid");
        assert_eq!(
            template.openapi_path(),
            "/v1/{name}/rooms/{room.id}:archive"
        );
        let variable = &template.variables()[0];
        assert!(template.is_multi_segment(variable));
        assert_eq!(template.variable_pattern(variable), "spaces/*");
    }
}
