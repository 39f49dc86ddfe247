//! The pages served beside the API — the API reference under `/docs/` and
//! the web console under `/console/` — from the files of `web/`, embedded
//! in the binary at build time (rust-embed), so a deployment is one file
//! and a browser fetches nothing from elsewhere.
//!
//! `/docs` and `/console` (with or without the trailing slash) answer with
//! the folder's `index.html`; any other path below them names a file. Each
//! answer carries the file's type, an `ETag` from its SHA-256, and
//! `Cache-Control: no-cache` (the browser may keep it, but asks again with
//! `If-None-Match`, answered `304 Not Modified`), so a new release is seen
//! at once.

use http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use http_body_util::Full;
use rust_embed::Embed;
use tonic::body::Body;

#[derive(Embed)]
#[folder = "../web/"]
#[include = "docs/**"]
#[include = "console/**"]
// What builds or tests the pages stays in the repository.
#[exclude = "*/README.md"]
#[exclude = "*/package.json"]
#[exclude = "*/package-lock.json"]
#[exclude = "*.sh"]
#[exclude = "*/test/**"]
#[exclude = "*/node_modules/**"]
struct Web;

/// The folders served, each at `/<name>/`.
const AREAS: [&str; 2] = ["docs", "console"];

/// The answer for `path` when it is below one of the served folders, else
/// `None` (the path is the API's).
pub fn serve(path: &str, headers: &HeaderMap) -> Option<Response<Body>> {
    let rest = path.strip_prefix('/')?;
    let (area, file) = rest.split_once('/').unwrap_or((rest, ""));
    if !AREAS.contains(&area) {
        return None;
    }
    let file = if file.is_empty() { "index.html" } else { file };
    let Some(found) = Web::get(&format!("{area}/{file}")) else {
        return Some(plain(
            StatusCode::NOT_FOUND,
            format!("no such file: {path}\n"),
        ));
    };
    let etag = format!("\"{}\"", hex::encode(found.metadata.sha256_hash()));
    let mut response = if if_none_match(headers, &etag) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        response
    } else {
        // Embedded files are 'static: served without a copy.
        let bytes = match found.data {
            std::borrow::Cow::Borrowed(data) => prost::bytes::Bytes::from_static(data),
            std::borrow::Cow::Owned(data) => prost::bytes::Bytes::from(data),
        };
        let mut response = Response::new(Body::new(Full::new(bytes)));
        let mime = found.metadata.mimetype();
        if let Ok(value) = HeaderValue::from_str(&content_type(mime)) {
            response.headers_mut().insert(header::CONTENT_TYPE, value);
        }
        response
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Some(response)
}

/// Text types are UTF-8.
fn content_type(mime: &str) -> String {
    let text = mime.starts_with("text/") || mime == "application/javascript";
    if text && !mime.contains("charset") {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_owned()
    }
}

fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| {
            let tag = tag.trim();
            tag == "*" || tag == etag
        })
}

fn plain(status: StatusCode, text: String) -> Response<Body> {
    let mut response = Response::new(Body::new(Full::new(prost::bytes::Bytes::from(text))));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
