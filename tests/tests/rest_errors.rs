//! Errors that say what to fix: a REST value of the wrong type names its
//! field (in the body or the query) and, for an enum, the values it takes;
//! a page size over the maximum is lowered to it, as documented, on every
//! transport; a browser origin that CORS does not allow is told which
//! setting to change.

use http::{Method, StatusCode};
use roundtable_tests::proto::*;
use roundtable_tests::rest::{Reply, Rest};
use roundtable_tests::{Outcome, Team, TestServer, Transport, transport_test};
use serde_json::json;
use tonic::Code;

/// The field violation of a 400, as `(field, description)`.
#[track_caller]
fn violation(reply: &Reply) -> (String, String) {
    reply.rejected(
        StatusCode::BAD_REQUEST,
        Code::InvalidArgument,
        "INVALID_VALUE",
    );
    let violation = reply.json["details"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|d| d["@type"] == "type.googleapis.com/google.rpc.BadRequest")
        .and_then(|d| d["field_violations"].get(0))
        .unwrap_or_else(|| panic!("no field violation in {:?}", reply.json));
    let text = |key: &str| violation[key].as_str().unwrap_or_default().to_owned();
    assert_eq!(
        reply.json["message"].as_str(),
        Some(text("description").as_str()),
        "the message is the violation"
    );
    (text("field"), text("description"))
}

#[tokio::test]
async fn a_value_of_the_wrong_type_names_its_field_and_what_it_takes() {
    let api = TestServer::shared().api(Transport::Grpc);
    let rest = Rest::shared();
    let Team { owner, room, .. } = api.team().await;
    let messages = format!("/v1/rooms/{}/messages", room.room_id);

    // Query strings.
    let reply = rest
        .call(
            &owner,
            Method::GET,
            &format!("{messages}?page_size=abc"),
            None,
        )
        .await;
    let (field, description) = violation(&reply);
    assert_eq!(field, "page_size");
    assert!(
        description.contains("integer") && description.contains("\"abc\""),
        "{description}"
    );

    let reply = rest
        .call(
            &owner,
            Method::GET,
            &format!("{messages}?order=NEWEST"),
            None,
        )
        .await;
    let (field, description) = violation(&reply);
    assert_eq!(field, "order");
    for accepted in ["MESSAGE_ORDER_OLDEST_FIRST", "MESSAGE_ORDER_NEWEST_FIRST"] {
        assert!(description.contains(accepted), "{description}");
    }
    assert!(description.contains("\"NEWEST\""), "{description}");

    let reply = rest
        .call(
            &owner,
            Method::GET,
            &format!("{messages}?after=yesterday"),
            None,
        )
        .await;
    let (field, description) = violation(&reply);
    assert_eq!(field, "after");
    assert!(description.contains("RFC 3339"), "{description}");

    // Bodies, nested fields included.
    for (body, expected_field, expected) in [
        (json!({"text": 42}), "text", "a string"),
        (
            json!({"text": "hi", "attachments": [{"name": "a.png", "size_bytes": "big"}]}),
            "attachments[0].size_bytes",
            "integer",
        ),
        (
            json!({"text": "hi", "attachments": {"name": "a"}}),
            "attachments",
            "an array",
        ),
    ] {
        let reply = rest
            .call(&owner, Method::POST, &messages, Some(body.clone()))
            .await;
        let (field, description) = violation(&reply);
        assert_eq!(field, expected_field, "{body}");
        assert!(description.contains(expected), "{body}: {description}");
    }
    let reply = rest
        .call(
            &owner,
            Method::POST,
            &format!("/v1/spaces/{}/rooms", room.space_id),
            Some(json!({"name": "r", "visibility": "OPEN"})),
        )
        .await;
    let (field, description) = violation(&reply);
    assert_eq!(field, "visibility");
    assert!(description.contains("ROOM_VISIBILITY_"), "{description}");

    // Nothing was stored by the refused sends.
    assert!(owner.messages_in(&room.room_id).await.is_empty());
}

transport_test!(
    a_page_size_over_the_maximum_is_lowered_to_it,
    |api| async move {
        let Team { owner, room, .. } = api.team().await;
        for i in 0..201 {
            owner.send(&room.room_id, &format!("m{i}")).await;
        }
        let page = owner
            .messages()
            .list_messages(ListMessagesRequest {
                room_id: room.room_id.clone(),
                page_size: 5000,
                ..Default::default()
            })
            .await
            .success();
        assert_eq!(page.messages.len(), 200);
        assert!(!page.next_page_token.is_empty());

        let refused = owner
            .messages()
            .list_messages(ListMessagesRequest {
                room_id: room.room_id.clone(),
                page_size: -1,
                ..Default::default()
            })
            .await;
        refused.rejected_field("INVALID_PAGE_SIZE", "page_size");

        let rest = Rest::shared();
        let path = format!("/v1/rooms/{}/messages?page_size=5000", room.room_id);
        let listed = rest.call(&owner, Method::GET, &path, None).await.ok();
        assert_eq!(listed["messages"].as_array().map(Vec::len), Some(200));
    }
);

#[tokio::test]
async fn a_browser_origin_that_cors_does_not_allow_is_told_what_to_set() {
    const ALLOWED: &str = "http://allowed.example";
    let server = TestServer::start_keeping_logs(&[("ROUNDTABLE_CORS_ORIGINS", ALLOWED)]);
    let rest = Rest::at(server.addr());
    let preflight = |origin: &'static str| {
        let rest = &rest;
        async move {
            rest.send(
                Method::OPTIONS,
                "/roundtable.v1.SpaceService/ListSpaces",
                &[
                    ("origin", origin),
                    ("access-control-request-method", "POST"),
                    ("access-control-request-headers", "content-type,x-grpc-web"),
                ],
                Vec::new(),
            )
            .await
        }
    };
    let allowed = preflight(ALLOWED).await;
    assert_eq!(allowed.status, StatusCode::OK);
    assert_eq!(allowed.headers["access-control-allow-origin"], ALLOWED);

    let refused = preflight("http://elsewhere.example").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.headers.contains_key("access-control-allow-origin"));
    let text = refused.json.as_str().expect("a text body");
    assert!(
        text.contains("http://elsewhere.example") && text.contains("--cors-origins"),
        "{text}"
    );
    assert!(text.contains("ROUNDTABLE_CORS_ORIGINS"), "{text}");
    let logged = |logs: &str| {
        logs.contains("refused a browser's CORS preflight") && logs.contains("elsewhere.example")
    };
    let logs = server
        .logs_once(logged, std::time::Duration::from_secs(5))
        .await;
    assert!(logged(&logs), "{logs}");
}
