//! What the tests of several replicas share: three replicas of the server
//! on one fresh PostgreSQL database linked by a real `nats-server`, a feed
//! of one subscription, and a REPLR that streams slowly enough to be
//! caught mid-reply.

use std::collections::HashSet;
use std::time::Duration;

use tokio_stream::StreamExt;
use tonic::Streaming;

use crate::fake_openai::{Behaviour, FakeOpenAi, Script};
use crate::nats::NatsServer;
use crate::proto::{CreateReplrRequest, Event, Message, SubscribeRequest, event::Kind};
use crate::server::postgres_server_url;
use crate::{Api, Clients, Outcome, Team, TestServer};

/// Three replicas on one fresh PostgreSQL database, linked by `nats`, with
/// a provider `fake` on `fake`; none on SQLite.
pub fn replicas(nats: &NatsServer, fake: &FakeOpenAi) -> Option<Vec<TestServer>> {
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

/// A live subscription, read event by event.
pub struct Feed {
    stream: Streaming<crate::proto::SubscribeResponse>,
    /// What came before `subscribed` (snapshots of streaming replies), unread.
    before: std::collections::VecDeque<Event>,
    /// Where the log stood when it went live (the cursor of `subscribed`).
    pub cursor: String,
}

impl Feed {
    /// Subscribes and reads up to `subscribed`, keeping what came before
    /// it (snapshots) to be read first.
    pub async fn open(by: &Clients, request: SubscribeRequest) -> Feed {
        let stream = by.events().subscribe(request).await.success();
        let mut feed = Feed {
            stream,
            before: Default::default(),
            cursor: String::new(),
        };
        let mut before = std::collections::VecDeque::new();
        loop {
            let event = feed.next().await;
            match event.kind {
                Some(Kind::Subscribed(_)) => {
                    feed.cursor = event.cursor;
                    break;
                }
                Some(Kind::ReplyDelta(_)) => before.push_back(event),
                _ => panic!("a live stream starts with snapshots, then subscribed: {event:?}"),
            }
        }
        feed.before = before;
        feed
    }

    pub async fn next(&mut self) -> Event {
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
    pub async fn until(&mut self, mut last: impl FnMut(&Event) -> bool) -> Vec<Event> {
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

pub fn created_text(event: &Event) -> Option<&str> {
    match &event.kind {
        Some(Kind::MessageCreated(message)) => Some(&message.text),
        _ => None,
    }
}

/// The room's stored events are consecutive by `seq` and unique by cursor.
pub fn assert_in_order(events: &[Event], what: &str) {
    let stored: Vec<&Event> = events.iter().filter(|e| e.seq > 0).collect();
    for pair in stored.windows(2) {
        assert_eq!(pair[1].seq, pair[0].seq + 1, "{what}: a gap or a repeat");
    }
    let cursors: HashSet<&str> = stored.iter().map(|e| e.cursor.as_str()).collect();
    assert_eq!(cursors.len(), stored.len(), "{what}: a cursor twice");
}

/// Scripts the fake's `slow` model to stream `words` words (`prefix0
/// prefix1 …`) `delay` apart; returns them as one text.
pub fn script_slow(fake: &FakeOpenAi, prefix: &str, words: usize, delay: Duration) -> String {
    let text: String = (0..words).map(|i| format!("{prefix}{i} ")).collect();
    let tokens: Vec<String> = text.split_inclusive(' ').map(String::from).collect();
    fake.script_model(
        "slow",
        Behaviour::stream(Script::tokens(&tokens).token_delay(delay)),
    );
    text
}

/// The team's room with a REPLR `sage` on the fake's `slow` model, which
/// streams `words` words 50 ms apart; returns the words as one text.
pub async fn slow_replr(api: &Api, team: &Team, fake: &FakeOpenAi, words: usize) -> String {
    let text = script_slow(fake, "w", words, Duration::from_millis(50));
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

/// How many end events (completed, failed, cancelled) `events` hold for
/// the reply `reply_id`.
pub fn ends_of(events: &[Event], reply_id: &str) -> usize {
    events
        .iter()
        .filter(|e| match &e.kind {
            Some(Kind::ReplyFailed(m) | Kind::ReplyCompleted(m) | Kind::ReplyCancelled(m)) => {
                m.message_id == reply_id
            }
            _ => false,
        })
        .count()
}

/// How many of `servers` logged that they took the reply `reply_id` over.
pub fn takeovers(servers: &[TestServer], reply_id: &str) -> usize {
    servers
        .iter()
        .map(|s| {
            s.logs()
                .lines()
                .filter(|l| l.contains("took over the replies") && l.contains(reply_id))
                .count()
        })
        .sum()
}

/// The reply `feed` hears start, after a few of its deltas.
pub async fn streaming_reply(feed: &mut Feed) -> Message {
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
