//! Changes of rights with several replicas: a key revoked, a member
//! removed from a room or from a space on one replica take effect on the
//! others, streams included, within the documented bounds, and with NATS
//! down within a heartbeat interval.
//!
//! PostgreSQL-only, with a real nats-server (see `replicas.rs`).

use std::time::{Duration, Instant};

use roundtable_tests::cluster::{Feed, created_text, replicas};
use roundtable_tests::fake_openai::FakeOpenAi;
use roundtable_tests::nats::NatsServer;
use roundtable_tests::proto::{
    RemoveSpaceMemberRequest, RevokeApiKeyRequest, RoomRole, RoomVisibility, SpaceRole,
    SubscribeRequest, event::Kind,
};
use roundtable_tests::{Actor, Outcome, Transport};
use tokio_stream::StreamExt;

#[tokio::test]
async fn a_key_revoked_on_one_replica_is_refused_on_every_other_within_a_second() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let member_b = apis[1].reconnect(&team.member);
    // B knows the key (remembered for 30 s) and streams with it.
    member_b.current_user().await.expect("the key works on B");
    let mut stream = member_b
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![team.room.room_id.clone()],
            ..Default::default()
        })
        .await
        .success();
    stream
        .next()
        .await
        .expect("subscribed")
        .expect("not an error");

    apis[0]
        .reconnect(&team.member)
        .users()
        .revoke_api_key(RevokeApiKeyRequest {
            api_key_id: team.member.api_key.api_key_id.clone(),
        })
        .await
        .success();
    let revoked = Instant::now();
    let ended = tokio::time::timeout(Duration::from_secs(1), async {
        loop {
            match stream.next().await {
                Some(Ok(_)) => continue,
                Some(Err(status)) => return Some(status),
                None => return None,
            }
        }
    })
    .await
    .expect("B's stream ended within a second of the revocation on A");
    if let Some(status) = ended {
        assert_eq!(status.code(), tonic::Code::Unauthenticated, "{status:?}");
    }
    let refused = member_b
        .current_user()
        .await
        .expect_err("the revoked key on B");
    assert_eq!(refused.code(), tonic::Code::Unauthenticated);
    assert!(
        revoked.elapsed() < Duration::from_secs(1),
        "{:?}",
        revoked.elapsed()
    );
}

/// A member removed on one replica stops hearing the space's rooms on the
/// others within the documented bound: from a room they were in (a stored
/// `member_left`, in log order) and from the space's public rooms (an
/// access change over NATS).
#[tokio::test]
async fn a_member_removed_on_one_replica_stops_hearing_the_space_on_the_others() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    // A public room the member reads without being in it, and a room of
    // another space they stay in.
    let public = apis[0]
        .room_with(&team.owner, &team.space, RoomVisibility::Public, &[])
        .await;
    let elsewhere = apis[0]
        .space_with(&team.owner, &[(&team.member, SpaceRole::Member)])
        .await;
    let other = apis[0]
        .room_with(
            &team.owner,
            &elsewhere,
            RoomVisibility::Public,
            &[(&team.member, RoomRole::Member)],
        )
        .await;
    let rooms = SubscribeRequest {
        room_ids: vec![
            team.room.room_id.clone(),
            public.room_id.clone(),
            other.room_id.clone(),
        ],
        ..Default::default()
    };
    let mut on_b = Feed::open(&apis[1].reconnect(&team.member), rooms).await;
    hears_next(&mut on_b, &team.owner, &public.room_id, "before").await;

    team.owner
        .spaces()
        .remove_space_member(RemoveSpaceMemberRequest {
            space_id: team.space.space_id.clone(),
            user_id: team.member.id.clone(),
        })
        .await
        .success();
    // The documented bound for a change to reach every replica.
    tokio::time::sleep(Duration::from_secs(1)).await;
    team.owner
        .send(&team.room.room_id, "after, in their old room")
        .await;
    team.owner
        .send(&public.room_id, "after, in the public room")
        .await;
    let sentinel = team.owner.send(&other.room_id, "sentinel").await;

    let seen = on_b
        .until(|e| created_text(e) == Some(sentinel.text.as_str()))
        .await;
    let texts: Vec<&str> = seen.iter().filter_map(created_text).collect();
    assert_eq!(
        texts,
        [sentinel.text.as_str()],
        "nothing from the space after"
    );
    assert!(
        seen.iter()
            .any(|e| matches!(&e.kind, Some(Kind::MemberLeft(m))
            if m.user_id == team.member.id && m.room_id == team.room.room_id)),
        "they hear that they left their room: {seen:?}"
    );
}

/// With NATS down, the word that a member left a space cannot reach the
/// other replicas; they still stop the member hearing its public rooms
/// within a heartbeat interval (2 s here), when every stream checks its
/// rights again, however busy.
#[tokio::test]
async fn a_member_removed_while_nats_is_down_stops_hearing_within_a_heartbeat() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let public = apis[0]
        .room_with(&team.owner, &team.space, RoomVisibility::Public, &[])
        .await;
    let rooms = SubscribeRequest {
        room_ids: vec![public.room_id.clone()],
        ..Default::default()
    };
    let mut on_b = Feed::open(&apis[1].reconnect(&team.member), rooms).await;
    hears_next(&mut on_b, &team.owner, &public.room_id, "before").await;

    nats.kill();
    team.owner
        .spaces()
        .remove_space_member(RemoveSpaceMemberRequest {
            space_id: team.space.space_id.clone(),
            user_id: team.member.id.clone(),
        })
        .await
        .success();
    // Messages keep coming (B reads the log every second without NATS), so
    // the stream is never idle; after a heartbeat interval and a poll, it
    // has checked its rights again.
    let sender = {
        let (owner, room_id) = (apis[0].reconnect(&team.owner), public.room_id.clone());
        tokio::spawn(async move {
            for n in 0..12 {
                owner.send(&room_id, &format!("during {n}")).await;
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        })
    };
    sender.await.expect("the sender");
    team.owner.send(&public.room_id, "after").await;
    // Nothing more reaches the member: the stream goes quiet (heartbeats
    // only) instead of delivering "after".
    let quiet = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            let event = on_b.next().await;
            if created_text(&event) == Some("after") {
                return event;
            }
        }
    })
    .await;
    assert!(
        quiet.is_err(),
        "a removed member heard the public room 3 s after their removal"
    );
}

/// `by` sends `text` to the room, and it is the next message `feed` hears.
async fn hears_next(feed: &mut Feed, by: &Actor, room_id: &str, text: &str) {
    let sent = by.send(room_id, text).await;
    let heard = feed.until(|e| created_text(e).is_some()).await;
    assert_eq!(
        heard.last().and_then(created_text),
        Some(sent.text.as_str())
    );
}
