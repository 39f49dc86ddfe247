//! Several replicas on one PostgreSQL database, linked by a real
//! `nats-server`: events committed through any replica reach subscribers
//! on every other, in order, with no gap and no duplicate; typing and the
//! deltas of a reply streaming on one replica reach the others; a NATS
//! outage delays events but loses none. On SQLite the server refuses NATS.
//!
//! The tests that need PostgreSQL say so and return on SQLite (the suite
//! runs on both); CI runs them on PostgreSQL with a real nats-server.

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use roundtable_tests::fake_openai::{Behaviour, FakeOpenAi, Script};
use roundtable_tests::nats::NatsServer;
use roundtable_tests::proto::send_message_stream_response::Kind as Sent;
use roundtable_tests::proto::watch_session_job_response::Kind as Watched;
use roundtable_tests::proto::{
    CancelReplyRequest, CreateReplrRequest, CreateSessionRequest, Event, GetReplyJobRequest,
    GetSessionJobRequest, Message, RemoveSpaceMemberRequest, ReplyState, RevokeApiKeyRequest,
    RoomRole, RoomVisibility, SendMessageStreamRequest, SendMessageStreamResponse,
    SendSessionMessageRequest, SendTypingRequest, SpaceRole, SubscribeRequest,
    WatchSessionJobRequest, event::Kind,
};
use roundtable_tests::server::{postgres_server_url, server_binary};
use roundtable_tests::{Api, Clients, Outcome, Team, TestServer, Transport};
use tokio_stream::StreamExt;
use tonic::Streaming;

/// Three replicas on one fresh PostgreSQL database, linked by `nats`, with
/// a provider `fake` on `fake`; none on SQLite.
fn replicas(nats: &NatsServer, fake: &FakeOpenAi) -> Option<Vec<TestServer>> {
    if postgres_server_url().is_none() {
        eprintln!("PostgreSQL-only: replicas share one PostgreSQL database");
        return None;
    }
    let config = format!(
        r#"
        [providers.fake]
        kind = "openai"
        base_url = "{}"
        api_key = "sk-test"
        models = ["slow"]
        "#,
        fake.base_url()
    );
    // Heartbeats every 2 s keep a quiet stream readable within `Feed::next`'s wait.
    let first = TestServer::start_with_config(
        &config,
        &[
            ("ROUNDTABLE_NATS_URL", &nats.url()),
            ("ROUNDTABLE_EVENT_HEARTBEAT_SECONDS", "2"),
        ],
    );
    let (second, third) = (first.replica(), first.replica());
    Some(vec![first, second, third])
}

struct Feed {
    stream: Streaming<roundtable_tests::proto::SubscribeResponse>,
    /// What came before `subscribed` (snapshots of streaming replies), unread.
    before: std::collections::VecDeque<Event>,
}

impl Feed {
    /// Subscribes and reads up to `subscribed`, keeping what came before
    /// it (snapshots) to be read first.
    async fn open(by: &Clients, request: SubscribeRequest) -> Feed {
        let stream = by.events().subscribe(request).await.success();
        let mut feed = Feed {
            stream,
            before: Default::default(),
        };
        let mut before = std::collections::VecDeque::new();
        loop {
            let event = feed.next().await;
            match event.kind {
                Some(Kind::Subscribed(_)) => break,
                Some(Kind::ReplyDelta(_)) => before.push_back(event),
                _ => panic!("a live stream starts with snapshots, then subscribed: {event:?}"),
            }
        }
        feed.before = before;
        feed
    }

    async fn next(&mut self) -> Event {
        if let Some(event) = self.before.pop_front() {
            return event;
        }
        match tokio::time::timeout(Duration::from_secs(10), self.stream.next()).await {
            Ok(Some(Ok(response))) => response.event.expect("an event"),
            Ok(Some(Err(status))) => panic!("the stream failed: {status:?}"),
            Ok(None) => panic!("the stream ended"),
            Err(_) => panic!("no event within 10 s"),
        }
    }

    /// Events up to and including the first `last` accepts; heartbeats left out.
    async fn until(&mut self, mut last: impl FnMut(&Event) -> bool) -> Vec<Event> {
        let mut seen = Vec::new();
        loop {
            let event = self.next().await;
            if matches!(event.kind, Some(Kind::Heartbeat(_))) {
                continue;
            }
            let done = last(&event);
            seen.push(event);
            if done {
                return seen;
            }
        }
    }
}

fn created_text(event: &Event) -> Option<&str> {
    match &event.kind {
        Some(Kind::MessageCreated(message)) => Some(&message.text),
        _ => None,
    }
}

/// The room's stored events are consecutive by `seq` and unique by cursor.
fn assert_in_order(events: &[Event], what: &str) {
    let stored: Vec<&Event> = events.iter().filter(|e| e.seq > 0).collect();
    for pair in stored.windows(2) {
        assert_eq!(pair[1].seq, pair[0].seq + 1, "{what}: a gap or a repeat");
    }
    let cursors: HashSet<&str> = stored.iter().map(|e| e.cursor.as_str()).collect();
    assert_eq!(cursors.len(), stored.len(), "{what}: a cursor twice");
}

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
    let text: String = (0..40).map(|i| format!("w{i} ")).collect();
    let tokens: Vec<String> = text.split_inclusive(' ').map(String::from).collect();
    fake.script_model(
        "slow",
        Behaviour::stream(Script::tokens(&tokens).token_delay(Duration::from_millis(50))),
    );
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let replr = team
        .owner
        .replrs()
        .create_replr(CreateReplrRequest {
            space_id: team.space.space_id.clone(),
            handle: "sage".into(),
            provider: "fake".into(),
            model: "slow".into(),
            ..Default::default()
        })
        .await
        .success()
        .replr
        .expect("CreateReplr returns the REPLR");
    team.owner
        .add_replr(&team.room.room_id, &replr.replr_id)
        .await;
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

/// The team's room with a REPLR `sage` on the fake's `slow` model, which
/// streams `words` words 50 ms apart; returns the words as one text.
async fn slow_replr(api: &Api, team: &Team, fake: &FakeOpenAi, words: usize) -> String {
    let text: String = (0..words).map(|i| format!("w{i} ")).collect();
    let tokens: Vec<String> = text.split_inclusive(' ').map(String::from).collect();
    fake.script_model(
        "slow",
        Behaviour::stream(Script::tokens(&tokens).token_delay(Duration::from_millis(50))),
    );
    let replr = api
        .reconnect(&team.owner)
        .replrs()
        .create_replr(CreateReplrRequest {
            space_id: team.space.space_id.clone(),
            handle: "sage".into(),
            provider: "fake".into(),
            model: "slow".into(),
            ..Default::default()
        })
        .await
        .success()
        .replr
        .expect("CreateReplr returns the REPLR");
    team.owner
        .add_replr(&team.room.room_id, &replr.replr_id)
        .await;
    text
}

/// The reply `feed` hears start, after a few of its deltas.
async fn streaming_reply(feed: &mut Feed) -> Message {
    let mut reply = None;
    let mut deltas = 0;
    feed.until(|e| {
        match &e.kind {
            Some(Kind::ReplyStarted(m)) => reply = Some(m.clone()),
            Some(Kind::ReplyDelta(_)) => deltas += 1,
            _ => {}
        }
        deltas == 3
    })
    .await;
    reply.expect("reply_started before its deltas")
}

/// The stored events of the room from `cursor` on, up to `subscribed`.
async fn replay(by: &Clients, room_id: &str, cursor: &str) -> Vec<Event> {
    let mut stream = by
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![room_id.into()],
            cursor: cursor.into(),
            ..Default::default()
        })
        .await
        .success();
    let mut events = Vec::new();
    loop {
        let event = tokio::time::timeout(Duration::from_secs(10), stream.next())
            .await
            .expect("the replay within 10 s")
            .expect("an event")
            .expect("not an error")
            .event
            .expect("an event");
        if matches!(event.kind, Some(Kind::Subscribed(_))) {
            return events;
        }
        events.push(event);
    }
}

#[tokio::test]
async fn the_reply_of_a_killed_replica_is_taken_over_once_and_ends_as_replica_lost() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[1].team().await;
    slow_replr(&apis[1], &team, &fake, 400).await;
    let (owner_b, owner_c) = (
        apis[1].reconnect(&team.owner),
        apis[2].reconnect(&team.owner),
    );
    let mut stream = owner_b
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![team.room.room_id.clone()],
            ..Default::default()
        })
        .await
        .success();
    let start = stream
        .next()
        .await
        .expect("an event")
        .expect("not an error")
        .event
        .expect("an event");
    assert!(matches!(start.kind, Some(Kind::Subscribed(_))));
    let mut on_b = Feed {
        stream,
        before: Default::default(),
    };
    // The mention is acknowledged by replica A, which runs the reply.
    let asked = apis[0]
        .reconnect(&team.member)
        .send(&team.room.room_id, "@sage speak at length")
        .await;
    let reply = streaming_reply(&mut on_b).await;
    servers[0].kill();
    let killed = Instant::now();

    let ended = on_b
        .until(|e| matches!(e.kind, Some(Kind::ReplyFailed(_))))
        .await;
    let waited = killed.elapsed();
    let Some(Kind::ReplyFailed(failed)) = ended.last().and_then(|e| e.kind.clone()) else {
        panic!("no reply_failed");
    };
    assert_eq!(failed.message_id, reply.message_id);
    let details = failed.reply.expect("reply details");
    assert_eq!(details.failure_reason, "REPLICA_LOST");
    assert_eq!(details.state, ReplyState::Failed as i32);
    eprintln!("the reply ended as REPLICA_LOST {waited:?} after its replica was killed");

    // Seen so everywhere, stored once; the asking message is kept.
    let job = owner_c
        .messages()
        .get_reply_job(GetReplyJobRequest {
            job_id: reply.message_id.clone(),
        })
        .await
        .success();
    assert!(job.done);
    assert_eq!(
        job.reply.and_then(|r| r.reply).map(|r| r.failure_reason),
        Some("REPLICA_LOST".into())
    );
    let events = replay(&owner_c, &team.room.room_id, &start.cursor).await;
    let ends: Vec<&Event> = events
        .iter()
        .filter(|e| match &e.kind {
            Some(Kind::ReplyFailed(m) | Kind::ReplyCompleted(m) | Kind::ReplyCancelled(m)) => {
                m.message_id == reply.message_id
            }
            _ => false,
        })
        .collect();
    assert_eq!(ends.len(), 1, "one end for the reply: {events:?}");
    assert!(
        events.iter().any(|e| created_text(e).is_some_and(
            |_| matches!(&e.kind, Some(Kind::MessageCreated(m)) if m.message_id == asked.message_id)
        )),
        "the acknowledged message is kept"
    );
    // Exactly one of the two survivors took it over.
    let took: usize = servers[1..]
        .iter()
        .map(|s| {
            s.logs()
                .lines()
                .filter(|l| l.contains("took over the replies") && l.contains(&reply.message_id))
                .count()
        })
        .sum();
    assert_eq!(took, 1, "one takeover");
}

#[tokio::test]
async fn a_reply_is_cancelled_and_polled_from_a_replica_that_does_not_run_it() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    slow_replr(&apis[0], &team, &fake, 200).await;
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let mut on_b = Feed::open(&apis[1].reconnect(&team.owner), room).await;
    apis[0]
        .reconnect(&team.member)
        .send(&team.room.room_id, "@sage go on")
        .await;
    let reply = streaming_reply(&mut on_b).await;

    // Polled on C while it streams on A: not done, with its text so far.
    let member_c = apis[2].reconnect(&team.member);
    let job = member_c
        .messages()
        .get_reply_job(GetReplyJobRequest {
            job_id: reply.message_id.clone(),
        })
        .await
        .success();
    assert!(!job.done);
    let so_far = job.reply.expect("the reply").text;
    assert!(so_far.starts_with("w0 w1 "), "the text so far: {so_far:?}");

    // Cancelled from C by the one who asked: A stops it and stores the end.
    let cancelled = member_c
        .messages()
        .cancel_reply(CancelReplyRequest {
            message_id: reply.message_id.clone(),
        })
        .await
        .success()
        .reply
        .expect("the reply");
    let state = cancelled.reply.as_ref().map(|r| r.state);
    assert_eq!(state, Some(ReplyState::Cancelled as i32), "{cancelled:?}");
    assert!(cancelled.text.starts_with(&so_far));
    let ended = on_b
        .until(|e| {
            matches!(
                e.kind,
                Some(Kind::ReplyCancelled(_) | Kind::ReplyCompleted(_))
            )
        })
        .await;
    assert!(matches!(
        ended.last().and_then(|e| e.kind.as_ref()),
        Some(Kind::ReplyCancelled(_))
    ));
}

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

/// A session's answer streams on the replica that stored it; its owner
/// follows it from another (`WatchSessionJob`): a snapshot of the text so
/// far, then each delta, then the answer as stored.
#[tokio::test]
async fn a_session_answer_streaming_on_one_replica_is_watched_from_another() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let text: String = (0..60).map(|i| format!("s{i} ")).collect();
    let tokens: Vec<String> = text.split_inclusive(' ').map(String::from).collect();
    fake.script_model(
        "slow",
        Behaviour::stream(Script::tokens(&tokens).token_delay(Duration::from_millis(40))),
    );
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let (member_a, member_b) = (
        apis[0].reconnect(&team.member),
        apis[1].reconnect(&team.member),
    );
    let session = member_a
        .sessions()
        .create_session(CreateSessionRequest {
            space_id: team.space.space_id.clone(),
            provider: "fake".into(),
            model: "slow".into(),
            ..Default::default()
        })
        .await
        .success()
        .session
        .expect("CreateSession returns the session");
    let sent = member_a
        .sessions()
        .send_session_message(SendSessionMessageRequest {
            session_id: session.session_id.clone(),
            text: "say sixty words".into(),
            r#async: true,
            ..Default::default()
        })
        .await
        .success();

    // Polled on B until text has arrived (B hears it over NATS).
    let deadline = Instant::now() + Duration::from_secs(10);
    let so_far = loop {
        let job = member_b
            .sessions()
            .get_session_job(GetSessionJobRequest {
                job_id: sent.job_id.clone(),
            })
            .await
            .success();
        assert!(!job.done, "the answer ended before B saw it under way");
        let so_far = job.answer.expect("the answer").text;
        if !so_far.is_empty() {
            break so_far;
        }
        assert!(Instant::now() < deadline, "no text reached B");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(text.starts_with(&so_far), "{so_far:?}");

    let mut watched = member_b
        .sessions()
        .watch_session_job(WatchSessionJobRequest {
            job_id: sent.job_id.clone(),
        })
        .await
        .success();
    let (mut followed, mut last, mut items) = (String::new(), 0, 0);
    let ended = loop {
        let item = tokio::time::timeout(Duration::from_secs(20), watched.next())
            .await
            .expect("the watch goes on")
            .expect("the watch ends with the answer")
            .expect("the watch does not fail")
            .kind
            .expect("an item");
        items += 1;
        match item {
            Watched::Delta(delta) => {
                if delta.snapshot {
                    assert_eq!(items, 1, "only the first item is a snapshot");
                    followed = delta.text;
                } else {
                    assert!(
                        last == 0 || delta.sequence == last + 1,
                        "deltas in order, none missed: {} after {last}",
                        delta.sequence
                    );
                    followed.push_str(&delta.text);
                }
                last = delta.sequence;
            }
            Watched::Answer(answer) => break answer,
        }
    };
    assert!(
        tokio::time::timeout(Duration::from_secs(5), watched.next())
            .await
            .expect("the watch ends")
            .is_none(),
        "nothing after the answer"
    );
    assert!(
        items > 2,
        "B followed the answer as it streamed: {items} items"
    );
    assert_eq!(ended.text, text, "the answer as stored");
    assert_eq!(followed, text, "B rebuilt the answer from what it watched");
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
    let before = team.owner.send(&public.room_id, "before").await;
    let heard = on_b.until(|e| created_text(e).is_some()).await;
    assert_eq!(
        heard.last().and_then(created_text),
        Some(before.text.as_str())
    );

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

/// Two replicas race to take over the replies of a third that was killed
/// while it ran several: each reply is taken over by exactly one of them
/// and ends once.
#[tokio::test]
async fn replicas_racing_for_expired_leases_take_each_reply_over_exactly_once() {
    const REPLIES: usize = 6;
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    slow_replr(&apis[0], &team, &fake, 600).await;
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let start_cursor = {
        let owner_b = apis[1].reconnect(&team.owner);
        let mut stream = owner_b.events().subscribe(room.clone()).await.success();
        let first = stream
            .next()
            .await
            .expect("an event")
            .expect("not an error")
            .event
            .expect("an event");
        first.cursor
    };
    let mut on_b = Feed::open(&apis[1].reconnect(&team.owner), room).await;
    let member_a = apis[0].reconnect(&team.member);
    for n in 0..REPLIES {
        member_a
            .send(&team.room.room_id, &format!("@sage question {n}"))
            .await;
    }
    let mut started = HashSet::new();
    on_b.until(|e| {
        if let Some(Kind::ReplyStarted(m)) = &e.kind {
            started.insert(m.message_id.clone());
        }
        started.len() == REPLIES
    })
    .await;
    servers[0].kill();

    let mut failed = HashSet::new();
    on_b.until(|e| {
        if let Some(Kind::ReplyFailed(m)) = &e.kind {
            assert_eq!(
                m.reply.as_ref().map(|r| r.failure_reason.as_str()),
                Some("REPLICA_LOST")
            );
            assert!(failed.insert(m.message_id.clone()), "one end per reply");
        }
        failed.len() == REPLIES
    })
    .await;
    assert_eq!(failed, started);

    // Stored once each, as every replica reads the log.
    let events = replay(
        &apis[2].reconnect(&team.owner),
        &team.room.room_id,
        &start_cursor,
    )
    .await;
    for reply in &started {
        let ends = events
            .iter()
            .filter(|e| match &e.kind {
                Some(Kind::ReplyFailed(m) | Kind::ReplyCompleted(m) | Kind::ReplyCancelled(m)) => {
                    &m.message_id == reply
                }
                _ => false,
            })
            .count();
        assert_eq!(ends, 1, "one end for {reply}");
    }
    // Each taken over by exactly one survivor.
    for reply in &started {
        let took: usize = servers[1..]
            .iter()
            .map(|s| {
                s.logs()
                    .lines()
                    .filter(|l| l.contains("took over the replies") && l.contains(reply.as_str()))
                    .count()
            })
            .sum();
        assert_eq!(took, 1, "one takeover of {reply}");
    }
}

/// A `SendMessageStream` repeated with the same `request_id` on another
/// replica than the first answers with the first message and follows its
/// reply where it runs: the text so far, then each delta, then the end.
#[tokio::test]
async fn a_repeated_send_on_another_replica_follows_the_reply_where_it_runs() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let apis: Vec<_> = servers.iter().map(|s| s.api(Transport::Grpc)).collect();
    let team = apis[0].team().await;
    let text = slow_replr(&apis[0], &team, &fake, 120).await;
    let request = SendMessageStreamRequest {
        room_id: team.room.room_id.clone(),
        text: "@sage tell me everything".into(),
        request_id: "one-question".into(),
        ..Default::default()
    };
    let next = async |stream: &mut Streaming<SendMessageStreamResponse>| {
        tokio::time::timeout(Duration::from_secs(20), stream.next())
            .await
            .expect("the stream goes on")
            .expect("an item")
            .expect("not an error")
            .kind
            .expect("a kind")
    };
    let mut first = apis[0]
        .reconnect(&team.member)
        .messages()
        .send_message_stream(request.clone())
        .await
        .success();
    let Sent::Message(asked) = next(&mut first).await else {
        panic!("the message comes first");
    };
    let Sent::ReplyStarted(reply) = next(&mut first).await else {
        panic!("then the reply's start");
    };
    // A few deltas on A, so the repeat joins mid-reply.
    let mut deltas = 0;
    while deltas < 5 {
        if let Sent::ReplyDelta(_) = next(&mut first).await {
            deltas += 1;
        }
    }

    let mut again = apis[1]
        .reconnect(&team.member)
        .messages()
        .send_message_stream(request)
        .await
        .success();
    let Sent::Message(same) = next(&mut again).await else {
        panic!("the message comes first");
    };
    assert_eq!(same.message_id, asked.message_id, "the first message");
    let Sent::ReplyStarted(still) = next(&mut again).await else {
        panic!("then the reply still streaming");
    };
    assert_eq!(still.message_id, reply.message_id);
    let (mut rebuilt, mut last, mut items) = (String::new(), 0, 0);
    let finished = loop {
        items += 1;
        match next(&mut again).await {
            Sent::ReplyDelta(delta) => {
                assert_eq!(delta.message_id, reply.message_id);
                if delta.snapshot {
                    assert_eq!(items, 1, "only the first piece is a snapshot");
                    rebuilt = delta.text;
                } else {
                    assert!(last == 0 || delta.sequence == last + 1, "in order");
                    rebuilt.push_str(&delta.text);
                }
                last = delta.sequence;
            }
            Sent::ReplyFinished(done) => break done,
            other => panic!("unexpected {other:?}"),
        }
    };
    assert!(
        items > 2,
        "B streamed the reply as it ran on A: {items} items"
    );
    assert_eq!(finished.text, text);
    assert_eq!(rebuilt, text, "B's pieces rebuild the reply");
}
