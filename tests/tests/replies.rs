//! REPLR replies in rooms: who answers, the 💭 acknowledgement, replies
//! streamed token by token (SendMessageStream, event subscriptions with a
//! snapshot mid-reply, polling with GetReplyJob, waiting with
//! `wait_for_replies`), failures and time-outs of the provider,
//! cancellation, and the depth limit that stops two personas from looping.
//!
//! The provider is a fake OpenAI-compatible server started by this file;
//! each test scripts its own model, so tests do not disturb each other.

use std::sync::OnceLock;
use std::time::Duration;

use roundtable_tests::fake_openai::{Behaviour, End, FakeOpenAi, Script};
use roundtable_tests::outcome::{describe, reason};
use roundtable_tests::proto::event::Kind;
use roundtable_tests::proto::send_message_stream_response::Kind as Item;
use roundtable_tests::proto::*;
use roundtable_tests::{Actor, Api, Outcome, Team, TestServer, Transport, is_uuid_v7};
use tonic::{Code, Streaming};

/// How long a stream may stay silent when something is due.
const WAIT: Duration = Duration::from_secs(20);

/// Every model a test of this file scripts.
const MODELS: &[&str] = &[
    "stream", "events", "snapshot", "every", "loop-a", "loop-b", "broken", "hung", "cancel",
    "wait", "poll", "survive", "context", "web", "resume",
];

/// The fake provider and a server whose provider `fake` points at it.
fn setup() -> &'static (FakeOpenAi, TestServer) {
    static SETUP: OnceLock<(FakeOpenAi, TestServer)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let fake = FakeOpenAi::start();
        let models: Vec<String> = MODELS.iter().map(|m| format!("{m:?}")).collect();
        let server = TestServer::start_with_config(
            &format!(
                r#"
                [providers.fake]
                kind = "openai"
                base_url = "{}"
                api_key = "sk-test"
                models = [{}]
                [providers.fake.timeouts]
                connect_seconds = 1
                first_token_seconds = 1
                idle_seconds = 2
                "#,
                fake.base_url(),
                models.join(", ")
            ),
            &[],
        );
        (fake, server)
    })
}

fn api(transport: Transport) -> Api {
    setup().1.api(transport)
}

fn fake() -> &'static FakeOpenAi {
    &setup().0
}

/// Each of `text`'s characters a token, `delay` apart.
fn slow(text: &str, delay: Duration) -> Behaviour {
    let tokens: Vec<String> = text.chars().map(String::from).collect();
    Behaviour::stream(Script::tokens(&tokens).token_delay(delay))
}

/// A REPLR on the fake provider's `model`, in the team's room.
async fn replr_in(team: &Team, handle: &str, model: &str, mode: ReplyMode) -> Replr {
    let replr = team
        .owner
        .replrs()
        .create_replr(CreateReplrRequest {
            space_id: team.space.space_id.clone(),
            handle: handle.into(),
            system_prompt: format!("You are {handle}, terse."),
            provider: "fake".into(),
            model: model.into(),
            reply_mode: mode as i32,
            ..Default::default()
        })
        .await
        .success()
        .replr
        .expect("CreateReplr returns the REPLR");
    team.owner
        .add_replr(&team.room.room_id, &replr.replr_id)
        .await;
    replr
}

fn send_request(room: &Room, text: &str) -> SendMessageRequest {
    SendMessageRequest {
        room_id: room.room_id.clone(),
        text: text.into(),
        ..Default::default()
    }
}

async fn send(by: &Actor, room: &Room, text: &str) -> SendMessageResponse {
    by.messages()
        .send_message(send_request(room, text))
        .await
        .success()
}

async fn stream(by: &Actor, room: &Room, text: &str) -> Streaming<SendMessageStreamResponse> {
    by.messages()
        .send_message_stream(SendMessageStreamRequest {
            room_id: room.room_id.clone(),
            text: text.into(),
            ..Default::default()
        })
        .await
        .success()
}

async fn next_item(items: &mut Streaming<SendMessageStreamResponse>) -> Option<Item> {
    tokio::time::timeout(WAIT, items.message())
        .await
        .unwrap_or_else(|_| panic!("nothing on the stream within {WAIT:?}"))
        .unwrap_or_else(|status| panic!("the stream failed: {}", describe(&status)))
        .map(|item| item.kind.expect("an item has a kind"))
}

/// What a SendMessageStream delivered for one reply.
struct Streamed {
    message: Message,
    started: Vec<Message>,
    deltas: Vec<ReplyDelta>,
    finished: Vec<Message>,
}

impl Streamed {
    async fn read(mut items: Streaming<SendMessageStreamResponse>) -> Streamed {
        let Some(Item::Message(message)) = next_item(&mut items).await else {
            panic!("the stored message comes first");
        };
        let mut streamed = Streamed {
            message,
            started: Vec::new(),
            deltas: Vec::new(),
            finished: Vec::new(),
        };
        while let Some(item) = next_item(&mut items).await {
            match item {
                Item::ReplyStarted(reply) => streamed.started.push(reply),
                Item::ReplyDelta(delta) => streamed.deltas.push(delta),
                Item::ReplyFinished(reply) => streamed.finished.push(reply),
                Item::Message(_) => panic!("the message comes once"),
            }
        }
        streamed
    }

    fn text(&self) -> String {
        self.deltas.iter().map(|d| d.text.as_str()).collect()
    }
}

fn reply_of(message: &Message) -> &Reply {
    message
        .reply
        .as_ref()
        .expect("a REPLR's message has `reply`")
}

fn state(message: &Message) -> ReplyState {
    reply_of(message).state()
}

async fn job(by: &Actor, reply: &Message) -> GetReplyJobResponse {
    by.messages()
        .get_reply_job(GetReplyJobRequest {
            job_id: reply.message_id.clone(),
        })
        .await
        .success()
}

/// Polls GetReplyJob until the reply has ended.
async fn ended(by: &Actor, reply: &Message) -> Message {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let job = job(by, reply).await;
        if job.done {
            return job.reply.expect("a job has its reply");
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the reply never ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A live feed of a room; its reads fail the test after [`WAIT`].
struct Feed(Streaming<SubscribeResponse>);

impl Feed {
    async fn open(by: &Actor, room: &Room) -> Feed {
        let request = SubscribeRequest {
            room_ids: vec![room.room_id.clone()],
            ..Default::default()
        };
        Feed(by.events().subscribe(request).await.success())
    }

    /// A feed of `room` from `cursor` (empty: from now).
    async fn resume(by: &Actor, room: &Room, cursor: &str) -> Feed {
        let request = SubscribeRequest {
            room_ids: vec![room.room_id.clone()],
            cursor: cursor.into(),
            ..Default::default()
        };
        Feed(by.events().subscribe(request).await.success())
    }

    /// The next event within `wait`, heartbeats included; `None` when
    /// nothing came.
    async fn next_within(&mut self, wait: Duration) -> Option<Event> {
        let item = tokio::time::timeout(wait, self.0.message()).await.ok()?;
        let item = item.unwrap_or_else(|status| panic!("the stream failed: {}", describe(&status)));
        Some(item.expect("the stream goes on").event.expect("an event"))
    }

    /// The next event, heartbeats skipped.
    async fn next(&mut self) -> Event {
        loop {
            let event = tokio::time::timeout(WAIT, self.0.message())
                .await
                .unwrap_or_else(|_| panic!("no event within {WAIT:?}"))
                .unwrap_or_else(|status| panic!("the stream failed: {}", describe(&status)))
                .expect("the stream goes on")
                .event
                .expect("an event");
            if !matches!(event.kind, Some(Kind::Heartbeat(_))) {
                return event;
            }
        }
    }

    /// Events until (and with) the end of the reply `reply_id`.
    async fn until_end_of(&mut self, reply_id: &str) -> Vec<Event> {
        let mut events = Vec::new();
        loop {
            let event = self.next().await;
            let end = matches!(
                &event.kind,
                Some(Kind::ReplyCompleted(m) | Kind::ReplyFailed(m) | Kind::ReplyCancelled(m))
                    if m.message_id == reply_id
            );
            events.push(event);
            if end {
                return events;
            }
        }
    }
}

/// The text a client following `events` shows for a reply: snapshots
/// replace it, the next delta is appended, older ones are ignored.
fn follow_text(events: &[Event], reply_id: &str) -> String {
    let (mut text, mut last) = (String::new(), 0);
    for event in events {
        if let Some(Kind::ReplyDelta(delta)) = &event.kind {
            assert_eq!(delta.message_id, reply_id);
            if delta.snapshot {
                text.clone_from(&delta.text);
                last = delta.sequence;
            } else if delta.sequence == last + 1 {
                text.push_str(&delta.text);
                last = delta.sequence;
            } else {
                assert!(delta.sequence <= last, "a gap in the deltas: {events:?}");
            }
        }
    }
    text
}

#[tokio::test]
async fn a_mention_streams_a_reply_token_by_token_and_stores_it() {
    for transport in [Transport::Grpc, Transport::GrpcWeb] {
        let api = api(transport);
        let team = api.team().await;
        let model = if transport == Transport::Grpc {
            "stream"
        } else {
            "web"
        };
        // Over gRPC-Web the tokens come back to back: the caller still
        // gets every one as its own delta, from the first (no snapshot).
        let delay = if transport == Transport::Grpc { 10 } else { 0 };
        let script = Script::tokens(&["Hel", "lo", ", ", "@", "someone", "!"])
            .token_delay(Duration::from_millis(delay));
        fake().script_model(model, Behaviour::stream(script));
        let replr = replr_in(&team, "Bot", model, ReplyMode::OnMention).await;

        let streamed = Streamed::read(stream(&team.member, &team.room, "@bot hello?").await).await;
        assert_eq!(streamed.message.text, "@bot hello?");
        let [started] = streamed.started.as_slice() else {
            panic!("one reply starts: {:?}", streamed.started);
        };
        assert!(is_uuid_v7(&started.message_id));
        assert_eq!(state(started), ReplyState::Streaming);
        assert_eq!(started.text, "");
        let sender = started.sender.as_ref().expect("a sender");
        assert_eq!(sender.r#type(), SenderType::Replr);
        assert_eq!(sender.id, replr.replr_id);
        assert_eq!(sender.username, "Bot");
        let reply = reply_of(started);
        assert_eq!(reply.in_reply_to, streamed.message.message_id);
        assert_eq!(
            (reply.provider.as_str(), reply.model.as_str()),
            ("fake", model)
        );
        assert_eq!(reply.depth, 1);

        let sequences: Vec<i64> = streamed.deltas.iter().map(|d| d.sequence).collect();
        assert_eq!(sequences, [1, 2, 3, 4, 5, 6], "every token, in order");
        assert!(streamed.deltas.iter().all(|d| !d.snapshot));
        assert_eq!(streamed.text(), "Hello, @someone!");
        let [finished] = streamed.finished.as_slice() else {
            panic!("one reply finishes");
        };
        assert_eq!(finished.message_id, started.message_id);
        assert_eq!(state(finished), ReplyState::Complete);
        assert_eq!(finished.text, streamed.text());
        let usage = reply_of(finished).usage.expect("usage once ended");
        assert!(usage.completion_tokens > 0 && usage.prompt_tokens > 0);
        assert!(reply_of(finished).finish_time.is_some());

        // Stored: the reply as it ended, and the REPLR's 💭 on the message.
        let stored = team.owner.get_message(&started.message_id).await;
        assert_eq!(stored.text, "Hello, @someone!");
        assert_eq!(state(&stored), ReplyState::Complete);
        let source = team.owner.get_message(&streamed.message.message_id).await;
        let thinking: Vec<_> = source
            .reactions
            .iter()
            .map(|r| (r.emoji.as_str(), r.count))
            .collect();
        assert_eq!(thinking, [("💭", 1)]);
        let listed = team.owner.messages_in(&team.room.room_id).await;
        let ids: Vec<&str> = listed.iter().map(|m| m.message_id.as_str()).collect();
        assert_eq!(
            ids,
            [source.message_id.as_str(), stored.message_id.as_str()]
        );
    }
}

#[tokio::test]
async fn the_provider_sees_the_persona_and_the_recent_conversation() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model("context", Behaviour::stream(Script::words("Noted.")));
    let replr = replr_in(&team, "Scribe", "context", ReplyMode::OnMention).await;
    team.owner
        .send(&team.room.room_id, "first, from the owner")
        .await;
    let sent = send(&team.member, &team.room, "@scribe what did they say?").await;
    ended(&team.member, &sent.replies[0]).await;

    let requests = fake().requests_for("context");
    let request = requests.last().expect("the provider was called");
    let system = &request.messages[0];
    assert_eq!(system.role, "system");
    assert!(
        system.content.contains("You are Scribe, terse."),
        "{system:?}"
    );
    assert!(system.content.contains("@Scribe"), "{system:?}");
    let rest: Vec<(&str, &str)> = request.messages[1..]
        .iter()
        .map(|m| (m.role.as_str(), m.content.as_str()))
        .collect();
    let owner = format!("@{}: first, from the owner", team.owner.user.username);
    let member = format!("@{}: @scribe what did they say?", team.member.user.username);
    assert_eq!(rest, [("user", owner.as_str()), ("user", member.as_str())]);
    assert_eq!(request.temperature, Some(1.0));
    assert_eq!(request.max_tokens, Some(1024));
    assert_eq!(replr.model, "context");
}

#[tokio::test]
async fn subscribers_see_the_reply_events_and_a_late_one_gets_a_snapshot() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model(
        "events",
        slow("streaming slowly", Duration::from_millis(60)),
    );
    replr_in(&team, "Echo", "events", ReplyMode::OnMention).await;
    let mut early = Feed::open(&team.owner, &team.room).await;
    assert!(matches!(early.next().await.kind, Some(Kind::Subscribed(_))));

    let sent = send(&team.member, &team.room, "@echo go").await;
    let [reply] = sent.replies.as_slice() else {
        panic!("one reply: {:?}", sent.replies);
    };
    assert_eq!(state(reply), ReplyState::Streaming);

    // A late subscriber, mid-reply: a snapshot of the text so far, then
    // the following deltas.
    loop {
        let job = job(&team.owner, reply).await;
        if !job.reply.expect("a reply").text.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut late = Feed::open(&team.member, &team.room).await;
    let first = late.next().await;
    let Some(Kind::ReplyDelta(snapshot)) = &first.kind else {
        panic!("a snapshot first, got {first:?}");
    };
    assert!(snapshot.snapshot && snapshot.sequence >= 1 && !snapshot.text.is_empty());
    assert!(matches!(late.next().await.kind, Some(Kind::Subscribed(_))));
    let mut late_events = vec![first.clone()];
    late_events.extend(late.until_end_of(&reply.message_id).await);

    let early_events = early.until_end_of(&reply.message_id).await;
    let kinds: Vec<&str> = early_events
        .iter()
        .map(|e| match &e.kind {
            Some(Kind::MessageCreated(_)) => "message_created",
            Some(Kind::ReactionAdded(r)) if r.emoji == "💭" => "thinking",
            Some(Kind::ReplyStarted(_)) => "reply_started",
            Some(Kind::ReplyDelta(_)) => "reply_delta",
            Some(Kind::ReplyCompleted(_)) => "reply_completed",
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    let deltas = kinds.iter().filter(|k| **k == "reply_delta").count();
    assert_eq!(deltas, "streaming slowly".chars().count());
    let mut expected = vec!["message_created", "thinking", "reply_started"];
    expected.extend(std::iter::repeat_n("reply_delta", deltas));
    expected.push("reply_completed");
    assert_eq!(kinds, expected);
    let Some(Kind::ReplyCompleted(done)) = &early_events.last().expect("events").kind else {
        unreachable!()
    };
    assert_eq!(done.text, "streaming slowly");
    assert_eq!(follow_text(&early_events, &reply.message_id), done.text);
    assert_eq!(follow_text(&late_events, &reply.message_id), done.text);
    // Deltas are ephemeral: no room sequence number of their own.
    assert!(
        early_events
            .iter()
            .filter(|e| matches!(e.kind, Some(Kind::ReplyDelta(_))))
            .all(|e| e.seq == 0)
    );
}

#[tokio::test]
async fn who_answers_follows_the_reply_mode() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model("every", Behaviour::stream(Script::words("ok")));
    let listener = replr_in(&team, "Listener", "every", ReplyMode::EveryHumanMessage).await;
    let shy = replr_in(&team, "Shy", "every", ReplyMode::OnMention).await;
    let mute = replr_in(&team, "Mute", "every", ReplyMode::Never).await;

    let plain = send(&team.member, &team.room, "no mention here").await;
    let answering: Vec<&str> = plain
        .replies
        .iter()
        .map(|r| r.sender.as_ref().expect("a sender").id.as_str())
        .collect();
    assert_eq!(answering, [listener.replr_id.as_str()]);

    let mentions = send(&team.member, &team.room, "@shy @mute hello").await;
    let mut answering: Vec<&str> = mentions
        .replies
        .iter()
        .map(|r| r.sender.as_ref().expect("a sender").id.as_str())
        .collect();
    answering.sort_unstable();
    let mut expected = [listener.replr_id.as_str(), shy.replr_id.as_str()];
    expected.sort_unstable();
    assert_eq!(
        answering, expected,
        "never-mode REPLRs stay silent, even when mentioned"
    );
    for reply in plain.replies.iter().chain(&mentions.replies) {
        assert_eq!(
            state(&ended(&team.member, reply).await),
            ReplyState::Complete
        );
    }
    // The listener's own replies did not wake it (they are not from a person).
    let listed = team.owner.messages_in(&team.room.room_id).await;
    assert_eq!(
        listed.len(),
        2 + 3,
        "two messages and three replies: {listed:?}"
    );
    let _ = mute;
}

#[tokio::test]
async fn two_replrs_mentioning_each_other_stop_at_the_depth_limit() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model(
        "loop-a",
        Behaviour::stream(Script::words("your turn @ping_b")),
    );
    fake().script_model(
        "loop-b",
        Behaviour::stream(Script::words("no, yours @ping_a")),
    );
    replr_in(&team, "ping_a", "loop-a", ReplyMode::OnMention).await;
    replr_in(&team, "ping_b", "loop-b", ReplyMode::OnMention).await;

    let sent = send(&team.member, &team.room, "@ping_a start").await;
    assert_eq!(sent.replies.len(), 1);
    // Wait until the room is quiet: three replies deep, then nothing.
    let deadline = tokio::time::Instant::now() + WAIT;
    let replies = loop {
        let listed = team.owner.messages_in(&team.room.room_id).await;
        let replies: Vec<Message> = listed.into_iter().filter(|m| m.reply.is_some()).collect();
        let all_ended = replies.iter().all(|r| state(r) != ReplyState::Streaming);
        if replies.len() >= 3 && all_ended {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let again = team.owner.messages_in(&team.room.room_id).await;
            assert_eq!(
                again.iter().filter(|m| m.reply.is_some()).count(),
                replies.len()
            );
            break replies;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the chain never settled: {replies:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let depths: Vec<i32> = replies.iter().map(|r| reply_of(r).depth).collect();
    assert_eq!(depths, [1, 2, 3]);
    let handles: Vec<&str> = replies
        .iter()
        .map(|r| r.sender.as_ref().expect("a sender").username.as_str())
        .collect();
    assert_eq!(handles, ["ping_a", "ping_b", "ping_a"]);
    // Each answers the one before.
    assert_eq!(reply_of(&replies[1]).in_reply_to, replies[0].message_id);
    assert_eq!(reply_of(&replies[2]).in_reply_to, replies[1].message_id);
}

#[tokio::test]
async fn a_provider_failure_mid_stream_fails_the_reply_and_keeps_what_arrived() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    let script = Script::tokens(&["partial", " answer", " never"]).end(End::DropAfter(2));
    fake().script_model("broken", Behaviour::stream(script));
    replr_in(&team, "Flaky", "broken", ReplyMode::OnMention).await;
    let mut feed = Feed::open(&team.owner, &team.room).await;
    assert!(matches!(feed.next().await.kind, Some(Kind::Subscribed(_))));

    let streamed = Streamed::read(stream(&team.member, &team.room, "@flaky try").await).await;
    assert_eq!(streamed.text(), "partial answer");
    let [failed] = streamed.finished.as_slice() else {
        panic!("the reply ends");
    };
    assert_eq!(state(failed), ReplyState::Failed);
    assert_eq!(failed.text, "partial answer");
    let reply = reply_of(failed);
    assert_eq!(reply.failure_reason, "PROVIDER_INTERRUPTED", "{reply:?}");
    assert!(!reply.failure_message.is_empty());
    assert!(reply.usage.expect("usage").estimated);

    let events = feed.until_end_of(&failed.message_id).await;
    assert!(matches!(
        events.last().and_then(|e| e.kind.clone()),
        Some(Kind::ReplyFailed(_))
    ));
    let stored = team.owner.get_message(&failed.message_id).await;
    assert_eq!(
        (state(&stored), stored.text.as_str()),
        (ReplyState::Failed, "partial answer")
    );
}

#[tokio::test]
async fn a_hung_provider_times_out() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model("hung", Behaviour::Hang);
    replr_in(&team, "Sleepy", "hung", ReplyMode::OnMention).await;
    let sent = send(&team.member, &team.room, "@sleepy wake up").await;
    let reply = ended(&team.member, &sent.replies[0]).await;
    assert_eq!(state(&reply), ReplyState::Failed);
    assert_eq!(reply_of(&reply).failure_reason, "PROVIDER_TIMEOUT");
}

#[tokio::test]
async fn cancel_reply_stops_a_streaming_reply_and_keeps_its_text() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model(
        "cancel",
        slow("a long, long answer", Duration::from_millis(100)),
    );
    replr_in(&team, "Talker", "cancel", ReplyMode::OnMention).await;
    let outsider = api.new_user("outsider").await;
    let bystander = api.new_user_known_to(&team.owner, "bystander").await;
    team.owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: team.space.space_id.clone(),
            user_id: bystander.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();
    bystander.join(&team.room.room_id).await;

    let sent = send(&team.member, &team.room, "@talker tell me everything").await;
    let reply = &sent.replies[0];
    loop {
        if !job(&team.member, reply)
            .await
            .reply
            .expect("a reply")
            .text
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let cancel = |by: &Actor| {
        let request = CancelReplyRequest {
            message_id: reply.message_id.clone(),
        };
        let mut client = by.messages();
        async move { client.cancel_reply(request).await }
    };
    let denied = cancel(&bystander)
        .await
        .expect_err("a bystander may not cancel");
    assert_eq!(denied.code(), Code::PermissionDenied);
    let hidden = cancel(&outsider)
        .await
        .expect_err("an outsider sees nothing");
    assert_eq!(hidden.code(), Code::NotFound);
    assert_eq!(reason(&hidden).as_deref(), Some("REPLY_NOT_FOUND"));

    let cancelled = cancel(&team.member)
        .await
        .success()
        .reply
        .expect("the reply");
    assert_eq!(state(&cancelled), ReplyState::Cancelled);
    assert!(!cancelled.text.is_empty());
    assert!(
        "a long, long answer".starts_with(&cancelled.text),
        "{}",
        cancelled.text
    );
    assert_ne!(cancelled.text, "a long, long answer");
    let again = cancel(&team.owner)
        .await
        .success()
        .reply
        .expect("the reply");
    assert_eq!(
        again.text, cancelled.text,
        "cancelling again changes nothing"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let stored = team.owner.get_message(&reply.message_id).await;
    assert_eq!(
        (state(&stored), &stored.text),
        (ReplyState::Cancelled, &cancelled.text)
    );

    // A completed reply cannot be cancelled; a person's message is no reply.
    fake().script_model("cancel", Behaviour::stream(Script::words("quick")));
    let quick = send(&team.member, &team.room, "@talker quick").await;
    ended(&team.member, &quick.replies[0]).await;
    let request = CancelReplyRequest {
        message_id: quick.replies[0].message_id.clone(),
    };
    let finished = team
        .member
        .messages()
        .cancel_reply(request)
        .await
        .expect_err("ended");
    assert_eq!(finished.code(), Code::FailedPrecondition);
    assert_eq!(reason(&finished).as_deref(), Some("REPLY_FINISHED"));
    let request = CancelReplyRequest {
        message_id: quick.message.expect("the message").message_id,
    };
    let not_reply = team
        .member
        .messages()
        .cancel_reply(request)
        .await
        .expect_err("no reply");
    assert_eq!(reason(&not_reply).as_deref(), Some("REPLY_NOT_FOUND"));
}

#[tokio::test]
async fn wait_for_replies_returns_the_completed_replies() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model("wait", slow("done soon", Duration::from_millis(10)));
    replr_in(&team, "Waiter", "wait", ReplyMode::OnMention).await;
    let response = team
        .member
        .messages()
        .send_message(SendMessageRequest {
            wait_for_replies: true,
            ..send_request(&team.room, "@waiter hi")
        })
        .await
        .success();
    let [reply] = response.replies.as_slice() else {
        panic!("one reply");
    };
    assert_eq!(state(reply), ReplyState::Complete);
    assert_eq!(reply.text, "done soon");
}

#[tokio::test]
async fn get_reply_job_shows_progress_and_the_end() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model("poll", slow("step by step", Duration::from_millis(50)));
    replr_in(&team, "Poller", "poll", ReplyMode::OnMention).await;
    let sent = send(&team.member, &team.room, "@poller go").await;
    let reply = &sent.replies[0];
    let mut seen = Vec::new();
    let last = loop {
        let job = job(&team.member, reply).await;
        let text = job.reply.as_ref().expect("a reply").text.clone();
        if job.done {
            break job.reply.expect("a reply");
        }
        assert!("step by step".starts_with(&text), "{text:?}");
        seen.push(text);
        tokio::time::sleep(Duration::from_millis(40)).await;
    };
    assert!(
        seen.iter().any(|t| !t.is_empty() && t != "step by step"),
        "{seen:?}"
    );
    assert_eq!(
        (state(&last), last.text.as_str()),
        (ReplyState::Complete, "step by step")
    );

    let unknown = team
        .member
        .messages()
        .get_reply_job(GetReplyJobRequest {
            job_id: roundtable_tests::unknown_id(),
        })
        .await
        .expect_err("no such job");
    assert_eq!(reason(&unknown).as_deref(), Some("REPLY_NOT_FOUND"));
    let invalid = team
        .member
        .messages()
        .get_reply_job(GetReplyJobRequest {
            job_id: "nope".into(),
        })
        .await
        .expect_err("not an id");
    assert_eq!(invalid.code(), Code::InvalidArgument);
}

#[tokio::test]
async fn a_reply_goes_on_when_its_watcher_disconnects() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model(
        "survive",
        slow("still here at the end", Duration::from_millis(30)),
    );
    replr_in(&team, "Stayer", "survive", ReplyMode::OnMention).await;
    let mut items = stream(&team.member, &team.room, "@stayer go").await;
    assert!(matches!(
        next_item(&mut items).await,
        Some(Item::Message(_))
    ));
    let Some(Item::ReplyStarted(reply)) = next_item(&mut items).await else {
        panic!("the reply starts");
    };
    assert!(matches!(
        next_item(&mut items).await,
        Some(Item::ReplyDelta(_))
    ));
    drop(items);
    let ended = ended(&team.member, &reply).await;
    assert_eq!(
        (state(&ended), ended.text.as_str()),
        (ReplyState::Complete, "still here at the end")
    );
}

#[tokio::test]
async fn resuming_after_random_disconnects_while_replies_stream_loses_and_repeats_nothing() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    let text = "resumable replies stream on";
    fake().script_model("resume", slow(text, Duration::from_millis(12)));
    replr_in(&team, "Relay", "resume", ReplyMode::OnMention).await;
    let mut feed = Feed::resume(&team.owner, &team.room, "").await;
    let subscribed = feed.next().await;
    assert!(matches!(subscribed.kind, Some(Kind::Subscribed(_))));
    let mut cursor = subscribed.cursor;
    drop(feed);

    // Mentions (each: the message, 💭, reply_started, and later its end)
    // and plain messages, while the reader below keeps hanging up.
    let rounds = 8;
    let (member, room) = (api.reconnect(&team.member), team.room.clone());
    let producer = tokio::spawn(async move {
        let mut replies = Vec::new();
        for round in 0..rounds {
            let sent = send(&member, &room, &format!("@relay round {round}")).await;
            replies.extend(sent.replies);
            member.send(&room.room_id, &format!("plain {round}")).await;
            tokio::time::sleep(Duration::from_millis(rand::random_range(0..120))).await;
        }
        for reply in &replies {
            ended(&member, reply).await;
        }
        replies
    });

    // One connection's events at a time: the stored ones are checked
    // together at the end, the deltas per connection, where their
    // sequence must have no gap after a reply's start or snapshot.
    let mut stored: Vec<Event> = Vec::new();
    let mut connections: Vec<Vec<Event>> = Vec::new();
    let mut quiet_rounds = 0;
    while !producer.is_finished() || quiet_rounds < 2 {
        let mut feed = Feed::resume(&team.owner, &team.room, &cursor).await;
        let mut seen = Vec::new();
        let mut quiet = true;
        for _ in 0..rand::random_range(1..=40) {
            let Some(event) = feed.next_within(Duration::from_millis(500)).await else {
                break;
            };
            cursor = event.cursor.clone();
            match event.kind {
                Some(Kind::Heartbeat(_) | Kind::Subscribed(_)) => {}
                Some(Kind::ReplyDelta(_)) => {
                    quiet = false;
                    seen.push(event);
                }
                _ => {
                    quiet = false;
                    stored.push(event.clone());
                    seen.push(event);
                }
            }
        }
        drop(feed);
        connections.push(seen);
        quiet_rounds = if quiet && producer.is_finished() {
            quiet_rounds + 1
        } else {
            0
        };
        tokio::time::sleep(Duration::from_millis(rand::random_range(0..80))).await;
    }
    let replies = producer.await.expect("the producer finishes");
    assert_eq!(replies.len(), rounds);

    // Every stored event once, in order, and exactly those the log holds.
    let seqs: Vec<i64> = stored.iter().map(|e| e.seq).collect();
    let first = seqs[0];
    let expected: Vec<i64> = (first..first + seqs.len() as i64).collect();
    assert_eq!(seqs, expected, "consecutive, no gap, no repeat");
    assert_eq!(
        stored.len(),
        rounds * 5,
        "message, 💭, start, end, plain message per round"
    );
    for reply in &replies {
        let ends: Vec<&Message> = stored
            .iter()
            .filter_map(|e| match &e.kind {
                Some(Kind::ReplyCompleted(m)) if m.message_id == reply.message_id => Some(m),
                _ => None,
            })
            .collect();
        assert_eq!(ends.len(), 1, "one end for {}", reply.message_id);
        assert_eq!(ends[0].text, text);
    }

    // Within each connection, what a client shows of a reply is always a
    // beginning of its final text.
    let mut followed = 0;
    for events in &connections {
        for reply in &replies {
            let shown = follow_text(
                &events
                    .iter()
                    .filter(|e| matches!(&e.kind, Some(Kind::ReplyDelta(d)) if d.message_id == reply.message_id))
                    .cloned()
                    .collect::<Vec<_>>(),
                &reply.message_id,
            );
            assert!(
                text.starts_with(&shown),
                "{shown:?} is not how {text:?} begins"
            );
            followed += usize::from(!shown.is_empty());
        }
    }
    assert!(followed > 0, "some deltas were seen live");
}
