//! Replies with several replicas: each runs once, on the replica that
//! stored it, under a lease; a killed replica's replies are taken over by
//! exactly one other and end as `REPLICA_LOST`; any replica cancels, polls
//! and follows any reply (room replies and session answers alike).
//!
//! PostgreSQL-only, with a real nats-server (see `replicas.rs`).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use roundtable_tests::cluster::{
    Feed, created_text, ends_of, replicas, script_slow, slow_replr, streaming_reply, takeovers,
};
use roundtable_tests::fake_openai::FakeOpenAi;
use roundtable_tests::nats::NatsServer;
use roundtable_tests::proto::send_message_stream_response::Kind as Sent;
use roundtable_tests::proto::watch_session_job_response::Kind as Watched;
use roundtable_tests::proto::{
    CancelReplyRequest, CreateSessionRequest, GetReplyJobRequest, GetSessionJobRequest, ReplyState,
    SendMessageStreamRequest, SendMessageStreamResponse, SendSessionMessageRequest,
    SubscribeRequest, WatchSessionJobRequest, event::Kind,
};
use roundtable_tests::{Outcome, Transport};
use tokio_stream::StreamExt;
use tonic::Streaming;

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
    let room = SubscribeRequest {
        room_ids: vec![team.room.room_id.clone()],
        ..Default::default()
    };
    let mut on_b = Feed::open(&owner_b, room).await;
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
    let events = owner_c.replay(&team.room.room_id, &on_b.cursor).await;
    assert_eq!(
        ends_of(&events, &reply.message_id),
        1,
        "one end for the reply: {events:?}"
    );
    assert!(
        events.iter().any(|e| created_text(e).is_some_and(
            |_| matches!(&e.kind, Some(Kind::MessageCreated(m)) if m.message_id == asked.message_id)
        )),
        "the acknowledged message is kept"
    );
    // Exactly one of the two survivors took it over.
    assert_eq!(
        takeovers(&servers[1..], &reply.message_id),
        1,
        "one takeover"
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
    let events = apis[2]
        .reconnect(&team.owner)
        .replay(&team.room.room_id, &on_b.cursor)
        .await;
    for reply in &started {
        assert_eq!(ends_of(&events, reply), 1, "one end for {reply}");
        // Taken over by exactly one survivor.
        assert_eq!(
            takeovers(&servers[1..], reply),
            1,
            "one takeover of {reply}"
        );
    }
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

/// A session's answer streams on the replica that stored it; its owner
/// follows it from another (`WatchSessionJob`): a snapshot of the text so
/// far, then each delta, then the answer as stored.
#[tokio::test]
async fn a_session_answer_streaming_on_one_replica_is_watched_from_another() {
    let (nats, fake) = (NatsServer::start(), FakeOpenAi::start());
    let Some(servers) = replicas(&nats, &fake) else {
        return;
    };
    let text = script_slow(&fake, "s", 60, Duration::from_millis(40));
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
