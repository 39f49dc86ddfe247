//! Users: creation by server admins, who sees whom, and listing.

use std::collections::HashSet;

use roundtable_tests::proto::*;
use roundtable_tests::{Api, Outcome, is_uuid_v7, transport_test, unique_username, unknown_id};
use tonic::Code;

async fn create_user(api: &Api, username: &str, display_name: &str) -> Result<User, tonic::Status> {
    let response = api
        .admin()
        .users()
        .create_user(CreateUserRequest {
            username: username.into(),
            display_name: display_name.into(),
            is_admin: false,
        })
        .await?;
    Ok(response
        .into_inner()
        .user
        .expect("CreateUser returns the user"))
}

transport_test!(
    admin_creates_a_user_with_the_given_names,
    |api| async move {
        let username = unique_username("carol");
        let user = create_user(&api, &username, "  Carol Danvers  ")
            .await
            .unwrap();
        assert!(is_uuid_v7(&user.user_id), "{}", user.user_id);
        assert_eq!(user.username, username);
        assert_eq!(user.display_name, "Carol Danvers");
        assert!(!user.is_admin);
        assert!(user.create_time.is_some());

        let fetched = api
            .admin()
            .users()
            .get_user(GetUserRequest {
                user_id: user.user_id.clone(),
            })
            .await
            .success()
            .user
            .unwrap();
        assert_eq!(fetched, user);
    }
);

transport_test!(taken_username_is_already_exists, |api| async move {
    let alice = api.new_user("alice").await;
    create_user(&api, &alice.username, "Another Alice")
        .await
        .map(tonic::Response::new)
        .rejected(Code::AlreadyExists, "USERNAME_TAKEN");
    // The first alice is unchanged.
    assert_eq!(alice.current_user().await.unwrap().display_name, "Alice");
});

transport_test!(
    username_must_be_3_to_32_lowercase_letters_digits_or_underscores,
    |api| async move {
        let suffix = roundtable_tests::server::random_alphanumeric(6).to_lowercase();
        for bad in [
            "ab".to_string(),
            "a".repeat(33),
            format!("Alice{suffix}"),
            format!("al-ice{suffix}"),
            format!("al ice{suffix}"),
            format!("al.ice{suffix}"),
            format!("@alice{suffix}"),
            format!("alicé{suffix}"),
        ] {
            create_user(&api, &bad, "Bad")
                .await
                .map(tonic::Response::new)
                .rejected_field("INVALID_VALUE", "username");
        }
        create_user(&api, "", "Nobody")
            .await
            .map(tonic::Response::new)
            .rejected_field("VALUE_REQUIRED", "username");

        // The limits themselves are fine.
        let three = roundtable_tests::server::random_alphanumeric(3).to_lowercase();
        let thirty_two = format!("u_{}", "9".repeat(22)) + &suffix + "_x";
        assert_eq!(thirty_two.len(), 32);
        for good in [three, thirty_two] {
            match create_user(&api, &good, "Good").await {
                Ok(user) => assert_eq!(user.username, good),
                // A three-letter name may be taken by an earlier run's test.
                Err(status) => assert_eq!(status.code(), Code::AlreadyExists, "{status:?}"),
            }
        }
    }
);

transport_test!(
    display_name_is_required_and_at_most_100_characters,
    |api| async move {
        let username = unique_username("dora");
        for (display_name, reason) in [
            (String::new(), "VALUE_REQUIRED"),
            (" \t ".to_string(), "VALUE_REQUIRED"),
            ("d".repeat(101), "VALUE_TOO_LONG"),
        ] {
            create_user(&api, &username, &display_name)
                .await
                .map(tonic::Response::new)
                .rejected_field(reason, "display_name");
        }
        // Nothing was created: the username is still free. 100 characters
        // (not bytes) is fine.
        let user = create_user(&api, &username, &"ð".repeat(100))
            .await
            .unwrap();
        assert_eq!(user.display_name.chars().count(), 100);
    }
);

transport_test!(user_sees_themself, |api| async move {
    let alice = api.new_user("alice").await;
    let me = alice.current_user().await.unwrap();
    assert_eq!(me.user_id, alice.id);
    assert_eq!(me.username, alice.username);
    let by_id = alice
        .users()
        .get_user(GetUserRequest {
            user_id: alice.id.clone(),
        })
        .await
        .success()
        .user
        .unwrap();
    assert_eq!(by_id, me);
});

transport_test!(user_sees_users_who_share_a_space, |api| async move {
    let alice = api.new_user("alice").await;
    let bob = api.new_user("bob").await;
    api.space_with(&alice, &[(&bob, SpaceRole::Viewer)]).await;
    let seen = bob
        .users()
        .get_user(GetUserRequest {
            user_id: alice.id.clone(),
        })
        .await
        .success()
        .user
        .unwrap();
    assert_eq!(seen.username, alice.username);
});

transport_test!(user_who_shares_no_space_is_not_found, |api| async move {
    let alice = api.new_user("alice").await;
    let stranger = api.new_user("stranger").await;
    // Both are in spaces, just not the same one.
    alice.create_space("Alice's").await;
    stranger.create_space("Stranger's").await;
    alice
        .users()
        .get_user(GetUserRequest {
            user_id: stranger.id.clone(),
        })
        .await
        .rejected(Code::NotFound, "USER_NOT_FOUND");
});

transport_test!(get_user_checks_the_id, |api| async move {
    let admin = api.admin();
    let get = async |user_id: &str| {
        admin
            .users()
            .get_user(GetUserRequest {
                user_id: user_id.into(),
            })
            .await
    };
    get(&unknown_id())
        .await
        .rejected(Code::NotFound, "USER_NOT_FOUND");
    get("not-a-uuid")
        .await
        .rejected_field("INVALID_ID", "user_id");
    get("").await.rejected_missing("user_id");
});

transport_test!(
    list_users_pages_through_everyone_oldest_first,
    |api| async move {
        let first = api.new_user("first").await;
        let second = api.new_user("second").await;
        let admin = api.admin();
        let mut seen = Vec::new();
        let mut page_token = String::new();
        loop {
            let page = admin
                .users()
                .list_users(ListUsersRequest {
                    page_size: 7,
                    page_token,
                })
                .await
                .success();
            assert!(page.users.len() <= 7);
            seen.extend(page.users);
            if page.next_page_token.is_empty() {
                break;
            }
            page_token = page.next_page_token;
        }
        let ids: Vec<_> = seen.iter().map(|u| u.user_id.clone()).collect();
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "a user listed twice");
        let position = |id: &str| ids.iter().position(|i| i == id);
        let (first_at, second_at) = (position(&first.id), position(&second.id));
        assert!(
            first_at.is_some() && second_at.is_some(),
            "new users missing"
        );
        assert!(first_at < second_at, "not oldest first");
    }
);

transport_test!(list_users_rejects_bad_paging, |api| async move {
    let admin = api.admin();
    let status = admin
        .users()
        .list_users(ListUsersRequest {
            page_size: -1,
            page_token: String::new(),
        })
        .await
        .rejected_with_code(Code::InvalidArgument);
    roundtable_tests::outcome::assert_field_violation(&status, "page_size");
    admin
        .users()
        .list_users(ListUsersRequest {
            page_size: 10,
            page_token: "garbage!".into(),
        })
        .await
        .rejected_field("INVALID_PAGE_TOKEN", "page_token");
});

transport_test!(
    admin_created_with_is_admin_may_create_users,
    |api| async move {
        let root = api.new_admin("root").await;
        let me = root.current_user().await.unwrap();
        assert!(me.is_admin);
        let made = root
            .users()
            .create_user(CreateUserRequest {
                username: unique_username("made"),
                display_name: "Made".into(),
                is_admin: false,
            })
            .await
            .success()
            .user
            .unwrap();
        // A server admin sees anyone, shared space or not.
        root.users()
            .get_user(GetUserRequest {
                user_id: made.user_id,
            })
            .await
            .success();
    }
);

fn rename(user: &User, display_name: &str) -> UpdateUserRequest {
    UpdateUserRequest {
        user_id: user.user_id.clone(),
        display_name: Some(display_name.into()),
        is_admin: None,
    }
}

transport_test!(
    users_rename_themselves_and_the_new_name_shows_at_once,
    |api| async move {
        let team = api.team().await;
        let owner = &team.owner;
        let message = owner.send(&team.room.room_id, "before the rename").await;
        assert_eq!(
            message.sender.as_ref().map(|s| s.display_name.as_str()),
            Some(owner.user.display_name.as_str())
        );
        let renamed = owner
            .users()
            .update_user(rename(&owner.user, "  Ada Lovelace  "))
            .await
            .success()
            .user
            .expect("a user");
        assert_eq!(renamed.display_name, "Ada Lovelace");
        assert_eq!(
            renamed.username, owner.user.username,
            "only the field set changes"
        );
        assert_eq!(renamed.is_admin, owner.user.is_admin);
        // Where the user appears, read again: the new name.
        let again = team.member.get_message(&message.message_id).await;
        assert_eq!(
            again.sender.map(|s| s.display_name),
            Some("Ada Lovelace".to_owned())
        );
        let members = team.member.space_members(&team.space.space_id).await;
        let listed = members
            .iter()
            .find(|m| m.user_id == owner.id)
            .expect("the owner is a member");
        assert_eq!(listed.display_name, "Ada Lovelace");
    }
);

transport_test!(
    only_admins_change_others_and_admin_rights,
    |api| async move {
        let team = api.team().await;
        let (owner, member) = (&team.owner, &team.member);
        // Someone they can see: refused; someone they cannot: not found.
        owner
            .users()
            .update_user(rename(&member.user, "Hijacked"))
            .await
            .rejected_with_code(Code::PermissionDenied);
        let stranger = api.new_user("stranger").await;
        owner
            .users()
            .update_user(rename(&stranger.user, "Hijacked"))
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
        owner
            .users()
            .update_user(UpdateUserRequest {
                user_id: owner.id.clone(),
                display_name: None,
                is_admin: Some(true),
            })
            .await
            .rejected_with_code(Code::PermissionDenied);
        owner
            .users()
            .update_user(rename(&owner.user, "   "))
            .await
            .rejected_field("VALUE_REQUIRED", "display_name");
        assert_eq!(
            owner.current_user().await.expect("me").display_name,
            owner.user.display_name,
            "refused changes change nothing"
        );

        // A server admin renames anyone and makes admins, effective at once
        // (the member's key was just used, so its caller is remembered).
        member
            .users()
            .list_users(ListUsersRequest::default())
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        let admin = api.new_admin("boss").await;
        admin
            .users()
            .update_user(rename(&member.user, "Renamed by admin"))
            .await
            .success();
        let promoted = admin
            .users()
            .update_user(UpdateUserRequest {
                user_id: member.id.clone(),
                display_name: None,
                is_admin: Some(true),
            })
            .await
            .success()
            .user
            .expect("a user");
        assert!(promoted.is_admin);
        assert_eq!(promoted.display_name, "Renamed by admin");
        // The member's own key now acts as an admin (ListUsers is admins' only),
        // if it has the ADMIN scope; its default scopes are read and write.
        let listed = member.users().list_users(ListUsersRequest::default()).await;
        listed.rejected(Code::PermissionDenied, "API_KEY_SCOPE_MISSING");
        // An admin cannot demote themself.
        admin
            .users()
            .update_user(UpdateUserRequest {
                user_id: admin.id.clone(),
                display_name: None,
                is_admin: Some(false),
            })
            .await
            .rejected(Code::FailedPrecondition, "CANNOT_DEMOTE_SELF");
        admin
            .users()
            .update_user(UpdateUserRequest {
                user_id: unknown_id(),
                display_name: Some("x".into()),
                is_admin: None,
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");
    }
);

#[tokio::test]
async fn over_rest_a_user_is_patched_at_its_path() {
    let api = Api::shared(roundtable_tests::Transport::Grpc);
    let user = api.new_user("patched").await;
    let rest = roundtable_tests::rest::Rest::shared();
    let path = format!("/v1/users/{}", user.id);
    let reply = rest
        .call(
            &user,
            http::Method::PATCH,
            &path,
            Some(serde_json::json!({"display_name": "Patched Name"})),
        )
        .await
        .ok();
    assert_eq!(reply["user"]["display_name"], "Patched Name");
    let refused = rest
        .call(
            &user,
            http::Method::PATCH,
            &path,
            Some(serde_json::json!({"is_admin": true})),
        )
        .await;
    assert_eq!(
        refused.status,
        http::StatusCode::FORBIDDEN,
        "{:?}",
        refused.json
    );
}
