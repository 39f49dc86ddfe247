//! Sessions in the event log: `Subscribe` with `session_ids` gives the
//! session's owner and the users it is shared with every message, answer
//! start, delta, end, regeneration, rating and deletion, replayed from a
//! cursor as a room's events are, with a snapshot mid-answer; others get
//! NOT_FOUND, a revoked share hears nothing more, and rooms' subscriptions
//! never carry a session's events.
//!
//! The provider is a fake OpenAI-compatible server started by this file;
//! each test scripts its own model.

use std::sync::OnceLock;
use std::time::Duration;

use roundtable_tests::fake_openai::{Behaviour, FakeOpenAi, Script};
use roundtable_tests::outcome::describe;
use roundtable_tests::proto::event::Kind;
use roundtable_tests::proto::*;
use roundtable_tests::{Actor, Api, Outcome, TestServer, Transport};
use tonic::{Code, Streaming};

/// How long a stream may stay silent when something is due.
const WAIT: Duration = Duration::from_secs(20);

const MODELS: &[&str] = &["kinds", "resume", "shared", "rooms"];

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

async fn session(owner: &Actor, space: &Space, model: &str) -> Session {
    owner
        .sessions()
        .create_session(CreateSessionRequest {
            space_id: space.space_id.clone(),
            provider: "fake".into(),
            model: model.into(),
            ..Default::default()
        })
        .await
        .success()
        .session
        .expect("CreateSession returns the session")
}

/// Sends without waiting; returns the job id.
async fn send(owner: &Actor, session: &Session, text: &str) -> SendSessionMessageResponse {
    owner
        .sessions()
        .send_session_message(SendSessionMessageRequest {
            session_id: session.session_id.clone(),
            text: text.into(),
            r#async: true,
            ..Default::default()
        })
        .await
        .success()
}

/// The answer once it has ended, polled.
async fn ended(owner: &Actor, job_id: &str) -> SessionMessage {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let job = owner
            .sessions()
            .get_session_job(GetSessionJobRequest {
                job_id: job_id.into(),
            })
            .await
            .success();
        if job.done {
            return job.answer.expect("a job has its answer");
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the answer never ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A live feed of sessions from `cursor` (empty: from now).
struct Feed(Streaming<SubscribeResponse>);

impl Feed {
    async fn open(by: &Actor, sessions: &[&Session], cursor: &str) -> Feed {
        let request = SubscribeRequest {
            session_ids: sessions.iter().map(|s| s.session_id.clone()).collect(),
            cursor: cursor.into(),
            ..Default::default()
        };
        Feed(by.events().subscribe(request).await.success())
    }

    async fn next_within(&mut self, wait: Duration) -> Option<Event> {
        let item = tokio::time::timeout(wait, self.0.message()).await.ok()?;
        let item = item.unwrap_or_else(|status| panic!("the stream failed: {}", describe(&status)));
        Some(item.expect("the stream goes on").event.expect("an event"))
    }

    /// The next event that is no heartbeat.
    async fn next(&mut self) -> Event {
        loop {
            let event = self
                .next_within(WAIT)
                .await
                .unwrap_or_else(|| panic!("no event within {WAIT:?}"));
            if !matches!(event.kind, Some(Kind::Heartbeat(_))) {
                return event;
            }
        }
    }

    /// Stored events until (and with) the one `done` picks; deltas skipped.
    async fn until(&mut self, done: impl Fn(&Kind) -> bool) -> Vec<Event> {
        let mut events = Vec::new();
        loop {
            let event = self.next().await;
            let kind = event.kind.clone().expect("a kind");
            if matches!(kind, Kind::AnswerDelta(_)) {
                continue;
            }
            events.push(event);
            if done(&kind) {
                return events;
            }
        }
    }
}

/// The names of the kinds of `events`, in order.
fn kinds(events: &[Event]) -> Vec<&'static str> {
    events
        .iter()
        .map(|e| match &e.kind {
            Some(Kind::SessionMessageCreated(_)) => "session_message_created",
            Some(Kind::AnswerStarted(_)) => "answer_started",
            Some(Kind::AnswerDelta(_)) => "answer_delta",
            Some(Kind::AnswerCompleted(_)) => "answer_completed",
            Some(Kind::AnswerFailed(_)) => "answer_failed",
            Some(Kind::AnswerCancelled(_)) => "answer_cancelled",
            Some(Kind::AnswerRegenerated(_)) => "answer_regenerated",
            Some(Kind::MessageRated(_)) => "message_rated",
            Some(Kind::SessionMessageDeleted(_)) => "session_message_deleted",
            Some(Kind::Subscribed(_)) => "subscribed",
            other => panic!("not a session's event: {other:?}"),
        })
        .collect()
}

/// The text a client shows from the deltas of `events`: a snapshot
/// replaces it, the next delta in sequence extends it, an older one is
/// ignored; a gap fails.
fn follow_text(events: &[Event]) -> String {
    let (mut text, mut last) = (String::new(), 0);
    for event in events {
        if let Some(Kind::AnswerDelta(delta)) = &event.kind {
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
async fn a_session_subscription_hears_every_kind_of_session_event() {
    for transport in [Transport::Grpc, Transport::GrpcWeb] {
        let api = api(transport);
        let owner = api.new_user("owner").await;
        let space = api.space_with(&owner, &[]).await;
        fake().script_model("kinds", slow("fine", Duration::from_millis(5)));
        let session = session(&owner, &space, "kinds").await;
        let mut feed = Feed::open(&owner, &[&session], "").await;
        assert!(matches!(feed.next().await.kind, Some(Kind::Subscribed(_))));

        let sent = send(&owner, &session, "How are you?").await;
        let first = feed.until(|k| matches!(k, Kind::AnswerCompleted(_))).await;
        assert_eq!(
            kinds(&first),
            [
                "session_message_created",
                "answer_started",
                "answer_completed"
            ]
        );
        for event in &first {
            assert_eq!(event.session_id, session.session_id);
            assert_eq!(event.room_id, "", "a session's events name no room");
        }
        let seqs: Vec<i64> = first.iter().map(|e| e.seq).collect();
        assert_eq!(
            seqs,
            [1, 2, 3],
            "a session counts its events as a room does"
        );
        let Some(Kind::SessionMessageCreated(message)) = &first[0].kind else {
            unreachable!()
        };
        assert_eq!(message.text, "How are you?");
        assert_eq!(message.author_id, owner.id);
        let Some(Kind::AnswerCompleted(answer)) = &first[2].kind else {
            unreachable!()
        };
        assert_eq!(answer.message_id, sent.job_id);
        assert_eq!(answer.text, "fine");
        assert_eq!(answer.version, 1);

        // Regenerate, rate, delete.
        owner
            .sessions()
            .regenerate_answer(RegenerateAnswerRequest {
                session_id: session.session_id.clone(),
                r#async: false,
            })
            .await
            .success();
        let regenerated = feed.until(|k| matches!(k, Kind::AnswerCompleted(_))).await;
        assert_eq!(
            kinds(&regenerated),
            ["answer_regenerated", "answer_completed"]
        );
        let Some(Kind::AnswerCompleted(second)) = &regenerated[1].kind else {
            unreachable!()
        };
        assert_eq!((second.version, second.latest), (2, true));
        owner
            .sessions()
            .rate_message(RateMessageRequest {
                message_id: second.message_id.clone(),
                rating: Rating::Up as i32,
                comment: "better".into(),
            })
            .await
            .success();
        let rated = feed.until(|k| matches!(k, Kind::MessageRated(_))).await;
        let Some(Kind::MessageRated(rated)) = &rated[0].kind else {
            unreachable!()
        };
        let rating = rated.rating.clone().expect("the rating");
        assert_eq!(
            (rating.rating, rating.comment.as_str()),
            (Rating::Up as i32, "better")
        );
        owner
            .sessions()
            .delete_session_message(DeleteSessionMessageRequest {
                message_id: message.message_id.clone(),
            })
            .await
            .success();
        let deleted = feed
            .until(|k| matches!(k, Kind::SessionMessageDeleted(_)))
            .await;
        let Some(Kind::SessionMessageDeleted(gone)) = &deleted[0].kind else {
            unreachable!()
        };
        assert_eq!(
            (gone.message_id.as_str(), gone.text.as_str()),
            (message.message_id.as_str(), "")
        );

        // A replay from before the first message gives the same events again.
        let mut replay = Feed::open(&owner, &[&session], &first[0].cursor).await;
        let again = replay
            .until(|k| matches!(k, Kind::SessionMessageDeleted(_)))
            .await;
        assert_eq!(
            kinds(&again),
            [
                "answer_started",
                "answer_completed",
                "answer_regenerated",
                "answer_completed",
                "message_rated",
                "session_message_deleted"
            ],
            "{transport:?}"
        );
    }
}

#[tokio::test]
async fn resuming_a_session_after_random_disconnects_mid_answer_loses_and_repeats_nothing() {
    let api = api(Transport::Grpc);
    let owner = api.new_user("owner").await;
    let space = api.space_with(&owner, &[]).await;
    let text = "an answer long enough to be cut many times on its way";
    fake().script_model("resume", slow(text, Duration::from_millis(15)));
    let session = session(&owner, &space, "resume").await;
    let mut feed = Feed::open(&owner, &[&session], "").await;
    let subscribed = feed.next().await;
    assert!(matches!(subscribed.kind, Some(Kind::Subscribed(_))));
    let mut cursor = subscribed.cursor;
    drop(feed);

    let rounds = 4;
    let producer = {
        let (owner, session) = (api.reconnect(&owner), session.clone());
        tokio::spawn(async move {
            let mut answers = Vec::new();
            for round in 0..rounds {
                let sent = send(&owner, &session, &format!("question {round}")).await;
                answers.push(ended(&owner, &sent.job_id).await);
            }
            answers
        })
    };

    // One connection at a time, cut after a random number of events: the
    // stored events are checked together, the deltas per connection.
    let mut stored: Vec<Event> = Vec::new();
    let mut connections: Vec<Vec<Event>> = Vec::new();
    let mut quiet_rounds = 0;
    while !producer.is_finished() || quiet_rounds < 2 {
        let mut feed = Feed::open(&owner, &[&session], &cursor).await;
        let mut seen = Vec::new();
        let mut quiet = true;
        for _ in 0..rand::random_range(1..=25) {
            let Some(event) = feed.next_within(Duration::from_millis(500)).await else {
                break;
            };
            cursor = event.cursor.clone();
            match event.kind {
                Some(Kind::Heartbeat(_) | Kind::Subscribed(_)) => {}
                Some(Kind::AnswerDelta(_)) => {
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
        tokio::time::sleep(Duration::from_millis(rand::random_range(0..60))).await;
    }
    let answers = producer.await.expect("the producer finishes");

    // Every stored event once, in order: message, start, end per round.
    let seqs: Vec<i64> = stored.iter().map(|e| e.seq).collect();
    let expected: Vec<i64> = (1..=(rounds * 3) as i64).collect();
    assert_eq!(
        seqs, expected,
        "consecutive from the first, no gap, no repeat"
    );
    for answer in &answers {
        let ends: Vec<&SessionMessage> = stored
            .iter()
            .filter_map(|e| match &e.kind {
                Some(Kind::AnswerCompleted(m)) if m.message_id == answer.message_id => Some(m),
                _ => None,
            })
            .collect();
        assert_eq!(ends.len(), 1, "one end for {}", answer.message_id);
        assert_eq!(
            ends[0].text, answer.text,
            "the end event is the stored answer"
        );
        assert_eq!(answer.text, text);
    }

    // Within each connection, what a client shows of an answer is always a
    // beginning of the stored text; and one connection that saw an answer
    // from its start (or a snapshot) to its end rebuilt it whole.
    let mut followed = 0;
    for events in &connections {
        for answer in &answers {
            let mine: Vec<Event> = events
                .iter()
                .filter(|e| matches!(&e.kind, Some(Kind::AnswerDelta(d)) if d.message_id == answer.message_id))
                .cloned()
                .collect();
            let shown = follow_text(&mine);
            assert!(
                answer.text.starts_with(&shown),
                "{shown:?} is not how {:?} begins",
                answer.text
            );
            followed += usize::from(!shown.is_empty());
        }
    }
    assert!(followed > 0, "some deltas were seen live");

    // Cut once mid-answer: the resumed stream starts with a snapshot of
    // the text so far, then the deltas after it, and what they rebuild is
    // the answer as stored.
    let sent = send(&owner, &session, "one more").await;
    let mut feed = Feed::open(&owner, &[&session], &cursor).await;
    let mut before_the_cut = Vec::new();
    while follow_text(&before_the_cut).chars().count() < 3 {
        let event = feed.next().await;
        cursor = event.cursor.clone();
        before_the_cut.push(event);
    }
    let shown = follow_text(&before_the_cut);
    drop(feed);
    let mut feed = Feed::open(&owner, &[&session], &cursor).await;
    let mut resumed = Vec::new();
    let completed = loop {
        let event = feed.next().await;
        if let Some(Kind::AnswerCompleted(answer)) = &event.kind {
            break answer.clone();
        }
        resumed.push(event);
    };
    let first_delta = resumed.iter().find_map(|e| match &e.kind {
        Some(Kind::AnswerDelta(delta)) => Some(delta.clone()),
        _ => None,
    });
    let first_delta = first_delta.expect("the resumed stream follows the answer");
    assert!(
        first_delta.snapshot,
        "a resume mid-answer starts with a snapshot"
    );
    assert!(
        first_delta.text.starts_with(&shown),
        "the snapshot {:?} holds the text so far, {shown:?}",
        first_delta.text
    );
    assert_eq!(
        follow_text(&resumed),
        completed.text,
        "rebuilt from snapshot and deltas"
    );
    let stored = owner
        .sessions()
        .get_session_message(GetSessionMessageRequest {
            message_id: sent.job_id.clone(),
        })
        .await
        .success()
        .message
        .expect("the answer");
    assert_eq!(stored.text, text);
    assert_eq!(completed.text, stored.text);
}

#[tokio::test]
async fn readers_of_a_shared_session_hear_it_until_revoked_and_others_get_not_found() {
    let api = api(Transport::Grpc);
    let owner = api.new_user("owner").await;
    let reader = api.new_user("reader").await;
    let stranger = api.new_user("stranger").await;
    let space = api
        .space_with(
            &owner,
            &[(&reader, SpaceRole::Member), (&stranger, SpaceRole::Member)],
        )
        .await;
    fake().script_model("shared", slow("ok", Duration::from_millis(5)));
    let session = session(&owner, &space, "shared").await;

    // Someone it is not shared with: NOT_FOUND, as if it did not exist.
    let refused = stranger
        .events()
        .subscribe(SubscribeRequest {
            session_ids: vec![session.session_id.clone()],
            ..Default::default()
        })
        .await;
    refused.rejected(Code::NotFound, "SESSION_NOT_FOUND");

    owner
        .sessions()
        .share_session(ShareSessionRequest {
            session_id: session.session_id.clone(),
            user_id: reader.id.clone(),
        })
        .await
        .success();
    let mut feed = Feed::open(&reader, &[&session], "").await;
    assert!(matches!(feed.next().await.kind, Some(Kind::Subscribed(_))));
    send(&owner, &session, "for both of us").await;
    let heard = feed.until(|k| matches!(k, Kind::AnswerCompleted(_))).await;
    assert_eq!(
        kinds(&heard),
        [
            "session_message_created",
            "answer_started",
            "answer_completed"
        ]
    );

    owner
        .sessions()
        .revoke_session_share(RevokeSessionShareRequest {
            session_id: session.session_id.clone(),
            user_id: reader.id.clone(),
        })
        .await
        .success();
    let sent = send(&owner, &session, "just me now").await;
    ended(&owner, &sent.job_id).await;
    while let Some(event) = feed.next_within(Duration::from_millis(500)).await {
        assert!(
            matches!(event.kind, Some(Kind::Heartbeat(_))),
            "a revoked reader heard {event:?}"
        );
    }
}

#[tokio::test]
async fn a_rooms_subscription_never_carries_a_sessions_events() {
    let api = api(Transport::Grpc);
    let team = api.team().await;
    fake().script_model("rooms", slow("hi", Duration::from_millis(5)));
    let session = session(&team.owner, &team.space, "rooms").await;
    let mut space_feed = Feed(
        team.owner
            .events()
            .subscribe(SubscribeRequest {
                space_id: team.space.space_id.clone(),
                ..Default::default()
            })
            .await
            .success(),
    );
    assert!(matches!(
        space_feed.next().await.kind,
        Some(Kind::Subscribed(_))
    ));
    let sent = send(&team.owner, &session, "private").await;
    ended(&team.owner, &sent.job_id).await;
    team.owner.send(&team.room.room_id, "public").await;
    let event = space_feed.next().await;
    let Some(Kind::MessageCreated(message)) = &event.kind else {
        panic!("the room's message comes first and alone: {event:?}");
    };
    assert_eq!(message.text, "public");

    // Nor do room RPCs find a session's conversation.
    let listed = team
        .owner
        .rooms()
        .list_rooms(ListRoomsRequest {
            space_id: team.space.space_id.clone(),
            ..Default::default()
        })
        .await
        .success();
    assert!(
        listed.rooms.iter().all(|r| r.room_id != session.session_id),
        "a session is no room"
    );
    team.owner
        .rooms()
        .get_room(GetRoomRequest {
            room_id: session.session_id.clone(),
        })
        .await
        .rejected_with_code(Code::NotFound);
    team.owner
        .messages()
        .send_message(SendMessageRequest {
            room_id: session.session_id.clone(),
            text: "through the room API".into(),
            ..Default::default()
        })
        .await
        .rejected_with_code(Code::NotFound);
}
