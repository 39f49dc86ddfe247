//! Spaces: creation, roles (owner, admin, member, viewer) and membership.

use roundtable_tests::outcome::Rejection;
use roundtable_tests::proto::*;
use roundtable_tests::{Actor, Api, Outcome, is_uuid_v7, transport_test, unknown_id};
use tonic::Code;

fn roles_of(members: &[SpaceMember]) -> Vec<(String, i32)> {
    members
        .iter()
        .map(|m| (m.user_id.clone(), m.role))
        .collect()
}

async fn add(
    by: &Actor,
    space: &Space,
    who: &Actor,
    role: SpaceRole,
) -> Result<tonic::Response<AddSpaceMemberResponse>, tonic::Status> {
    by.spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: who.id.clone(),
            role: role as i32,
        })
        .await
}

async fn set_role(
    by: &Actor,
    space: &Space,
    who: &Actor,
    role: SpaceRole,
) -> Result<tonic::Response<UpdateSpaceMemberResponse>, tonic::Status> {
    by.spaces()
        .update_space_member(UpdateSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: who.id.clone(),
            role: role as i32,
        })
        .await
}

async fn remove(
    by: &Actor,
    space: &Space,
    who: &Actor,
) -> Result<tonic::Response<RemoveSpaceMemberResponse>, tonic::Status> {
    by.spaces()
        .remove_space_member(RemoveSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: who.id.clone(),
        })
        .await
}

/// An owner, an admin, a member and a viewer in a new space.
struct Cast {
    owner: Actor,
    admin: Actor,
    member: Actor,
    viewer: Actor,
    space: Space,
}

async fn cast(api: &Api) -> Cast {
    let owner = api.new_user("owner").await;
    let admin = api.new_user("admin").await;
    let member = api.new_user("member").await;
    let viewer = api.new_user("viewer").await;
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
    Cast {
        owner,
        admin,
        member,
        viewer,
        space,
    }
}

transport_test!(creator_becomes_the_owner_of_a_new_space, |api| async move {
    let alice = api.new_user("alice").await;
    let space = alice
        .spaces()
        .create_space(CreateSpaceRequest {
            name: "  Design team  ".into(),
            description: "  Where we draw  ".into(),
        })
        .await
        .success()
        .space
        .unwrap();
    assert!(is_uuid_v7(&space.space_id));
    assert_eq!(space.name, "Design team");
    assert_eq!(space.description, "Where we draw");
    assert_eq!(space.my_role, SpaceRole::Owner as i32);
    assert_eq!(space.member_count, 1);
    assert!(space.create_time.is_some());

    let fetched = alice.get_space(&space.space_id).await;
    assert_eq!(fetched.name, "Design team");
    let members = alice.space_members(&space.space_id).await;
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].user_id, alice.id);
    assert_eq!(members[0].username, alice.username);
    assert_eq!(members[0].role, SpaceRole::Owner as i32);
    assert_eq!(members[0].space_id, space.space_id);
    assert!(members[0].join_time.is_some());
});

transport_test!(
    space_name_is_required_and_at_most_100_characters,
    |api| async move {
        let alice = api.new_user("alice").await;
        let create = async |name: String, description: String| {
            alice
                .spaces()
                .create_space(CreateSpaceRequest { name, description })
                .await
        };
        create(String::new(), String::new())
            .await
            .rejected_field("VALUE_REQUIRED", "name");
        create("   ".into(), String::new())
            .await
            .rejected_field("VALUE_REQUIRED", "name");
        create("n".repeat(101), String::new())
            .await
            .rejected_field("VALUE_TOO_LONG", "name");
        create("ok".into(), "d".repeat(1001))
            .await
            .rejected_field("VALUE_TOO_LONG", "description");
        assert!(
            alice.my_spaces().await.is_empty(),
            "a rejected create made a space"
        );

        // The limits count characters, not bytes, and apply after trimming.
        let name = format!("  {}  ", "é".repeat(100));
        let space = create(name, "ü".repeat(1000))
            .await
            .success()
            .space
            .unwrap();
        assert_eq!(space.name.chars().count(), 100);
    }
);

transport_test!(
    list_spaces_shows_only_my_spaces_oldest_first,
    |api| async move {
        let alice = api.new_user("alice").await;
        let bob = api.new_user("bob").await;
        let a1 = alice.create_space("one").await;
        let b1 = bob.create_space("bob's").await;
        let a2 = alice.create_space("two").await;
        let shared = api.space_with(&bob, &[(&alice, SpaceRole::Viewer)]).await;
        let a3 = alice.create_space("three").await;

        let mine: Vec<_> = alice
            .my_spaces()
            .await
            .into_iter()
            .map(|s| s.space_id)
            .collect();
        assert_eq!(
            mine,
            [
                a1.space_id.clone(),
                a2.space_id.clone(),
                shared.space_id.clone(),
                a3.space_id.clone()
            ]
        );
        assert!(!mine.contains(&b1.space_id));

        // Pages of two: no gap, no repeat.
        let first = alice
            .spaces()
            .list_spaces(ListSpacesRequest {
                page_size: 2,
                page_token: String::new(),
            })
            .await
            .success();
        assert_eq!(first.spaces.len(), 2);
        assert!(!first.next_page_token.is_empty());
        let second = alice
            .spaces()
            .list_spaces(ListSpacesRequest {
                page_size: 2,
                page_token: first.next_page_token,
            })
            .await
            .success();
        let paged: Vec<_> = first
            .spaces
            .iter()
            .chain(&second.spaces)
            .map(|s| s.space_id.clone())
            .collect();
        assert_eq!(paged, mine);
        assert!(second.next_page_token.is_empty());
        // Each space says the caller's role.
        let roles: Vec<_> = first
            .spaces
            .iter()
            .chain(&second.spaces)
            .map(|s| s.my_role)
            .collect();
        assert_eq!(
            roles,
            [
                SpaceRole::Owner as i32,
                SpaceRole::Owner as i32,
                SpaceRole::Viewer as i32,
                SpaceRole::Owner as i32
            ]
        );
    }
);

transport_test!(list_spaces_rejects_bad_paging, |api| async move {
    let alice = api.new_user("alice").await;
    let status = alice
        .spaces()
        .list_spaces(ListSpacesRequest {
            page_size: -5,
            page_token: String::new(),
        })
        .await
        .rejected_with_code(Code::InvalidArgument);
    roundtable_tests::outcome::assert_field_violation(&status, "page_size");
    alice
        .spaces()
        .list_spaces(ListSpacesRequest {
            page_size: 0,
            page_token: "%%%not-a-token".into(),
        })
        .await
        .rejected_field("INVALID_PAGE_TOKEN", "page_token");
});

transport_test!(
    space_of_which_i_am_not_a_member_is_not_found,
    |api| async move {
        let alice = api.new_user("alice").await;
        let bob = api.new_user("bob").await;
        let space = alice.create_space("private").await;
        bob.spaces()
            .get_space(GetSpaceRequest {
                space_id: space.space_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
        bob.spaces()
            .get_space(GetSpaceRequest {
                space_id: unknown_id(),
            })
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
    }
);

transport_test!(
    owner_and_admin_update_a_space_but_member_and_viewer_cannot,
    |api| async move {
        let c = cast(&api).await;
        let update = async |by: &Actor, name: &str| {
            by.spaces()
                .update_space(UpdateSpaceRequest {
                    space_id: c.space.space_id.clone(),
                    name: Some(name.into()),
                    description: None,
                })
                .await
        };
        for outsider in [&c.member, &c.viewer] {
            update(outsider, "Hijacked")
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        assert_eq!(
            c.owner.get_space(&c.space.space_id).await.name,
            "Test space"
        );

        let by_admin = update(&c.admin, " By admin ")
            .await
            .success()
            .space
            .unwrap();
        assert_eq!(by_admin.name, "By admin");
        let by_owner = update(&c.owner, "By owner").await.success().space.unwrap();
        assert_eq!(by_owner.name, "By owner");
        assert_eq!(c.viewer.get_space(&c.space.space_id).await.name, "By owner");
    }
);

transport_test!(
    update_space_changes_only_the_fields_that_are_set,
    |api| async move {
        let alice = api.new_user("alice").await;
        let space = alice
            .spaces()
            .create_space(CreateSpaceRequest {
                name: "Name".into(),
                description: "Description".into(),
            })
            .await
            .success()
            .space
            .unwrap();
        let updated = alice
            .spaces()
            .update_space(UpdateSpaceRequest {
                space_id: space.space_id.clone(),
                name: None,
                description: Some("New description".into()),
            })
            .await
            .success()
            .space
            .unwrap();
        assert_eq!(updated.name, "Name");
        assert_eq!(updated.description, "New description");
        let ts = |t: Option<prost_types::Timestamp>| t.map(|t| (t.seconds, t.nanos));
        assert!(ts(updated.update_time) >= ts(space.update_time));
        assert_eq!(updated.create_time, space.create_time);

        // An empty description clears it; an empty name is refused.
        let cleared = alice
            .spaces()
            .update_space(UpdateSpaceRequest {
                space_id: space.space_id.clone(),
                name: None,
                description: Some(String::new()),
            })
            .await
            .success()
            .space
            .unwrap();
        assert_eq!(cleared.description, "");
        for (name, reason) in [
            (String::new(), "VALUE_REQUIRED"),
            ("x".repeat(101), "VALUE_TOO_LONG"),
        ] {
            alice
                .spaces()
                .update_space(UpdateSpaceRequest {
                    space_id: space.space_id.clone(),
                    name: Some(name),
                    description: None,
                })
                .await
                .rejected_field(reason, "name");
        }
        assert_eq!(alice.get_space(&space.space_id).await.name, "Name");
    }
);

transport_test!(
    only_the_owner_deletes_a_space_with_its_rooms,
    |api| async move {
        let c = cast(&api).await;
        let room = c
            .member
            .create_room(&c.space.space_id, "doomed", RoomVisibility::Public)
            .await;
        let message = c.member.send(&room.room_id, "still here").await;
        let delete = async |by: &Actor| {
            by.spaces()
                .delete_space(DeleteSpaceRequest {
                    space_id: c.space.space_id.clone(),
                })
                .await
        };
        for not_owner in [&c.admin, &c.member, &c.viewer] {
            delete(not_owner)
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        assert_eq!(
            c.member.get_message(&message.message_id).await.text,
            "still here"
        );

        delete(&c.owner).await.success();
        for everyone in [&c.owner, &c.member] {
            everyone
                .spaces()
                .get_space(GetSpaceRequest {
                    space_id: c.space.space_id.clone(),
                })
                .await
                .rejected(Code::NotFound, "SPACE_NOT_FOUND");
            everyone
                .rooms()
                .get_room(GetRoomRequest {
                    room_id: room.room_id.clone(),
                })
                .await
                .rejected(Code::NotFound, "ROOM_NOT_FOUND");
            everyone
                .messages()
                .get_message(GetMessageRequest {
                    message_id: message.message_id.clone(),
                })
                .await
                .rejected_with_code(Code::NotFound);
            assert!(everyone.my_spaces().await.is_empty());
        }
    }
);

transport_test!(owner_grants_any_role, |api| async move {
    let owner = api.new_user("owner").await;
    let space = owner.create_space("roles").await;
    let mut expected = vec![(owner.id.clone(), SpaceRole::Owner as i32)];
    for (name, role) in [
        ("co_owner", SpaceRole::Owner),
        ("admin", SpaceRole::Admin),
        ("member", SpaceRole::Member),
        ("viewer", SpaceRole::Viewer),
    ] {
        let user = api.new_user_known_to(&owner, name).await;
        let member = add(&owner, &space, &user, role)
            .await
            .success()
            .member
            .unwrap();
        assert_eq!(member.role, role as i32);
        assert_eq!(member.user_id, user.id);
        assert_eq!(member.username, user.username);
        assert_eq!(member.space_id, space.space_id);
        expected.push((user.id.clone(), role as i32));
        // The new member sees the space with their role.
        assert_eq!(user.get_space(&space.space_id).await.my_role, role as i32);
    }
    let members = owner.space_members(&space.space_id).await;
    assert_eq!(
        roles_of(&members),
        expected,
        "members in join order with their roles"
    );
    assert_eq!(owner.get_space(&space.space_id).await.member_count, 5);
});

transport_test!(
    admin_adds_members_and_viewers_but_not_admins_or_owners,
    |api| async move {
        let c = cast(&api).await;
        let before = roles_of(&c.owner.space_members(&c.space.space_id).await);
        for role in [SpaceRole::Admin, SpaceRole::Owner] {
            let newcomer = api.new_user_known_to(&c.admin, "newcomer").await;
            add(&c.admin, &c.space, &newcomer, role)
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        assert_eq!(
            roles_of(&c.owner.space_members(&c.space.space_id).await),
            before
        );

        for role in [SpaceRole::Member, SpaceRole::Viewer] {
            let newcomer = api.new_user_known_to(&c.admin, "newcomer").await;
            add(&c.admin, &c.space, &newcomer, role).await.success();
        }
        assert_eq!(
            c.owner.space_members(&c.space.space_id).await.len(),
            before.len() + 2
        );
    }
);

transport_test!(
    members_and_viewers_cannot_add_space_members,
    |api| async move {
        let c = cast(&api).await;
        for by in [&c.member, &c.viewer] {
            let newcomer = api.new_user("newcomer").await;
            add(by, &c.space, &newcomer, SpaceRole::Viewer)
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 4);
    }
);

transport_test!(
    adding_an_existing_space_member_is_already_exists,
    |api| async move {
        let c = cast(&api).await;
        add(&c.owner, &c.space, &c.member, SpaceRole::Admin)
            .await
            .rejected(Code::AlreadyExists, "SPACE_MEMBER_EXISTS");
        let members = c.owner.space_members(&c.space.space_id).await;
        let member = members.iter().find(|m| m.user_id == c.member.id).unwrap();
        assert_eq!(
            member.role,
            SpaceRole::Member as i32,
            "the role did not change"
        );
    }
);

transport_test!(add_space_member_checks_user_and_role, |api| async move {
    let owner = api.new_user("owner").await;
    let space = owner.create_space("checks").await;
    let newcomer = api.new_user("newcomer").await;
    let add_raw = async |user_id: String, role: i32| {
        owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id,
                role,
            })
            .await
    };
    add_raw(unknown_id(), SpaceRole::Member as i32)
        .await
        .rejected(Code::NotFound, "USER_NOT_FOUND");
    add_raw("not-a-uuid".into(), SpaceRole::Member as i32)
        .await
        .rejected_field("INVALID_ID", "user_id");
    add_raw(String::new(), SpaceRole::Member as i32)
        .await
        .rejected_missing("user_id");
    let status = add_raw(newcomer.id.clone(), SpaceRole::Unspecified as i32)
        .await
        .rejected_with_code(Code::InvalidArgument);
    roundtable_tests::outcome::assert_field_violation(&status, "role");
    let status = add_raw(newcomer.id.clone(), 99)
        .await
        .rejected_with_code(Code::InvalidArgument);
    roundtable_tests::outcome::assert_field_violation(&status, "role");
    assert_eq!(owner.space_members(&space.space_id).await.len(), 1);
});

transport_test!(
    admin_moves_members_between_member_and_viewer_only,
    |api| async move {
        let c = cast(&api).await;
        let other_admin = api.new_user_known_to(&c.owner, "admin2").await;
        add(&c.owner, &c.space, &other_admin, SpaceRole::Admin)
            .await
            .success();

        let changed = set_role(&c.admin, &c.space, &c.member, SpaceRole::Viewer)
            .await
            .success()
            .member
            .unwrap();
        assert_eq!(changed.role, SpaceRole::Viewer as i32);
        set_role(&c.admin, &c.space, &c.member, SpaceRole::Member)
            .await
            .success();

        for (who, role) in [
            (&c.member, SpaceRole::Admin),
            (&c.viewer, SpaceRole::Owner),
            (&other_admin, SpaceRole::Member),
            (&c.owner, SpaceRole::Viewer),
        ] {
            set_role(&c.admin, &c.space, who, role)
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        let roles = roles_of(&c.owner.space_members(&c.space.space_id).await);
        assert_eq!(
            roles,
            [
                (c.owner.id.clone(), SpaceRole::Owner as i32),
                (c.admin.id.clone(), SpaceRole::Admin as i32),
                (c.member.id.clone(), SpaceRole::Member as i32),
                (c.viewer.id.clone(), SpaceRole::Viewer as i32),
                (other_admin.id.clone(), SpaceRole::Admin as i32),
            ]
        );
    }
);

transport_test!(members_cannot_change_roles, |api| async move {
    let c = cast(&api).await;
    set_role(&c.member, &c.space, &c.viewer, SpaceRole::Member)
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    set_role(&c.member, &c.space, &c.member, SpaceRole::Admin)
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    set_role(&c.viewer, &c.space, &c.viewer, SpaceRole::Member)
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    let roles = roles_of(&c.owner.space_members(&c.space.space_id).await);
    assert_eq!(roles[2].1, SpaceRole::Member as i32);
    assert_eq!(roles[3].1, SpaceRole::Viewer as i32);
});

transport_test!(owner_promotes_and_demotes_anyone, |api| async move {
    let c = cast(&api).await;
    set_role(&c.owner, &c.space, &c.viewer, SpaceRole::Owner)
        .await
        .success();
    set_role(&c.owner, &c.space, &c.admin, SpaceRole::Viewer)
        .await
        .success();
    // Two owners now: the first may step down.
    set_role(&c.owner, &c.space, &c.owner, SpaceRole::Member)
        .await
        .success();
    let roles = roles_of(&c.viewer.space_members(&c.space.space_id).await);
    assert_eq!(
        roles.iter().map(|(_, r)| *r).collect::<Vec<_>>(),
        [
            SpaceRole::Member as i32,
            SpaceRole::Viewer as i32,
            SpaceRole::Member as i32,
            SpaceRole::Owner as i32
        ]
    );
});

transport_test!(last_owner_cannot_be_demoted_or_leave, |api| async move {
    let c = cast(&api).await;
    set_role(&c.owner, &c.space, &c.owner, SpaceRole::Admin)
        .await
        .rejected(Code::FailedPrecondition, "LAST_OWNER");
    remove(&c.owner, &c.space, &c.owner)
        .await
        .rejected(Code::FailedPrecondition, "LAST_OWNER");
    let members = c.owner.space_members(&c.space.space_id).await;
    assert_eq!(members.len(), 4);
    assert_eq!(members[0].role, SpaceRole::Owner as i32);

    // With a second owner the first may leave.
    set_role(&c.owner, &c.space, &c.admin, SpaceRole::Owner)
        .await
        .success();
    remove(&c.owner, &c.space, &c.owner).await.success();
    c.owner
        .spaces()
        .get_space(GetSpaceRequest {
            space_id: c.space.space_id.clone(),
        })
        .await
        .rejected(Code::NotFound, "SPACE_NOT_FOUND");
    // Now the former admin is the last owner.
    remove(&c.admin, &c.space, &c.admin)
        .await
        .rejected(Code::FailedPrecondition, "LAST_OWNER");
});

transport_test!(anyone_may_leave_a_space, |api| async move {
    let c = cast(&api).await;
    for leaver in [&c.viewer, &c.member, &c.admin] {
        remove(leaver, &c.space, leaver).await.success();
        leaver
            .spaces()
            .get_space(GetSpaceRequest {
                space_id: c.space.space_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
    }
    assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 1);
    assert_eq!(c.owner.get_space(&c.space.space_id).await.member_count, 1);
});

transport_test!(
    admin_removes_members_and_viewers_but_not_owners_or_admins,
    |api| async move {
        let c = cast(&api).await;
        let other_admin = api.new_user_known_to(&c.owner, "admin2").await;
        add(&c.owner, &c.space, &other_admin, SpaceRole::Admin)
            .await
            .success();
        for protected in [&c.owner, &other_admin] {
            remove(&c.admin, &c.space, protected)
                .await
                .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        }
        assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 5);
        remove(&c.admin, &c.space, &c.member).await.success();
        remove(&c.admin, &c.space, &c.viewer).await.success();
        let left: Vec<_> = c
            .owner
            .space_members(&c.space.space_id)
            .await
            .into_iter()
            .map(|m| m.user_id)
            .collect();
        assert_eq!(
            left,
            [
                c.owner.id.clone(),
                c.admin.id.clone(),
                other_admin.id.clone()
            ]
        );
    }
);

transport_test!(members_and_viewers_cannot_remove_others, |api| async move {
    let c = cast(&api).await;
    remove(&c.member, &c.space, &c.viewer)
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    remove(&c.viewer, &c.space, &c.member)
        .await
        .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 4);
});

transport_test!(owner_removes_anyone, |api| async move {
    let c = cast(&api).await;
    for who in [&c.admin, &c.member, &c.viewer] {
        remove(&c.owner, &c.space, who).await.success();
    }
    assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 1);
});

transport_test!(
    removing_someone_who_is_not_a_member_is_not_found,
    |api| async move {
        let c = cast(&api).await;
        let stranger = api.new_user("stranger").await;
        remove(&c.owner, &c.space, &stranger)
            .await
            .rejected(Code::NotFound, "SPACE_MEMBER_NOT_FOUND");
        set_role(&c.owner, &c.space, &stranger, SpaceRole::Member)
            .await
            .rejected(Code::NotFound, "SPACE_MEMBER_NOT_FOUND");
        assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 4);
    }
);

transport_test!(
    removing_a_space_member_removes_them_from_its_rooms,
    |api| async move {
        let c = cast(&api).await;
        let public = api
            .room_with(
                &c.owner,
                &c.space,
                RoomVisibility::Public,
                &[(&c.member, RoomRole::Member)],
            )
            .await;
        let private = api
            .room_with(
                &c.owner,
                &c.space,
                RoomVisibility::Private,
                &[(&c.member, RoomRole::Admin)],
            )
            .await;
        assert_eq!(c.owner.get_room(&private.room_id).await.member_count, 2);

        remove(&c.owner, &c.space, &c.member).await.success();

        for room in [&public, &private] {
            let members = c.owner.room_members(&room.room_id).await;
            assert!(
                members.iter().all(|m| m.user_id != c.member.id),
                "still a member of room {}",
                room.room_id
            );
            assert_eq!(c.owner.get_room(&room.room_id).await.member_count, 1);
            c.member
                .rooms()
                .get_room(GetRoomRequest {
                    room_id: room.room_id.clone(),
                })
                .await
                .rejected_with_code(Code::NotFound);
        }

        // Coming back to the space does not bring the room memberships back.
        // (The owner shares no space with them any more, so the server
        // admin brings them back.)
        api.admin()
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: c.space.space_id.clone(),
                user_id: c.member.id.clone(),
                role: SpaceRole::Member as i32,
            })
            .await
            .success();
        c.member
            .rooms()
            .get_room(GetRoomRequest {
                room_id: private.room_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "ROOM_NOT_FOUND");
        assert_eq!(c.owner.room_members(&public.room_id).await.len(), 1);
    }
);

transport_test!(list_space_members_pages_in_join_order, |api| async move {
    let c = cast(&api).await;
    let list = async |page_size: i32, page_token: String| {
        c.viewer
            .spaces()
            .list_space_members(ListSpaceMembersRequest {
                space_id: c.space.space_id.clone(),
                page_size,
                page_token,
            })
            .await
            .success()
    };
    let first = list(3, String::new()).await;
    assert_eq!(first.members.len(), 3);
    assert!(!first.next_page_token.is_empty());
    let second = list(3, first.next_page_token.clone()).await;
    assert_eq!(second.members.len(), 1);
    assert!(second.next_page_token.is_empty());
    let ids: Vec<_> = first
        .members
        .iter()
        .chain(&second.members)
        .map(|m| m.user_id.clone())
        .collect();
    assert_eq!(
        ids,
        [
            c.owner.id.clone(),
            c.admin.id.clone(),
            c.member.id.clone(),
            c.viewer.id.clone()
        ]
    );
});

transport_test!(space_rpcs_check_the_space_id, |api| async move {
    let c = cast(&api).await;
    let s = c.owner.spaces();
    for (space_id, expected) in [
        (
            "not-a-uuid".to_string(),
            Rejection::Field("INVALID_ID", "space_id"),
        ),
        (String::new(), Rejection::Missing("space_id")),
        (
            unknown_id(),
            Rejection::Reason(Code::NotFound, "SPACE_NOT_FOUND"),
        ),
    ] {
        let space_id = &space_id;
        let member_id = &c.member.id;
        let calls = [
            (
                "GetSpace",
                s.clone()
                    .get_space(GetSpaceRequest {
                        space_id: space_id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateSpace",
                s.clone()
                    .update_space(UpdateSpaceRequest {
                        space_id: space_id.clone(),
                        name: Some("x".into()),
                        description: None,
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteSpace",
                s.clone()
                    .delete_space(DeleteSpaceRequest {
                        space_id: space_id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddSpaceMember",
                s.clone()
                    .add_space_member(AddSpaceMemberRequest {
                        space_id: space_id.clone(),
                        user_id: member_id.clone(),
                        role: SpaceRole::Member as i32,
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateSpaceMember",
                s.clone()
                    .update_space_member(UpdateSpaceMemberRequest {
                        space_id: space_id.clone(),
                        user_id: member_id.clone(),
                        role: SpaceRole::Viewer as i32,
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveSpaceMember",
                s.clone()
                    .remove_space_member(RemoveSpaceMemberRequest {
                        space_id: space_id.clone(),
                        user_id: member_id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListSpaceMembers",
                s.clone()
                    .list_space_members(ListSpaceMembersRequest {
                        space_id: space_id.clone(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in calls {
            expected.check(&format!("{rpc}({space_id:?})"), result);
        }
    }
    // Nothing changed.
    let space = c.owner.get_space(&c.space.space_id).await;
    assert_eq!(space.name, "Test space");
    assert_eq!(c.owner.space_members(&c.space.space_id).await.len(), 4);
    assert_eq!(
        c.member.get_space(&c.space.space_id).await.my_role,
        SpaceRole::Member as i32
    );
});

transport_test!(
    strangers_cannot_be_discovered_by_adding_them,
    |api| async move {
        let owner = api.new_user("owner").await;
        let stranger = api.new_user("stranger").await;
        let space = owner.create_space("Private club").await;
        let unknown = add(&owner, &space, &stranger, SpaceRole::Member)
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        // Exactly what an id nobody has gets.
        let nobody = owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id: roundtable_tests::unknown_id(),
                role: SpaceRole::Member as i32,
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        assert_eq!(
            unknown.message().replace(&stranger.id, "ID"),
            nobody
                .message()
                .split_whitespace()
                .map(|w| if w.len() == 36 { "ID" } else { w })
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert!(!unknown.message().contains(&stranger.username));
        assert_eq!(owner.space_members(&space.space_id).await.len(), 1);
        // Someone who shares a space with the owner may be added; the
        // server admin may add anyone, to a space it is not a member of.
        let acquaintance = api.new_user_known_to(&owner, "acquaintance").await;
        add(&owner, &space, &acquaintance, SpaceRole::Member)
            .await
            .success();
        api.admin()
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id: stranger.id.clone(),
                role: SpaceRole::Viewer as i32,
            })
            .await
            .success();
        assert_eq!(owner.space_members(&space.space_id).await.len(), 3);
    }
);
