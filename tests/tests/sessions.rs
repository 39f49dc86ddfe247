//! Sessions: private AI chats. Answers streamed token by token, returned
//! whole, or made in the background and polled; provider failures; answers
//! regenerated with the earlier versions kept; ratings, person-written
//! assistant messages; public links read without credentials, shares with
//! users; who may do what; summaries, translations, transcriptions; credits.
//!
//! The provider is a fake OpenAI-compatible server started by this file,
//! beside a fast offline provider. Each test scripts models of its own,
//! named after the test and the transport, so tests do not disturb each
//! other.

use std::sync::OnceLock;
use std::time::Duration;

use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use prost::bytes::Bytes;
use roundtable_tests::fake_openai::{
    Behaviour, End, FakeOpenAi, Script, Transcription as Transcribed,
};
use roundtable_tests::outcome::{assert_field_violation, describe, reason};
use roundtable_tests::proto::assist_service_client::AssistServiceClient;
use roundtable_tests::proto::credit_service_client::CreditServiceClient;
use roundtable_tests::proto::send_session_message_stream_response::Kind as Item;
use roundtable_tests::proto::session_service_client::SessionServiceClient;
use roundtable_tests::proto::watch_session_job_response::Kind as Watched;
use roundtable_tests::proto::*;
use roundtable_tests::transport::with_bearer;
use roundtable_tests::{Actor, Api, Channel, Outcome, Team, TestServer, Transport, is_uuid_v7};
use serde_json::{Value, json};
use tonic::{Code, Status, Streaming};
use tonic_types::StatusExt;

/// How long a stream may stay silent when something is due.
const WAIT: Duration = Duration::from_secs(20);

/// The models tests script, each once per transport (`NAME-grpc`,
/// `NAME-web`).
const MODELS: &[&str] = &[
    "stream",
    "unary",
    "async",
    "watch",
    "broken",
    "regen",
    "busy",
    "summary",
    "room",
    "translate",
    "share",
    "rate",
    "repeat",
    "survive",
    "context",
    "rest",
    "private",
];

/// The fake provider and a server whose provider `fake` (the default)
/// points at it, beside a fast `offline` provider.
fn setup() -> &'static (FakeOpenAi, TestServer) {
    static SETUP: OnceLock<(FakeOpenAi, TestServer)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let fake = FakeOpenAi::start();
        let models: Vec<String> = MODELS
            .iter()
            .flat_map(|m| [format!("\"{m}-grpc\""), format!("\"{m}-web\"")])
            .collect();
        let server = TestServer::start_with_config(
            &format!(
                r#"
                default_provider = "fake"

                [providers.fake]
                kind = "openai"
                base_url = "{}"
                api_key = "sk-test"
                models = ["plain", {}]
                [providers.fake.timeouts]
                connect_seconds = 2
                first_token_seconds = 5
                idle_seconds = 5

                [providers.offline]
                kind = "offline"
                tokens_per_second = 500
                "#,
                fake.base_url(),
                models.join(", ")
            ),
            &[],
        );
        (fake, server)
    })
}

fn fake() -> &'static FakeOpenAi {
    &setup().0
}

/// One test's view of the server, over one transport.
struct Env {
    api: Api,
    transport: Transport,
    channel: Channel,
}

impl Env {
    fn new(transport: Transport) -> Env {
        let server = &setup().1;
        Env {
            api: server.api(transport),
            transport,
            channel: transport.connect(server.addr()),
        }
    }

    /// This test's own name for a scripted model.
    fn model(&self, name: &str) -> String {
        match self.transport {
            Transport::Grpc => format!("{name}-grpc"),
            Transport::GrpcWeb => format!("{name}-web"),
        }
    }

    fn sessions(&self, actor: &Actor) -> SessionServiceClient<Channel> {
        SessionServiceClient::new(with_bearer(self.channel.clone(), &actor.secret))
    }

    fn assist(&self, actor: &Actor) -> AssistServiceClient<Channel> {
        AssistServiceClient::new(with_bearer(self.channel.clone(), &actor.secret))
    }

    /// A session client that sends no credentials.
    fn anonymous(&self) -> SessionServiceClient<Channel> {
        SessionServiceClient::new(self.channel.clone())
    }

    /// A new session of `owner`'s in `space` on the fake's `model`.
    async fn session(&self, owner: &Actor, space: &Space, model: &str) -> Session {
        self.session_on(owner, space, "fake", model).await
    }

    async fn session_on(
        &self,
        owner: &Actor,
        space: &Space,
        provider: &str,
        model: &str,
    ) -> Session {
        self.sessions(owner)
            .create_session(CreateSessionRequest {
                space_id: space.space_id.clone(),
                name: "Trip planning".into(),
                provider: provider.into(),
                model: model.into(),
                system_prompt: "You are a helpful travel agent.".into(),
                temperature: Some(0.5),
                ..Default::default()
            })
            .await
            .success()
            .session
            .expect("CreateSession returns the session")
    }

    /// Sends `text` and waits for the answer.
    async fn ask(&self, by: &Actor, session: &Session, text: &str) -> SendSessionMessageResponse {
        self.sessions(by)
            .send_session_message(send(session, text))
            .await
            .success()
    }

    async fn stream(
        &self,
        by: &Actor,
        session: &Session,
        text: &str,
    ) -> Streaming<SendSessionMessageStreamResponse> {
        self.sessions(by)
            .send_session_message_stream(SendSessionMessageStreamRequest {
                session_id: session.session_id.clone(),
                text: text.into(),
                request_id: String::new(),
                ..Default::default()
            })
            .await
            .success()
    }

    /// The answer once it has ended, polling GetSessionJob.
    async fn ended(&self, by: &Actor, job_id: &str) -> SessionMessage {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let job = self.job(by, job_id).await;
            if job.done {
                return job.answer.expect("a job has its answer");
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "the answer never ended"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn job(&self, by: &Actor, job_id: &str) -> GetSessionJobResponse {
        self.sessions(by)
            .get_session_job(GetSessionJobRequest {
                job_id: job_id.into(),
            })
            .await
            .success()
    }

    async fn messages(&self, by: &Actor, session: &Session) -> Vec<SessionMessage> {
        self.sessions(by)
            .list_session_messages(ListSessionMessagesRequest {
                session_id: session.session_id.clone(),
                page_size: 200,
                ..Default::default()
            })
            .await
            .success()
            .messages
    }

    async fn message(&self, by: &Actor, message_id: &str) -> SessionMessage {
        self.sessions(by)
            .get_session_message(GetSessionMessageRequest {
                message_id: message_id.into(),
            })
            .await
            .success()
            .message
            .expect("GetSessionMessage returns the message")
    }
}

/// Runs a test once per transport, as `name::grpc` and `name::grpc_web`,
/// against this file's server.
macro_rules! session_test {
    ($name:ident, |$env:ident| $body:expr) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn grpc() {
                let $env = Env::new(Transport::Grpc);
                $body.await
            }

            #[tokio::test]
            async fn grpc_web() {
                let $env = Env::new(Transport::GrpcWeb);
                $body.await
            }
        }
    };
}

fn send(session: &Session, text: &str) -> SendSessionMessageRequest {
    SendSessionMessageRequest {
        session_id: session.session_id.clone(),
        text: text.into(),
        ..Default::default()
    }
}

/// `text` cut into one token per character, `delay` apart.
fn slow(text: &str, delay: Duration) -> Behaviour {
    let tokens: Vec<String> = text.chars().map(String::from).collect();
    Behaviour::stream(Script::tokens(&tokens).token_delay(delay))
}

/// Asserts the deltas bring the tokens in order: each delta the tokens
/// after the previous delta's up to its `sequence` (one token, or several
/// when the reader fell behind), the last ending at the last token.
#[track_caller]
fn assert_tokens_in_order(deltas: &[AnswerDelta], tokens: &[String]) {
    let mut seen = 0usize;
    for delta in deltas {
        let upto = usize::try_from(delta.sequence).expect("a positive sequence");
        assert!(upto > seen && upto <= tokens.len(), "{deltas:?}");
        assert_eq!(delta.text, tokens[seen..upto].concat(), "{deltas:?}");
        seen = upto;
    }
    assert_eq!(seen, tokens.len(), "every token arrived: {deltas:?}");
}

fn state(message: &SessionMessage) -> SessionMessageState {
    SessionMessageState::try_from(message.state).expect("a known state")
}

async fn next_item(items: &mut Streaming<SendSessionMessageStreamResponse>) -> Option<Item> {
    tokio::time::timeout(WAIT, items.message())
        .await
        .unwrap_or_else(|_| panic!("nothing on the stream within {WAIT:?}"))
        .unwrap_or_else(|status| panic!("the stream failed: {}", describe(&status)))
        .map(|item| item.kind.expect("an item has a kind"))
}

/// What a SendSessionMessageStream delivered.
struct Streamed {
    message: SessionMessage,
    started: SessionMessage,
    deltas: Vec<AnswerDelta>,
    answer: SessionMessage,
    /// How the stream ended after the answer: `None` when it just ended.
    error: Option<Status>,
}

impl Streamed {
    async fn read(mut items: Streaming<SendSessionMessageStreamResponse>) -> Streamed {
        let Some(Item::Message(message)) = next_item(&mut items).await else {
            panic!("the stored message comes first");
        };
        let Some(Item::AnswerStarted(started)) = next_item(&mut items).await else {
            panic!("then the answer starts");
        };
        let mut deltas = Vec::new();
        let answer = loop {
            match next_item(&mut items).await {
                Some(Item::Delta(delta)) => deltas.push(delta),
                Some(Item::Answer(answer)) => break answer,
                other => panic!("expected a delta or the answer, got {other:?}"),
            }
        };
        let error = tokio::time::timeout(WAIT, items.message())
            .await
            .expect("the stream ends after the answer")
            .err();
        Streamed {
            message,
            started,
            deltas,
            answer,
            error,
        }
    }

    fn text(&self) -> String {
        self.deltas.iter().map(|d| d.text.as_str()).collect()
    }
}

session_test!(
    a_streamed_answer_arrives_token_by_token_in_order_and_is_stored_whole,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("stream");
        let script = Script::words("Lisbon in May is warm and bright.")
            .token_delay(Duration::from_millis(15));
        fake().script_model(&model, Behaviour::stream(script.clone()));
        let session = env.session(&team.member, &team.space, &model).await;

        let streamed = Streamed::read(
            env.stream(&team.member, &session, "  Where in May?  ")
                .await,
        )
        .await;
        assert!(streamed.error.is_none(), "{:?}", streamed.error);
        assert_eq!(streamed.message.text, "Where in May?");
        assert_eq!(streamed.message.role, SessionMessageRole::User as i32);
        assert_eq!(streamed.message.author_id, team.member.id);
        assert_eq!(state(&streamed.started), SessionMessageState::Streaming);
        assert!(streamed.started.text.is_empty());
        assert_eq!(streamed.started.in_reply_to, streamed.message.message_id);
        assert!(is_uuid_v7(&streamed.started.message_id));

        assert_tokens_in_order(&streamed.deltas, &script.tokens);
        assert!(
            streamed
                .deltas
                .iter()
                .all(|d| !d.snapshot && d.message_id == streamed.started.message_id)
        );
        assert_eq!(streamed.text(), script.text());

        let answer = &streamed.answer;
        assert_eq!(state(answer), SessionMessageState::Complete);
        assert_eq!(answer.text, script.text());
        assert_eq!((answer.version, answer.latest), (1, true));
        assert_eq!(
            (answer.provider.as_str(), answer.model.as_str()),
            ("fake", model.as_str())
        );
        let usage = answer.usage.expect("an ended answer has its usage");
        assert_eq!(usage.completion_tokens, script.tokens.len() as i32);
        assert!(usage.prompt_tokens > 0);
        assert!(answer.finish_time.is_some());

        let stored = env.message(&team.member, &answer.message_id).await;
        assert_eq!(stored.text, script.text());
        assert_eq!(state(&stored), SessionMessageState::Complete);
        let listed = env.messages(&team.member, &session).await;
        let ids: Vec<&str> = listed.iter().map(|m| m.message_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                streamed.message.message_id.as_str(),
                answer.message_id.as_str()
            ]
        );
    }
);

session_test!(the_offline_provider_streams_answers_too, |env| async move {
    let team = env.api.team().await;
    let session = env
        .session_on(&team.member, &team.space, "offline", "")
        .await;
    let streamed = Streamed::read(env.stream(&team.member, &session, "hello there").await).await;
    let answer = &streamed.answer;
    assert_eq!(state(answer), SessionMessageState::Complete);
    assert_eq!(streamed.text(), answer.text);
    let words: Vec<String> = answer
        .text
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i == 0 {
                w.to_string()
            } else {
                format!(" {w}")
            }
        })
        .collect();
    assert!(words.len() > 5, "{}", answer.text);
    assert_tokens_in_order(&streamed.deltas, &words);
    assert!(
        answer.text.contains("\u{201c}hello there\u{201d}"),
        "{}",
        answer.text
    );
    assert_eq!(answer.provider, "offline");
    assert_eq!(answer.model, "roundtable-offline");
    let usage = answer.usage.expect("usage");
    assert!(!usage.estimated, "the offline provider counts exactly");
    assert_eq!(usage.completion_tokens as usize, words.len());
});

session_test!(
    the_model_sees_the_system_prompt_and_the_conversation_so_far,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("context");
        fake().script_model(&model, Behaviour::stream(Script::words("Noted.")));
        let session = env.session(&team.member, &team.space, &model).await;
        env.ask(&team.member, &session, "I like trains.").await;
        env.ask(&team.member, &session, "Plan a trip.").await;

        let requests = fake().requests_for(&model);
        let last = requests.last().expect("the provider was asked");
        let said: Vec<(&str, &str)> = last
            .messages
            .iter()
            .map(|m| (m.role.as_str(), m.content.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                ("system", "You are a helpful travel agent."),
                ("user", "I like trains."),
                ("assistant", "Noted."),
                ("user", "Plan a trip."),
            ]
        );
        assert_eq!(last.temperature, Some(0.5));
        assert_eq!(last.max_tokens, Some(1024));
        assert!(last.stream);
    }
);

session_test!(
    a_unary_send_returns_the_message_and_the_finished_answer,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("unary");
        let script = Script::words("Take the night train.").token_delay(Duration::from_millis(10));
        fake().script_model(&model, Behaviour::stream(script.clone()));
        let session = env.session(&team.member, &team.space, &model).await;

        let sent = env.ask(&team.member, &session, "How do I get there?").await;
        let message = sent.message.expect("the message");
        let answer = sent.answer.expect("the answer");
        assert_eq!(message.text, "How do I get there?");
        assert_eq!(state(&answer), SessionMessageState::Complete);
        assert_eq!(answer.text, script.text());
        assert_eq!(sent.job_id, answer.message_id);
        assert_eq!(answer.in_reply_to, message.message_id);
    }
);

session_test!(
    an_async_send_returns_at_once_and_the_job_can_be_polled_and_watched,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("async");
        let text = "Pack light, bring a jacket.";
        fake().script_model(&model, slow(text, Duration::from_millis(40)));
        let session = env.session(&team.member, &team.space, &model).await;

        let sent = env
            .sessions(&team.member)
            .send_session_message(SendSessionMessageRequest {
                r#async: true,
                ..send(&session, "What to pack?")
            })
            .await
            .success();
        let answer = sent.answer.expect("the answer, under way");
        assert_eq!(state(&answer), SessionMessageState::Streaming);
        assert_eq!(sent.job_id, answer.message_id);

        // Poll until some text has arrived: it is a prefix of the answer.
        let deadline = tokio::time::Instant::now() + WAIT;
        let partial = loop {
            let job = env.job(&team.member, &sent.job_id).await;
            let so_far = job.answer.expect("the answer").text;
            if !job.done && !so_far.is_empty() {
                break so_far;
            }
            assert!(
                !job.done,
                "the answer ended before any poll saw it under way"
            );
            assert!(tokio::time::Instant::now() < deadline, "no text arrived");
            tokio::time::sleep(Duration::from_millis(10)).await;
        };
        assert!(text.starts_with(&partial), "{partial:?}");

        // Watching mid-way: a snapshot of the text so far, then deltas.
        let mut watched = env
            .sessions(&team.member)
            .watch_session_job(WatchSessionJobRequest {
                job_id: sent.job_id.clone(),
            })
            .await
            .success();
        let mut followed = String::new();
        let mut first = true;
        let ended = loop {
            let item = tokio::time::timeout(WAIT, watched.message())
                .await
                .expect("the watch goes on")
                .expect("the watch does not fail")
                .and_then(|item| item.kind)
                .expect("the watch ends with the answer");
            match item {
                Watched::Delta(delta) => {
                    assert_eq!(delta.snapshot, first, "only the first is a snapshot");
                    if delta.snapshot {
                        followed = delta.text;
                    } else {
                        followed.push_str(&delta.text);
                    }
                    first = false;
                }
                Watched::Answer(answer) => break answer,
            }
        };
        assert_eq!(followed, text);
        assert_eq!(ended.text, text);

        let done = env.ended(&team.member, &sent.job_id).await;
        assert_eq!(state(&done), SessionMessageState::Complete);
        assert_eq!(done.text, text);
        // An ended job watched: the answer alone.
        let mut again = env
            .sessions(&team.member)
            .watch_session_job(WatchSessionJobRequest {
                job_id: sent.job_id.clone(),
            })
            .await
            .success();
        let item = again.message().await.expect("the answer").expect("an item");
        assert!(matches!(item.kind, Some(Watched::Answer(a)) if a.text == text));
        assert!(again.message().await.expect("the end").is_none());
    }
);

session_test!(
    a_provider_failure_mid_stream_fails_the_answer_keeps_the_message_and_ends_the_stream_with_an_error,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("broken");
        let script = Script::tokens(&["partial", " answer", " never"]).end(End::DropAfter(2));
        fake().script_model(&model, Behaviour::stream(script));
        let session = env.session(&team.member, &team.space, &model).await;

        let streamed = Streamed::read(env.stream(&team.member, &session, "try").await).await;
        assert_eq!(streamed.text(), "partial answer");
        let failed = &streamed.answer;
        assert_eq!(state(failed), SessionMessageState::Failed);
        assert_eq!(failed.text, "partial answer");
        assert_eq!(failed.failure_reason, "PROVIDER_INTERRUPTED", "{failed:?}");
        assert!(!failed.failure_message.is_empty());
        assert!(failed.usage.expect("what arrived is counted").estimated);
        let error = streamed.error.expect("the stream ends with an error");
        assert_eq!(error.code(), Code::Unavailable, "{}", describe(&error));
        assert_eq!(reason(&error).as_deref(), Some("PROVIDER_INTERRUPTED"));

        let listed = env.messages(&team.member, &session).await;
        assert_eq!(listed.len(), 2, "the message and the failed answer stay");
        assert_eq!(listed[0].text, "try");
        assert_eq!(state(&listed[1]), SessionMessageState::Failed);

        // Unary: the failure is the answer's, not the call's.
        fake().script_model(&model, Behaviour::http_error(500, "the model is down"));
        let sent = env.ask(&team.member, &session, "again?").await;
        let answer = sent.answer.expect("the answer");
        assert_eq!(state(&answer), SessionMessageState::Failed);
        assert_eq!(answer.failure_reason, "PROVIDER_ERROR");
        assert!(answer.failure_message.contains("the model is down"), "{answer:?}");
    }
);

session_test!(
    regenerating_keeps_the_earlier_answer_as_an_earlier_version,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("regen");
        fake().script_model(&model, Behaviour::stream(Script::words("First answer.")));
        let session = env.session(&team.member, &team.space, &model).await;
        let sent = env.ask(&team.member, &session, "Name a city.").await;
        let first = sent.answer.expect("the first answer");

        fake().script_model(&model, Behaviour::stream(Script::words("Second answer.")));
        let regenerated = env
            .sessions(&team.member)
            .regenerate_answer(RegenerateAnswerRequest {
                session_id: session.session_id.clone(),
                r#async: false,
            })
            .await
            .success();
        let second = regenerated.answer.expect("the new answer");
        assert_eq!(second.text, "Second answer.");
        assert_eq!((second.version, second.latest), (2, true));
        assert_eq!(second.in_reply_to, first.in_reply_to);
        assert_eq!(regenerated.job_id, second.message_id);

        // The provider saw the question again, not the earlier answer.
        let asked = fake().requests_for(&model);
        let last = asked.last().expect("asked again");
        assert_eq!(
            last.messages.last().map(|m| m.content.as_str()),
            Some("Name a city.")
        );
        assert!(last.messages.iter().all(|m| m.content != "First answer."));

        let listed = env.messages(&team.member, &session).await;
        let texts: Vec<&str> = listed.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Name a city.", "Second answer."],
            "the latest version only"
        );

        let versions = env
            .sessions(&team.member)
            .list_answer_versions(ListAnswerVersionsRequest {
                message_id: second.message_id.clone(),
            })
            .await
            .success()
            .versions;
        let seen: Vec<(i32, &str, bool)> = versions
            .iter()
            .map(|v| (v.version, v.text.as_str(), v.latest))
            .collect();
        assert_eq!(
            seen,
            [(1, "First answer.", false), (2, "Second answer.", true)]
        );
        let kept = env.message(&team.member, &first.message_id).await;
        assert_eq!((kept.text.as_str(), kept.latest), ("First answer.", false));

        // Deleting the latest version brings the one before it back.
        env.sessions(&team.member)
            .delete_session_message(DeleteSessionMessageRequest {
                message_id: second.message_id.clone(),
            })
            .await
            .success();
        let texts: Vec<String> = env
            .messages(&team.member, &session)
            .await
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(texts, ["Name a city.", "First answer."]);

        // Deleting the message takes its answers, every version, with it.
        let question = listed[0].message_id.clone();
        env.sessions(&team.member)
            .delete_session_message(DeleteSessionMessageRequest {
                message_id: question,
            })
            .await
            .success();
        assert!(env.messages(&team.member, &session).await.is_empty());
        env.sessions(&team.member)
            .get_session_message(GetSessionMessageRequest {
                message_id: first.message_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_MESSAGE_NOT_FOUND");
    }
);

session_test!(
    regenerating_needs_an_answer_to_regenerate,
    |env| async move {
        let team = env.api.team().await;
        let session = env
            .session(&team.member, &team.space, &env.model("regen"))
            .await;
        env.sessions(&team.member)
            .regenerate_answer(RegenerateAnswerRequest {
                session_id: session.session_id.clone(),
                r#async: true,
            })
            .await
            .rejected(Code::FailedPrecondition, "NOTHING_TO_REGENERATE");
    }
);

session_test!(
    one_answer_streams_at_a_time_and_cancelling_keeps_its_text,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("busy");
        fake().script_model(
            &model,
            slow("a long, long answer", Duration::from_millis(100)),
        );
        let session = env.session(&team.member, &team.space, &model).await;
        let sent = env
            .sessions(&team.member)
            .send_session_message(SendSessionMessageRequest {
                r#async: true,
                ..send(&session, "talk")
            })
            .await
            .success();
        env.sessions(&team.member)
            .send_session_message(send(&session, "and more"))
            .await
            .rejected(Code::FailedPrecondition, "ANSWER_IN_PROGRESS");
        env.sessions(&team.member)
            .regenerate_answer(RegenerateAnswerRequest {
                session_id: session.session_id.clone(),
                r#async: true,
            })
            .await
            .rejected(Code::FailedPrecondition, "ANSWER_IN_PROGRESS");

        tokio::time::sleep(Duration::from_millis(350)).await;
        let cancelled = env
            .sessions(&team.member)
            .cancel_session_job(CancelSessionJobRequest {
                job_id: sent.job_id.clone(),
            })
            .await
            .success()
            .answer
            .expect("the answer as it ended");
        assert_eq!(state(&cancelled), SessionMessageState::Cancelled);
        assert!(!cancelled.text.is_empty());
        assert!("a long, long answer".starts_with(&cancelled.text));
        let stored = env.message(&team.member, &sent.job_id).await;
        assert_eq!(
            (state(&stored), stored.text.as_str()),
            (SessionMessageState::Cancelled, cancelled.text.as_str())
        );
        // Again: nothing changes.
        let again = env
            .sessions(&team.member)
            .cancel_session_job(CancelSessionJobRequest {
                job_id: sent.job_id.clone(),
            })
            .await
            .success()
            .answer
            .expect("the answer");
        assert_eq!(again.text, cancelled.text);

        // The session takes messages again.
        fake().script_model(&model, Behaviour::stream(Script::words("Done.")));
        let next = env.ask(&team.member, &session, "go on").await;
        let done = next.answer.expect("an answer");
        assert_eq!(done.text, "Done.");
        env.sessions(&team.member)
            .cancel_session_job(CancelSessionJobRequest {
                job_id: done.message_id.clone(),
            })
            .await
            .rejected(Code::FailedPrecondition, "ANSWER_FINISHED");
    }
);

session_test!(
    an_answer_goes_on_when_its_stream_reader_disconnects,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("survive");
        let text = "still here after you left";
        fake().script_model(&model, slow(text, Duration::from_millis(20)));
        let session = env.session(&team.member, &team.space, &model).await;
        let mut items = env.stream(&team.member, &session, "stay").await;
        next_item(&mut items).await;
        let Some(Item::AnswerStarted(started)) = next_item(&mut items).await else {
            panic!("the answer starts");
        };
        assert!(matches!(next_item(&mut items).await, Some(Item::Delta(_))));
        drop(items);

        let ended = env.ended(&team.member, &started.message_id).await;
        assert_eq!(state(&ended), SessionMessageState::Complete);
        assert_eq!(ended.text, text);
    }
);

session_test!(
    a_repeated_request_id_returns_the_first_message_and_its_answer,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("repeat");
        fake().script_model(&model, Behaviour::stream(Script::words("Once.")));
        let session = env.session(&team.member, &team.space, &model).await;
        let request = SendSessionMessageRequest {
            request_id: "retry-me-1".into(),
            ..send(&session, "Only once, please.")
        };
        let first = env
            .sessions(&team.member)
            .send_session_message(request.clone())
            .await
            .success();
        let again = env
            .sessions(&team.member)
            .send_session_message(request)
            .await
            .success();
        assert_eq!(first.message, again.message);
        assert_eq!(first.job_id, again.job_id);
        assert_eq!(again.answer.expect("the answer").text, "Once.");
        assert_eq!(env.messages(&team.member, &session).await.len(), 2);
        assert_eq!(
            fake().requests_for(&model).len(),
            1,
            "one call to the provider"
        );

        let create = CreateSessionRequest {
            space_id: team.space.space_id.clone(),
            request_id: "session-once".into(),
            ..Default::default()
        };
        let a = env
            .sessions(&team.member)
            .create_session(create.clone())
            .await
            .success();
        let b = env
            .sessions(&team.member)
            .create_session(create)
            .await
            .success();
        assert_eq!(a.session, b.session);
        assert_eq!(a.session.expect("a session").name, "New session");
    }
);

session_test!(
    a_public_link_lets_anyone_read_without_credentials_and_nobody_write,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("share");
        fake().script_model(
            &model,
            Behaviour::stream(Script::words("Porto, then Lisbon.")),
        );
        let session = env.session(&team.member, &team.space, &model).await;
        let sent = env.ask(&team.member, &session, "Which cities?").await;
        let answer = sent.answer.expect("the answer");
        env.sessions(&team.member)
            .rate_message(RateMessageRequest {
                message_id: answer.message_id.clone(),
                rating: Rating::Up as i32,
                comment: "private feedback".into(),
            })
            .await
            .success();

        let linked = env
            .sessions(&team.member)
            .set_session_public_link(SetSessionPublicLinkRequest {
                session_id: session.session_id.clone(),
                enabled: true,
            })
            .await
            .success();
        let link_id = linked.link_id.clone();
        assert!(link_id.len() >= 32, "unguessable: {link_id:?}");
        assert_eq!(linked.session.expect("the session").public_link_id, link_id);
        // On again: the same link.
        let again = env
            .sessions(&team.member)
            .set_session_public_link(SetSessionPublicLinkRequest {
                session_id: session.session_id.clone(),
                enabled: true,
            })
            .await
            .success();
        assert_eq!(again.link_id, link_id);

        let shared = env
            .anonymous()
            .get_shared_session(GetSharedSessionRequest {
                link_id: link_id.clone(),
            })
            .await
            .success()
            .session
            .expect("the shared session");
        assert_eq!(
            (shared.name.as_str(), shared.link_id.as_str()),
            ("Trip planning", link_id.as_str())
        );
        let messages = env
            .anonymous()
            .list_shared_session_messages(ListSharedSessionMessagesRequest {
                link_id: link_id.clone(),
                ..Default::default()
            })
            .await
            .success()
            .messages;
        let texts: Vec<&str> = messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Which cities?", "Porto, then Lisbon."]);
        assert!(
            messages
                .iter()
                .all(|m| m.rating.is_none() && m.author_id.is_empty())
        );

        // Without credentials nothing else is reachable, the session included.
        env.anonymous()
            .get_session(GetSessionRequest {
                session_id: session.session_id.clone(),
            })
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        env.anonymous()
            .send_session_message(send(&session, "hijack"))
            .await
            .rejected(Code::Unauthenticated, "UNAUTHENTICATED");
        // A link is read-only for everyone else too.
        let outsider = env.api.new_user("outsider").await;
        env.sessions(&outsider)
            .send_session_message(send(&session, "hijack"))
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");

        // Off: the old link is gone; on again: a new one.
        env.sessions(&team.member)
            .set_session_public_link(SetSessionPublicLinkRequest {
                session_id: session.session_id.clone(),
                enabled: false,
            })
            .await
            .success();
        env.anonymous()
            .get_shared_session(GetSharedSessionRequest {
                link_id: link_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_LINK_NOT_FOUND");
        env.anonymous()
            .list_shared_session_messages(ListSharedSessionMessagesRequest {
                link_id: link_id.clone(),
                ..Default::default()
            })
            .await
            .rejected(Code::NotFound, "SESSION_LINK_NOT_FOUND");
        let renewed = env
            .sessions(&team.member)
            .set_session_public_link(SetSessionPublicLinkRequest {
                session_id: session.session_id.clone(),
                enabled: true,
            })
            .await
            .success();
        assert_ne!(renewed.link_id, link_id);
        // Only the owner turns links on.
        env.sessions(&team.owner)
            .set_session_public_link(SetSessionPublicLinkRequest {
                session_id: session.session_id.clone(),
                enabled: false,
            })
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");
    }
);

session_test!(
    sharing_with_a_user_gives_read_only_access_until_revoked,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("share");
        fake().script_model(
            &model,
            Behaviour::stream(Script::words("Porto, then Lisbon.")),
        );
        let session = env.session(&team.member, &team.space, &model).await;
        env.ask(&team.member, &session, "Which cities?").await;
        let reader = &team.owner;
        env.sessions(reader)
            .get_session(GetSessionRequest {
                session_id: session.session_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");

        let share = env
            .sessions(&team.member)
            .share_session(ShareSessionRequest {
                session_id: session.session_id.clone(),
                user_id: reader.id.clone(),
            })
            .await
            .success()
            .share
            .expect("the share");
        assert_eq!(
            (share.user_id.as_str(), share.username.as_str()),
            (reader.id.as_str(), reader.username.as_str())
        );
        // Sharing twice changes nothing.
        env.sessions(&team.member)
            .share_session(ShareSessionRequest {
                session_id: session.session_id.clone(),
                user_id: reader.id.clone(),
            })
            .await
            .success();

        let seen = env
            .sessions(reader)
            .get_session(GetSessionRequest {
                session_id: session.session_id.clone(),
            })
            .await
            .success()
            .session
            .expect("the session");
        assert_eq!(seen.access, SessionAccess::Reader as i32);
        assert_eq!(env.messages(reader, &session).await.len(), 2);
        let listed = env
            .sessions(reader)
            .list_sessions(ListSessionsRequest {
                space_id: team.space.space_id.clone(),
                shared_with_me: true,
                ..Default::default()
            })
            .await
            .success()
            .sessions;
        assert!(listed.iter().any(|s| s.session_id == session.session_id));
        let own = env
            .sessions(reader)
            .list_sessions(ListSessionsRequest {
                space_id: team.space.space_id.clone(),
                ..Default::default()
            })
            .await
            .success()
            .sessions;
        assert!(own.iter().all(|s| s.session_id != session.session_id));

        let denied = env
            .sessions(reader)
            .send_session_message(send(&session, "may I?"))
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        assert!(
            denied.message().contains("read-only"),
            "{}",
            describe(&denied)
        );
        env.sessions(reader)
            .update_session(UpdateSessionRequest {
                session_id: session.session_id.clone(),
                name: Some("mine now".into()),
                ..Default::default()
            })
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        env.sessions(reader)
            .list_session_shares(ListSessionSharesRequest {
                session_id: session.session_id.clone(),
                ..Default::default()
            })
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");

        let shares = env
            .sessions(&team.member)
            .list_session_shares(ListSessionSharesRequest {
                session_id: session.session_id.clone(),
                ..Default::default()
            })
            .await
            .success()
            .shares;
        let users: Vec<&str> = shares.iter().map(|s| s.user_id.as_str()).collect();
        assert_eq!(users, [reader.id.as_str()]);

        // Someone outside the space cannot be given it.
        let outsider = env.api.new_user("outsider").await;
        env.sessions(&team.member)
            .share_session(ShareSessionRequest {
                session_id: session.session_id.clone(),
                user_id: outsider.id.clone(),
            })
            .await
            .rejected(Code::NotFound, "USER_NOT_FOUND");

        env.sessions(&team.member)
            .revoke_session_share(RevokeSessionShareRequest {
                session_id: session.session_id.clone(),
                user_id: reader.id.clone(),
            })
            .await
            .success();
        env.sessions(reader)
            .get_session(GetSessionRequest {
                session_id: session.session_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");
        env.sessions(&team.member)
            .revoke_session_share(RevokeSessionShareRequest {
                session_id: session.session_id.clone(),
                user_id: reader.id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_SHARE_NOT_FOUND");
    }
);

session_test!(
    the_owner_rates_answers_up_or_down_with_a_comment,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("rate");
        fake().script_model(&model, Behaviour::stream(Script::words("Try Porto.")));
        let session = env.session(&team.member, &team.space, &model).await;
        let sent = env.ask(&team.member, &session, "Where?").await;
        let (message, answer) = (sent.message.expect("message"), sent.answer.expect("answer"));

        let rated = env
            .sessions(&team.member)
            .rate_message(RateMessageRequest {
                message_id: answer.message_id.clone(),
                rating: Rating::Down as i32,
                comment: "  too short  ".into(),
            })
            .await
            .success()
            .message
            .expect("the message");
        let rating = rated.rating.expect("its rating");
        assert_eq!(
            (rating.rating, rating.comment.as_str()),
            (Rating::Down as i32, "too short")
        );
        assert!(rating.rate_time.is_some());
        let stored = env.message(&team.member, &answer.message_id).await;
        assert_eq!(stored.rating.map(|r| r.rating), Some(Rating::Down as i32));

        env.sessions(&team.member)
            .rate_message(RateMessageRequest {
                message_id: message.message_id.clone(),
                rating: Rating::Up as i32,
                comment: String::new(),
            })
            .await
            .rejected(Code::FailedPrecondition, "NOT_AN_ANSWER");
        env.sessions(&team.member)
            .rate_message(RateMessageRequest {
                message_id: answer.message_id.clone(),
                rating: Rating::Up as i32,
                comment: "x".repeat(1001),
            })
            .await
            .rejected_field("VALUE_TOO_LONG", "comment");
        env.sessions(&team.owner)
            .rate_message(RateMessageRequest {
                message_id: answer.message_id.clone(),
                rating: Rating::Up as i32,
                comment: String::new(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_MESSAGE_NOT_FOUND");

        let cleared = env
            .sessions(&team.member)
            .rate_message(RateMessageRequest {
                message_id: answer.message_id.clone(),
                rating: Rating::Unspecified as i32,
                comment: String::new(),
            })
            .await
            .success()
            .message
            .expect("the message");
        assert!(cleared.rating.is_none());
    }
);

session_test!(
    space_admins_write_assistant_messages_in_sessions_they_can_read,
    |env| async move {
        let team = env.api.team().await;
        let session = env
            .session(&team.member, &team.space, &env.model("private"))
            .await;
        let write = async |by: &Actor| {
            env.sessions(by)
                .send_assistant_message(SendAssistantMessageRequest {
                    session_id: session.session_id.clone(),
                    text: "A person here: how can I help?".into(),
                })
                .await
        };
        // The session's owner is a plain member of the space.
        write(&team.member)
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        // The space's owner cannot see a session not shared with them.
        write(&team.owner)
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");
        env.sessions(&team.member)
            .share_session(ShareSessionRequest {
                session_id: session.session_id.clone(),
                user_id: team.owner.id.clone(),
            })
            .await
            .success();
        let written = write(&team.owner)
            .await
            .success()
            .message
            .expect("the message");
        assert_eq!(written.role, SessionMessageRole::Assistant as i32);
        assert_eq!(written.author_id, team.owner.id);
        assert_eq!(state(&written), SessionMessageState::Complete);
        assert!(written.in_reply_to.is_empty());
        let listed = env.messages(&team.member, &session).await;
        assert_eq!(
            listed.last().map(|m| m.text.as_str()),
            Some("A person here: how can I help?")
        );
        assert!(
            fake().requests_for(&env.model("private")).is_empty(),
            "no AI call"
        );
    }
);

session_test!(
    sessions_are_private_to_their_owner_and_inputs_are_checked,
    |env| async move {
        let team = env.api.team().await;
        let viewer = env.api.new_user_known_to(&team.owner, "viewer").await;
        team.owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: team.space.space_id.clone(),
                user_id: viewer.id.clone(),
                role: SpaceRole::Viewer as i32,
            })
            .await
            .success();
        let create = |space: &Space| CreateSessionRequest {
            space_id: space.space_id.clone(),
            ..Default::default()
        };
        env.sessions(&viewer)
            .create_session(create(&team.space))
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
        let outsider = env.api.new_user("outsider").await;
        env.sessions(&outsider)
            .create_session(create(&team.space))
            .await
            .rejected(Code::NotFound, "SPACE_NOT_FOUND");
        let bad = env
            .sessions(&team.member)
            .create_session(CreateSessionRequest {
                temperature: Some(2.5),
                max_tokens: Some(0),
                name: "x".repeat(101),
                ..create(&team.space)
            })
            .await
            .rejected_field("VALUE_TOO_LONG", "name");
        assert_field_violation(&bad, "temperature");
        assert_field_violation(&bad, "max_tokens");
        env.sessions(&team.member)
            .create_session(CreateSessionRequest {
                provider: "nowhere".into(),
                ..create(&team.space)
            })
            .await
            .rejected_field("UNKNOWN_PROVIDER", "provider");
        env.sessions(&team.member)
            .create_session(CreateSessionRequest {
                provider: "fake".into(),
                model: "gpt-unknown".into(),
                ..create(&team.space)
            })
            .await
            .rejected_field("UNKNOWN_MODEL", "model");
        env.sessions(&team.member)
            .create_session(CreateSessionRequest {
                space_id: "not-an-id".into(),
                ..Default::default()
            })
            .await
            .rejected_missing("space_id");

        let session = env
            .session(&team.member, &team.space, &env.model("private"))
            .await;
        assert_eq!(session.access, SessionAccess::Owner as i32);
        assert_eq!(session.owner_id, team.member.id);
        assert_eq!((session.temperature, session.max_tokens), (0.5, 1024));
        for stranger in [&team.owner, &viewer, &outsider] {
            env.sessions(stranger)
                .get_session(GetSessionRequest {
                    session_id: session.session_id.clone(),
                })
                .await
                .rejected(Code::NotFound, "SESSION_NOT_FOUND");
            env.sessions(stranger)
                .list_session_messages(ListSessionMessagesRequest {
                    session_id: session.session_id.clone(),
                    ..Default::default()
                })
                .await
                .rejected(Code::NotFound, "SESSION_NOT_FOUND");
        }
        env.sessions(&team.member)
            .send_session_message(send(&session, "   "))
            .await
            .rejected_field("MESSAGE_EMPTY", "text");
        env.sessions(&team.member)
            .send_session_message(send(&session, &"é".repeat(4001)))
            .await
            .rejected_field("MESSAGE_TOO_LONG", "text");
        env.sessions(&team.member)
            .update_session(UpdateSessionRequest {
                session_id: session.session_id.clone(),
                name: Some("  ".into()),
                ..Default::default()
            })
            .await
            .rejected_field("VALUE_REQUIRED", "name");
        env.sessions(&team.member)
            .update_session(UpdateSessionRequest {
                session_id: session.session_id.clone(),
                model: Some("qwen-elsewhere".into()),
                ..Default::default()
            })
            .await
            .rejected_field("UNKNOWN_MODEL", "model");
        let updated = env
            .sessions(&team.member)
            .update_session(UpdateSessionRequest {
                session_id: session.session_id.clone(),
                name: Some("  Renamed ".into()),
                provider: Some("offline".into()),
                model: Some(String::new()),
                ..Default::default()
            })
            .await
            .success()
            .session
            .expect("the session");
        assert_eq!(
            (updated.name.as_str(), updated.provider.as_str()),
            ("Renamed", "offline")
        );
        assert_eq!(updated.system_prompt, session.system_prompt, "unchanged");

        // Pages of sessions.
        env.session(&team.member, &team.space, &env.model("private"))
            .await;
        let page = env
            .sessions(&team.member)
            .list_sessions(ListSessionsRequest {
                space_id: team.space.space_id.clone(),
                page_size: 1,
                ..Default::default()
            })
            .await
            .success();
        assert_eq!(page.sessions.len(), 1);
        let rest = env
            .sessions(&team.member)
            .list_sessions(ListSessionsRequest {
                space_id: team.space.space_id.clone(),
                page_size: 1,
                page_token: page.next_page_token.clone(),
                ..Default::default()
            })
            .await
            .success();
        assert_eq!(rest.sessions.len(), 1);
        assert_ne!(rest.sessions[0].session_id, page.sessions[0].session_id);

        // Deleted: gone for its owner too.
        env.sessions(&team.member)
            .delete_session(DeleteSessionRequest {
                session_id: session.session_id.clone(),
            })
            .await
            .success();
        env.sessions(&team.member)
            .get_session(GetSessionRequest {
                session_id: session.session_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");
    }
);

session_test!(
    summarize_session_stores_a_summary_a_title_and_labels,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("summary");
        fake().script_model(&model, Behaviour::stream(Script::words("Sure.")));
        let session = env.session(&team.member, &team.space, &model).await;
        env.sessions(&team.member)
            .summarize_session(SummarizeSessionRequest {
                session_id: session.session_id.clone(),
                include_labels: true,
            })
            .await
            .rejected(Code::FailedPrecondition, "NOTHING_TO_SUMMARIZE");
        env.ask(&team.member, &session, "Plan four days in Lisbon.")
            .await;

        fake().script_model(
            &model,
            Behaviour::stream(Script::tokens(&[
                "TITLE: Four days in Lisbon\n",
                "SUMMARY: The user plans a trip.",
                " The assistant agrees.\n",
                "LABELS: Travel, lisbon, travel",
            ])),
        );
        let made = env
            .sessions(&team.member)
            .summarize_session(SummarizeSessionRequest {
                session_id: session.session_id.clone(),
                include_labels: true,
            })
            .await
            .success();
        let summary = made.summary.expect("the summary");
        assert_eq!(summary.title, "Four days in Lisbon");
        assert_eq!(
            summary.summary,
            "The user plans a trip. The assistant agrees."
        );
        assert_eq!(summary.labels, ["travel", "lisbon"]);
        assert_eq!(summary.model, model);
        let stored = made.session.expect("the session");
        assert_eq!(
            (stored.title.as_str(), stored.summary.as_str()),
            (summary.title.as_str(), summary.summary.as_str())
        );
        assert_eq!(stored.labels, summary.labels);
        assert!(stored.summary_time.is_some());

        let asked = fake().requests_for(&model);
        let request = asked.last().expect("the summary request");
        assert!(
            request.messages[0].content.contains("LABELS:"),
            "{request:?}"
        );
        let transcript = &request.messages[1].content;
        assert!(
            transcript.contains("user: Plan four days in Lisbon."),
            "{transcript}"
        );
        assert!(transcript.contains("assistant: Sure."), "{transcript}");

        // A reader may not; nor may anyone else.
        env.sessions(&team.owner)
            .summarize_session(SummarizeSessionRequest {
                session_id: session.session_id.clone(),
                include_labels: false,
            })
            .await
            .rejected(Code::NotFound, "SESSION_NOT_FOUND");
    }
);

session_test!(summarize_room_is_for_the_rooms_readers, |env| async move {
    let team = env.api.team().await;
    let model = env.model("room");
    team.owner
        .send(&team.room.room_id, "Shall we ship on Friday?")
        .await;
    team.member
        .send(&team.room.room_id, "Yes, after the review.")
        .await;
    fake().script_model(
        &model,
        Behaviour::stream(Script::tokens(&[
            "TITLE: Friday release\nSUMMARY: They agree to ship on Friday.",
        ])),
    );
    let summary = env
        .assist(&team.member)
        .summarize_room(SummarizeRoomRequest {
            room_id: team.room.room_id.clone(),
            include_labels: false,
            provider: "fake".into(),
            model: model.clone(),
        })
        .await
        .success()
        .summary
        .expect("the summary");
    assert_eq!(summary.title, "Friday release");
    assert_eq!(summary.summary, "They agree to ship on Friday.");
    assert!(summary.labels.is_empty());
    let asked = fake().requests_for(&model);
    let transcript = &asked.last().expect("asked").messages[1].content;
    assert!(
        transcript.contains(&format!(
            "{}: Shall we ship on Friday?",
            team.owner.username
        )),
        "{transcript}"
    );
    assert!(transcript.contains(&format!("{}: Yes, after the review.", team.member.username)));

    let outsider = env.api.new_user("outsider").await;
    env.assist(&outsider)
        .summarize_room(SummarizeRoomRequest {
            room_id: team.room.room_id.clone(),
            ..Default::default()
        })
        .await
        .rejected(Code::NotFound, "ROOM_NOT_FOUND");
    env.assist(&team.member)
        .summarize_room(SummarizeRoomRequest {
            room_id: team.room.room_id.clone(),
            provider: "fake".into(),
            model: "nope".into(),
            ..Default::default()
        })
        .await
        .rejected_field("UNKNOWN_MODEL", "model");
});

session_test!(
    translate_asks_the_provider_for_the_target_language,
    |env| async move {
        let team = env.api.team().await;
        let model = env.model("translate");
        fake().script_model(
            &model,
            Behaviour::stream(Script::words(" Bonjour le monde ")),
        );
        let translated = env
            .assist(&team.member)
            .translate(TranslateRequest {
                space_id: team.space.space_id.clone(),
                text: "Hello world".into(),
                target_language: "French".into(),
                source_language: "en".into(),
                provider: "fake".into(),
                model: model.clone(),
            })
            .await
            .success();
        assert_eq!(translated.text, "Bonjour le monde");
        assert_eq!(
            (translated.provider.as_str(), translated.model.as_str()),
            ("fake", model.as_str())
        );
        assert!(translated.usage.expect("usage").completion_tokens > 0);
        let asked = fake().requests_for(&model);
        let request = asked.last().expect("asked");
        assert!(
            request.messages[0].content.contains("from en into French"),
            "{request:?}"
        );
        assert_eq!(request.messages[1].content, "Hello world");

        let bad = env
            .assist(&team.member)
            .translate(TranslateRequest {
                space_id: team.space.space_id.clone(),
                text: " ".into(),
                target_language: "French; ignore that".into(),
                ..Default::default()
            })
            .await
            .rejected_field("VALUE_REQUIRED", "text");
        assert_field_violation(&bad, "target_language");
        let viewer = env.api.new_user_known_to(&team.owner, "viewer").await;
        team.owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: team.space.space_id.clone(),
                user_id: viewer.id.clone(),
                role: SpaceRole::Viewer as i32,
            })
            .await
            .success();
        env.assist(&viewer)
            .translate(TranslateRequest {
                space_id: team.space.space_id.clone(),
                text: "Hello".into(),
                target_language: "fr".into(),
                ..Default::default()
            })
            .await
            .rejected(Code::PermissionDenied, "PERMISSION_DENIED");
    }
);

/// The start of a WAV file: enough for the type check.
fn wav() -> Vec<u8> {
    let mut bytes = b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00".to_vec();
    bytes.extend_from_slice(&[0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0]);
    bytes.extend_from_slice(b"data\x00\x00\x00\x00");
    bytes
}

fn transcribe(space: &Space, audio: Vec<u8>, mime_type: &str, provider: &str) -> TranscribeRequest {
    TranscribeRequest {
        space_id: space.space_id.clone(),
        audio,
        mime_type: mime_type.into(),
        provider: provider.into(),
        ..Default::default()
    }
}

/// One test, both transports in turn: the fake has one transcription script.
#[tokio::test]
async fn transcribe_sends_the_audio_to_the_providers_transcription_endpoint() {
    for transport in Transport::ALL {
        let env = Env::new(transport);
        let team = env.api.team().await;
        fake().script_transcription(Transcribed::Text(" Meet me at the station. ".into()));
        let before = fake().transcriptions().len();
        let heard = env
            .assist(&team.member)
            .transcribe(TranscribeRequest {
                language: "EN".into(),
                prompt: "Names: Ana".into(),
                ..transcribe(&team.space, wav(), "audio/wav", "fake")
            })
            .await
            .success();
        assert_eq!(heard.text, "Meet me at the station.");
        assert_eq!(
            (heard.provider.as_str(), heard.model.as_str()),
            ("fake", "whisper-1")
        );
        assert!(heard.usage.expect("usage").estimated);
        let uploads = fake().transcriptions();
        assert_eq!(uploads.len(), before + 1);
        let upload = uploads.last().expect("the upload");
        assert_eq!(upload.audio, wav());
        assert_eq!(upload.model, "whisper-1");
        assert_eq!(upload.language.as_deref(), Some("en"));
        assert_eq!(upload.prompt.as_deref(), Some("Names: Ana"));
        assert_eq!(upload.authorization.as_deref(), Some("Bearer sk-test"));

        // The offline provider cannot transcribe, and says so.
        env.assist(&team.member)
            .transcribe(transcribe(&team.space, wav(), "audio/wav", "offline"))
            .await
            .rejected(Code::FailedPrecondition, "TRANSCRIPTION_UNSUPPORTED");
        // Bytes that are not what the type says; types that are not audio.
        env.assist(&team.member)
            .transcribe(transcribe(
                &team.space,
                b"plain text".to_vec(),
                "audio/mpeg",
                "fake",
            ))
            .await
            .rejected_field("AUDIO_TYPE_MISMATCH", "audio");
        env.assist(&team.member)
            .transcribe(transcribe(&team.space, wav(), "text/plain", "fake"))
            .await
            .rejected_field("UNSUPPORTED_MEDIA_TYPE", "mime_type");
        env.assist(&team.member)
            .transcribe(transcribe(&team.space, Vec::new(), "audio/wav", "fake"))
            .await
            .rejected_field("VALUE_REQUIRED", "audio");
        // A provider error is the call's error.
        fake().script_transcription(Transcribed::HttpError {
            status: 500,
            message: "whisper is down".into(),
        });
        let failed = env
            .assist(&team.member)
            .transcribe(transcribe(&team.space, wav(), "audio/wav", "fake"))
            .await
            .rejected(Code::Unavailable, "PROVIDER_ERROR");
        assert!(
            failed.message().contains("whisper is down"),
            "{}",
            describe(&failed)
        );
    }
    fake().script_transcription(Transcribed::Text("Hello from the fake transcriber.".into()));
}

#[tokio::test]
async fn audio_larger_than_25_mib_is_refused() {
    let env = Env::new(Transport::Grpc);
    let team = env.api.team().await;
    let mut audio = wav();
    audio.resize(25 * 1024 * 1024 + 1, 0);
    env.assist(&team.member)
        .transcribe(transcribe(&team.space, audio, "audio/wav", "fake"))
        .await
        .rejected_field("AUDIO_TOO_LARGE", "audio");
}

#[tokio::test]
async fn spent_credits_refuse_new_sessions_and_answers_and_store_nothing() {
    let fake = FakeOpenAi::start();
    let server = TestServer::start_with_config(
        &format!(
            r#"
            [credits]
            initial_balance = 20

            [providers.fake]
            kind = "openai"
            base_url = "{}"
            models = ["credits"]
            "#,
            fake.base_url()
        ),
        &[],
    );
    fake.script_model(
        "credits",
        Behaviour::stream(Script::words(
            "one two three four five six seven eight nine ten",
        )),
    );
    let env = Env {
        api: server.api(Transport::Grpc),
        transport: Transport::Grpc,
        channel: Transport::Grpc.connect(server.addr()),
    };
    let team: Team = env.api.team().await;
    let session = env.session(&team.member, &team.space, "credits").await;
    let sent = env.ask(&team.member, &session, "count to ten").await;
    let answer = sent.answer.expect("the answer");
    let usage = answer.usage.expect("usage");
    let charged = i64::from(usage.prompt_tokens + usage.completion_tokens);
    assert!(
        charged > 20,
        "the answer used more than the balance: {usage:?}"
    );

    let credits = CreditServiceClient::new(with_bearer(env.channel.clone(), &team.member.secret))
        .get_credits(GetCreditsRequest {
            space_id: team.space.space_id.clone(),
        })
        .await
        .success()
        .credits
        .expect("the credits");
    assert_eq!(credits.balance, 20 - charged);
    assert_eq!(credits.used_tokens, charged);

    let refused = env
        .sessions(&team.member)
        .send_session_message(send(&session, "again"))
        .await
        .rejected(Code::ResourceExhausted, "CREDITS_EXHAUSTED");
    let quota = refused
        .get_details_quota_failure()
        .expect("a QuotaFailure detail");
    assert!(quota.violations[0].subject.contains(&team.space.space_id));
    env.sessions(&team.member)
        .create_session(CreateSessionRequest {
            space_id: team.space.space_id.clone(),
            ..Default::default()
        })
        .await
        .rejected(Code::ResourceExhausted, "CREDITS_EXHAUSTED");
    env.sessions(&team.member)
        .regenerate_answer(RegenerateAnswerRequest {
            session_id: session.session_id.clone(),
            r#async: true,
        })
        .await
        .rejected(Code::ResourceExhausted, "CREDITS_EXHAUSTED");
    env.assist(&team.member)
        .translate(TranslateRequest {
            space_id: team.space.space_id.clone(),
            text: "Hello".into(),
            target_language: "fr".into(),
            ..Default::default()
        })
        .await
        .rejected(Code::ResourceExhausted, "CREDITS_EXHAUSTED");
    assert_eq!(
        env.messages(&team.member, &session).await.len(),
        2,
        "nothing stored"
    );
    assert_eq!(fake.requests_for("credits").len(), 1, "no provider call");
}

/// A plain HTTP/1.1 request to this file's server.
async fn rest(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Value,
) -> (StatusCode, String) {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::builder()
        .method(method)
        .uri(format!("http://{}{path}", setup().1.addr()))
        .header("content-type", "application/json")
        .header("accept", "text/event-stream");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let body = if body.is_null() {
        Vec::new()
    } else {
        body.to_string().into_bytes()
    };
    let response = client
        .request(
            request
                .body(Full::new(Bytes::from(body)))
                .expect("a request"),
        )
        .await
        .expect("the server answers");
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("the whole body")
        .to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn over_rest_answers_stream_as_server_sent_events_and_links_need_no_credentials() {
    let env = Env::new(Transport::Grpc);
    let team = env.api.team().await;
    let model = "rest-grpc";
    let script = Script::words("Over plain HTTP.");
    fake().script_model(model, Behaviour::stream(script.clone()));
    let session = env.session(&team.member, &team.space, model).await;

    let (status, body) = rest(
        Method::POST,
        &format!("/v1/sessions/{}/messages:stream", session.session_id),
        Some(&team.member.secret),
        json!({"text": "Stream it"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let events: Vec<Value> = body
        .lines()
        .filter_map(|line| line.strip_prefix("data:"))
        .map(|data| serde_json::from_str(data.trim()).expect("JSON data"))
        .collect();
    assert_eq!(events[0]["message"]["text"], "Stream it");
    assert_eq!(
        events[1]["answer_started"]["state"],
        "SESSION_MESSAGE_STATE_STREAMING"
    );
    let streamed: String = events
        .iter()
        .filter_map(|e| e["delta"]["text"].as_str())
        .collect();
    assert_eq!(streamed, script.text());
    let last = events.last().expect("events");
    assert_eq!(last["answer"]["text"], script.text());
    assert_eq!(last["answer"]["state"], "SESSION_MESSAGE_STATE_COMPLETE");

    let (status, body) = rest(
        Method::POST,
        &format!("/v1/sessions/{}:setPublicLink", session.session_id),
        Some(&team.member.secret),
        json!({"enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let link: Value = serde_json::from_str(&body).expect("JSON");
    let link_id = link["link_id"].as_str().expect("a link id").to_string();
    let (status, body) = rest(
        Method::GET,
        &format!("/v1/shared-sessions/{link_id}/messages"),
        None,
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let listed: Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(listed["messages"][1]["text"], script.text());
    let (status, _) = rest(
        Method::POST,
        &format!("/v1/sessions/{}/messages", session.session_id),
        None,
        json!({"text": "anonymous"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = rest(
        Method::GET,
        "/v1/shared-sessions/NoSuchLink0000",
        None,
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert!(body.contains("SESSION_LINK_NOT_FOUND"), "{body}");
}
