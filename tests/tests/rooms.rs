//! Rooms: visibility, room roles and membership.

use roundtable_tests::outcome::Rejection;
use roundtable_tests::proto::*;
use roundtable_tests::{Actor, Outcome, Team, is_uuid_v7, transport_test, unknown_id};
use tonic::Code;

async fn add(
    by: &Actor,
    room: &Room,
    who: &Actor,
    role: RoomRole,
) -> Result<tonic::Response<AddRoomMemberResponse>, tonic::Status> {
    by.rooms()
        .add_room_member(AddRoomMemberRequest {
            room_id: room.room_id.clone(),
            user_id: who.id.clone(),
            role: role as i32,
        })
        .await
}

async fn remove(
    by: &Actor,
    room: &Room,
    who: &Actor,
) -> Result<tonic::Response<RemoveRoomMemberResponse>, tonic::Status> {
    by.rooms()
        .remove_room_member(RemoveRoomMemberRequest {
            room_id: room.room_id.clone(),
            user_id: who.id.clone(),
        })
        .await
}

async fn update_name(
    by: &Actor,
    room: &Room,
    name: &str,
) -> Result<tonic::Response<UpdateRoomResponse>, tonic::Status> {
    by.rooms()
        .update_room(UpdateRoomRequest {
            room_id: room.room_id.clone(),
            name: Some(name.into()),
            description: None,
            visibility: None,
        })
        .await
}

fn member_ids(members: &[RoomMember]) -> Vec<String> {
    members.iter().map(|m| m.user_id.clone()).collect()
}

transport_test!(
    space_member_creates_a_room_and_becomes_its_owner,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            ..
        } = api.team().await;
        let room = member
            .rooms()
            .create_room(CreateRoomRequest {
                space_id: space.space_id.clone(),
                name: "  general  ".into(),
                description: " chat ".into(),
                visibility: RoomVisibility::Unspecified as i32,
            })
            .await
            .success()
            .room
            .unwrap();
        assert!(is_uuid_v7(&room.room_id));
        assert_eq!(room.space_id, space.space_id);
        assert_eq!(room.name, "general");
        assert_eq!(room.description, "chat");
        assert_eq!(
            room.visibility,
            RoomVisibility::Public as i32,
            "public by default"
        );
        assert_eq!(room.creator_id, member.id);
        assert_eq!(room.member_count, 1);
        assert_eq!(room.my_role, RoomRole::Owner as i32);
        assert!(room.last_message_time.is_none());
        assert!(room.create_time.is_some());

        let members = owner.room_members(&room.room_id).await;
        assert_eq!(member_ids(&members), vec![member.id.clone()]);
        assert_eq!(members[0].role, RoomRole::Owner as i32);
        assert_eq!(members[0].username, member.username);
        // The space owner sees the public room without being in it.
        let seen = owner.get_room(&room.room_id).await;
        assert_eq!(seen.my_role, RoomRole::Unspecified as i32);
    }
);

transport_test!(viewer_cannot_create_rooms, |api| async move {
    let owner = api.new_user("owner").await;
    let viewer = api.new_user("viewer").await;
    let space = api
        .space_with(&owner, &[(&viewer, SpaceRole::Viewer)])
        .await;
    viewer
        .rooms()
        .create_room(CreateRoomRequest {
            space_id: space.space_id.clone(),
            name: "nope".into(),
            ..Default::default()
        })
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    assert!(owner.rooms_in(&space.space_id).await.is_empty());
});

transport_test!(
    room_name_is_required_and_at_most_100_characters,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        let before = owner.rooms_in(&space.space_id).await.len();
        for (name, description, expected) in [
            (
                String::new(),
                String::new(),
                Rejection::Field("VALUE_REQUIRED", "name"),
            ),
            (
                "  ".into(),
                String::new(),
                Rejection::Field("VALUE_REQUIRED", "name"),
            ),
            (
                "r".repeat(101),
                String::new(),
                Rejection::Field("VALUE_TOO_LONG", "name"),
            ),
            (
                "ok".into(),
                "d".repeat(1001),
                Rejection::Field("VALUE_TOO_LONG", "description"),
            ),
        ] {
            let result = owner
                .rooms()
                .create_room(CreateRoomRequest {
                    space_id: space.space_id.clone(),
                    name,
                    description,
                    visibility: 0,
                })
                .await;
            expected.check("CreateRoom", result);
        }
        assert_eq!(owner.rooms_in(&space.space_id).await.len(), before);
        let room = owner
            .create_room(&space.space_id, &"ß".repeat(100), RoomVisibility::Private)
            .await;
        assert_eq!(room.name.chars().count(), 100);
        update_name(&owner, &room, &"r".repeat(101))
            .await
            .rejected_field("VALUE_TOO_LONG", "name");
        update_name(&owner, &room, " ")
            .await
            .rejected_field("VALUE_REQUIRED", "name");
        assert_eq!(owner.get_room(&room.room_id).await.name, "ß".repeat(100));
    }
);

transport_test!(
    private_room_is_invisible_to_space_members_outside_it,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            ..
        } = api.team().await;
        let private = owner
            .create_room(&space.space_id, "secret", RoomVisibility::Private)
            .await;
        let message = owner.send(&private.room_id, "hush").await;
        let room_id = &private.room_id;
        let not_found = Rejection::Reason(Code::NotFound, "ROOM_NOT_FOUND");

        let r = member.rooms();
        let m = member.messages();
        let calls = [
            (
                "GetRoom",
                r.clone()
                    .get_room(GetRoomRequest {
                        room_id: room_id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListRoomMembers",
                r.clone()
                    .list_room_members(ListRoomMembersRequest {
                        room_id: room_id.clone(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddRoomMember (join)",
                r.clone()
                    .add_room_member(AddRoomMemberRequest {
                        room_id: room_id.clone(),
                        user_id: member.id.clone(),
                        role: 0,
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateRoom",
                update_name(&member, &private, "mine").await.map(drop),
            ),
            (
                "DeleteRoom",
                r.clone()
                    .delete_room(DeleteRoomRequest {
                        room_id: room_id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListMessages",
                m.clone()
                    .list_messages(ListMessagesRequest {
                        room_id: room_id.clone(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "SendMessage",
                m.clone()
                    .send_message(SendMessageRequest {
                        room_id: room_id.clone(),
                        text: "let me in".into(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in calls {
            not_found.check(rpc, result);
        }
        m.clone()
            .get_message(GetMessageRequest {
                message_id: message.message_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "MESSAGE_NOT_FOUND");
        let visible: Vec<_> = member
            .rooms_in(&space.space_id)
            .await
            .into_iter()
            .map(|r| r.room_id)
            .collect();
        assert!(!visible.contains(&private.room_id));

        // Nothing changed.
        let room = owner.get_room(&private.room_id).await;
        assert_eq!(room.name, "secret");
        assert_eq!(
            member_ids(&owner.room_members(&private.room_id).await),
            vec![owner.id.clone()]
        );
        assert_eq!(owner.messages_in(&private.room_id).await.len(), 1);

        // Once added, the member sees it.
        add(&owner, &private, &member, RoomRole::Contributor)
            .await
            .success();
        assert_eq!(
            member.get_room(&private.room_id).await.my_role,
            RoomRole::Contributor as i32
        );
        assert!(
            member
                .rooms_in(&space.space_id)
                .await
                .iter()
                .any(|r| r.room_id == private.room_id)
        );
    }
);

transport_test!(
    public_room_is_visible_to_every_space_member_who_may_join_it,
    |api| async move {
        let Team { owner, space, .. } = api.team().await;
        let newcomer = api.new_user_known_to(&owner, "newcomer").await;
        owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id: newcomer.id.clone(),
                role: SpaceRole::Member as i32,
            })
            .await
            .success();
        let public = owner
            .create_room(&space.space_id, "lobby", RoomVisibility::Public)
            .await;
        let hello = owner.send(&public.room_id, "hello").await;

        let seen = newcomer.get_room(&public.room_id).await;
        assert_eq!(seen.my_role, RoomRole::Unspecified as i32);
        assert!(
            newcomer
                .rooms_in(&space.space_id)
                .await
                .iter()
                .any(|r| r.room_id == public.room_id)
        );
        assert_eq!(
            newcomer.messages_in(&public.room_id).await[0].message_id,
            hello.message_id
        );
        // Seeing is not writing: join first.
        newcomer
            .messages()
            .send_message(SendMessageRequest {
                room_id: public.room_id.clone(),
                text: "hi".into(),
                ..Default::default()
            })
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        assert_eq!(owner.messages_in(&public.room_id).await.len(), 1);

        let joined = newcomer.join(&public.room_id).await;
        assert_eq!(joined.user_id, newcomer.id);
        assert_eq!(joined.role, RoomRole::Member as i32);
        let room = newcomer.get_room(&public.room_id).await;
        assert_eq!(room.my_role, RoomRole::Member as i32);
        assert_eq!(room.member_count, 2);
        newcomer.send(&public.room_id, "hi").await;
        assert_eq!(owner.messages_in(&public.room_id).await.len(), 2);
    }
);

transport_test!(
    viewer_reads_public_rooms_but_never_writes,
    |api| async move {
        let owner = api.new_user("owner").await;
        let viewer = api.new_user("viewer").await;
        let space = api
            .space_with(&owner, &[(&viewer, SpaceRole::Viewer)])
            .await;
        let public = owner
            .create_room(&space.space_id, "news", RoomVisibility::Public)
            .await;
        let post = owner.send(&public.room_id, "announcement").await;

        assert_eq!(viewer.get_room(&public.room_id).await.name, "news");
        let read = viewer.messages_in(&public.room_id).await;
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].text, "announcement");
        assert_eq!(
            viewer.get_message(&post.message_id).await.text,
            "announcement"
        );

        // Even as a room member, a viewer never writes.
        add(&owner, &public, &viewer, RoomRole::Admin)
            .await
            .success();
        let m = viewer.messages();
        let denied = Rejection::Reason(Code::PermissionDenied, "PERMISSION_DENIED");
        denied.check(
            "SendMessage",
            m.clone()
                .send_message(SendMessageRequest {
                    room_id: public.room_id.clone(),
                    text: "me too".into(),
                    ..Default::default()
                })
                .await,
        );
        denied.check(
            "AddReaction",
            m.clone()
                .add_reaction(AddReactionRequest {
                    message_id: post.message_id.clone(),
                    emoji: "👍".into(),
                })
                .await,
        );
        denied.check(
            "DeleteMessage",
            m.clone()
                .delete_message(DeleteMessageRequest {
                    message_id: post.message_id.clone(),
                })
                .await,
        );
        denied.check(
            "UpdateRoom",
            update_name(&viewer, &public, "viewer's").await,
        );

        let after = owner.messages_in(&public.room_id).await;
        assert_eq!(after.len(), 1);
        assert!(after[0].reactions.is_empty());
        assert!(after[0].delete_time.is_none());
        assert_eq!(owner.get_room(&public.room_id).await.name, "news");
    }
);

transport_test!(only_the_room_owner_deletes_a_room, |api| async move {
    let Team {
        owner,
        member,
        space,
        room,
    } = api.team().await;
    let admin = api.new_user_known_to(&owner, "admin").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: admin.id.clone(),
            role: SpaceRole::Admin as i32,
        })
        .await
        .success();
    add(&owner, &room, &admin, RoomRole::Admin).await.success();
    let message = member.send(&room.room_id, "keep me").await;

    for not_owner in [&admin, &member] {
        not_owner
            .rooms()
            .delete_room(DeleteRoomRequest {
                room_id: room.room_id.clone(),
            })
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    }
    assert_eq!(owner.get_room(&room.room_id).await.member_count, 3);
    assert_eq!(owner.get_message(&message.message_id).await.text, "keep me");

    owner
        .rooms()
        .delete_room(DeleteRoomRequest {
            room_id: room.room_id.clone(),
        })
        .await
        .success();
    owner
        .rooms()
        .get_room(GetRoomRequest {
            room_id: room.room_id.clone(),
        })
        .await
        .rejected(Code::NotFound, "ROOM_NOT_FOUND");
    member
        .messages()
        .get_message(GetMessageRequest {
            message_id: message.message_id.clone(),
        })
        .await
        .rejected_with_code(Code::NotFound);
    assert!(
        owner
            .rooms_in(&space.space_id)
            .await
            .iter()
            .all(|r| r.room_id != room.room_id)
    );
});

transport_test!(
    room_owner_or_admin_updates_a_room_but_a_member_cannot,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let admin = api.new_user_known_to(&owner, "admin").await;
        owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id: admin.id.clone(),
                role: SpaceRole::Member as i32,
            })
            .await
            .success();
        add(&owner, &room, &admin, RoomRole::Admin).await.success();

        update_name(&member, &room, "member's")
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        assert_eq!(owner.get_room(&room.room_id).await.name, "Test room");

        let by_admin = update_name(&admin, &room, " by admin ")
            .await
            .success()
            .room
            .unwrap();
        assert_eq!(by_admin.name, "by admin");
        let by_owner = owner
            .rooms()
            .update_room(UpdateRoomRequest {
                room_id: room.room_id.clone(),
                name: None,
                description: Some("about".into()),
                visibility: Some(RoomVisibility::Private as i32),
            })
            .await
            .success()
            .room
            .unwrap();
        assert_eq!(by_owner.name, "by admin", "unset fields stay");
        assert_eq!(by_owner.description, "about");
        assert_eq!(by_owner.visibility, RoomVisibility::Private as i32);
        assert_eq!(member.get_room(&room.room_id).await.description, "about");
    }
);

transport_test!(
    making_a_room_private_hides_it_from_space_members_outside_it,
    |api| async move {
        let Team {
            owner, space, room, ..
        } = api.team().await;
        let outsider = api.new_user_known_to(&owner, "outsider").await;
        owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id: outsider.id.clone(),
                role: SpaceRole::Member as i32,
            })
            .await
            .success();
        assert_eq!(outsider.get_room(&room.room_id).await.room_id, room.room_id);
        owner
            .rooms()
            .update_room(UpdateRoomRequest {
                room_id: room.room_id.clone(),
                visibility: Some(RoomVisibility::Private as i32),
                ..Default::default()
            })
            .await
            .success();
        outsider
            .rooms()
            .get_room(GetRoomRequest {
                room_id: room.room_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "ROOM_NOT_FOUND");
        assert!(outsider.rooms_in(&space.space_id).await.is_empty());
    }
);

transport_test!(room_owner_removes_anyone, |api| async move {
    let Team {
        owner,
        member,
        space,
        room,
    } = api.team().await;
    let admin = api.new_user_known_to(&owner, "admin").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: admin.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();
    add(&owner, &room, &admin, RoomRole::Admin).await.success();
    remove(&owner, &room, &admin).await.success();
    remove(&owner, &room, &member).await.success();
    assert_eq!(
        member_ids(&owner.room_members(&room.room_id).await),
        vec![owner.id.clone()]
    );
    assert_eq!(owner.get_room(&room.room_id).await.member_count, 1);
    // The public room stays visible to them, but they are no longer members.
    assert_eq!(
        member.get_room(&room.room_id).await.my_role,
        RoomRole::Unspecified as i32
    );
});

transport_test!(room_member_removes_only_themself, |api| async move {
    let Team {
        owner,
        member,
        space,
        room,
    } = api.team().await;
    let other = api.new_user_known_to(&owner, "other").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: other.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();
    add(&owner, &room, &other, RoomRole::Contributor)
        .await
        .success();

    for target in [&other, &owner] {
        remove(&member, &room, target)
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    }
    assert_eq!(owner.room_members(&room.room_id).await.len(), 3);

    remove(&member, &room, &member).await.success();
    assert_eq!(
        member_ids(&owner.room_members(&room.room_id).await),
        [owner.id.clone(), other.id.clone()]
    );
});

transport_test!(room_owner_cannot_leave, |api| async move {
    let Team { owner, room, .. } = api.team().await;
    remove(&owner, &room, &owner)
        .await
        .rejected(Code::FailedPrecondition, "ROOM_OWNER_CANNOT_LEAVE");
    let members = owner.room_members(&room.room_id).await;
    assert_eq!(members[0].user_id, owner.id);
    assert_eq!(members[0].role, RoomRole::Owner as i32);
});

transport_test!(
    removing_someone_not_in_the_room_is_not_found,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        remove(&owner, &room, &member).await.success();
        remove(&owner, &room, &member)
            .await
            .rejected(Code::NotFound, "ROOM_MEMBER_NOT_FOUND");
    }
);

transport_test!(
    list_rooms_shows_member_counts_and_last_message_times,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let quiet = owner
            .create_room(&space.space_id, "quiet", RoomVisibility::Public)
            .await;
        let listed = member.rooms_in(&space.space_id).await;
        let ids: Vec<_> = listed.iter().map(|r| r.room_id.clone()).collect();
        assert_eq!(
            ids,
            [room.room_id.clone(), quiet.room_id.clone()],
            "oldest first"
        );
        assert_eq!(listed[0].member_count, 2);
        assert_eq!(listed[1].member_count, 1);
        assert!(listed.iter().all(|r| r.last_message_time.is_none()));
        assert_eq!(listed[0].my_role, RoomRole::Member as i32);
        assert_eq!(listed[1].my_role, RoomRole::Unspecified as i32);

        member.send(&room.room_id, "first").await;
        let last = member.send(&room.room_id, "second").await;
        let listed = member.rooms_in(&space.space_id).await;
        assert_eq!(listed[0].last_message_time, last.create_time);
        assert!(listed[1].last_message_time.is_none());
        assert_eq!(
            member.get_room(&room.room_id).await.last_message_time,
            last.create_time
        );
    }
);

transport_test!(list_rooms_pages_without_gaps_or_repeats, |api| async move {
    let Team {
        owner, space, room, ..
    } = api.team().await;
    let mut expected = vec![room.room_id.clone()];
    for i in 0..4 {
        expected.push(
            owner
                .create_room(
                    &space.space_id,
                    &format!("room {i}"),
                    RoomVisibility::Public,
                )
                .await
                .room_id,
        );
    }
    let mut seen = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = owner
            .rooms()
            .list_rooms(ListRoomsRequest {
                space_id: space.space_id.clone(),
                page_size: 2,
                page_token,
            })
            .await
            .success();
        assert!(page.rooms.len() <= 2);
        seen.extend(page.rooms.into_iter().map(|r| r.room_id));
        if page.next_page_token.is_empty() {
            break;
        }
        page_token = page.next_page_token;
    }
    assert_eq!(seen, expected);
    owner
        .rooms()
        .list_rooms(ListRoomsRequest {
            space_id: space.space_id.clone(),
            page_size: 2,
            page_token: "bogus".into(),
        })
        .await
        .rejected_field("INVALID_PAGE_TOKEN", "page_token");
});

transport_test!(
    adding_a_user_outside_the_space_to_a_room_is_not_found,
    |api| async move {
        let Team { owner, room, .. } = api.team().await;
        let stranger = api.new_user("stranger").await;
        add(&owner, &room, &stranger, RoomRole::Member)
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        owner
            .rooms()
            .add_room_member(AddRoomMemberRequest {
                room_id: room.room_id.clone(),
                user_id: unknown_id(),
                role: 0,
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        assert_eq!(owner.room_members(&room.room_id).await.len(), 2);
    }
);

transport_test!(
    adding_an_existing_room_member_is_already_exists,
    |api| async move {
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        add(&owner, &room, &member, RoomRole::Admin)
            .await
            .rejected(Code::AlreadyExists, "ROOM_MEMBER_EXISTS");
        let members = owner.room_members(&room.room_id).await;
        assert_eq!(members.len(), 2);
        assert_eq!(
            members[1].role,
            RoomRole::Member as i32,
            "the role did not change"
        );
    }
);

transport_test!(
    room_roles_limit_which_roles_a_member_may_give,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let mut others = Vec::new();
        for name in ["a", "b", "c", "d"] {
            let user = api.new_user_known_to(&owner, name).await;
            owner
                .spaces()
                .add_space_member(AddSpaceMemberRequest {
                    space_id: space.space_id.clone(),
                    user_id: user.id.clone(),
                    role: SpaceRole::Member as i32,
                })
                .await
                .success();
            others.push(user);
        }
        // A room member gives member or contributor, not admin.
        add(&member, &room, &others[0], RoomRole::Admin)
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        add(&member, &room, &others[0], RoomRole::Contributor)
            .await
            .success();
        // A contributor adds nobody.
        add(&others[0], &room, &others[1], RoomRole::Contributor)
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        // Nobody gives owner.
        let status = add(&owner, &room, &others[2], RoomRole::Owner)
            .await
            .unwrap_err();
        assert!(
            matches!(
                status.code(),
                Code::InvalidArgument | Code::PermissionDenied
            ),
            "{status:?}"
        );
        // The owner gives admin.
        let added = add(&owner, &room, &others[3], RoomRole::Admin)
            .await
            .success()
            .member
            .unwrap();
        assert_eq!(added.role, RoomRole::Admin as i32);

        let roles: Vec<_> = owner
            .room_members(&room.room_id)
            .await
            .into_iter()
            .map(|m| (m.user_id, m.role))
            .collect();
        assert_eq!(
            roles,
            [
                (owner.id.clone(), RoomRole::Owner as i32),
                (member.id.clone(), RoomRole::Member as i32),
                (others[0].id.clone(), RoomRole::Contributor as i32),
                (others[3].id.clone(), RoomRole::Admin as i32),
            ]
        );
    }
);

transport_test!(room_rpcs_check_their_ids, |api| async move {
    let Team {
        owner,
        member,
        space,
        room,
    } = api.team().await;
    let r = owner.rooms();
    for (id, expected_room, expected_space) in [
        (
            "not-a-uuid".to_string(),
            Rejection::Field("INVALID_ID", "room_id"),
            Rejection::Field("INVALID_ID", "space_id"),
        ),
        (
            String::new(),
            Rejection::Missing("room_id"),
            Rejection::Missing("space_id"),
        ),
        (
            unknown_id(),
            Rejection::Reason(Code::NotFound, "ROOM_NOT_FOUND"),
            Rejection::Reason(Code::NotFound, "SPACE_NOT_FOUND"),
        ),
    ] {
        let id = &id;
        expected_space.check(
            "CreateRoom",
            r.clone()
                .create_room(CreateRoomRequest {
                    space_id: id.clone(),
                    name: "x".into(),
                    ..Default::default()
                })
                .await,
        );
        expected_space.check(
            "ListRooms",
            r.clone()
                .list_rooms(ListRoomsRequest {
                    space_id: id.clone(),
                    ..Default::default()
                })
                .await,
        );
        let calls = [
            (
                "GetRoom",
                r.clone()
                    .get_room(GetRoomRequest {
                        room_id: id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateRoom",
                r.clone()
                    .update_room(UpdateRoomRequest {
                        room_id: id.clone(),
                        name: Some("x".into()),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteRoom",
                r.clone()
                    .delete_room(DeleteRoomRequest {
                        room_id: id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddRoomMember",
                r.clone()
                    .add_room_member(AddRoomMemberRequest {
                        room_id: id.clone(),
                        user_id: member.id.clone(),
                        role: 0,
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveRoomMember",
                r.clone()
                    .remove_room_member(RemoveRoomMemberRequest {
                        room_id: id.clone(),
                        user_id: member.id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListRoomMembers",
                r.clone()
                    .list_room_members(ListRoomMembersRequest {
                        room_id: id.clone(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in calls {
            expected_room.check(&format!("{rpc}({id:?})"), result);
        }
        // The member id is checked too.
        let user_expected = match expected_room {
            Rejection::Field(..) => Rejection::Field("INVALID_ID", "user_id"),
            Rejection::Missing(_) => Rejection::Missing("user_id"),
            _ => Rejection::Reason(Code::NotFound, "USER_NOT_FOUND"),
        };
        user_expected.check(
            "AddRoomMember(user_id)",
            r.clone()
                .add_room_member(AddRoomMemberRequest {
                    room_id: room.room_id.clone(),
                    user_id: id.clone(),
                    role: 0,
                })
                .await,
        );
    }
    // Nothing changed.
    let rooms = owner.rooms_in(&space.space_id).await;
    assert_eq!(rooms.len(), 1);
    assert_eq!(rooms[0].name, "Test room");
    assert_eq!(rooms[0].member_count, 2);
});
