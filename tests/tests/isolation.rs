//! Tenants never see each other: everything of another space is NOT_FOUND,
//! and nothing a stranger tries changes it.

use roundtable_tests::outcome::Rejection;
use roundtable_tests::proto::*;
use roundtable_tests::{Outcome, transport_test};
use tonic::Code;

transport_test!(
    member_of_one_space_reaches_nothing_of_another,
    |api| async move {
        // Space A: alice owns it and has a room of her own.
        let alice = api.new_user("alice").await;
        let space_a = alice.create_space("A").await;
        let room_a = alice
            .create_room(&space_a.space_id, "a room", RoomVisibility::Public)
            .await;

        // Space B: bob owns it, carol is a member, a public room with a message.
        let bob = api.new_user("bob").await;
        let carol = api.new_user("carol").await;
        let space_b = api.space_with(&bob, &[(&carol, SpaceRole::Member)]).await;
        let room_b = api
            .room_with(
                &bob,
                &space_b,
                RoomVisibility::Public,
                &[(&carol, RoomRole::Member)],
            )
            .await;
        let message_b = carol.send(&room_b.room_id, "B's business").await;
        bob.messages()
            .add_reaction(AddReactionRequest {
                message_id: message_b.message_id.clone(),
                emoji: "👍".into(),
            })
            .await
            .success();
        let replr_b = bob.create_replr(&space_b.space_id, "b_persona").await;
        bob.add_replr(&room_b.room_id, &replr_b.replr_id).await;

        let space_not_found = Rejection::Reason(Code::NotFound, "SPACE_NOT_FOUND");
        let room_not_found = Rejection::Reason(Code::NotFound, "ROOM_NOT_FOUND");
        let message_not_found = Rejection::Reason(Code::NotFound, "MESSAGE_NOT_FOUND");
        let replr_not_found = Rejection::Reason(Code::NotFound, "REPLR_NOT_FOUND");
        let (s, r, m, p) = (
            alice.spaces(),
            alice.rooms(),
            alice.messages(),
            alice.replrs(),
        );
        let replr_id = || replr_b.replr_id.clone();
        let space_id = || space_b.space_id.clone();
        let room_id = || room_b.room_id.clone();
        let message_id = || message_b.message_id.clone();

        let space_calls = [
            (
                "GetSpace",
                s.clone()
                    .get_space(GetSpaceRequest {
                        space_id: space_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateSpace",
                s.clone()
                    .update_space(UpdateSpaceRequest {
                        space_id: space_id(),
                        name: Some("taken over".into()),
                        description: Some("by alice".into()),
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteSpace",
                s.clone()
                    .delete_space(DeleteSpaceRequest {
                        space_id: space_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddSpaceMember",
                s.clone()
                    .add_space_member(AddSpaceMemberRequest {
                        space_id: space_id(),
                        user_id: alice.id.clone(),
                        role: SpaceRole::Owner as i32,
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateSpaceMember",
                s.clone()
                    .update_space_member(UpdateSpaceMemberRequest {
                        space_id: space_id(),
                        user_id: carol.id.clone(),
                        role: SpaceRole::Viewer as i32,
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveSpaceMember",
                s.clone()
                    .remove_space_member(RemoveSpaceMemberRequest {
                        space_id: space_id(),
                        user_id: carol.id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListSpaceMembers",
                s.clone()
                    .list_space_members(ListSpaceMembersRequest {
                        space_id: space_id(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "CreateRoom",
                r.clone()
                    .create_room(CreateRoomRequest {
                        space_id: space_id(),
                        name: "alice's outpost".into(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListRooms",
                r.clone()
                    .list_rooms(ListRoomsRequest {
                        space_id: space_id(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "CreateReplr",
                p.clone()
                    .create_replr(CreateReplrRequest {
                        space_id: space_id(),
                        handle: "alices_spy".into(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListReplrs",
                p.clone()
                    .list_replrs(ListReplrsRequest {
                        space_id: space_id(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in space_calls {
            space_not_found.check(rpc, result);
        }

        let room_calls = [
            (
                "GetRoom",
                r.clone()
                    .get_room(GetRoomRequest { room_id: room_id() })
                    .await
                    .map(drop),
            ),
            (
                "UpdateRoom",
                r.clone()
                    .update_room(UpdateRoomRequest {
                        room_id: room_id(),
                        name: Some("taken over".into()),
                        description: None,
                        visibility: Some(RoomVisibility::Private as i32),
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteRoom",
                r.clone()
                    .delete_room(DeleteRoomRequest { room_id: room_id() })
                    .await
                    .map(drop),
            ),
            (
                "AddRoomMember",
                r.clone()
                    .add_room_member(AddRoomMemberRequest {
                        room_id: room_id(),
                        user_id: alice.id.clone(),
                        role: 0,
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveRoomMember",
                r.clone()
                    .remove_room_member(RemoveRoomMemberRequest {
                        room_id: room_id(),
                        user_id: carol.id.clone(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListRoomMembers",
                r.clone()
                    .list_room_members(ListRoomMembersRequest {
                        room_id: room_id(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "SendMessage",
                m.clone()
                    .send_message(SendMessageRequest {
                        room_id: room_id(),
                        text: "hello from A".into(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "ListMessages",
                m.clone()
                    .list_messages(ListMessagesRequest {
                        room_id: room_id(),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddReplr",
                r.clone()
                    .add_replr(AddReplrRequest {
                        room_id: room_id(),
                        replr_id: replr_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveReplr",
                r.clone()
                    .remove_replr(RemoveReplrRequest {
                        room_id: room_id(),
                        replr_id: replr_id(),
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in room_calls {
            room_not_found.check(rpc, result);
        }

        let message_calls = [
            (
                "GetMessage",
                m.clone()
                    .get_message(GetMessageRequest {
                        message_id: message_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "EditMessage",
                m.clone()
                    .edit_message(EditMessageRequest {
                        message_id: message_id(),
                        text: "rewritten".into(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteMessage",
                m.clone()
                    .delete_message(DeleteMessageRequest {
                        message_id: message_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "AddReaction",
                m.clone()
                    .add_reaction(AddReactionRequest {
                        message_id: message_id(),
                        emoji: "💩".into(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "RemoveReaction",
                m.clone()
                    .remove_reaction(RemoveReactionRequest {
                        message_id: message_id(),
                        emoji: "👍".into(),
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in message_calls {
            message_not_found.check(rpc, result);
        }

        let replr_calls = [
            (
                "GetReplr",
                p.clone()
                    .get_replr(GetReplrRequest {
                        replr_id: replr_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                "UpdateReplr",
                p.clone()
                    .update_replr(UpdateReplrRequest {
                        replr_id: replr_id(),
                        system_prompt: Some("leak everything".into()),
                        ..Default::default()
                    })
                    .await
                    .map(drop),
            ),
            (
                "DeleteReplr",
                p.clone()
                    .delete_replr(DeleteReplrRequest {
                        replr_id: replr_id(),
                    })
                    .await
                    .map(drop),
            ),
            (
                // B's REPLR into A's own room.
                "AddReplr",
                r.clone()
                    .add_replr(AddReplrRequest {
                        room_id: room_a.room_id.clone(),
                        replr_id: replr_id(),
                    })
                    .await
                    .map(drop),
            ),
        ];
        for (rpc, result) in replr_calls {
            replr_not_found.check(rpc, result);
        }

        // A user of space B cannot be added to a room of space A.
        r.clone()
            .add_room_member(AddRoomMemberRequest {
                room_id: room_a.room_id.clone(),
                user_id: carol.id.clone(),
                role: 0,
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        // Nor seen.
        alice
            .users()
            .get_user(GetUserRequest {
                user_id: carol.id.clone(),
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");

        // Nothing of B changed.
        let space = bob.get_space(&space_b.space_id).await;
        assert_eq!(space.name, "Test space");
        assert_eq!(space.description, "");
        assert_eq!(space.member_count, 2);
        let members: Vec<_> = bob
            .space_members(&space_b.space_id)
            .await
            .into_iter()
            .map(|m| (m.user_id, m.role))
            .collect();
        assert_eq!(
            members,
            [
                (bob.id.clone(), SpaceRole::Owner as i32),
                (carol.id.clone(), SpaceRole::Member as i32)
            ]
        );
        let rooms = bob.rooms_in(&space_b.space_id).await;
        assert_eq!(rooms.len(), 1);
        assert_eq!(rooms[0].name, "Test room");
        assert_eq!(rooms[0].visibility, RoomVisibility::Public as i32);
        assert_eq!(rooms[0].member_count, 2);
        assert_eq!(rooms[0].replr_count, 1);
        let replr = bob
            .replrs()
            .get_replr(GetReplrRequest {
                replr_id: replr_id(),
            })
            .await
            .success()
            .replr;
        assert_eq!(replr, Some(replr_b.clone()));
        assert_eq!(alice.get_room(&room_a.room_id).await.replr_count, 0);
        let messages = bob.messages_in(&room_b.room_id).await;
        assert_eq!(messages.len(), 1);
        assert_eq!(messages[0].text, "B's business");
        assert!(messages[0].edit_time.is_none() && messages[0].delete_time.is_none());
        let reactions: Vec<_> = messages[0]
            .reactions
            .iter()
            .map(|r| (r.emoji.as_str(), r.count))
            .collect();
        assert_eq!(reactions, [("👍", 1)]);
        // And alice has only her own space.
        let mine: Vec<_> = alice
            .my_spaces()
            .await
            .into_iter()
            .map(|s| s.space_id)
            .collect();
        assert_eq!(mine, vec![space_a.space_id.clone()]);
    }
);

transport_test!(
    public_room_of_another_space_is_not_listed_or_joinable,
    |api| async move {
        let alice = api.new_user("alice").await;
        alice.create_space("A").await;
        let bob = api.new_user("bob").await;
        let space_b = bob.create_space("B").await;
        let lobby = bob
            .create_room(&space_b.space_id, "lobby", RoomVisibility::Public)
            .await;
        alice
            .rooms()
            .add_room_member(AddRoomMemberRequest {
                room_id: lobby.room_id.clone(),
                user_id: alice.id.clone(),
                role: RoomRole::Member as i32,
            })
            .await
            .rejected(Code::NotFound, "ROOM_NOT_FOUND");
        assert_eq!(bob.room_members(&lobby.room_id).await.len(), 1);
    }
);
