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
