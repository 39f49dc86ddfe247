//! Reads recorded from one server and made again on another: every kind
//! of object made through the API, then read back (REST, with the
//! credential of whoever may read it), so a test can check that another
//! server on the same data (upgraded: `upgrade.rs`; moved to another
//! database: `copy_database.rs`) answers each read the same.

use std::time::Duration;

use http::Method;
use http_body_util::{BodyExt, Full};
use serde_json::{Value, json};

use crate::rest::Rest;
use crate::{TestServer, Transport};

/// One read: what was asked, with which credential, and the answer.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Read {
    pub path: String,
    /// A bearer credential; empty for a public read.
    pub token: String,
    /// The JSON answer; for an event stream, the events up to `subscribed`.
    pub answer: Value,
}

/// Makes every read again on the server behind `rest` and panics, naming
/// `after` (what happened to the data since), at the first answer that
/// lacks a field the recorded one had, or has another value there.
pub async fn assert_same_answers(rest: &Rest, reads: &[Read], after: &str) {
    assert!(reads.len() > 30, "only {} reads recorded", reads.len());
    for read in reads {
        let answer = perform(rest, read).await;
        if let Err(difference) = covers(&answer, &read.answer, "") {
            panic!(
                "GET {} answers differently after {after}: {difference}\n\
                 before: {}\nafter: {}",
                read.path, read.answer, answer
            );
        }
    }
}

/// Makes a recorded read on the server behind `rest`.
pub async fn perform(rest: &Rest, read: &Read) -> Value {
    if read.path.starts_with("/v1/events") {
        return replay(rest, &read.path, &read.token).await.0;
    }
    let headers: Vec<(&str, String)> = if read.token.is_empty() {
        Vec::new()
    } else {
        vec![("authorization", format!("Bearer {}", read.token))]
    };
    let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = rest
        .send(Method::GET, &read.path, &headers, Vec::new())
        .await;
    assert_eq!(reply.status, 200, "GET {}: {}", read.path, reply.json);
    reply.json
}

/// The events an SSE stream replays, up to its `subscribed` event
/// (heartbeats left out), and the cursor `subscribed` carries.
pub async fn replay(rest: &Rest, path: &str, token: &str) -> (Value, String) {
    let request = http::Request::get(format!("http://{}{path}", rest.addr))
        .header("authorization", format!("Bearer {token}"))
        .header("accept", "text/event-stream")
        .body(Full::new(prost::bytes::Bytes::new()))
        .expect("a request");
    let response = rest.client.request(request).await.expect("an answer");
    assert_eq!(response.status(), 200, "GET {path}");
    let mut body = response.into_body();
    let (mut received, mut events) = (String::new(), Vec::new());
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), body.frame())
            .await
            .unwrap_or_else(|_| panic!("GET {path}: no `subscribed` event within 10 s"))
            .expect("the stream goes on")
            .expect("a frame");
        let Some(data) = frame.data_ref() else {
            continue;
        };
        received.push_str(&String::from_utf8_lossy(data));
        while let Some(end) = received.find("\n\n") {
            let block: String = received.drain(..end + 2).collect();
            for line in block.lines() {
                let Some(json) = line.strip_prefix("data: ") else {
                    continue;
                };
                let value: Value = serde_json::from_str(json).expect("JSON data");
                let event = &value["event"];
                if event.get("subscribed").is_some() {
                    return (Value::Array(events), text(&event["cursor"]));
                }
                if event.get("heartbeat").is_none() {
                    events.push(value);
                }
            }
        }
    }
}

/// Whether `now` holds every field of `then` with the same value; where
/// not, the path of the first difference.
pub fn covers(now: &Value, then: &Value, path: &str) -> Result<(), String> {
    match (now, then) {
        (Value::Object(now), Value::Object(then)) => {
            for (key, value) in then {
                let here = format!("{path}.{key}");
                let found = now.get(key).ok_or_else(|| format!("{here} is missing"))?;
                covers(found, value, &here)?;
            }
            Ok(())
        }
        (Value::Array(now), Value::Array(then)) => {
            if now.len() != then.len() {
                return Err(format!(
                    "{path}: {} items, {} before",
                    now.len(),
                    then.len()
                ));
            }
            for (index, (a, b)) in now.iter().zip(then).enumerate() {
                covers(a, b, &format!("{path}[{index}]"))?;
            }
            Ok(())
        }
        _ if now == then => Ok(()),
        _ => Err(format!("{path} is {now}, was {then}")),
    }
}

/// A client of the recording server, keeping every read it makes.
struct Recorder {
    rest: Rest,
    reads: Vec<Read>,
}

impl Recorder {
    async fn call(&self, token: &str, method: Method, path: &str, body: Value) -> Value {
        let body = (method != Method::GET && method != Method::DELETE).then_some(body);
        let reply = self
            .rest
            .call_with(token, method.clone(), path, body, &[])
            .await;
        assert_eq!(reply.status, 200, "{method} {path}: {}", reply.json);
        reply.json
    }

    async fn post(&self, token: &str, path: &str, body: Value) -> Value {
        self.call(token, Method::POST, path, body).await
    }

    async fn read(&mut self, token: &str, path: &str) -> Value {
        let read = Read {
            path: path.into(),
            token: token.into(),
            answer: Value::Null,
        };
        let answer = perform(&self.rest, &read).await;
        self.reads.push(Read {
            answer: answer.clone(),
            ..read
        });
        answer
    }
}

pub fn text(value: &Value) -> String {
    value.as_str().expect("a string").to_string()
}

/// Makes a bit of everything a release stores, then reads all of it.
pub async fn fill_and_read(server: &TestServer) -> Vec<Read> {
    let api = server.api(Transport::Grpc);
    let mut r = Recorder {
        rest: Rest::at(server.addr()),
        reads: Vec::new(),
    };
    let admin = api.admin_key().to_string();
    let user = async |r: &Recorder, name: &str| {
        let user = r
            .post(
                &admin,
                "/v1/users",
                json!({"username": name, "display_name": name.to_uppercase()}),
            )
            .await;
        let id = text(&user["user"]["user_id"]);
        let key = r
            .post(
                &admin,
                "/v1/api-keys",
                json!({"name": "fixture", "user_id": id}),
            )
            .await;
        (id, text(&key["secret"]))
    };
    let (ann_id, ann) = user(&r, "ann").await;
    let (ben_id, ben) = user(&r, "ben").await;

    // A space with both, credits granted, a REPLR, a room.
    let space = r
        .post(
            &ann,
            "/v1/spaces",
            json!({"name": "Fixture", "description": "made by a release"}),
        )
        .await;
    let space_id = text(&space["space"]["space_id"]);
    r.post(
        &admin,
        &format!("/v1/spaces/{space_id}/members"),
        json!({"user_id": ben_id, "role": "SPACE_ROLE_MEMBER"}),
    )
    .await;
    r.post(
        &admin,
        &format!("/v1/spaces/{space_id}/credits:grant"),
        json!({"amount": 5000, "reason": "fixture", "request_id": "grant-1"}),
    )
    .await;
    let replr = r
        .post(
            &ann,
            &format!("/v1/spaces/{space_id}/replrs"),
            json!({"handle": "helper", "display_name": "Helper", "description": "answers"}),
        )
        .await;
    let replr_id = text(&replr["replr"]["replr_id"]);
    let room = r
        .post(
            &ann,
            &format!("/v1/spaces/{space_id}/rooms"),
            json!({"name": "general"}),
        )
        .await;
    let room_id = text(&room["room"]["room_id"]);
    // A cursor from before everything below, as a client would keep it.
    let (_, before) = replay(&r.rest, &format!("/v1/events?room_ids={room_id}"), &ann).await;
    r.post(
        &ann,
        &format!("/v1/rooms/{room_id}/members"),
        json!({"user_id": ben_id}),
    )
    .await;
    r.post(
        &ann,
        &format!("/v1/rooms/{room_id}/replrs"),
        json!({"replr_id": replr_id}),
    )
    .await;

    // Messages: plain, with an attachment, edited, deleted, reacted to, a
    // REPLR's reply, and a read marker.
    let hello = r
        .post(
            &ann,
            &format!("/v1/rooms/{room_id}/messages"),
            json!({"text": "hello @ben", "request_id": "m-1"}),
        )
        .await;
    let hello_id = text(&hello["message"]["message_id"]);
    r.post(&ben, &format!("/v1/rooms/{room_id}/messages"), json!({
        "text": "a file",
        "attachments": [{"name": "a.pdf", "mime_type": "application/pdf", "size_bytes": 1234, "url": "https://example.com/a.pdf"}]
    })).await;
    let edited = r
        .post(
            &ben,
            &format!("/v1/rooms/{room_id}/messages"),
            json!({"text": "tpyo"}),
        )
        .await;
    let edited_id = text(&edited["message"]["message_id"]);
    r.call(
        &ben,
        Method::PATCH,
        &format!("/v1/messages/{edited_id}"),
        json!({"text": "typo"}),
    )
    .await;
    let gone = r
        .post(
            &ben,
            &format!("/v1/rooms/{room_id}/messages"),
            json!({"text": "oops"}),
        )
        .await;
    r.call(
        &ben,
        Method::DELETE,
        &format!("/v1/messages/{}", text(&gone["message"]["message_id"])),
        Value::Null,
    )
    .await;
    r.call(
        &ben,
        Method::PUT,
        &format!("/v1/messages/{hello_id}/reactions/%F0%9F%91%8D"),
        Value::Null,
    )
    .await;
    let asked = r
        .post(
            &ann,
            &format!("/v1/rooms/{room_id}/messages"),
            json!({"text": "@helper what is a fixture?", "wait_for_replies": true}),
        )
        .await;
    assert!(
        !asked["replies"].as_array().expect("replies").is_empty(),
        "{asked}"
    );
    r.post(
        &ben,
        &format!("/v1/rooms/{room_id}/read"),
        json!({"message_id": hello_id}),
    )
    .await;

    // A session: an answer, regenerated (two versions), rated; an
    // assistant message; shared with ben and by public link; and one more
    // answer asked for as a job.
    let session = r
        .post(
            &ann,
            &format!("/v1/spaces/{space_id}/sessions"),
            json!({"name": "notes", "system_prompt": "be brief", "temperature": 0.5}),
        )
        .await;
    let session_id = text(&session["session"]["session_id"]);
    r.post(
        &ann,
        &format!("/v1/sessions/{session_id}/messages"),
        json!({"text": "first question", "request_id": "s-1"}),
    )
    .await;
    let again = r
        .post(
            &ann,
            &format!("/v1/sessions/{session_id}:regenerate"),
            json!({}),
        )
        .await;
    let answer_id = text(&again["answer"]["message_id"]);
    r.post(
        &ann,
        &format!("/v1/session-messages/{answer_id}:rate"),
        json!({"rating": "RATING_UP", "comment": "good"}),
    )
    .await;
    r.post(
        &ann,
        &format!("/v1/sessions/{session_id}:sendAssistantMessage"),
        json!({"text": "a note from the product"}),
    )
    .await;
    r.post(
        &ann,
        &format!("/v1/sessions/{session_id}/shares"),
        json!({"user_id": ben_id}),
    )
    .await;
    let link = r
        .post(
            &ann,
            &format!("/v1/sessions/{session_id}:setPublicLink"),
            json!({"enabled": true}),
        )
        .await;
    let link_id = text(&link["session"]["public_link_id"]);
    let job = r
        .post(
            &ann,
            &format!("/v1/sessions/{session_id}/messages"),
            json!({"text": "second question", "async": true}),
        )
        .await;
    let job_id = text(&job["job_id"]);
    // The job's answer finishes before anything is read.
    for _ in 0..100 {
        let state = r
            .call(
                &ann,
                Method::GET,
                &format!("/v1/session-jobs/{job_id}"),
                Value::Null,
            )
            .await;
        if state["done"] == true {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Everything, read back.
    for token in [&ann, &ben] {
        r.read(token, "/v1/me").await;
        r.read(token, "/v1/spaces").await;
        r.read(token, "/v1/api-keys").await;
    }
    r.read(&admin, "/v1/users").await;
    r.read(&admin, &format!("/v1/users/{ann_id}")).await;
    r.read(&ann, &format!("/v1/spaces/{space_id}")).await;
    r.read(&ann, &format!("/v1/spaces/{space_id}/members"))
        .await;
    r.read(&ann, &format!("/v1/spaces/{space_id}/credits"))
        .await;
    r.read(&ann, &format!("/v1/spaces/{space_id}/credits/usage"))
        .await;
    r.read(&ann, &format!("/v1/spaces/{space_id}/replrs")).await;
    r.read(&ann, &format!("/v1/replrs/{replr_id}")).await;
    r.read(&ann, &format!("/v1/spaces/{space_id}/rooms")).await;
    for token in [&ann, &ben] {
        r.read(token, &format!("/v1/rooms/{room_id}")).await;
    }
    r.read(&ann, &format!("/v1/rooms/{room_id}/members")).await;
    let messages = r.read(&ann, &format!("/v1/rooms/{room_id}/messages")).await;
    let newest = r
        .read(
            &ben,
            &format!("/v1/rooms/{room_id}/messages?order=MESSAGE_ORDER_NEWEST_FIRST&page_size=2"),
        )
        .await;
    // The next page, from the page token a client kept.
    let token: String = text(&newest["next_page_token"])
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    r.read(
        &ben,
        &format!(
            "/v1/rooms/{room_id}/messages?order=MESSAGE_ORDER_NEWEST_FIRST&page_size=2\
             &page_token={token}"
        ),
    )
    .await;
    for message in messages["messages"].as_array().expect("messages") {
        r.read(
            &ben,
            &format!("/v1/messages/{}", text(&message["message_id"])),
        )
        .await;
    }
    r.read(&ann, &format!("/v1/spaces/{space_id}/sessions"))
        .await;
    for token in [&ann, &ben] {
        r.read(token, &format!("/v1/sessions/{session_id}")).await;
    }
    let session_messages = r
        .read(&ann, &format!("/v1/sessions/{session_id}/messages"))
        .await;
    for message in session_messages["messages"].as_array().expect("messages") {
        r.read(
            &ben,
            &format!("/v1/session-messages/{}", text(&message["message_id"])),
        )
        .await;
    }
    r.read(&ann, &format!("/v1/session-messages/{answer_id}/versions"))
        .await;
    r.read(&ann, &format!("/v1/sessions/{session_id}/shares"))
        .await;
    r.read(&ann, &format!("/v1/session-jobs/{job_id}")).await;
    r.read("", &format!("/v1/shared-sessions/{link_id}")).await;
    r.read("", &format!("/v1/shared-sessions/{link_id}/messages"))
        .await;
    // The room's events, from a cursor the release issued before them.
    r.read(
        &ann,
        &format!("/v1/events?room_ids={room_id}&cursor={before}"),
    )
    .await;
    r.read(
        &ben,
        &format!("/v1/events?space_id={space_id}&cursor={before}"),
    )
    .await;
    r.reads
}
