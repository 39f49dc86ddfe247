//! Bad input is refused the same way on both databases and both
//! transports, and changes nothing: control characters in any text field,
//! ids in other spellings than the canonical one, huge values (quoted
//! short in the error), page tokens of another list, undecodable requests.

use http::Method;
use roundtable_tests::outcome::describe;
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::{Actor, Api, Outcome, TestServer, Transport, transport_test};
use serde_json::json;
use tonic::Code;

/// Text no field may hold: NUL (which PostgreSQL cannot store), ESC (a
/// terminal escape) and DEL.
const BAD: [&str; 3] = ["a\u{0}b", "a\u{1b}[31mb", "a\u{7f}b"];

/// A room message with `text` and one attachment.
fn message(room_id: &str, text: &str, attachment: Attachment) -> SendMessageRequest {
    SendMessageRequest {
        room_id: room_id.into(),
        text: text.into(),
        attachments: vec![attachment],
        ..Default::default()
    }
}

fn attachment(name: &str, url: &str) -> Attachment {
    Attachment {
        name: name.into(),
        mime_type: "image/png".into(),
        size_bytes: 10,
        url: url.into(),
    }
}

/// Asserts the call was refused for a control character in `name`.
#[track_caller]
fn field<T: std::fmt::Debug>(result: Result<tonic::Response<T>, tonic::Status>, name: &str) {
    result.rejected_field("INVALID_CHARACTERS", name);
}

transport_test!(
    control_characters_are_refused_in_every_text_field,
    |api| async move {
        let team = api.team().await;
        let owner = &team.owner;
        let admin = api.admin();
        let session = owner
            .sessions()
            .create_session(CreateSessionRequest {
                space_id: team.space.space_id.clone(),
                name: "Plain".into(),
                ..Default::default()
            })
            .await
            .success()
            .session
            .expect("a session");
        let sent = owner.send(&team.room.room_id, "hello").await;
        let room_id = team.room.room_id.clone();
        let space_id = team.space.space_id.clone();

        for bad in BAD {
            let spaces = owner.spaces();
            field(
                spaces
                    .clone()
                    .create_space(CreateSpaceRequest {
                        name: bad.into(),
                        description: String::new(),
                    })
                    .await,
                "name",
            );
            field(
                spaces
                    .clone()
                    .create_space(CreateSpaceRequest {
                        name: "Fine".into(),
                        description: bad.into(),
                    })
                    .await,
                "description",
            );
            field(
                spaces
                    .clone()
                    .update_space(UpdateSpaceRequest {
                        space_id: space_id.clone(),
                        name: Some(bad.into()),
                        description: None,
                    })
                    .await,
                "name",
            );
            let rooms = owner.rooms();
            field(
                rooms
                    .clone()
                    .create_room(CreateRoomRequest {
                        space_id: space_id.clone(),
                        name: bad.into(),
                        description: String::new(),
                        visibility: RoomVisibility::Public as i32,
                    })
                    .await,
                "name",
            );
            field(
                rooms
                    .clone()
                    .create_room(CreateRoomRequest {
                        space_id: space_id.clone(),
                        name: "Fine".into(),
                        description: bad.into(),
                        visibility: RoomVisibility::Public as i32,
                    })
                    .await,
                "description",
            );
            field(
                admin
                    .users()
                    .create_user(CreateUserRequest {
                        username: roundtable_tests::unique_username("plain"),
                        display_name: bad.into(),
                        is_admin: false,
                    })
                    .await,
                "display_name",
            );
            field(
                owner
                    .users()
                    .create_api_key(CreateApiKeyRequest {
                        name: bad.into(),
                        ..Default::default()
                    })
                    .await,
                "name",
            );
            let replr =
                |display_name: &str, description: &str, system_prompt: &str| CreateReplrRequest {
                    space_id: space_id.clone(),
                    handle: "plain_bot".into(),
                    display_name: display_name.into(),
                    description: description.into(),
                    system_prompt: system_prompt.into(),
                    ..Default::default()
                };
            let replrs = owner.replrs();
            for (request, name) in [
                (replr(bad, "", ""), "display_name"),
                (replr("Bot", bad, ""), "description"),
                (replr("Bot", "", bad), "system_prompt"),
            ] {
                field(replrs.clone().create_replr(request).await, name);
            }
            let messages = owner.messages();
            let fine = attachment("a.png", "https://files.test/a.png");
            field(
                messages
                    .clone()
                    .send_message(message(&room_id, bad, fine.clone()))
                    .await,
                "text",
            );
            field(
                messages
                    .clone()
                    .send_message(message(
                        &room_id,
                        "fine",
                        attachment(bad, "https://files.test/a.png"),
                    ))
                    .await,
                "attachments[0].name",
            );
            // A URL holding a control character is no URL.
            messages
                .clone()
                .send_message(message(
                    &room_id,
                    "fine",
                    attachment("a.png", &format!("https://files.test/{bad}")),
                ))
                .await
                .rejected_field("INVALID_URL", "attachments[0].url");
            field(
                messages
                    .clone()
                    .edit_message(EditMessageRequest {
                        message_id: sent.message_id.clone(),
                        text: bad.into(),
                    })
                    .await,
                "text",
            );
            let sessions = owner.sessions();
            field(
                sessions
                    .clone()
                    .create_session(CreateSessionRequest {
                        space_id: space_id.clone(),
                        name: bad.into(),
                        ..Default::default()
                    })
                    .await,
                "name",
            );
            field(
                sessions
                    .clone()
                    .create_session(CreateSessionRequest {
                        space_id: space_id.clone(),
                        name: "Fine".into(),
                        system_prompt: bad.into(),
                        ..Default::default()
                    })
                    .await,
                "system_prompt",
            );
            field(
                sessions
                    .clone()
                    .send_session_message(SendSessionMessageRequest {
                        session_id: session.session_id.clone(),
                        text: bad.into(),
                        ..Default::default()
                    })
                    .await,
                "text",
            );
            field(
                sessions
                    .clone()
                    .send_assistant_message(SendAssistantMessageRequest {
                        session_id: session.session_id.clone(),
                        text: bad.into(),
                    })
                    .await,
                "text",
            );
            field(
                owner
                    .assist()
                    .translate(TranslateRequest {
                        space_id: space_id.clone(),
                        text: bad.into(),
                        target_language: "French".into(),
                        ..Default::default()
                    })
                    .await,
                "text",
            );
            field(
                admin
                    .credits()
                    .grant_credits(GrantCreditsRequest {
                        space_id: space_id.clone(),
                        amount: 10,
                        reason: bad.into(),
                        request_id: String::new(),
                    })
                    .await,
                "reason",
            );
        }

        // Nothing of it was stored.
        let texts: Vec<String> = owner
            .messages_in(&room_id)
            .await
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(texts, vec!["hello".to_string()]);
        assert_eq!(owner.get_space(&space_id).await.name, team.space.name);
        assert_eq!(owner.my_spaces().await.len(), 1);
    }
);

transport_test!(
    messages_keep_tabs_and_line_breaks_and_names_are_one_line,
    |api| async move {
        let team = api.team().await;
        let text = "first line\r\n\tindented\nlast";
        let sent = team.owner.send(&team.room.room_id, text).await;
        assert_eq!(sent.text, text);
        assert_eq!(team.owner.get_message(&sent.message_id).await.text, text);
        team.owner
            .spaces()
            .create_space(CreateSpaceRequest {
                name: "two\nlines".into(),
                description: "a description\nmay have lines".into(),
            })
            .await
            .rejected_field("INVALID_CHARACTERS", "name");
        let space = team
            .owner
            .spaces()
            .create_space(CreateSpaceRequest {
                name: "One line".into(),
                description: "a description\nmay have lines".into(),
            })
            .await
            .success()
            .space
            .expect("the space");
        assert_eq!(space.description, "a description\nmay have lines");
    }
);

transport_test!(
    ids_are_accepted_in_their_canonical_form_only,
    |api| async move {
        let owner = api.new_user("owner").await;
        let space = owner.create_space("Ids").await;
        let id = space.space_id.clone();
        let simple = id.replace('-', "");
        for other in [
            id.to_uppercase(),
            format!("{{{id}}}"),
            format!("urn:uuid:{id}"),
            simple,
            format!(" {id}"),
        ] {
            let status = owner
                .spaces()
                .get_space(GetSpaceRequest {
                    space_id: other.clone(),
                })
                .await
                .rejected_field("INVALID_ID", "space_id");
            assert!(
                status.message().contains("lowercase"),
                "{}",
                describe(&status)
            );
        }
        assert_eq!(owner.get_space(&id).await.space_id, id);
    }
);

transport_test!(
    a_huge_value_is_quoted_short_in_the_error,
    |api| async move {
        let owner = api.new_user("owner").await;
        let huge = "x".repeat(1_000_000);
        let status = owner
            .spaces()
            .get_space(GetSpaceRequest {
                space_id: huge.clone(),
            })
            .await
            .rejected_field("INVALID_ID", "space_id");
        let details = status.details().len();
        assert!(
            status.message().len() < 400 && details < 2000,
            "message {} bytes, details {details} bytes",
            status.message().len()
        );
        assert!(status.message().contains("(1000000 characters)"));
        let status = owner
            .messages()
            .add_reaction(AddReactionRequest {
                message_id: roundtable_tests::unknown_id(),
                emoji: huge,
            })
            .await
            .rejected_with_code(Code::InvalidArgument);
        assert!(status.message().len() + status.details().len() < 2400);
    }
);

#[tokio::test]
async fn a_huge_value_over_rest_is_quoted_short_too() {
    let api = Api::shared(Transport::Grpc);
    let owner = api.new_user("owner").await;
    let rest = Rest::shared();
    // A huge unknown field in a body, a huge value and a huge name of a
    // query parameter.
    let huge = "y".repeat(1_000_000);
    let body = json!({"name": "Space", "description": "", "space_id": huge});
    let bad_value = format!("/v1/spaces?page_size={}", "9x".repeat(25_000));
    let bad_name = format!("/v1/spaces?{}=1", "z".repeat(50_000));
    for (method, path, body) in [
        (Method::POST, "/v1/spaces", Some(body)),
        (Method::GET, bad_value.as_str(), None),
        (Method::GET, bad_name.as_str(), None),
    ] {
        let reply = rest.call(&owner, method, path, body).await;
        assert_eq!(
            reply.status,
            http::StatusCode::BAD_REQUEST,
            "{:?}",
            reply.json
        );
        let size = reply.json.to_string().len();
        assert!(size < 3000, "the error is {size} bytes");
    }
}

/// Reads every page of the room's messages in `order`, and returns the
/// second page's token.
async fn second_page_token(owner: &Actor, room_id: &str, order: MessageOrder) -> String {
    owner
        .messages()
        .list_messages(ListMessagesRequest {
            room_id: room_id.into(),
            page_size: 2,
            order: order as i32,
            ..Default::default()
        })
        .await
        .success()
        .next_page_token
}

transport_test!(
    a_page_token_works_only_in_the_list_it_came_from,
    |api| async move {
        let team = api.team().await;
        let owner = &team.owner;
        let other = owner
            .create_room(&team.space.space_id, "Other", RoomVisibility::Public)
            .await;
        for text in ["one", "two", "three"] {
            owner.send(&team.room.room_id, text).await;
            owner.send(&other.room_id, text).await;
        }
        let token = second_page_token(owner, &team.room.room_id, MessageOrder::NewestFirst).await;
        assert!(!token.is_empty());
        let list = |room_id: &str, order: MessageOrder| ListMessagesRequest {
            room_id: room_id.into(),
            page_size: 2,
            page_token: token.clone(),
            order: order as i32,
            ..Default::default()
        };
        let page = owner
            .messages()
            .list_messages(list(&team.room.room_id, MessageOrder::NewestFirst))
            .await
            .success();
        assert_eq!(page.messages.len(), 1, "the third and last message");
        for (room, order) in [
            (&other.room_id, MessageOrder::NewestFirst),
            (&team.room.room_id, MessageOrder::OldestFirst),
        ] {
            owner
                .messages()
                .list_messages(list(room, order))
                .await
                .rejected_field("INVALID_PAGE_TOKEN", "page_token");
        }
        // Nor in another kind of list.
        owner
            .rooms()
            .list_rooms(ListRoomsRequest {
                space_id: team.space.space_id.clone(),
                page_size: 1,
                page_token: token.clone(),
            })
            .await
            .rejected_field("INVALID_PAGE_TOKEN", "page_token");
    }
);

/// gRPC-Web over HTTP/1.1, by hand: one frame holding `payload` as the
/// request message of `path`. The status the server answered.
async fn raw_grpc_web(addr: std::net::SocketAddr, path: &str, key: &str, payload: &[u8]) -> u32 {
    let mut frame = vec![0u8];
    frame.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    frame.extend_from_slice(payload);
    let rest = Rest::at(addr);
    let reply = rest
        .send(
            Method::POST,
            path,
            &[
                ("content-type", "application/grpc-web+proto"),
                ("authorization", &format!("Bearer {key}")),
                ("x-grpc-web", "1"),
            ],
            frame,
        )
        .await;
    if let Some(status) = reply.headers.get("grpc-status") {
        return status.to_str().expect("ASCII").parse().expect("a number");
    }
    // The status is in the trailer frame at the end of the body.
    let body = reply.json.as_str().unwrap_or_default().to_string();
    let at = body.find("grpc-status:").expect("a grpc-status trailer");
    body[at + "grpc-status:".len()..]
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number")
}

#[tokio::test]
async fn an_undecodable_request_is_invalid_argument_not_internal() {
    let server = TestServer::shared();
    let api = server.api(Transport::Grpc);
    let owner = api.new_user("owner").await;
    // Field 1 (name) as a string whose length runs past the end, then
    // a string that is not UTF-8.
    for payload in [&[0x0a, 0x7f, 0x61][..], &[0x0a, 0x02, 0xff, 0xfe][..]] {
        let code = raw_grpc_web(
            server.addr(),
            "/roundtable.v1.SpaceService/CreateSpace",
            &owner.secret,
            payload,
        )
        .await;
        assert_eq!(code, Code::InvalidArgument as u32, "{payload:?}");
    }
    assert!(owner.my_spaces().await.is_empty(), "nothing was created");
    // Undecodable JSON over REST is a 400 too.
    let reply = Rest::shared()
        .send(
            Method::POST,
            "/v1/spaces",
            &[
                ("content-type", "application/json"),
                ("authorization", &format!("Bearer {}", owner.secret)),
            ],
            b"{\"name\": \"unterminated".to_vec(),
        )
        .await;
    assert_eq!(
        reply.status,
        http::StatusCode::BAD_REQUEST,
        "{:?}",
        reply.json
    );
}
