//! REPLRs: AI personas of a space. Who manages and who reads them, what a
//! valid one is, handles unique ignoring case, adding them to and removing
//! them from rooms (with events), and `@handle` mentions.

use std::time::Duration;

use roundtable_tests::outcome::{Rejection, describe, violated_fields};
use roundtable_tests::proto::event::Kind;
use roundtable_tests::proto::*;
use roundtable_tests::{
    Actor, Clients, Outcome, Team, TestServer, Transport, is_uuid_v7, transport_test, unknown_id,
};
use tonic::{Code, Streaming};

/// How long a stream may stay silent when an event is due.
const WAIT: Duration = Duration::from_secs(20);

fn create(space: &Space, handle: &str) -> CreateReplrRequest {
    CreateReplrRequest {
        space_id: space.space_id.clone(),
        handle: handle.into(),
        ..Default::default()
    }
}

fn update(replr: &Replr) -> UpdateReplrRequest {
    UpdateReplrRequest {
        replr_id: replr.replr_id.clone(),
        ..Default::default()
    }
}

async fn get(
    by: &Actor,
    replr: &Replr,
) -> Result<tonic::Response<GetReplrResponse>, tonic::Status> {
    by.replrs()
        .get_replr(GetReplrRequest {
            replr_id: replr.replr_id.clone(),
        })
        .await
}

async fn remove(
    by: &Actor,
    room: &Room,
    replr: &Replr,
) -> Result<tonic::Response<RemoveReplrResponse>, tonic::Status> {
    by.rooms()
        .remove_replr(RemoveReplrRequest {
            room_id: room.room_id.clone(),
            replr_id: replr.replr_id.clone(),
        })
        .await
}

fn handles(room: &Room) -> Vec<&str> {
    room.replrs.iter().map(|r| r.handle.as_str()).collect()
}

/// A live event stream of some rooms, whose reads fail the test after [`WAIT`].
struct Feed(Streaming<SubscribeResponse>);

impl Feed {
    async fn open(by: &Clients, rooms: &[&Room]) -> Feed {
        let request = SubscribeRequest {
            room_ids: rooms.iter().map(|r| r.room_id.clone()).collect(),
            ..Default::default()
        };
        let mut feed = match by.events().subscribe(request).await {
            Ok(response) => Feed(response.into_inner()),
            Err(status) => panic!("Subscribe failed: {}", describe(&status)),
        };
        assert!(matches!(feed.next().await, Kind::Subscribed(_)));
        feed
    }

    /// The next event's kind, heartbeats skipped.
    async fn next(&mut self) -> Kind {
        loop {
            let response = tokio::time::timeout(WAIT, self.0.message())
                .await
                .unwrap_or_else(|_| panic!("no event within {WAIT:?}"))
                .unwrap_or_else(|status| panic!("the stream failed: {}", describe(&status)))
                .expect("the stream goes on");
            match response.event.and_then(|e| e.kind) {
                Some(Kind::Heartbeat(_)) => {}
                Some(kind) => return kind,
                None => panic!("an event without a kind"),
            }
        }
    }
}

transport_test!(
    space_owner_creates_a_replr_with_defaults_and_reads_it_back,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        let replr = owner.create_replr(&space.space_id, "Ada").await;
        assert!(is_uuid_v7(&replr.replr_id));
        assert_eq!(replr.space_id, space.space_id);
        assert_eq!(replr.handle, "Ada");
        assert_eq!(
            replr.display_name, "Ada",
            "the display name defaults to the handle"
        );
        assert_eq!(replr.description, "");
        assert_eq!(replr.avatar_url, "");
        assert_eq!(replr.system_prompt, "");
        assert_eq!(replr.provider, "", "empty: the server's default provider");
        assert_eq!(replr.model, "", "empty: the provider's default model");
        assert_eq!(replr.temperature, 1.0);
        assert_eq!(replr.max_tokens, 1024);
        assert_eq!(replr.reply_mode(), ReplyMode::OnMention);
        assert_eq!(replr.creator_id, owner.id);
        assert!(replr.create_time.is_some());
        assert_eq!(replr.create_time, replr.update_time);
        assert_eq!(get(&owner, &replr).await.success().replr, Some(replr));

        let full = owner
            .replrs()
            .create_replr(CreateReplrRequest {
                space_id: space.space_id.clone(),
                handle: "critic_2".into(),
                display_name: "  The Critic ".into(),
                description: " Finds the flaw. ".into(),
                avatar_url: "https://cdn.example.com/critic.png".into(),
                system_prompt: " You are a careful critic. ".into(),
                provider: "offline".into(),
                model: "roundtable-offline".into(),
                temperature: Some(0.0),
                max_tokens: Some(32768),
                reply_mode: ReplyMode::EveryHumanMessage as i32,
            })
            .await
            .success()
            .replr
            .unwrap();
        assert_eq!(full.display_name, "The Critic");
        assert_eq!(full.description, "Finds the flaw.");
        assert_eq!(full.avatar_url, "https://cdn.example.com/critic.png");
        assert_eq!(full.system_prompt, "You are a careful critic.");
        assert_eq!(full.provider, "offline");
        assert_eq!(full.model, "roundtable-offline");
        assert_eq!(
            full.temperature, 0.0,
            "an explicit 0 is kept, not defaulted"
        );
        assert_eq!(full.max_tokens, 32768);
        assert_eq!(full.reply_mode(), ReplyMode::EveryHumanMessage);
        assert_eq!(get(&owner, &full).await.success().replr, Some(full));
    }
);

transport_test!(replrs_are_listed_oldest_first_in_pages, |api| async move {
    let Team {
        owner,
        member,
        space,
        ..
    } = api.team().await;
    let mut created = Vec::new();
    for handle in ["one", "two", "three"] {
        created.push(owner.create_replr(&space.space_id, handle).await.replr_id);
    }
    let mut listed = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = member
            .replrs()
            .list_replrs(ListReplrsRequest {
                space_id: space.space_id.clone(),
                page_size: 2,
                page_token,
            })
            .await
            .success();
        assert!(page.replrs.len() <= 2);
        listed.extend(page.replrs.into_iter().map(|r| r.replr_id));
        if page.next_page_token.is_empty() {
            break;
        }
        page_token = page.next_page_token;
    }
    assert_eq!(listed, created);
});

transport_test!(
    update_changes_only_the_fields_that_are_set,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        let replr = owner
            .replrs()
            .create_replr(CreateReplrRequest {
                system_prompt: "Be brief.".into(),
                model: "roundtable-offline".into(),
                ..create(&space, "ada")
            })
            .await
            .success()
            .replr
            .unwrap();
        let updated = owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                display_name: Some("Ada L.".into()),
                temperature: Some(0.2),
                reply_mode: Some(ReplyMode::Never as i32),
                model: Some(String::new()),
                ..update(&replr)
            })
            .await
            .success()
            .replr
            .unwrap();
        assert_eq!(updated.display_name, "Ada L.");
        assert_eq!(updated.temperature, 0.2);
        assert_eq!(updated.reply_mode(), ReplyMode::Never);
        assert_eq!(
            updated.model, "",
            "set to empty: back to the provider's default"
        );
        assert_eq!(updated.handle, "ada");
        assert_eq!(updated.system_prompt, "Be brief.");
        assert_eq!(updated.max_tokens, replr.max_tokens);
        assert_eq!(updated.create_time, replr.create_time);
        let time = |t: &Option<prost_types::Timestamp>| t.as_ref().map(|t| (t.seconds, t.nanos));
        assert!(time(&updated.update_time) > time(&replr.update_time));
        assert_eq!(get(&owner, &replr).await.success().replr, Some(updated));

        owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                reply_mode: Some(ReplyMode::Unspecified as i32),
                ..update(&replr)
            })
            .await
            .rejected_field("INVALID_VALUE", "reply_mode");
        owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                replr_id: unknown_id(),
                ..Default::default()
            })
            .await
            .rejected(Code::NotFound, "REPLR_NOT_FOUND");
    }
);

transport_test!(
    every_bad_field_is_refused_with_its_reason,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        let base = || create(&space, "valid_handle");
        let cases: Vec<(&str, CreateReplrRequest, &str, &str)> = vec![
            (
                "empty handle",
                create(&space, ""),
                "VALUE_REQUIRED",
                "handle",
            ),
            (
                "short handle",
                create(&space, "ab"),
                "INVALID_VALUE",
                "handle",
            ),
            (
                "long handle",
                create(&space, &"h".repeat(33)),
                "INVALID_VALUE",
                "handle",
            ),
            (
                "handle with a space",
                create(&space, "ada l"),
                "INVALID_VALUE",
                "handle",
            ),
            (
                "handle with a dash",
                create(&space, "ada-l"),
                "INVALID_VALUE",
                "handle",
            ),
            (
                "handle with an accent",
                create(&space, "adé"),
                "INVALID_VALUE",
                "handle",
            ),
            (
                "long display name",
                CreateReplrRequest {
                    display_name: "n".repeat(101),
                    ..base()
                },
                "VALUE_TOO_LONG",
                "display_name",
            ),
            (
                "long description",
                CreateReplrRequest {
                    description: "d".repeat(1001),
                    ..base()
                },
                "VALUE_TOO_LONG",
                "description",
            ),
            (
                "plain http avatar",
                CreateReplrRequest {
                    avatar_url: "http://cdn.example.com/a.png".into(),
                    ..base()
                },
                "INVALID_URL",
                "avatar_url",
            ),
            (
                "avatar that is no URL",
                CreateReplrRequest {
                    avatar_url: "not a url".into(),
                    ..base()
                },
                "INVALID_URL",
                "avatar_url",
            ),
            (
                "long system prompt",
                CreateReplrRequest {
                    system_prompt: "p".repeat(8001),
                    ..base()
                },
                "VALUE_TOO_LONG",
                "system_prompt",
            ),
            (
                "provider with a space",
                CreateReplrRequest {
                    provider: "open ai".into(),
                    ..base()
                },
                "INVALID_VALUE",
                "provider",
            ),
            (
                "long provider",
                CreateReplrRequest {
                    provider: "p".repeat(65),
                    ..base()
                },
                "INVALID_VALUE",
                "provider",
            ),
            (
                "model with a space",
                CreateReplrRequest {
                    model: "gpt 4".into(),
                    ..base()
                },
                "INVALID_VALUE",
                "model",
            ),
            (
                "long model",
                CreateReplrRequest {
                    model: "m".repeat(201),
                    ..base()
                },
                "VALUE_TOO_LONG",
                "model",
            ),
            (
                "negative temperature",
                CreateReplrRequest {
                    temperature: Some(-0.1),
                    ..base()
                },
                "INVALID_VALUE",
                "temperature",
            ),
            (
                "temperature above 2",
                CreateReplrRequest {
                    temperature: Some(2.01),
                    ..base()
                },
                "INVALID_VALUE",
                "temperature",
            ),
            (
                "zero max tokens",
                CreateReplrRequest {
                    max_tokens: Some(0),
                    ..base()
                },
                "INVALID_VALUE",
                "max_tokens",
            ),
            (
                "too many max tokens",
                CreateReplrRequest {
                    max_tokens: Some(32769),
                    ..base()
                },
                "INVALID_VALUE",
                "max_tokens",
            ),
            (
                "unknown reply mode",
                CreateReplrRequest {
                    reply_mode: 99,
                    ..base()
                },
                "INVALID_VALUE",
                "reply_mode",
            ),
            (
                "bad space id",
                CreateReplrRequest {
                    space_id: "nope".into(),
                    ..base()
                },
                "INVALID_ID",
                "space_id",
            ),
        ];
        for (what, request, reason, field) in cases {
            let result = owner.replrs().create_replr(request).await.map(drop);
            Rejection::Field(reason, field).check(what, result);
        }

        // Several bad fields: each is named.
        let status = owner
            .replrs()
            .create_replr(CreateReplrRequest {
                avatar_url: "ftp://x".into(),
                temperature: Some(3.0),
                max_tokens: Some(-1),
                ..create(&space, "x")
            })
            .await
            .rejected_with_code(Code::InvalidArgument);
        let mut fields = violated_fields(&status);
        fields.sort();
        assert_eq!(
            fields,
            ["avatar_url", "handle", "max_tokens", "temperature"]
        );

        // Updates check the same limits.
        let replr = owner.create_replr(&space.space_id, "valid_handle").await;
        let updates = [
            (
                "blank display name",
                UpdateReplrRequest {
                    display_name: Some("   ".into()),
                    ..update(&replr)
                },
                "VALUE_REQUIRED",
                "display_name",
            ),
            (
                "bad handle",
                UpdateReplrRequest {
                    handle: Some("no!".into()),
                    ..update(&replr)
                },
                "INVALID_VALUE",
                "handle",
            ),
            (
                "provider with a slash",
                UpdateReplrRequest {
                    provider: Some("openai/gpt".into()),
                    ..update(&replr)
                },
                "INVALID_VALUE",
                "provider",
            ),
            (
                "temperature above 2",
                UpdateReplrRequest {
                    temperature: Some(2.5),
                    ..update(&replr)
                },
                "INVALID_VALUE",
                "temperature",
            ),
            (
                "http avatar",
                UpdateReplrRequest {
                    avatar_url: Some("http://x.test/a.png".into()),
                    ..update(&replr)
                },
                "INVALID_URL",
                "avatar_url",
            ),
        ];
        for (what, request, reason, field) in updates {
            let result = owner.replrs().update_replr(request).await.map(drop);
            Rejection::Field(reason, field).check(what, result);
        }
        assert_eq!(get(&owner, &replr).await.success().replr, Some(replr));
    }
);

transport_test!(
    handles_are_unique_in_a_space_ignoring_case,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        owner.create_replr(&space.space_id, "Ada").await;
        let status = owner
            .replrs()
            .create_replr(create(&space, "aDA"))
            .await
            .rejected(Code::AlreadyExists, "REPLR_HANDLE_TAKEN");
        assert!(status.message().contains("handle"), "{}", describe(&status));

        let other = owner.create_replr(&space.space_id, "grace").await;
        owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                handle: Some("ADA".into()),
                ..update(&other)
            })
            .await
            .rejected(Code::AlreadyExists, "REPLR_HANDLE_TAKEN");
        // A REPLR may change the case of its own handle.
        let renamed = owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                handle: Some("Grace".into()),
                ..update(&other)
            })
            .await
            .success()
            .replr
            .unwrap();
        assert_eq!(renamed.handle, "Grace");

        // Another space has its own handles.
        let elsewhere = owner.create_space("Elsewhere").await;
        owner.create_replr(&elsewhere.space_id, "ada").await;
    }
);

transport_test!(
    only_space_owners_and_admins_manage_replrs,
    |api| async move {
        let (owner, admin, member, viewer) = (
            api.new_user("owner").await,
            api.new_user("admin").await,
            api.new_user("member").await,
            api.new_user("viewer").await,
        );
        let space = api
            .space_with(
                &owner,
                &[
                    (&admin, SpaceRole::Admin),
                    (&member, SpaceRole::Member),
                    (&viewer, SpaceRole::Viewer),
                ],
            )
            .await;
        let replr = admin.create_replr(&space.space_id, "by_admin").await;
        for who in [&member, &viewer] {
            who.replrs()
                .create_replr(create(&space, "sneaky"))
                .await
                .rejected_with_code(Code::PermissionDenied);
            who.replrs()
                .update_replr(UpdateReplrRequest {
                    display_name: Some("mine now".into()),
                    ..update(&replr)
                })
                .await
                .rejected_with_code(Code::PermissionDenied);
            who.replrs()
                .delete_replr(DeleteReplrRequest {
                    replr_id: replr.replr_id.clone(),
                })
                .await
                .rejected_with_code(Code::PermissionDenied);
            // Every member of the space reads them.
            assert_eq!(
                get(who, &replr).await.success().replr.as_ref(),
                Some(&replr)
            );
            let listed = who
                .replrs()
                .list_replrs(ListReplrsRequest {
                    space_id: space.space_id.clone(),
                    ..Default::default()
                })
                .await
                .success()
                .replrs;
            assert_eq!(listed, std::slice::from_ref(&replr));
        }
        owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                description: Some("checked by the owner".into()),
                ..update(&replr)
            })
            .await
            .success();
        admin
            .replrs()
            .delete_replr(DeleteReplrRequest {
                replr_id: replr.replr_id.clone(),
            })
            .await
            .success();
        get(&viewer, &replr)
            .await
            .rejected(Code::NotFound, "REPLR_NOT_FOUND");
    }
);

transport_test!(
    room_owner_adds_and_removes_replrs_and_the_room_shows_them,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let ada = owner
            .replrs()
            .create_replr(CreateReplrRequest {
                display_name: "Ada".into(),
                avatar_url: "https://cdn.example.com/ada.png".into(),
                reply_mode: ReplyMode::EveryHumanMessage as i32,
                ..create(&space, "ada")
            })
            .await
            .success()
            .replr
            .unwrap();
        let grace = owner.create_replr(&space.space_id, "grace").await;
        let mut feed = Feed::open(&member, &[&room]).await;

        let after = owner.add_replr(&room.room_id, &ada.replr_id).await;
        assert_eq!(after.replr_count, 1);
        assert_eq!(
            after.replrs,
            [ReplrSummary {
                replr_id: ada.replr_id.clone(),
                handle: "ada".into(),
                display_name: "Ada".into(),
                avatar_url: "https://cdn.example.com/ada.png".into(),
                reply_mode: ReplyMode::EveryHumanMessage as i32,
            }]
        );
        match feed.next().await {
            Kind::ReplrAdded(added) => {
                assert_eq!(added.room_id, room.room_id);
                assert_eq!(added.replr.as_ref(), after.replrs.first());
            }
            other => panic!("expected replr_added, got {other:?}"),
        }

        // Adding it again changes nothing and records nothing: the next
        // event is grace's.
        let again = owner.add_replr(&room.room_id, &ada.replr_id).await;
        assert_eq!(again.replr_count, 1);
        let both = owner.add_replr(&room.room_id, &grace.replr_id).await;
        assert_eq!(
            handles(&both),
            ["ada", "grace"],
            "in the order they were added"
        );
        assert_eq!(both.replr_count, 2);
        match feed.next().await {
            Kind::ReplrAdded(added) => {
                assert_eq!(
                    added.replr.map(|r| r.replr_id),
                    Some(grace.replr_id.clone())
                )
            }
            other => panic!("expected replr_added, got {other:?}"),
        }

        // Every reader sees them, in GetRoom and ListRooms.
        let seen = member.get_room(&room.room_id).await;
        assert_eq!(seen.replrs, both.replrs);
        assert_eq!(seen.replr_count, 2);
        let listed = member.rooms_in(&space.space_id).await;
        let listed = listed.iter().find(|r| r.room_id == room.room_id).unwrap();
        assert_eq!(listed.replrs, both.replrs);
        assert_eq!(listed.replr_count, 2);

        // Room members who are not owner or admin may not.
        member
            .rooms()
            .add_replr(AddReplrRequest {
                room_id: room.room_id.clone(),
                replr_id: grace.replr_id.clone(),
            })
            .await
            .rejected_with_code(Code::PermissionDenied);
        remove(&member, &room, &ada)
            .await
            .rejected_with_code(Code::PermissionDenied);

        let removed = remove(&owner, &room, &ada).await.success().room.unwrap();
        assert_eq!(handles(&removed), ["grace"]);
        assert_eq!(removed.replr_count, 1);
        match feed.next().await {
            Kind::ReplrRemoved(gone) => {
                assert_eq!(gone.room_id, room.room_id);
                assert_eq!(gone.replr_id, ada.replr_id);
            }
            other => panic!("expected replr_removed, got {other:?}"),
        }
        // Removing it again changes nothing and records nothing.
        let again = remove(&owner, &room, &ada).await.success().room.unwrap();
        assert_eq!(again.replr_count, 1);
        member.send(&room.room_id, "marker").await;
        assert!(
            matches!(feed.next().await, Kind::MessageCreated(_)),
            "no event for a removal that changed nothing"
        );
    }
);

transport_test!(
    room_admin_manages_replrs_but_not_a_space_viewer,
    |api| async move {
        let (owner, admin, viewer) = (
            api.new_user("owner").await,
            api.new_user("admin").await,
            api.new_user("viewer").await,
        );
        let space = api
            .space_with(
                &owner,
                &[(&admin, SpaceRole::Member), (&viewer, SpaceRole::Viewer)],
            )
            .await;
        let room = api
            .room_with(
                &owner,
                &space,
                RoomVisibility::Private,
                &[(&admin, RoomRole::Admin), (&viewer, RoomRole::Admin)],
            )
            .await;
        let replr = owner.create_replr(&space.space_id, "ada").await;
        assert_eq!(
            admin
                .add_replr(&room.room_id, &replr.replr_id)
                .await
                .replr_count,
            1
        );
        remove(&viewer, &room, &replr)
            .await
            .rejected_with_code(Code::PermissionDenied);
        assert_eq!(
            remove(&admin, &room, &replr)
                .await
                .success()
                .room
                .unwrap()
                .replr_count,
            0
        );
    }
);

transport_test!(
    replr_of_another_space_cannot_join_a_room_and_is_not_found,
    |api| async move {
        let Team {
            owner, space, room, ..
        } = api.team().await;
        let elsewhere = owner.create_space("Elsewhere").await;
        let foreign = owner.create_replr(&elsewhere.space_id, "foreign").await;
        for replr_id in [foreign.replr_id.clone(), unknown_id()] {
            owner
                .rooms()
                .add_replr(AddReplrRequest {
                    room_id: room.room_id.clone(),
                    replr_id: replr_id.clone(),
                })
                .await
                .rejected(Code::NotFound, "REPLR_NOT_FOUND");
            owner
                .rooms()
                .remove_replr(RemoveReplrRequest {
                    room_id: room.room_id.clone(),
                    replr_id,
                })
                .await
                .rejected(Code::NotFound, "REPLR_NOT_FOUND");
        }
        owner
            .rooms()
            .add_replr(AddReplrRequest {
                room_id: unknown_id(),
                replr_id: foreign.replr_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "ROOM_NOT_FOUND");
        assert_eq!(owner.get_room(&room.room_id).await.replr_count, 0);
        let listed = owner
            .replrs()
            .list_replrs(ListReplrsRequest {
                space_id: space.space_id.clone(),
                ..Default::default()
            })
            .await
            .success();
        assert!(listed.replrs.is_empty(), "each space lists only its own");
    }
);

transport_test!(
    deleting_a_replr_removes_it_from_each_room_with_an_event,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let second = owner
            .create_room(&space.space_id, "second", RoomVisibility::Public)
            .await;
        let replr = owner.create_replr(&space.space_id, "ada").await;
        let stays = owner.create_replr(&space.space_id, "grace").await;
        for r in [&room, &second] {
            owner.add_replr(&r.room_id, &replr.replr_id).await;
        }
        owner.add_replr(&room.room_id, &stays.replr_id).await;
        let mut feed = Feed::open(&owner, &[&room, &second]).await;
        owner
            .replrs()
            .delete_replr(DeleteReplrRequest {
                replr_id: replr.replr_id.clone(),
            })
            .await
            .success();
        let mut rooms_told = Vec::new();
        for _ in 0..2 {
            match feed.next().await {
                Kind::ReplrRemoved(gone) => {
                    assert_eq!(gone.replr_id, replr.replr_id);
                    rooms_told.push(gone.room_id);
                }
                other => panic!("expected replr_removed, got {other:?}"),
            }
        }
        rooms_told.sort();
        let mut expected = vec![room.room_id.clone(), second.room_id.clone()];
        expected.sort();
        assert_eq!(rooms_told, expected);
        assert_eq!(handles(&member.get_room(&room.room_id).await), ["grace"]);
        assert_eq!(member.get_room(&second.room_id).await.replr_count, 0);
        get(&owner, &replr)
            .await
            .rejected(Code::NotFound, "REPLR_NOT_FOUND");
        // Its handle is free again.
        owner.create_replr(&space.space_id, "ADA").await;
    }
);

transport_test!(list_rooms_shows_each_rooms_own_replrs, |api| async move {
    let Team {
        owner, space, room, ..
    } = api.team().await;
    let quiet = owner
        .create_room(&space.space_id, "quiet", RoomVisibility::Public)
        .await;
    let busy = owner
        .create_room(&space.space_id, "busy", RoomVisibility::Private)
        .await;
    let (ada, grace) = (
        owner.create_replr(&space.space_id, "ada").await,
        owner.create_replr(&space.space_id, "grace").await,
    );
    owner.add_replr(&room.room_id, &ada.replr_id).await;
    owner.add_replr(&busy.room_id, &grace.replr_id).await;
    owner.add_replr(&busy.room_id, &ada.replr_id).await;
    let listed = owner.rooms_in(&space.space_id).await;
    let shown: Vec<(&str, Vec<&str>, i32)> = listed
        .iter()
        .map(|r| (r.name.as_str(), handles(r), r.replr_count))
        .collect();
    assert_eq!(
        shown,
        [
            ("Test room", vec!["ada"], 1),
            ("quiet", vec![], 0),
            ("busy", vec!["grace", "ada"], 2),
        ]
    );
    assert_eq!(quiet.replr_count, 0);
});

transport_test!(
    mentioning_a_replr_of_the_room_is_recorded,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let ada = owner.create_replr(&space.space_id, "Ada").await;
        let outsider = owner.create_replr(&space.space_id, "outsider").await;
        owner.add_replr(&room.room_id, &ada.replr_id).await;
        let mut feed = Feed::open(&owner, &[&room]).await;

        let text = format!("@ADA, @{} and @outsider: thoughts? @ada", owner.username);
        let sent = member.send(&room.room_id, &text).await;
        assert_eq!(
            sent.replr_mentions,
            [ReplrMention {
                replr_id: ada.replr_id.clone(),
                handle: "Ada".into(),
            }],
            "once, by handle ignoring case; REPLRs not in the room are not mentioned"
        );
        assert_eq!(
            sent.mentions.iter().map(|m| &m.user_id).collect::<Vec<_>>(),
            [&owner.id]
        );
        assert_eq!(
            member.get_message(&sent.message_id).await.replr_mentions,
            sent.replr_mentions
        );
        match feed.next().await {
            Kind::MessageCreated(created) => {
                assert_eq!(created.replr_mentions, sent.replr_mentions)
            }
            other => panic!("expected message_created, got {other:?}"),
        }

        // An edit resolves mentions again.
        owner.add_replr(&room.room_id, &outsider.replr_id).await;
        let edited = member
            .messages()
            .edit_message(EditMessageRequest {
                message_id: sent.message_id.clone(),
                text: "@outsider only".into(),
            })
            .await
            .success()
            .message
            .unwrap();
        assert_eq!(
            edited
                .replr_mentions
                .iter()
                .map(|m| m.replr_id.as_str())
                .collect::<Vec<_>>(),
            [outsider.replr_id.as_str()]
        );
        assert!(edited.mentions.is_empty());
        let listed = member.messages_in(&room.room_id).await;
        assert_eq!(listed[0].replr_mentions, edited.replr_mentions);
    }
);

transport_test!(a_room_holds_at_most_twenty_replrs, |api| async move {
    let Team {
        owner, space, room, ..
    } = api.team().await;
    for i in 0..20 {
        let replr = owner
            .create_replr(&space.space_id, &format!("r{i:02}"))
            .await;
        owner.add_replr(&room.room_id, &replr.replr_id).await;
    }
    let one_more = owner.create_replr(&space.space_id, "one_more").await;
    owner
        .rooms()
        .add_replr(AddReplrRequest {
            room_id: room.room_id.clone(),
            replr_id: one_more.replr_id.clone(),
        })
        .await
        .rejected(Code::FailedPrecondition, "ROOM_REPLR_LIMIT");
    let full = owner.get_room(&room.room_id).await;
    assert_eq!(full.replr_count, 20);
    assert_eq!(full.replrs.len(), 20);
});

transport_test!(
    deleting_a_space_deletes_its_replrs_and_their_places_in_rooms,
    |api| async move {
        let Team {
            owner, space, room, ..
        } = api.team().await;
        let replr = owner.create_replr(&space.space_id, "ada").await;
        owner.add_replr(&room.room_id, &replr.replr_id).await;
        owner
            .spaces()
            .delete_space(DeleteSpaceRequest {
                space_id: space.space_id.clone(),
            })
            .await
            .success();
        get(&owner, &replr)
            .await
            .rejected(Code::NotFound, "REPLR_NOT_FOUND");
    }
);

transport_test!(
    a_model_or_provider_the_server_does_not_offer_is_refused_at_once,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        owner
            .replrs()
            .create_replr(CreateReplrRequest {
                model: "gpt-nonexistent".into(),
                ..create(&space, "nomodel")
            })
            .await
            .rejected_field("UNKNOWN_MODEL", "model");
        owner
            .replrs()
            .create_replr(CreateReplrRequest {
                provider: "nowhere".into(),
                ..create(&space, "noprovider")
            })
            .await
            .rejected_field("UNKNOWN_PROVIDER", "provider");
        let replr = owner.create_replr(&space.space_id, "known").await;
        owner
            .replrs()
            .update_replr(UpdateReplrRequest {
                model: Some("gpt-nonexistent".into()),
                display_name: Some("Renamed".into()),
                ..update(&replr)
            })
            .await
            .rejected_field("UNKNOWN_MODEL", "model");
        let kept = get(&owner, &replr).await.success().replr.unwrap();
        assert_eq!(kept, replr, "a refused update changes nothing");
    }
);

/// A provider whose model list is open (`any_model = true`) takes any
/// model name; the others only those they list.
#[tokio::test]
async fn a_provider_with_an_open_model_list_takes_any_model() {
    let server = TestServer::start_with_config(
        "[providers.router]\nkind = \"offline\"\nmodels = [\"listed\"]\nany_model = true\n\n\
         [providers.strict]\nkind = \"offline\"\nmodels = [\"listed\"]\n",
        &[],
    );
    let api = server.api(Transport::Grpc);
    let Team { owner, space, .. } = api.team().await;
    let open = owner
        .replrs()
        .create_replr(CreateReplrRequest {
            provider: "router".into(),
            model: "vendor/any-model-at-all".into(),
            ..create(&space, "open")
        })
        .await
        .success()
        .replr
        .unwrap();
    assert_eq!(open.model, "vendor/any-model-at-all");
    owner
        .replrs()
        .create_replr(CreateReplrRequest {
            provider: "strict".into(),
            model: "vendor/any-model-at-all".into(),
            ..create(&space, "strict")
        })
        .await
        .rejected_field("UNKNOWN_MODEL", "model");
}
