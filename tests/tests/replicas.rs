//! Several replicas on one PostgreSQL database, linked by a real
//! `nats-server`: events committed through any replica reach subscribers
//! on every other, in order, with no gap and no duplicate; typing and the
//! deltas of a reply streaming on one replica reach the others; a NATS
//! outage delays events but loses none; resuming on one replica while
//! another writes crosses the replay→live seam cleanly. On SQLite the
//! server refuses NATS. Replies (leases, take-over, following from any
//! replica) are in `replica_replies.rs`; changes of rights in
//! `replica_access.rs`.
//!
//! The tests that need PostgreSQL say so and return on SQLite (the suite
//! runs on both); CI runs them on PostgreSQL with a real nats-server.

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use roundtable_tests::cluster::{Feed, assert_in_order, created_text, replicas, slow_replr};
use roundtable_tests::fake_openai::FakeOpenAi;
use roundtable_tests::nats::NatsServer;
use roundtable_tests::proto::{SendTypingRequest, SubscribeRequest, event::Kind};
use roundtable_tests::server::{postgres_server_url, server_binary};
use roundtable_tests::{Outcome, Transport};
use tokio_stream::StreamExt;

#[tokio::test]
async fn nats_with_sqlite_is_refused_before_anything_is_created() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("roundtable.db");
    let output = Command::new(server_binary())
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
        .arg(format!("sqlite://{}?mode=rwc", file.display()))
        .args(["--nats-url", "nats://127.0.0.1:4222"])
        .env_remove("ROUNDTABLE_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("run the server");
    assert!(!output.status.success(), "the server started");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("PostgreSQL") && stderr.contains("--nats-url"),
        "{stderr}"
    );
    assert!(!file.exists(), "the SQLite file was created");
    assert!(
        !String::from_utf8_lossy(&output.stdout).contains("rtk_"),
        "an admin key was made"
    );
}

#[tokio::test]
async fn an_unreachable_nats_stops_the_start_naming_it() {
    let Some(server) = postgres_server_url() else {
        eprintln!("PostgreSQL-only: NATS links replicas on PostgreSQL");
        return;
    };
    let database = roundtable_tests::TestDatabase::postgres(&server);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let began = Instant::now();
    let output = Command::new(server_binary())
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
        .arg(database.url())
        .arg("--nats-url")
        .arg(format!("nats://127.0.0.1:{port}"))
        .env_remove("ROUNDTABLE_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("run the server");
    assert!(!output.status.success(), "the server started");
    assert!(
        began.elapsed() < Duration::from_secs(15),
        "it took {:?}",
        began.elapsed()
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "cannot connect to NATS at nats://127.0.0.1:{port}"
        )),
        "{stderr}"
    );
}

#[tokio::test]
async fn events_committed_through_any_replica_reach_subscribers_on_every_other() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let owner_on = |i: usize| apis[i].reconnect(&team.owner);
    let member_on = |i: usize| apis[i].reconnect(&team.member);
    let space = SubscribeRequest {
        space_id: team.space.space_id.clone(),
        ..Default::default()
    };
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let mut on_b = Feed::open(&owner_on(1), space).await;
    let mut on_c = Feed::open(&member_on(2), room).await;

    // Writers on every replica at once: the event ids interleave.
    const EACH: usize = 15;
    let mut writers = Vec::new();
    for i in 0..3 {
        let (by, room_id) = (member_on(i), team.room.room_id.clone());
        writers.push(tokio::spawn(async move {
            for n in 0..EACH {
                by.send(&room_id, &format!("replica {i} message {n}")).await;
            }
        }));
    }
    for writer in writers {
        writer.await.expect("a writer");
    }
    let want = 3 * EACH;
    for (feed, who) in [
        (&mut on_b, "space subscriber on B"),
        (&mut on_c, "room subscriber on C"),
    ] {
        let mut count = 0;
        let events = feed
            .until(|e| {
                count += usize::from(created_text(e).is_some());
                count == want
            })
            .await;
        assert_in_order(&events, who);
        let texts: HashSet<&str> = events.iter().filter_map(created_text).collect();
        assert_eq!(texts.len(), want, "{who}: every message once");
    }

    // Typing, never stored, crosses replicas too.
    owner_on(0)
        .events()
        .send_typing(SendTypingRequest {
            room_id: team.room.room_id.clone(),
        })
        .await
        .success();
    let typing = on_c
        .until(|e| matches!(e.kind, Some(Kind::Typing(_))))
        .await;
    match &typing.last().expect("an event").kind {
        Some(Kind::Typing(t)) => assert_eq!(t.user_id, team.owner.id),
        other => panic!("not typing: {other:?}"),
    }
}

#[tokio::test]
async fn a_reply_streaming_on_one_replica_streams_to_subscribers_on_the_others() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let text = slow_replr(&apis[0], &team, &fake, 40).await;
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let mut on_b = Feed::open(&apis[1].reconnect(&team.member), room.clone()).await;
    apis[0]
        .reconnect(&team.member)
        .send(&team.room.room_id, "@sage say forty words")
        .await;

    // B follows from the start: every delta, in order.
    let mut built = String::new();
    let mut next = 1;
    let first = on_b
        .until(|e| {
            if let Some(Kind::ReplyDelta(d)) = &e.kind {
                assert!(!d.snapshot, "B saw the reply start: no snapshot");
                assert_eq!(d.sequence, next, "deltas in order, none missed");
                next += 1;
                built.push_str(&d.text);
            }
            matches!(e.kind, Some(Kind::ReplyCompleted(_))) || next > 8
        })
        .await;
    assert!(
        matches!(
            first.last().and_then(|e| e.kind.as_ref()),
            Some(Kind::ReplyDelta(_))
        ),
        "the reply ended before C could join"
    );
    // C joins mid-reply: a snapshot of the text so far, then the next deltas.
    let mut on_c = Feed::open(&apis[2].reconnect(&team.owner), room).await;
    let rest = on_b
        .until(|e| matches!(e.kind, Some(Kind::ReplyCompleted(_))))
        .await;
    for e in &rest {
        if let Some(Kind::ReplyDelta(d)) = &e.kind {
            assert_eq!(d.sequence, next, "deltas in order, none missed");
            next += 1;
            built.push_str(&d.text);
        }
    }
    let Some(Kind::ReplyCompleted(stored)) = rest.last().and_then(|e| e.kind.clone()) else {
        panic!("no reply_completed");
    };
    assert_eq!(built, stored.text, "B rebuilt the stored reply");
    assert_eq!(stored.text, text);

    let mut c_text = String::new();
    let mut c_last = -1;
    let c_events = on_c
        .until(|e| matches!(e.kind, Some(Kind::ReplyCompleted(_))))
        .await;
    let mut saw_snapshot = false;
    for e in &c_events {
        if let Some(Kind::ReplyDelta(d)) = &e.kind {
            if d.snapshot {
                assert!(c_last < 0, "one snapshot, first");
                saw_snapshot = true;
                c_text = d.text.clone();
            } else {
                assert!(c_last < 0 || d.sequence == c_last + 1, "C: deltas in order");
                c_text.push_str(&d.text);
            }
            c_last = d.sequence;
        }
    }
    assert!(
        saw_snapshot,
        "C joined mid-reply and got a snapshot: {c_events:?}"
    );
    assert_eq!(c_text, stored.text, "C rebuilt the stored reply");
}

#[tokio::test]
async fn a_nats_outage_delays_events_but_loses_none() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let mut on_b = Feed::open(&apis[1].reconnect(&team.owner), room).await;
    let writer = apis[0].reconnect(&team.member);
    let mut sent = Vec::new();
    for n in 0..5 {
        sent.push(
            writer
                .send(&team.room.room_id, &format!("before {n}"))
                .await
                .text,
        );
    }
    nats.kill();
    for n in 0..5 {
        sent.push(
            writer
                .send(&team.room.room_id, &format!("during {n}"))
                .await
                .text,
        );
    }
    let mut seen = Vec::new();
    // Read the ten while NATS is down: the replicas' polls of the log bring them.
    let events = on_b
        .until(|e| {
            if let Some(text) = created_text(e) {
                seen.push(text.to_owned());
            }
            seen.len() == 10
        })
        .await;
    let mut all = events;
    nats.restart();
    for n in 0..5 {
        sent.push(
            writer
                .send(&team.room.room_id, &format!("after {n}"))
                .await
                .text,
        );
    }
    let later = on_b
        .until(|e| {
            if let Some(text) = created_text(e) {
                seen.push(text.to_owned());
            }
            seen.len() == 15
        })
        .await;
    all.extend(later);
    assert_in_order(&all, "subscriber on B");
    assert_eq!(seen, sent, "every message once, in the order sent");

    // Once reconnected, signals cross again.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        writer
            .events()
            .send_typing(SendTypingRequest {
                room_id: team.room.room_id.clone(),
            })
            .await
            .success();
        let heard = tokio::time::timeout(Duration::from_millis(500), async {
            loop {
                let e = on_b.next().await;
                if matches!(e.kind, Some(Kind::Typing(_))) {
                    return;
                }
            }
        })
        .await;
        if heard.is_ok() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "typing never crossed again after NATS came back"
        );
    }
}

/// Subscribers that resume on one replica from a cursor while another
/// replica keeps committing cross the seam between replay and live with
/// every message once, in order: resumed before, during and after the
/// writes.
#[tokio::test]
async fn resuming_on_one_replica_while_another_writes_crosses_the_seam_without_gap_or_repeat() {
    const MESSAGES: usize = 60;
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let owner_b = apis[1].reconnect(&team.owner);
    // Where the room stood before the writes.
    let start = Feed::open(&owner_b, room.clone()).await.cursor;
    let writer = {
        let (by, room_id) = (apis[0].reconnect(&team.member), team.room.room_id.clone());
        tokio::spawn(async move {
            for n in 0..MESSAGES {
                by.send(&room_id, &format!("seam message {n}")).await;
                tokio::time::sleep(Duration::from_millis(15)).await;
            }
        })
    };
    // Resumed from the start at three moments: each replays what was
    // committed so far, then goes live.
    let mut readers = Vec::new();
    for wait in [0u64, 300, 700] {
        tokio::time::sleep(Duration::from_millis(wait)).await;
        let mut stream = owner_b
            .events()
            .subscribe(SubscribeRequest {
                cursor: start.clone(),
                ..room.clone()
            })
            .await
            .success();
        readers.push(tokio::spawn(async move {
            let mut events = Vec::new();
            let mut created = 0;
            while created < MESSAGES {
                let event = tokio::time::timeout(Duration::from_secs(10), stream.next())
                    .await
                    .expect("an event within 10 s")
                    .expect("the stream goes on")
                    .expect("not an error")
                    .event
                    .expect("an event");
                created += usize::from(created_text(&event).is_some());
                events.push(event);
            }
            events
        }));
    }
    writer.await.expect("the writer");
    for (n, reader) in readers.into_iter().enumerate() {
        let events = reader.await.expect("a reader");
        let what = format!("subscriber {n} on B");
        assert_in_order(&events, &what);
        let texts: Vec<&str> = events.iter().filter_map(created_text).collect();
        let wanted: Vec<String> = (0..MESSAGES).map(|n| format!("seam message {n}")).collect();
        assert_eq!(
            texts, wanted,
            "{what}: every message once, in the order sent"
        );
    }
}
