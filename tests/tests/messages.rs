//! Messages: sending, reading, paging, editing, deleting, reacting,
//! mentions and retries.

use std::collections::HashSet;
use std::time::Duration;

use futures::StreamExt;
use roundtable_tests::outcome::{Rejection, assert_field_violation};
use roundtable_tests::proto::*;
use roundtable_tests::{Actor, Api, Outcome, Team, is_uuid_v7, transport_test, unknown_id};
use tonic::{Code, Status};

fn attachment(url: &str) -> Attachment {
    Attachment {
        name: "photo.png".into(),
        mime_type: "image/png".into(),
        size_bytes: 1024,
        url: url.into(),
    }
}

async fn send(
    by: &Actor,
    room: &Room,
    text: &str,
    attachments: Vec<Attachment>,
) -> Result<tonic::Response<SendMessageResponse>, Status> {
    by.messages()
        .send_message(SendMessageRequest {
            room_id: room.room_id.clone(),
            text: text.into(),
            attachments,
            request_id: String::new(),
            ..Default::default()
        })
        .await
}

async fn edit(
    by: &Actor,
    message: &Message,
    text: &str,
) -> Result<tonic::Response<EditMessageResponse>, Status> {
    by.messages()
        .edit_message(EditMessageRequest {
            message_id: message.message_id.clone(),
            text: text.into(),
        })
        .await
}

async fn delete(
    by: &Actor,
    message: &Message,
) -> Result<tonic::Response<DeleteMessageResponse>, Status> {
    by.messages()
        .delete_message(DeleteMessageRequest {
            message_id: message.message_id.clone(),
        })
        .await
}

async fn react(
    by: &Actor,
    message: &Message,
    emoji: &str,
) -> Result<tonic::Response<AddReactionResponse>, Status> {
    by.messages()
        .add_reaction(AddReactionRequest {
            message_id: message.message_id.clone(),
            emoji: emoji.into(),
        })
        .await
}

async fn unreact(
    by: &Actor,
    message: &Message,
    emoji: &str,
) -> Result<tonic::Response<RemoveReactionResponse>, Status> {
    by.messages()
        .remove_reaction(RemoveReactionRequest {
            message_id: message.message_id.clone(),
            emoji: emoji.into(),
        })
        .await
}

async fn list(
    by: &Actor,
    request: ListMessagesRequest,
) -> Result<tonic::Response<ListMessagesResponse>, Status> {
    by.messages().list_messages(request).await
}

fn ids(messages: &[Message]) -> Vec<String> {
    messages.iter().map(|m| m.message_id.clone()).collect()
}

/// (emoji, count, reacted_by_me) per emoji, in the order the message gives.
fn reactions(message: &Message) -> Vec<(String, i32, bool)> {
    message
        .reactions
        .iter()
        .map(|r| (r.emoji.clone(), r.count, r.reacted_by_me))
        .collect()
}

/// Adds `who` to the team's space and room with the given roles.
async fn join_team(
    api: &Api,
    team: &Team,
    name: &str,
    space_role: SpaceRole,
    room_role: RoomRole,
) -> Actor {
    let who = api.new_user_known_to(&team.owner, name).await;
    team.owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: team.space.space_id.clone(),
            user_id: who.id.clone(),
            role: space_role as i32,
        })
        .await
        .success();
    team.owner
        .rooms()
        .add_room_member(AddRoomMemberRequest {
            room_id: team.room.room_id.clone(),
            user_id: who.id.clone(),
            role: room_role as i32,
        })
        .await
        .success();
    who
}

/// Sends `n` messages "message 0", "message 1"... one after another.
async fn send_many(by: &Actor, room: &Room, n: usize) -> Vec<Message> {
    let mut sent = Vec::new();
    for i in 0..n {
        sent.push(by.send(&room.room_id, &format!("message {i}")).await);
    }
    sent
}

transport_test!(sent_message_is_trimmed_and_stored, |api| async move {
    let Team {
        owner,
        member,
        room,
        ..
    } = api.team().await;
    let sent = member
        .send(&room.room_id, "  \n hello   big\tworld \n ")
        .await;
    assert!(is_uuid_v7(&sent.message_id));
    assert_eq!(sent.room_id, room.room_id);
    assert_eq!(sent.text, "hello   big\tworld");
    assert_eq!(sent.word_count, 3);
    let sender = sent.sender.clone().unwrap();
    assert_eq!(sender.r#type, SenderType::User as i32);
    assert_eq!(sender.id, member.id);
    assert_eq!(sender.username, member.username);
    assert_eq!(sender.display_name, "Member");
    assert!(sent.create_time.is_some());
    assert!(sent.edit_time.is_none());
    assert!(sent.delete_time.is_none());

    let fetched = owner.get_message(&sent.message_id).await;
    assert_eq!(fetched, sent);
    assert_eq!(owner.messages_in(&room.room_id).await, [sent]);
});

transport_test!(empty_or_blank_message_is_rejected, |api| async move {
    let Team { member, room, .. } = api.team().await;
    for text in ["", "   ", "\n\t \u{3000}"] {
        send(&member, &room, text, Vec::new())
            .await
            .rejected_field("MESSAGE_EMPTY", "text");
    }
    assert!(member.messages_in(&room.room_id).await.is_empty());
});

transport_test!(
    message_text_is_at_most_4000_characters_not_bytes,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        for text in ["a".repeat(4001), "é".repeat(4001), "😀".repeat(4001)] {
            send(&member, &room, &text, Vec::new())
                .await
                .rejected_field("MESSAGE_TOO_LONG", "text");
        }
        assert!(member.messages_in(&room.room_id).await.is_empty());

        // 4000 characters are fine, however many bytes they take, and the limit
        // applies after trimming.
        for text in [
            "a".repeat(4000),
            "é".repeat(4000),
            "😀".repeat(4000),
            format!("  {}  ", "b".repeat(4000)),
        ] {
            let sent = member.send(&room.room_id, &text).await;
            assert_eq!(sent.text.chars().count(), 4000);
        }
        assert_eq!(member.messages_in(&room.room_id).await.len(), 4);
    }
);

transport_test!(
    message_with_an_attachment_may_have_no_text,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let sent = send(
            &member,
            &room,
            "  ",
            vec![attachment("https://files.example.com/a.png")],
        )
        .await
        .success()
        .message
        .unwrap();
        assert_eq!(sent.text, "");
        assert_eq!(sent.word_count, 0);
        assert_eq!(
            sent.attachments,
            [attachment("https://files.example.com/a.png")]
        );
        assert_eq!(
            owner.get_message(&sent.message_id).await.attachments,
            sent.attachments
        );
    }
);

transport_test!(attachments_are_checked, |api| async move {
    let Team { member, room, .. } = api.team().await;
    let good = attachment("https://files.example.com/a.png");
    send(
        &member,
        &room,
        "x",
        vec![attachment("http://files.example.com/a.png")],
    )
    .await
    .rejected_field("INVALID_URL", "attachments[0].url");
    send(
        &member,
        &room,
        "x",
        vec![good.clone(), attachment("ftp://example.com/b")],
    )
    .await
    .rejected_field("INVALID_URL", "attachments[1].url");
    let status = send(&member, &room, "x", vec![attachment("")])
        .await
        .rejected_with_code(Code::InvalidArgument);
    assert_field_violation(&status, "attachments[0].url");
    let nameless = Attachment {
        name: String::new(),
        ..good.clone()
    };
    let status = send(&member, &room, "x", vec![nameless])
        .await
        .rejected_with_code(Code::InvalidArgument);
    assert_field_violation(&status, "attachments[0].name");
    let status = send(&member, &room, "x", vec![good.clone(); 11])
        .await
        .rejected_with_code(Code::InvalidArgument);
    assert_field_violation(&status, "attachments");
    assert!(member.messages_in(&room.room_id).await.is_empty());

    let ten = send(&member, &room, "", vec![good; 10])
        .await
        .success()
        .message
        .unwrap();
    assert_eq!(ten.attachments.len(), 10);
});

transport_test!(only_the_author_edits_a_message, |api| async move {
    let team = api.team().await;
    let Team {
        owner,
        member,
        room,
        ..
    } = &team;
    let admin = join_team(&api, &team, "admin", SpaceRole::Admin, RoomRole::Admin).await;
    let original = member.send(&room.room_id, "first draft").await;

    for other in [owner, &admin] {
        edit(other, &original, "not yours")
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    }
    let unchanged = owner.get_message(&original.message_id).await;
    assert_eq!(unchanged.text, "first draft");
    assert!(unchanged.edit_time.is_none());

    let edited = edit(member, &original, "  second draft  ")
        .await
        .success()
        .message
        .unwrap();
    assert_eq!(edited.message_id, original.message_id);
    assert_eq!(edited.text, "second draft");
    assert_eq!(edited.word_count, 2);
    assert!(edited.edit_time.is_some());
    assert_eq!(edited.create_time, original.create_time);
    assert_eq!(owner.get_message(&original.message_id).await, edited);

    edit(member, &original, "   ")
        .await
        .rejected_field("MESSAGE_EMPTY", "text");
    edit(member, &original, &"x".repeat(4001))
        .await
        .rejected_field("MESSAGE_TOO_LONG", "text");
    assert_eq!(
        owner.get_message(&original.message_id).await.text,
        "second draft"
    );
});

transport_test!(
    author_or_room_admin_or_owner_deletes_a_message,
    |api| async move {
        let team = api.team().await;
        let Team {
            owner,
            member,
            room,
            ..
        } = &team;
        let admin = join_team(&api, &team, "admin", SpaceRole::Member, RoomRole::Admin).await;
        let other = join_team(&api, &team, "other", SpaceRole::Member, RoomRole::Member).await;
        let contributor = join_team(
            &api,
            &team,
            "contrib",
            SpaceRole::Admin,
            RoomRole::Contributor,
        )
        .await;

        let before = member.send(&room.room_id, "before").await;
        let by_author = send_with_mention(member, room, &other.username).await;
        let by_admin = member.send(&room.room_id, "for the admin").await;
        let by_owner = member.send(&room.room_id, "for the owner").await;
        let after = member.send(&room.room_id, "after").await;
        assert_eq!(by_author.mentions.len(), 1);

        for not_allowed in [&other, &contributor] {
            delete(not_allowed, &by_admin)
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        assert!(
            owner
                .get_message(&by_admin.message_id)
                .await
                .delete_time
                .is_none()
        );

        let deleted = delete(member, &by_author).await.success().message.unwrap();
        assert!(deleted.delete_time.is_some());
        assert_eq!(deleted.text, "");
        assert!(deleted.attachments.is_empty());
        assert!(deleted.mentions.is_empty());
        assert_eq!(deleted.word_count, 0);
        delete(&admin, &by_admin).await.success();
        delete(owner, &by_owner).await.success();

        // Deleted messages stay in place, emptied.
        let listed = other.messages_in(&room.room_id).await;
        assert_eq!(
            ids(&listed),
            ids(&[
                before.clone(),
                by_author.clone(),
                by_admin.clone(),
                by_owner.clone(),
                after.clone()
            ])
        );
        let deleted_flags: Vec<_> = listed.iter().map(|m| m.delete_time.is_some()).collect();
        assert_eq!(deleted_flags, [false, true, true, true, false]);
        assert!(listed[1..4].iter().all(|m| m.text.is_empty()));
        assert_eq!(listed[0].text, "before");
        assert_eq!(listed[4].text, "after");
    }
);

transport_test!(
    deleting_a_deleted_message_changes_nothing,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        let message = member.send(&room.room_id, "going").await;
        let first = delete(&member, &message).await.success().message.unwrap();
        let second = delete(&member, &message).await.success().message.unwrap();
        assert!(first.delete_time.is_some());
        assert_eq!(first.delete_time, second.delete_time);
        assert_eq!(
            member.get_message(&message.message_id).await.delete_time,
            first.delete_time
        );
    }
);

transport_test!(deleted_message_cannot_be_edited, |api| async move {
    let Team { member, room, .. } = api.team().await;
    let message = member.send(&room.room_id, "going").await;
    delete(&member, &message).await.success();
    edit(&member, &message, "back from the dead")
        .await
        .rejected(Code::FailedPrecondition, "MESSAGE_DELETED");
    let stored = member.get_message(&message.message_id).await;
    assert_eq!(stored.text, "");
    assert!(stored.delete_time.is_some());
});

transport_test!(
    reacting_twice_with_the_same_emoji_counts_once,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let message = owner.send(&room.room_id, "react to me").await;
        let once = react(&member, &message, "👍")
            .await
            .success()
            .message
            .unwrap();
        let twice = react(&member, &message, "👍")
            .await
            .success()
            .message
            .unwrap();
        assert_eq!(reactions(&once), [("👍".to_string(), 1, true)]);
        assert_eq!(reactions(&twice), [("👍".to_string(), 1, true)]);
        assert_eq!(
            reactions(&owner.get_message(&message.message_id).await),
            [("👍".to_string(), 1, false)]
        );
    }
);

transport_test!(
    reactions_count_per_emoji_across_users_in_first_use_order,
    |api| async move {
        let team = api.team().await;
        let Team {
            owner,
            member,
            room,
            ..
        } = &team;
        let third = join_team(
            &api,
            &team,
            "third",
            SpaceRole::Member,
            RoomRole::Contributor,
        )
        .await;
        let message = owner.send(&room.room_id, "party").await;

        react(member, &message, "🎉").await.success();
        react(owner, &message, "👍").await.success();
        react(&third, &message, "🎉").await.success();
        react(member, &message, "👍").await.success();

        let as_member = member.get_message(&message.message_id).await;
        assert_eq!(
            reactions(&as_member),
            [("🎉".to_string(), 2, true), ("👍".to_string(), 2, true)]
        );
        let as_owner = owner.get_message(&message.message_id).await;
        assert_eq!(
            reactions(&as_owner),
            [("🎉".to_string(), 2, false), ("👍".to_string(), 2, true)]
        );
        let listed = third.messages_in(&room.room_id).await;
        assert_eq!(
            reactions(&listed[0]),
            [("🎉".to_string(), 2, true), ("👍".to_string(), 2, false)]
        );
    }
);

transport_test!(
    remove_reaction_removes_only_the_callers_own,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let message = owner.send(&room.room_id, "react").await;
        react(&owner, &message, "❤️").await.success();
        react(&member, &message, "👍").await.success();
        react(&owner, &message, "👍").await.success();

        // The member removing a heart they never gave changes nothing.
        let after = unreact(&member, &message, "❤️")
            .await
            .success()
            .message
            .unwrap();
        assert_eq!(
            reactions(&after),
            [("❤️".to_string(), 1, false), ("👍".to_string(), 2, true)]
        );
        let after = unreact(&member, &message, "👍")
            .await
            .success()
            .message
            .unwrap();
        assert_eq!(
            reactions(&after),
            [("❤️".to_string(), 1, false), ("👍".to_string(), 1, false)]
        );
        unreact(&owner, &message, "❤️").await.success();
        assert_eq!(
            reactions(&owner.get_message(&message.message_id).await),
            [("👍".to_string(), 1, true)],
            "an emoji nobody uses any more is gone"
        );
    }
);

transport_test!(reaction_must_be_exactly_one_emoji, |api| async move {
    let Team { member, room, .. } = api.team().await;
    let message = member.send(&room.room_id, "react").await;
    for bad in [
        "ab",
        "",
        "😀😀",
        "a",
        " 👍",
        ":+1:",
        "1",
        "#",
        "*",
        "1\u{fe0f}",
    ] {
        let status = react(&member, &message, bad).await;
        Rejection::Field("INVALID_EMOJI", "emoji").check(&format!("AddReaction({bad:?})"), status);
    }
    assert!(
        member
            .get_message(&message.message_id)
            .await
            .reactions
            .is_empty()
    );
    unreact(&member, &message, "ab")
        .await
        .rejected_field("INVALID_EMOJI", "emoji");

    // Skin tones and ZWJ sequences are one emoji.
    for good in ["👍🏽", "👨‍👩‍👧", "❤️", "🇫🇷", "1️⃣", "©️"] {
        react(&member, &message, good).await.success();
    }
    let stored = member.get_message(&message.message_id).await;
    let emojis: Vec<_> = stored.reactions.iter().map(|r| r.emoji.as_str()).collect();
    assert_eq!(emojis, ["👍🏽", "👨‍👩‍👧", "❤️", "🇫🇷", "1️⃣", "©️"]);
});

transport_test!(mentions_record_room_members_only, |api| async move {
    let team = api.team().await;
    let Team {
        owner,
        member,
        space,
        room,
    } = &team;
    // In the space, not in the room.
    let bystander = api.new_user_known_to(owner, "bystander").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: bystander.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();
    let text = format!(
        "hey @{}, ask @{} and @nobody_{}",
        member.username,
        bystander.username,
        roundtable_tests::server::random_alphanumeric(6).to_lowercase()
    );
    let sent = owner.send(&room.room_id, &text).await;
    let mentions: Vec<_> = sent
        .mentions
        .iter()
        .map(|m| (m.user_id.clone(), m.username.clone()))
        .collect();
    assert_eq!(mentions, [(member.id.clone(), member.username.clone())]);
    assert_eq!(
        member.get_message(&sent.message_id).await.mentions,
        sent.mentions
    );

    // Editing replaces the mentions.
    let edited = edit(owner, &sent, "never mind")
        .await
        .success()
        .message
        .unwrap();
    assert!(edited.mentions.is_empty());
    let edited = edit(owner, &sent, &format!("@{}!", owner.username))
        .await
        .success()
        .message
        .unwrap();
    assert_eq!(edited.mentions.len(), 1);
    assert_eq!(edited.mentions[0].user_id, owner.id);
});

transport_test!(
    list_messages_is_oldest_first_unless_asked_newest_first,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        let sent = send_many(&member, &room, 4).await;
        let default_order = list(
            &member,
            ListMessagesRequest {
                room_id: room.room_id.clone(),
                ..Default::default()
            },
        )
        .await
        .success();
        assert_eq!(ids(&default_order.messages), ids(&sent));
        assert!(default_order.next_page_token.is_empty());
        let oldest = list(
            &member,
            ListMessagesRequest {
                room_id: room.room_id.clone(),
                order: MessageOrder::OldestFirst as i32,
                ..Default::default()
            },
        )
        .await
        .success();
        assert_eq!(ids(&oldest.messages), ids(&sent));
        let newest = list(
            &member,
            ListMessagesRequest {
                room_id: room.room_id.clone(),
                order: MessageOrder::NewestFirst as i32,
                ..Default::default()
            },
        )
        .await
        .success();
        let mut reversed = ids(&sent);
        reversed.reverse();
        assert_eq!(ids(&newest.messages), reversed);
    }
);

async fn all_pages(
    by: &Actor,
    room: &Room,
    page_size: i32,
    order: MessageOrder,
) -> (Vec<String>, usize) {
    let mut seen = Vec::new();
    let mut pages = 0;
    let mut page_token = String::new();
    loop {
        let page = list(
            by,
            ListMessagesRequest {
                room_id: room.room_id.clone(),
                page_size,
                page_token,
                order: order as i32,
                ..Default::default()
            },
        )
        .await
        .success();
        pages += 1;
        assert!(page.messages.len() <= page_size as usize);
        seen.extend(ids(&page.messages));
        if page.next_page_token.is_empty() {
            return (seen, pages);
        }
        assert!(pages < 100, "paging never ends");
        page_token = page.next_page_token;
    }
}

transport_test!(
    paging_through_messages_has_no_gaps_or_repeats,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        let sent = ids(&send_many(&member, &room, 7).await);
        let (oldest_first, pages) = all_pages(&member, &room, 3, MessageOrder::OldestFirst).await;
        assert_eq!(oldest_first, sent);
        assert_eq!(pages, 3);
        let (newest_first, pages) = all_pages(&member, &room, 3, MessageOrder::NewestFirst).await;
        let mut reversed = sent.clone();
        reversed.reverse();
        assert_eq!(newest_first, reversed);
        assert_eq!(pages, 3);
        let unique: HashSet<_> = oldest_first.iter().collect();
        assert_eq!(unique.len(), 7);
    }
);

transport_test!(
    page_size_defaults_to_50_and_is_capped_at_200,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        let sent: Vec<Message> = futures::stream::iter(0..205)
            .map(|i| {
                let member = &member;
                let room_id = room.room_id.clone();
                async move { member.send(&room_id, &format!("bulk {i}")).await }
            })
            .buffer_unordered(8)
            .collect()
            .await;
        assert_eq!(sent.len(), 205);
        let page = |page_size: i32| {
            list(
                &member,
                ListMessagesRequest {
                    room_id: room.room_id.clone(),
                    page_size,
                    ..Default::default()
                },
            )
        };
        let default = page(0).await.success();
        assert_eq!(default.messages.len(), 50);
        assert!(!default.next_page_token.is_empty());
        let capped = page(1000).await.success();
        assert_eq!(capped.messages.len(), 200);
        assert!(!capped.next_page_token.is_empty());
        let exact = page(200).await.success();
        assert_eq!(exact.messages.len(), 200);
        let status = page(-1).await.rejected_with_code(Code::InvalidArgument);
        assert_field_violation(&status, "page_size");
    }
);

transport_test!(malformed_page_token_is_rejected, |api| async move {
    let Team { member, room, .. } = api.team().await;
    send_many(&member, &room, 2).await;
    for token in ["garbage", "!!!", "eyJub3QiOiJ5b3VycyJ9"] {
        list(
            &member,
            ListMessagesRequest {
                room_id: room.room_id.clone(),
                page_token: token.into(),
                ..Default::default()
            },
        )
        .await
        .rejected_field("INVALID_PAGE_TOKEN", "page_token");
    }
});

transport_test!(
    before_and_after_filter_strictly_by_creation_time,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        let mut sent = Vec::new();
        for i in 0..5 {
            sent.push(member.send(&room.room_id, &format!("m{i}")).await);
            // Distinct creation times, whatever the server's clock resolution.
            tokio::time::sleep(Duration::from_millis(15)).await;
        }
        let at = |i: usize| sent[i].create_time;
        let filtered = async |before, after, order: MessageOrder| {
            ids(&list(
                &member,
                ListMessagesRequest {
                    room_id: room.room_id.clone(),
                    before,
                    after,
                    order: order as i32,
                    ..Default::default()
                },
            )
            .await
            .success()
            .messages)
        };
        assert_eq!(
            filtered(None, at(1), MessageOrder::OldestFirst).await,
            ids(&sent[2..])
        );
        assert_eq!(
            filtered(at(3), None, MessageOrder::OldestFirst).await,
            ids(&sent[..3])
        );
        assert_eq!(
            filtered(at(4), at(0), MessageOrder::OldestFirst).await,
            ids(&sent[1..4])
        );
        let mut newest = ids(&sent[1..4]);
        newest.reverse();
        assert_eq!(
            filtered(at(4), at(0), MessageOrder::NewestFirst).await,
            newest
        );
        assert!(
            filtered(at(2), at(2), MessageOrder::OldestFirst)
                .await
                .is_empty()
        );
    }
);

transport_test!(
    retry_with_the_same_request_id_creates_one_message,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let request = SendMessageRequest {
            room_id: room.room_id.clone(),
            text: "exactly once".into(),
            attachments: Vec::new(),
            request_id: uuid::Uuid::now_v7().to_string(),
            ..Default::default()
        };
        let first = member
            .messages()
            .send_message(request.clone())
            .await
            .success()
            .message
            .unwrap();
        let retry = member
            .messages()
            .send_message(request.clone())
            .await
            .success()
            .message
            .unwrap();
        assert_eq!(retry.message_id, first.message_id);
        // Even with a different text, a repeat returns the first message.
        let changed = member
            .messages()
            .send_message(SendMessageRequest {
                text: "changed my mind".into(),
                ..request.clone()
            })
            .await
            .success()
            .message
            .unwrap();
        assert_eq!(changed.message_id, first.message_id);
        assert_eq!(changed.text, "exactly once");
        let listed = owner.messages_in(&room.room_id).await;
        assert_eq!(ids(&listed), vec![first.message_id.clone()]);

        // Another sender's request id is theirs alone.
        let owners = owner
            .messages()
            .send_message(request)
            .await
            .success()
            .message
            .unwrap();
        assert_ne!(owners.message_id, first.message_id);
        assert_eq!(owner.messages_in(&room.room_id).await.len(), 2);
    }
);

transport_test!(
    concurrent_retries_with_one_request_id_create_one_message,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        let request = SendMessageRequest {
            room_id: room.room_id.clone(),
            text: "raced".into(),
            attachments: Vec::new(),
            request_id: uuid::Uuid::now_v7().to_string(),
            ..Default::default()
        };
        let results = futures::future::join_all((0..8).map(|_| {
            let mut messages = member.messages();
            let request = request.clone();
            async move { messages.send_message(request).await }
        }))
        .await;
        let ids: HashSet<_> = results
            .into_iter()
            .map(|r| r.success().message.unwrap().message_id)
            .collect();
        assert_eq!(ids.len(), 1, "retries answered different messages");
        assert_eq!(member.messages_in(&room.room_id).await.len(), 1);
    }
);

transport_test!(
    request_id_must_be_printable_ascii_of_at_most_128,
    |api| async move {
        let Team { member, room, .. } = api.team().await;
        for request_id in ["x".repeat(129), "naïve".into(), "tab\there".into()] {
            let status = member
                .messages()
                .send_message(SendMessageRequest {
                    room_id: room.room_id.clone(),
                    text: "hi".into(),
                    attachments: Vec::new(),
                    request_id,
                    ..Default::default()
                })
                .await
                .rejected_with_code(Code::InvalidArgument);
            assert_field_violation(&status, "request_id");
        }
        assert!(member.messages_in(&room.room_id).await.is_empty());
    }
);

transport_test!(
    member_cannot_write_in_a_room_they_have_left,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let mine = member.send(&room.room_id, "mine").await;
        member
            .rooms()
            .remove_room_member(RemoveRoomMemberRequest {
                room_id: room.room_id.clone(),
                user_id: member.id.clone(),
            })
            .await
            .success();
        send(&member, &room, "still here?", Vec::new())
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        react(&member, &mine, "👍")
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        assert_eq!(owner.messages_in(&room.room_id).await.len(), 1);
        assert!(
            owner
                .get_message(&mine.message_id)
                .await
                .reactions
                .is_empty()
        );
    }
);

transport_test!(message_rpcs_check_their_ids, |api| async move {
    let Team { owner, room, .. } = api.team().await;
    let kept = owner.send(&room.room_id, "kept").await;
    let m = owner.messages();
    for (id, expected_room, expected_message) in [
        (
            "not-a-uuid".to_string(),
            Rejection::Field("INVALID_ID", "room_id"),
            Rejection::Field("INVALID_ID", "message_id"),
        ),
        (
            String::new(),
            Rejection::Missing("room_id"),
            Rejection::Missing("message_id"),
        ),
        (
            unknown_id(),
            Rejection::Reason(Code::NotFound, "ROOM_NOT_FOUND"),
            Rejection::Reason(Code::NotFound, "MESSAGE_NOT_FOUND"),
        ),
    ] {
        let id = &id;
        expected_room.check(
            &format!("SendMessage({id:?})"),
            m.clone()
                .send_message(SendMessageRequest {
                    room_id: id.clone(),
                    text: "x".into(),
                    ..Default::default()
                })
                .await,
        );
        expected_room.check(
            &format!("ListMessages({id:?})"),
            m.clone()
                .list_messages(ListMessagesRequest {
                    room_id: id.clone(),
                    ..Default::default()
                })
                .await,
        );
        let calls = [
            (
                "GetMessage",
                m.clone()
                    .get_message(GetMessageRequest {
                        message_id: id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "EditMessage",
                m.clone()
                    .edit_message(EditMessageRequest {
                        message_id: id.clone(),
                        text: "x".into(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteMessage",
                m.clone()
                    .delete_message(DeleteMessageRequest {
                        message_id: id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddReaction",
                m.clone()
                    .add_reaction(AddReactionRequest {
                        message_id: id.clone(),
                        emoji: "👍".into(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveReaction",
                m.clone()
                    .remove_reaction(RemoveReactionRequest {
                        message_id: id.clone(),
                        emoji: "👍".into(),
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in calls {
            expected_message.check(&format!("{rpc}({id:?})"), result);
        }
    }
    assert_eq!(owner.messages_in(&room.room_id).await, [kept]);
});

/// A message with a mention and an attachment, so a delete has both to
/// empty.
async fn send_with_mention(by: &Actor, room: &Room, username: &str) -> Message {
    send(
        by,
        room,
        &format!("look @{username}"),
        vec![attachment("https://files.example.com/look.png")],
    )
    .await
    .success()
    .message
    .unwrap()
}
