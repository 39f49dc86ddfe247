//! The AI providers against a real HTTP server that speaks the OpenAI
//! streaming protocol (the fake from `roundtable-tests`), and the offline
//! provider: order, text, usage, failures, timeouts, retries, cancellation.

use std::time::{Duration, Instant};

use roundtable::ai::{
    ChatMessage, ChatRequest, Completion, FinishReason, Provider, ProviderError, ProviderKind,
    ProviderSettings, Providers, ReplyEvent, ReplyStream, Role, TimeoutPhase, Timeouts,
    offline::{self, Offline},
    openai::OpenAi,
};
use roundtable_tests::fake_openai::{Behaviour, End, FakeOpenAi, RecordedMessage, Script};
use tokio_util::sync::CancellationToken;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Generous limits, so that only the limit a test is about can fire.
fn patient() -> Timeouts {
    Timeouts {
        connect: Duration::from_secs(10),
        first_token: Duration::from_secs(10),
        idle: Duration::from_secs(10),
        total: Duration::from_secs(30),
    }
}

fn settings(base_url: &str, timeouts: Timeouts) -> ProviderSettings {
    ProviderSettings {
        name: "fake".into(),
        kind: ProviderKind::Openai,
        base_url: Some(base_url.into()),
        api_key: Some("sk-test-key".into()),
        models: vec!["fake-model".into()],
        any_model: false,
        default_model: "fake-model".into(),
        timeouts,
        max_retries: 2,
        tokens_per_second: 30.0,
    }
}

fn provider(fake: &FakeOpenAi, timeouts: Timeouts) -> OpenAi {
    OpenAi::new(&settings(&fake.base_url(), timeouts)).expect("a valid provider")
}

fn request(model: &str) -> ChatRequest {
    ChatRequest {
        model: model.into(),
        system_prompt: "You are a terse assistant.".into(),
        messages: vec![
            ChatMessage::new(Role::User, "Hello?"),
            ChatMessage::new(Role::Assistant, "Hi."),
            ChatMessage::new(Role::User, "Tell me a story."),
        ],
        temperature: Some(0.3),
        max_tokens: Some(50),
    }
}

/// Every delta, and how the stream ended.
async fn collect(mut stream: ReplyStream) -> (Vec<String>, Result<Completion, ProviderError>) {
    let mut deltas = Vec::new();
    let end = loop {
        match stream.next().await {
            Some(Ok(ReplyEvent::Delta(text))) => deltas.push(text),
            Some(Ok(ReplyEvent::Done(completion))) => break Ok(completion),
            Some(Err(error)) => break Err(error),
            None => panic!("the stream ended without Done or an error"),
        }
    };
    assert!(stream.next().await.is_none(), "nothing after the end");
    (deltas, end)
}

#[tokio::test]
async fn tokens_arrive_in_order_and_concatenate_to_the_final_text() {
    let fake = FakeOpenAi::start();
    let script = Script::words("Once upon a time there was a tiny crab.").token_delay(ms(5));
    fake.script_model("story", Behaviour::stream(script.clone()));

    let stream = provider(&fake, patient()).stream(request("story"), CancellationToken::new());
    let (deltas, end) = collect(stream).await;

    assert_eq!(deltas, script.tokens);
    let completion = end.expect("a complete reply");
    assert_eq!(completion.text, script.text());
    assert_eq!(completion.finish_reason, FinishReason::Stop);
}

#[tokio::test]
async fn the_request_carries_model_messages_settings_and_the_api_key() {
    let fake = FakeOpenAi::start();
    let stream = provider(&fake, patient()).stream(request("fake-model"), CancellationToken::new());
    collect(stream).await.1.expect("a complete reply");

    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.path, "/v1/chat/completions");
    assert_eq!(sent.authorization.as_deref(), Some("Bearer sk-test-key"));
    assert_eq!(sent.model, "fake-model");
    assert!(sent.stream);
    assert_eq!(sent.temperature, Some(0.3));
    assert_eq!(sent.max_tokens, Some(50));
    let message = |role: &str, content: &str| RecordedMessage {
        role: role.into(),
        content: content.into(),
    };
    assert_eq!(
        sent.messages,
        [
            message("system", "You are a terse assistant."),
            message("user", "Hello?"),
            message("assistant", "Hi."),
            message("user", "Tell me a story."),
        ]
    );
}

#[tokio::test]
async fn usage_counts_the_tokens_received_and_estimates_the_prompt() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::stream(Script::words("one two three four five")));
    let stream = provider(&fake, patient()).stream(request("fake-model"), CancellationToken::new());
    let usage = collect(stream).await.1.expect("a complete reply").usage;
    assert_eq!(usage.completion_tokens, 5);
    assert!(usage.prompt_tokens > 0);
    assert!(
        usage.estimated,
        "openai-api-rs does not pass the provider's usage on"
    );
}

#[tokio::test]
async fn a_reply_that_reaches_max_tokens_finishes_with_length() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::stream(
        Script::words("a b c").finish_reason("length"),
    ));
    let mut asked = request("fake-model");
    asked.max_tokens = Some(3);
    let stream = provider(&fake, patient()).stream(asked, CancellationToken::new());
    let completion = collect(stream).await.1.expect("a complete reply");
    assert_eq!(completion.finish_reason, FinishReason::Length);
}

#[tokio::test]
async fn a_connection_dropped_mid_stream_fails_after_the_tokens_already_sent() {
    let fake = FakeOpenAi::start();
    let script = Script::words("first second third fourth fifth").end(End::DropAfter(3));
    fake.script(Behaviour::stream(script));
    let stream = provider(&fake, patient()).stream(request("fake-model"), CancellationToken::new());
    let (deltas, end) = collect(stream).await;
    assert_eq!(deltas, ["first", " second", " third"]);
    let error = end.expect_err("the reply fails");
    assert!(
        matches!(error, ProviderError::Interrupted { ref provider, .. } if provider == "fake"),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_error_event_mid_stream_fails_after_the_tokens_already_sent() {
    let fake = FakeOpenAi::start();
    let script = Script::words("first second third").end(End::ErrorAfter(2, "overloaded".into()));
    fake.script(Behaviour::stream(script));
    let stream = provider(&fake, patient()).stream(request("fake-model"), CancellationToken::new());
    let (deltas, end) = collect(stream).await;
    assert_eq!(deltas, ["first", " second"]);
    let error = end.expect_err("the reply fails");
    assert!(
        matches!(error, ProviderError::Malformed { .. }),
        "a stream without [DONE] is malformed: {error:?}"
    );
}

#[tokio::test]
async fn http_401_is_a_status_error_with_the_providers_message() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::http_error(401, "Incorrect API key provided"));
    let stream = provider(&fake, patient()).stream(request("fake-model"), CancellationToken::new());
    let (deltas, end) = collect(stream).await;
    assert!(deltas.is_empty());
    assert_eq!(
        end.expect_err("refused"),
        ProviderError::Status {
            provider: "fake".into(),
            status: Some(401),
            message: "Incorrect API key provided".into(),
        }
    );
}

#[tokio::test]
async fn http_500_is_a_status_error_and_is_not_retried() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::http_error(500, "The server had an error"));
    let stream = provider(&fake, patient()).stream(request("fake-model"), CancellationToken::new());
    let error = collect(stream).await.1.expect_err("refused");
    assert!(
        matches!(error, ProviderError::Status { status: Some(500), ref message, .. } if message == "The server had an error"),
        "{error:?}"
    );
    assert_eq!(
        fake.requests().len(),
        1,
        "a request that reached the provider is never repeated"
    );
}

#[tokio::test]
async fn a_provider_that_stops_sending_times_out_by_the_idle_timeout() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::stream(
        Script::words("one two three four").end(End::HangAfter(2)),
    ));
    let timeouts = Timeouts {
        idle: ms(300),
        ..patient()
    };
    let started = Instant::now();
    let stream = provider(&fake, timeouts).stream(request("fake-model"), CancellationToken::new());
    let (deltas, end) = collect(stream).await;
    let waited = started.elapsed();
    assert_eq!(deltas, ["one", " two"]);
    assert_eq!(
        end.expect_err("timed out"),
        ProviderError::Timeout {
            provider: "fake".into(),
            phase: TimeoutPhase::Idle,
            after: ms(300),
        }
    );
    assert!(waited >= ms(300), "gave up after {waited:?}");
    assert!(
        waited < Duration::from_secs(5),
        "gave up only after {waited:?}"
    );
}

#[tokio::test]
async fn a_provider_that_sends_no_token_times_out_by_the_first_token_timeout() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::stream(
        Script::words("never sent").end(End::HangAfter(0)),
    ));
    let timeouts = Timeouts {
        first_token: ms(300),
        ..patient()
    };
    let stream = provider(&fake, timeouts).stream(request("fake-model"), CancellationToken::new());
    let error = collect(stream).await.1.expect_err("timed out");
    assert!(
        matches!(
            error,
            ProviderError::Timeout {
                phase: TimeoutPhase::FirstToken,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_provider_that_never_answers_times_out_by_the_connect_timeout() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::Hang);
    let timeouts = Timeouts {
        connect: ms(300),
        ..patient()
    };
    let stream = provider(&fake, timeouts).stream(request("fake-model"), CancellationToken::new());
    let error = collect(stream).await.1.expect_err("timed out");
    assert!(
        matches!(
            error,
            ProviderError::Timeout {
                phase: TimeoutPhase::Connect,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(fake.requests().len(), 1, "a timeout is not retried");
}

#[tokio::test]
async fn the_total_timeout_caps_a_slow_but_steady_stream() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::stream(
        Script::words(&vec!["tick"; 100].join(" ")).token_delay(ms(20)),
    ));
    let timeouts = Timeouts {
        total: ms(400),
        ..patient()
    };
    let stream = provider(&fake, timeouts).stream(request("fake-model"), CancellationToken::new());
    let (deltas, end) = collect(stream).await;
    assert!(
        !deltas.is_empty() && deltas.len() < 100,
        "{} tokens",
        deltas.len()
    );
    assert!(
        matches!(
            end,
            Err(ProviderError::Timeout {
                phase: TimeoutPhase::Total,
                ..
            })
        ),
        "{end:?}"
    );
}

#[tokio::test]
async fn connect_refused_is_retried_then_fails() {
    // A port that was free a moment ago: nothing listens there now.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = closed.local_addr().unwrap();
    drop(closed);
    let provider = OpenAi::new(&settings(&format!("http://{address}/v1"), patient())).unwrap();

    let started = Instant::now();
    let (deltas, end) =
        collect(provider.stream(request("fake-model"), CancellationToken::new())).await;
    let waited = started.elapsed();
    assert!(deltas.is_empty());
    let error = end.expect_err("unreachable");
    assert!(
        matches!(error, ProviderError::Connect { attempts: 3, .. }),
        "two retries after the first attempt: {error:?}"
    );
    // Two pauses of at least 3/4 of 250 ms and 500 ms.
    assert!(waited >= ms(560), "retried without backing off: {waited:?}");
}

#[tokio::test]
async fn cancelling_stops_a_streaming_reply() {
    let fake = FakeOpenAi::start();
    fake.script(Behaviour::stream(
        Script::words(&vec!["word"; 50].join(" ")).token_delay(ms(20)),
    ));
    let cancel = CancellationToken::new();
    let mut stream = provider(&fake, patient()).stream(request("fake-model"), cancel.clone());
    for _ in 0..2 {
        assert!(matches!(
            stream.next().await,
            Some(Ok(ReplyEvent::Delta(_)))
        ));
    }
    cancel.cancel();
    let mut end = None;
    while let Some(item) = stream.next().await {
        if let Err(error) = item {
            end = Some(error);
        }
    }
    assert_eq!(end, Some(ProviderError::Cancelled));
}

#[tokio::test]
async fn the_registry_streams_through_the_provider_it_resolves() {
    let fake = FakeOpenAi::start();
    fake.script_model(
        "fake-model",
        Behaviour::stream(Script::words("from the fake")),
    );
    let providers = Providers::new(&[settings(&fake.base_url(), patient())], None).unwrap();
    assert_eq!(providers.default_provider().name, "fake");

    let chosen = providers.resolve("", "").unwrap();
    let (_, end) = collect(chosen.stream(request("ignored"), CancellationToken::new())).await;
    assert_eq!(end.unwrap().text, "from the fake");
    assert_eq!(fake.requests()[0].model, "fake-model");

    let offline = providers.resolve("offline", "").unwrap();
    let (_, end) = collect(offline.stream(request("ignored"), CancellationToken::new())).await;
    assert!(end.unwrap().text.contains(offline::DEFAULT_MODEL));
}

#[tokio::test]
async fn the_offline_provider_is_deterministic() {
    let provider = Offline::new(10_000.0);
    let first = collect(provider.stream(request("persona-1"), CancellationToken::new())).await;
    let again = collect(provider.stream(request("persona-1"), CancellationToken::new())).await;
    assert_eq!(first.0, again.0);
    let completion = first.1.expect("a complete reply");
    assert_eq!(completion, again.1.expect("a complete reply"));
    assert_eq!(completion.text, first.0.concat());
    assert_eq!(completion.text, offline::compose(&request("persona-1")));
    assert!(completion.text.contains("persona-1"), "{}", completion.text);
    assert!(
        completion.text.contains("Tell me a story."),
        "{}",
        completion.text
    );
    assert_eq!(completion.usage.completion_tokens as usize, first.0.len());
    // Words: the system prompt, then each message.
    assert_eq!(completion.usage.prompt_tokens, 5 + 1 + 1 + 4);
    assert_eq!(completion.finish_reason, FinishReason::Stop);
}

#[tokio::test]
async fn the_offline_provider_streams_at_its_configured_pace() {
    let provider = Offline::new(100.0);
    let started = Instant::now();
    let mut asked = request("m");
    asked.max_tokens = Some(20);
    let (deltas, end) = collect(provider.stream(asked, CancellationToken::new())).await;
    let took = started.elapsed();
    assert_eq!(deltas.len(), 20);
    assert_eq!(end.unwrap().finish_reason, FinishReason::Length);
    // 20 tokens at 100 a second: one every 10 ms, the first after 10 ms.
    assert!(took >= ms(190), "too fast: {took:?}");
    assert!(took < Duration::from_secs(5), "far too slow: {took:?}");
}
