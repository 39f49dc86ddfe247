//! The API reference at `/docs`: the viewer's files, served by the server
//! itself with their types and ETags, and the OpenAPI document it shows —
//! whole-sentence summaries, bearer security but on the anonymous RPCs,
//! error reasons, streams' media types and required fields. (The page in a
//! browser is `web/docs/test/`.)

use http::{Method, StatusCode};
use roundtable_tests::rest::{Reply, Rest};
use serde_json::Value;

async fn get(path: &str, headers: &[(&str, &str)]) -> Reply {
    Rest::shared()
        .send(Method::GET, path, headers, Vec::new())
        .await
}

fn header<'a>(reply: &'a Reply, name: &str) -> &'a str {
    reply
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// Every operation of the document, as (method, path, operation).
fn operations(document: &Value) -> Vec<(String, String, Value)> {
    let paths = document["paths"].as_object().expect("paths");
    paths
        .iter()
        .flat_map(|(path, operations)| {
            operations
                .as_object()
                .expect("operations")
                .iter()
                .map(move |(method, operation)| (method.clone(), path.clone(), operation.clone()))
        })
        .collect()
}

#[tokio::test]
async fn docs_page_and_its_files_are_served_with_types_and_etags() {
    for path in ["/docs", "/docs/"] {
        let page = get(path, &[]).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(header(&page, "content-type"), "text/html; charset=utf-8");
        let html = page.json.as_str().expect("HTML");
        assert!(
            html.contains("swagger-ui-bundle.js"),
            "{path} is the viewer"
        );
        assert!(!html.contains("https://"), "nothing from elsewhere: {html}");
    }

    let script = get("/docs/vendor/swagger-ui-bundle.js", &[]).await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(
        header(&script, "content-type").contains("javascript"),
        "{:?}",
        script.headers
    );
    let style = get("/docs/vendor/swagger-ui.css", &[]).await;
    assert_eq!(style.status, StatusCode::OK);
    assert_eq!(header(&style, "content-type"), "text/css; charset=utf-8");

    let etag = header(&script, "etag").to_string();
    assert!(etag.starts_with('"'), "a strong ETag: {etag:?}");
    let again = get(
        "/docs/vendor/swagger-ui-bundle.js",
        &[("if-none-match", &etag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert_eq!(again.json, Value::Null, "no body with a 304");
    let changed = get(
        "/docs/vendor/swagger-ui-bundle.js",
        &[("if-none-match", "\"other\"")],
    )
    .await;
    assert_eq!(changed.status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_docs_files_and_the_tooling_beside_them_are_not_found() {
    for path in [
        "/docs/x",
        "/docs/update.sh",
        "/docs/package.json",
        "/docs/test/docs.test.js",
    ] {
        assert_eq!(get(path, &[]).await.status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn every_operation_has_a_summary_that_ends_a_sentence() {
    let document = get("/openapi.json", &[]).await.ok();
    for (method, path, operation) in operations(&document) {
        let summary = operation["summary"].as_str().unwrap_or_default();
        let description = operation["description"].as_str().unwrap_or_default();
        assert!(
            summary.ends_with('.') && summary.len() > 10,
            "{method} {path}: {summary:?}"
        );
        assert!(!summary.contains('\n'), "{method} {path}: one line");
        let flat = description.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.starts_with(summary),
            "{method} {path}: the summary is the description's first sentence"
        );
    }
}

#[tokio::test]
async fn security_is_bearer_but_for_the_rpcs_that_need_no_credentials() {
    let document = get("/openapi.json", &[]).await.ok();
    assert_eq!(document["security"], serde_json::json!([{"bearer": []}]));
    let scheme = &document["components"]["securitySchemes"]["bearer"];
    assert_eq!(
        (scheme["type"].as_str(), scheme["scheme"].as_str()),
        (Some("http"), Some("bearer"))
    );
    let anonymous = [
        "SessionService_GetSharedSession",
        "SessionService_ListSharedSessionMessages",
    ];
    for (method, path, operation) in operations(&document) {
        let id = operation["operationId"].as_str().unwrap_or_default();
        let codes: Vec<&str> = operation["x-grpc-errors"]
            .as_array()
            .expect("x-grpc-errors")
            .iter()
            .filter_map(|e| e["code"].as_str())
            .collect();
        if anonymous.contains(&id) {
            assert_eq!(
                operation["security"],
                serde_json::json!([]),
                "{method} {path}"
            );
            assert!(
                !codes.contains(&"UNAUTHENTICATED"),
                "{method} {path}: {codes:?}"
            );
            assert!(
                operation["responses"].get("401").is_none(),
                "{method} {path}"
            );
        } else {
            assert!(
                operation.get("security").is_none(),
                "{method} {path}: bearer"
            );
            assert!(
                codes.contains(&"UNAUTHENTICATED"),
                "{method} {path}: {codes:?}"
            );
            assert!(operation["responses"]["401"].is_object(), "{method} {path}");
        }
    }
}

#[tokio::test]
async fn operations_list_their_error_reasons_by_status() {
    let document = get("/openapi.json", &[]).await.ok();
    let send = &document["paths"]["/v1/rooms/{room_id}/messages"]["post"];
    assert_eq!(send["operationId"], "MessageService_SendMessage");
    let not_found = send["responses"]["404"]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(
        not_found.contains("`NOT_FOUND`: `ROOM_NOT_FOUND`"),
        "{not_found}"
    );
    let exhausted = send["responses"]["429"]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(exhausted.contains("`CREDITS_EXHAUSTED`"), "{exhausted}");
    assert!(
        exhausted.contains("`RATE_LIMITED`"),
        "every service's rules: {exhausted}"
    );
    assert!(
        send["responses"]["415"].is_object(),
        "a body that is not JSON"
    );
    assert!(
        !send["x-grpc-errors"]
            .to_string()
            .contains("REPLY_STATE_STREAMING"),
        "enum values are no reasons"
    );

    let cancel = &document["paths"]["/v1/messages/{message_id}:cancelReply"]["post"];
    let bad = cancel["responses"]["400"]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(
        bad.contains("`FAILED_PRECONDITION`: `REPLY_FINISHED`"),
        "{bad}"
    );
}

#[tokio::test]
async fn streaming_operations_describe_their_items_as_sse_and_ndjson() {
    let document = get("/openapi.json", &[]).await.ok();
    let mut streams = 0;
    for (method, path, operation) in operations(&document) {
        let id = operation["operationId"].as_str().unwrap_or_default();
        let content = &operation["responses"]["200"]["content"];
        let streaming = ["Subscribe", "Stream", "WatchSessionJob"]
            .iter()
            .any(|s| id.ends_with(s));
        if !streaming {
            assert!(content["application/json"].is_object(), "{method} {path}");
            continue;
        }
        streams += 1;
        let sse = &content["text/event-stream"]["schema"];
        assert!(
            sse["properties"]["data"]["contentSchema"]
                .to_string()
                .contains("#/components/schemas/"),
            "{method} {path}: each event's data is the streamed message: {sse}"
        );
        assert!(
            content["application/x-ndjson"]["schema"]["anyOf"][0]["$ref"].is_string(),
            "{method} {path}: each line is the streamed message"
        );
    }
    assert_eq!(
        streams, 4,
        "Subscribe, SendMessageStream, SendSessionMessageStream, WatchSessionJob"
    );
}

#[tokio::test]
async fn request_bodies_mark_required_fields_and_text_limits() {
    let document = get("/openapi.json", &[]).await.ok();
    let body = &document["paths"]["/v1/spaces"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(body["required"], serde_json::json!(["name"]));
    assert_eq!(body["properties"]["name"]["maxLength"], 100);
    assert_eq!(body["properties"]["description"]["maxLength"], 1000);
    let attachment = &document["components"]["schemas"]["roundtable.v1.Attachment"];
    assert_eq!(
        attachment["required"],
        serde_json::json!(["name", "mime_type", "url"])
    );
}
