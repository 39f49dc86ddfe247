//! A subscriber that stops reading: the server does not wait for it longer
//! than one heartbeat interval (well inside the connection's keepalive). It
//! queues `resync_required` with the cursor of the last event it queued, ends
//! the stream and lets the subscription go; the reader, when it reads again,
//! finds every event up to that cursor, then the notice, then the end, and
//! resuming from the cursor gives the rest with no gap and no repeat.
//!
//! The fast-but-not-fast-enough reader (one that falls more than the hub's
//! ring behind while reading) is in `events.rs`.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use http::Method;
use roundtable_tests::proto::event::Kind;
use roundtable_tests::proto::event_service_client::EventServiceClient;
use roundtable_tests::proto::*;
use roundtable_tests::rest::Rest;
use roundtable_tests::scrape::Scrape;
use roundtable_tests::transport::{grpc_with_stream_window, with_bearer};
use roundtable_tests::{Team, TestServer, Transport};
use tonic::Streaming;

/// Messages sent while the reader takes nothing: far more than its HTTP/2
/// window (64 KiB) and the subscription's outbox (256 events) hold, far
/// fewer than the hub's ring (4096), so only the reader's stillness can end
/// the stream.
const MESSAGES: usize = 800;
/// How long the test gives the server to let a still reader go.
const WAIT: Duration = Duration::from_secs(20);

async fn next(stream: &mut Streaming<SubscribeResponse>) -> Option<Event> {
    match tokio::time::timeout(WAIT, stream.message()).await {
        Err(_) => panic!("the stream stayed silent for {WAIT:?}"),
        Ok(Err(status)) => panic!("the stream failed: {status:?}"),
        Ok(Ok(item)) => item.map(|response| response.event.expect("an event")),
    }
}

fn created(event: &Event) -> Option<&str> {
    match &event.kind {
        Some(Kind::MessageCreated(message)) => Some(&message.message_id),
        _ => None,
    }
}

async fn open_subscriptions(rest: &Rest) -> f64 {
    let answer = rest.send(Method::GET, "/metrics", &[], Vec::new()).await;
    let text = answer.json.as_str().expect("the metrics as text");
    Scrape(text.into()).value("roundtable_subscriptions_open", &[])
}

#[tokio::test]
async fn a_reader_that_takes_nothing_is_told_to_resync_and_let_go() {
    let server = TestServer::start_with_env(&[("ROUNDTABLE_EVENT_HEARTBEAT_SECONDS", "1")]);
    let api = server.api(Transport::Grpc);
    let rest = Rest::at(server.addr());
    let Team {
        owner,
        member,
        room,
        ..
    } = api.team().await;
    let channel = with_bearer(
        grpc_with_stream_window(server.addr(), 65_535),
        &member.secret,
    );
    let mut stream = EventServiceClient::new(channel)
        .subscribe(SubscribeRequest {
            room_ids: vec![room.room_id.clone()],
            ..Default::default()
        })
        .await
        .expect("Subscribe")
        .into_inner();
    let first = next(&mut stream).await.expect("subscribed");
    assert!(matches!(first.kind, Some(Kind::Subscribed(_))), "{first:?}");
    assert_eq!(open_subscriptions(&rest).await, 1.0);

    // The reader now takes nothing while the room gets busy.
    let filler = "x".repeat(500);
    let mut sent = Vec::with_capacity(MESSAGES);
    for i in 0..MESSAGES {
        sent.push(
            owner
                .send(&room.room_id, &format!("{i} {filler}"))
                .await
                .message_id,
        );
    }
    let still = Instant::now();
    while open_subscriptions(&rest).await > 0.0 {
        assert!(
            still.elapsed() < WAIT,
            "the server still holds a subscription whose reader took nothing for {WAIT:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    eprintln!("let go {:?} after the last send", still.elapsed());

    // Reading again: what was queued, in order, then the notice, then the end.
    let mut delivered = Vec::new();
    let resync = loop {
        let event = next(&mut stream)
            .await
            .expect("resync_required before the stream ends");
        match event.kind {
            Some(Kind::ResyncRequired(_)) => break event,
            Some(Kind::Heartbeat(_)) => {}
            _ => delivered.push(event),
        }
    };
    assert!(
        next(&mut stream).await.is_none(),
        "the stream ends after resync_required"
    );
    eprintln!(
        "{} of {MESSAGES} events before resync_required",
        delivered.len()
    );
    assert!(
        delivered.len() < MESSAGES,
        "every event fit: the test proves nothing"
    );
    let last = delivered
        .last()
        .expect("some events were queued before the reader stalled");
    assert_eq!(
        resync.cursor, last.cursor,
        "resume from the last event queued"
    );

    // Resuming from the notice's cursor gives the rest, no gap, no repeat.
    let mut resumed = member
        .events()
        .subscribe(SubscribeRequest {
            room_ids: vec![room.room_id.clone()],
            cursor: resync.cursor.clone(),
            ..Default::default()
        })
        .await
        .expect("Subscribe from the cursor")
        .into_inner();
    loop {
        let event = next(&mut resumed).await.expect("the replay");
        if matches!(event.kind, Some(Kind::Subscribed(_))) {
            break;
        }
        delivered.push(event);
    }
    let ids: Vec<&str> = delivered.iter().filter_map(created).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "a message was delivered twice");
    let sent: Vec<&str> = sent.iter().map(String::as_str).collect();
    assert_eq!(ids, sent, "every message, in the order sent");
    let seqs: Vec<i64> = delivered.iter().map(|e| e.seq).collect();
    assert!(
        seqs.windows(2).all(|w| w[1] == w[0] + 1),
        "room sequence numbers with a gap: {seqs:?}"
    );
}
