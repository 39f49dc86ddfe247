//! `roundtable-bench-replies`: what the server adds to each token of many
//! REPLR replies (or, with `--sessions`, session answers) streaming at
//! once, measured as a client sees it.
//!
//! Starts the release server on a fresh SQLite database (or
//! `--database-url postgres://…`) with one `openai`-kind provider whose
//! base URL is a fake OpenAI-compatible server in this process
//! (`roundtable_tests::fake_openai`). Each of its replies is `--tokens`
//! tokens (default 50), the first at once, the others `--token-interval-ms`
//! apart (default 20), each stamped with the wall-clock time it left the
//! fake. Then, on loopback over gRPC:
//! 1. one space, one REPLR on that provider, and `--replies` rooms (default
//!    500) with the REPLR in each;
//! 2. a short warm-up (one reply per connection);
//! 3. `--replies` callers, one per room, each call
//!    `MessageService/SendMessageStream` mentioning the REPLR and read every
//!    `reply_delta` until `reply_finished`, over `--connections` HTTP/2
//!    connections (default 8). With `--sessions`, `--replies` sessions
//!    instead, each caller calling `SessionService/SendSessionMessageStream`
//!    in its own and reading every `delta` until the ended `answer`: the
//!    same reply engine behind another RPC. The calls start spread evenly over
//!    `--ramp-ms` (default one token interval), so that every reply streams
//!    at the same time; the server may still start them together (one write
//!    batch stores many), and then their tokens fall in step.
//!
//! Callers, fake provider and server share the machine's cores.
//!
//! Prints the time to first token (from the call to the first delta,
//! p50/p90/p99), the added latency per token (a delta's arrival at the
//! client minus the time its token left the fake provider,
//! p50/p90/p99/max over every token, and again over the tokens that
//! arrived while every reply was streaming, so that no reply was starting
//! or ending; a token the server sent in a snapshot, because it came
//! before the server began following its reply, counts from the snapshot's
//! arrival), the tokens delivered and tokens/s,
//! how many replies streamed at once at the peak, the CPU time of the
//! server and of this process (clients and fake provider), and the failed
//! replies (a reply fails if the call fails, a delta is missing or out of
//! order, or the reply does not end `complete`). Says whether p99 added
//! latency meets the goal of 2 ms; timing is reported, never asserted.
//!
//! Run: `cargo build --release --workspace && target/release/roundtable-bench-replies`.

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant, SystemTime},
};

use anyhow::Context;
use clap::Parser;
use futures::{StreamExt, TryStreamExt};
use hdrhistogram::Histogram;
use roundtable_tests::{
    bench::{Server, Setup, authed, cpu_time, room},
    fake_openai::{Behaviour, FakeOpenAi, Script, sent_times},
    proto::{
        AddReplrRequest, CreateReplrRequest, CreateRoomRequest, CreateSessionRequest,
        GetRoomRequest, ReplyMode, ReplyState, SendMessageStreamRequest,
        SendSessionMessageStreamRequest, SessionMessageState,
        message_service_client::MessageServiceClient, replr_service_client::ReplrServiceClient,
        room_service_client::RoomServiceClient, send_message_stream_response::Kind as Item,
        send_session_message_stream_response::Kind as Answered,
        session_service_client::SessionServiceClient,
    },
};
use tonic::transport::Channel;

/// The goal: p99 added latency per token below this, in milliseconds.
const GOAL_MS: f64 = 2.0;
/// The provider and model names the REPLR uses.
const PROVIDER: &str = "fake";
const MODEL: &str = "bench";
/// The REPLR's handle; each message mentions it.
const HANDLE: &str = "bench";
/// Setup calls in flight at once.
const SETUP_CONCURRENCY: usize = 32;
/// How long a reply's stream may stay silent before the reply counts as failed.
const SILENCE: Duration = Duration::from_secs(30);

#[derive(Parser)]
#[command(
    about = "Measure the latency the server adds to each token of many concurrent streaming REPLR replies"
)]
struct Args {
    /// Replies streaming at once (one room and one caller each).
    #[arg(long, default_value_t = 500)]
    replies: usize,
    /// Tokens per reply.
    #[arg(long, default_value_t = 50)]
    tokens: usize,
    /// Milliseconds between two tokens of a reply at the fake provider.
    #[arg(long, default_value_t = 20)]
    token_interval_ms: u64,
    /// Milliseconds over which the calls start, evenly spread (default: one
    /// token interval).
    #[arg(long)]
    ramp_ms: Option<u64>,
    /// HTTP/2 connections the callers share.
    #[arg(long, default_value_t = 8)]
    connections: usize,
    /// Session answers (one session per caller) instead of REPLR replies.
    #[arg(long)]
    sessions: bool,
    #[command(flatten)]
    setup: Setup,
}

/// What one reply looked like to its caller.
struct Streamed {
    /// From the call to the first delta.
    first_token: Duration,
    /// For each token: when it arrived, and its arrival minus its departure
    /// from the fake, in microseconds.
    tokens: Vec<(Instant, u64)>,
    /// Tokens that came in a snapshot (the server's follower of the reply
    /// started after they were sent) rather than each in its own delta.
    in_snapshots: usize,
    /// When the last item arrived.
    ended: Instant,
}

/// Replies streaming right now (first delta seen, end not yet), and the most
/// there were at once.
#[derive(Default)]
struct Streaming {
    now: AtomicUsize,
    peak: AtomicUsize,
}

impl Streaming {
    fn began(&self) {
        let now = self.now.fetch_add(1, Ordering::Relaxed) + 1;
        self.peak.fetch_max(now, Ordering::Relaxed);
    }

    fn ended(&self) {
        self.now.fetch_sub(1, Ordering::Relaxed);
    }
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 600_000_000, 3).expect("valid bounds")
}

fn ms(micros: u64) -> f64 {
    micros as f64 / 1000.0
}

/// Where a caller asks for its replies.
#[derive(Clone)]
enum Conversation {
    Room(String),
    Session(String),
}

/// The space of a first room.
async fn space(channel: &Channel) -> anyhow::Result<(String, String)> {
    let first = room(channel.clone()).await?;
    let space_id = RoomServiceClient::new(channel.clone())
        .get_room(authed(GetRoomRequest {
            room_id: first.clone(),
        }))
        .await?
        .into_inner()
        .room
        .context("room")?
        .space_id;
    Ok((first, space_id))
}

/// `count` sessions on the fake provider, in one space.
async fn setup_sessions(
    channels: &[Channel],
    count: usize,
    tokens: usize,
) -> anyhow::Result<Vec<Conversation>> {
    let (_, space_id) = space(&channels[0]).await?;
    futures::stream::iter(0..count)
        .map(|i| {
            let channel = channels[i % channels.len()].clone();
            let space_id = space_id.clone();
            async move {
                let session = SessionServiceClient::new(channel)
                    .create_session(authed(CreateSessionRequest {
                        space_id,
                        provider: PROVIDER.into(),
                        model: MODEL.into(),
                        max_tokens: Some(
                            i32::try_from(tokens + 16).unwrap_or(i32::MAX).min(32_768),
                        ),
                        ..Default::default()
                    }))
                    .await?
                    .into_inner()
                    .session
                    .context("session")?;
                anyhow::Ok(Conversation::Session(session.session_id))
            }
        })
        .buffered(SETUP_CONCURRENCY)
        .try_collect()
        .await
}

/// One space with a REPLR on the fake provider, and `count` rooms with the
/// REPLR in each.
async fn setup(
    channels: &[Channel],
    count: usize,
    tokens: usize,
) -> anyhow::Result<Vec<Conversation>> {
    let (first, space_id) = space(&channels[0]).await?;
    let replr_id = ReplrServiceClient::new(channels[0].clone())
        .create_replr(authed(CreateReplrRequest {
            space_id: space_id.clone(),
            handle: HANDLE.into(),
            system_prompt: "You answer benchmarks.".into(),
            provider: PROVIDER.into(),
            model: MODEL.into(),
            reply_mode: ReplyMode::OnMention as i32,
            // Room for every token, so that none is cut short.
            max_tokens: Some(i32::try_from(tokens + 16).unwrap_or(i32::MAX).min(32_768)),
            ..Default::default()
        }))
        .await?
        .into_inner()
        .replr
        .context("replr")?
        .replr_id;
    let rooms = futures::stream::iter(0..count)
        .map(|i| {
            let channel = channels[i % channels.len()].clone();
            let (space_id, replr_id, first) = (space_id.clone(), replr_id.clone(), first.clone());
            async move {
                let room_id = if i == 0 {
                    first
                } else {
                    RoomServiceClient::new(channel.clone())
                        .create_room(authed(CreateRoomRequest {
                            space_id,
                            name: format!("bench {i}"),
                            ..Default::default()
                        }))
                        .await?
                        .into_inner()
                        .room
                        .context("room")?
                        .room_id
                };
                RoomServiceClient::new(channel)
                    .add_replr(authed(AddReplrRequest {
                        room_id: room_id.clone(),
                        replr_id,
                    }))
                    .await?;
                anyhow::Ok(Conversation::Room(room_id))
            }
        })
        .buffered(SETUP_CONCURRENCY)
        .try_collect()
        .await?;
    Ok(rooms)
}

/// One item of a reply's stream, whatever the RPC.
enum Heard {
    Other,
    Delta {
        sequence: i64,
        text: String,
        snapshot: bool,
    },
    /// The end: whether it completed, and why not.
    End(Result<(), String>),
}

/// Asks for a reply in the conversation and reads it to its end.
async fn reply(
    channel: Channel,
    conversation: Conversation,
    text: String,
    tokens: usize,
    streaming: &Streaming,
) -> anyhow::Result<Streamed> {
    let called = Instant::now();
    let mut items: futures::stream::BoxStream<'static, Result<Heard, tonic::Status>> =
        match conversation {
            Conversation::Room(room_id) => MessageServiceClient::new(channel)
                .send_message_stream(authed(SendMessageStreamRequest {
                    room_id,
                    text,
                    ..Default::default()
                }))
                .await?
                .into_inner()
                .map_ok(|item| match item.kind {
                    Some(Item::ReplyDelta(d)) => Heard::Delta {
                        sequence: d.sequence,
                        text: d.text,
                        snapshot: d.snapshot,
                    },
                    Some(Item::ReplyFinished(reply)) => {
                        let reply = reply.reply.unwrap_or_default();
                        Heard::End(if reply.state() == ReplyState::Complete {
                            Ok(())
                        } else {
                            Err(format!(
                                "{:?}: {}: {}",
                                reply.state(),
                                reply.failure_reason,
                                reply.failure_message
                            ))
                        })
                    }
                    _ => Heard::Other,
                })
                .boxed(),
            Conversation::Session(session_id) => SessionServiceClient::new(channel)
                .send_session_message_stream(authed(SendSessionMessageStreamRequest {
                    session_id,
                    text,
                    ..Default::default()
                }))
                .await?
                .into_inner()
                .map_ok(|item| match item.kind {
                    Some(Answered::Delta(d)) => Heard::Delta {
                        sequence: d.sequence,
                        text: d.text,
                        snapshot: d.snapshot,
                    },
                    Some(Answered::Answer(answer)) => {
                        Heard::End(if answer.state() == SessionMessageState::Complete {
                            Ok(())
                        } else {
                            Err(format!(
                                "{:?}: {}: {}",
                                answer.state(),
                                answer.failure_reason,
                                answer.failure_message
                            ))
                        })
                    }
                    _ => Heard::Other,
                })
                .boxed(),
        };
    let mut streamed = Streamed {
        first_token: Duration::ZERO,
        tokens: Vec::with_capacity(tokens),
        in_snapshots: 0,
        ended: called,
    };
    let finished = loop {
        let item = tokio::time::timeout(SILENCE, items.next())
            .await
            .map_err(|_| anyhow::anyhow!("nothing on the stream for {SILENCE:?}"))?;
        let (arrived, now) = (SystemTime::now(), Instant::now());
        let Some(item) = item else {
            break None;
        };
        match item? {
            Heard::Other => {}
            Heard::Delta {
                sequence,
                text,
                snapshot,
            } => {
                let seen = streamed.tokens.len();
                let sent = sent_times(&text);
                // A delta is the next token; a snapshot is every token so far.
                let new = match (snapshot, usize::try_from(sequence)) {
                    (false, Ok(sequence)) if sequence == seen + 1 && sent.len() == 1 => &sent[..],
                    (true, Ok(sequence)) if sequence >= seen && sent.len() == sequence => {
                        streamed.in_snapshots += sequence - seen;
                        &sent[seen..]
                    }
                    _ => anyhow::bail!(
                        "{} {sequence} with {} stamped tokens after {seen} tokens",
                        if snapshot { "snapshot" } else { "delta" },
                        sent.len()
                    ),
                };
                if seen == 0 && !new.is_empty() {
                    streaming.began();
                    streamed.first_token = called.elapsed();
                }
                for sent in new {
                    let added = arrived.duration_since(*sent).unwrap_or_default();
                    streamed.tokens.push((now, added.as_micros() as u64));
                }
            }
            Heard::End(outcome) => break Some(outcome),
        }
    };
    if !streamed.tokens.is_empty() {
        streaming.ended();
    }
    streamed.ended = Instant::now();
    let outcome = finished.context("the stream ended before the reply did")?;
    if let Err(why) = outcome {
        anyhow::bail!("the reply ended {why}");
    }
    if streamed.tokens.len() != tokens {
        anyhow::bail!("{} tokens, not {tokens}", streamed.tokens.len());
    }
    Ok(streamed)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(
        args.replies > 0 && args.tokens > 0,
        "--replies and --tokens must be at least 1"
    );
    let interval = Duration::from_millis(args.token_interval_ms);
    let ramp = Duration::from_millis(args.ramp_ms.unwrap_or(args.token_interval_ms));
    let temp = tempfile::tempdir()?;
    let (binary, database_url) = args.setup.prepare(temp.path()).await?;

    let fake = FakeOpenAi::start();
    let words: Vec<String> = (0..args.tokens).map(|i| format!(" w{i}")).collect();
    fake.script_model(
        MODEL,
        Behaviour::stream(Script::tokens(&words).token_delay(interval).stamped()),
    );
    let config = temp.path().join("roundtable.toml");
    std::fs::write(
        &config,
        format!(
            r#"
            [providers.{PROVIDER}]
            kind = "openai"
            base_url = "{}"
            api_key = "sk-bench"
            models = ["{MODEL}"]

            [credits]
            initial_balance = 1000000000000
            "#,
            fake.base_url()
        ),
    )?;
    let config = config.to_str().context("a UTF-8 temporary path")?;

    println!(
        "roundtable-bench-replies: {} {} of {} tokens {} ms apart, started over {} ms, on {} HTTP/2 connections, database {}",
        args.replies,
        if args.sessions {
            "session answers"
        } else {
            "replies"
        },
        args.tokens,
        args.token_interval_ms,
        ramp.as_millis(),
        args.connections,
        database_url.split('@').next_back().unwrap_or_default()
    );
    let server = Server::start(&binary, &database_url, &["--config", config])?;
    let channels = server.connect(args.connections).await?;
    let began = Instant::now();
    let rooms = if args.sessions {
        setup_sessions(&channels, args.replies, args.tokens).await?
    } else {
        setup(&channels, args.replies, args.tokens).await?
    };
    println!(
        "setup: {} {} in {:.2} s",
        rooms.len(),
        if args.sessions {
            "sessions"
        } else {
            "rooms with the REPLR"
        },
        began.elapsed().as_secs_f64()
    );

    // Warm-up: one reply per connection (connections, caches, the provider's).
    let streaming = Arc::new(Streaming::default());
    let warm = futures::future::join_all(channels.iter().zip(&rooms).map(|(channel, room_id)| {
        reply(
            channel.clone(),
            room_id.clone(),
            format!("@{HANDLE} warm up"),
            args.tokens,
            &streaming,
        )
    }))
    .await;
    if let Some(Err(error)) = warm.into_iter().find(Result::is_err) {
        println!("warm-up: a reply failed: {error:#}");
    }
    let streaming = Arc::new(Streaming::default());

    let (server_cpu, own_cpu) = (cpu_time(server.child.id()), cpu_time(std::process::id()));
    let started = Instant::now();
    let tasks: Vec<_> = rooms
        .iter()
        .enumerate()
        .map(|(i, room_id)| {
            let channel = channels[i % channels.len()].clone();
            let (room_id, streaming) = (room_id.clone(), streaming.clone());
            let at = started + ramp.mul_f64(i as f64 / args.replies as f64);
            let tokens = args.tokens;
            tokio::spawn(async move {
                tokio::time::sleep_until(at.into()).await;
                let text = format!("@{HANDLE} reply number {i}, please");
                reply(channel, room_id, text, tokens, &streaming).await
            })
        })
        .collect();
    let mut first_tokens = histogram();
    let mut replies = Vec::new();
    let mut failures = Vec::new();
    for task in tasks {
        match task.await? {
            Ok(streamed) => {
                first_tokens.saturating_record(streamed.first_token.as_micros() as u64);
                replies.push(streamed);
            }
            Err(error) => failures.push(format!("{error:#}")),
        }
    }
    let last = replies.iter().map(|r| r.ended).max().unwrap_or(started);
    let elapsed = last.duration_since(started);
    let server_cpu = cpu_time(server.child.id()).saturating_sub(server_cpu);
    let own_cpu = cpu_time(std::process::id()).saturating_sub(own_cpu);
    // Every token, and those that arrived while every reply was streaming
    // (after the last reply's first token, before the first reply's last):
    // no reply starting or ending meanwhile.
    let all_streaming = (
        replies
            .iter()
            .filter_map(|r| r.tokens.first())
            .map(|t| t.0)
            .max(),
        replies
            .iter()
            .filter_map(|r| r.tokens.last())
            .map(|t| t.0)
            .min(),
    );
    let (mut added, mut steady) = (histogram(), histogram());
    for (at, latency) in replies.iter().flat_map(|r| &r.tokens) {
        added.saturating_record(*latency);
        if let (Some(from), Some(to)) = all_streaming
            && (from..to).contains(at)
        {
            steady.saturating_record(*latency);
        }
    }
    let delivered = added.len();
    let in_snapshots: usize = replies.iter().map(|r| r.in_snapshots).sum();

    let ok = args.replies - failures.len();
    println!(
        "replies: {ok} ok, {} failed, at most {} streaming at once, all ended {:.2} s after the first call",
        failures.len(),
        streaming.peak.load(Ordering::Relaxed),
        elapsed.as_secs_f64()
    );
    if ok > 0 {
        let q = |h: &Histogram<u64>, q: f64| ms(h.value_at_quantile(q));
        println!(
            "  time to first token       p50 {:>7.2} ms   p90 {:>7.2} ms   p99 {:>7.2} ms   max {:>7.2} ms",
            q(&first_tokens, 0.5),
            q(&first_tokens, 0.9),
            q(&first_tokens, 0.99),
            ms(first_tokens.max())
        );
        println!(
            "  added latency per token   p50 {:>7.2} ms   p90 {:>7.2} ms   p99 {:>7.2} ms   max {:>7.2} ms   ({} tokens)",
            q(&added, 0.5),
            q(&added, 0.9),
            q(&added, 0.99),
            ms(added.max()),
            added.len()
        );
        if steady.is_empty() {
            println!("    while all {ok} streamed: no token (they never all streamed at once)");
        } else {
            println!(
                "    while all {} streamed   p50 {:>7.2} ms   p90 {:>7.2} ms   p99 {:>7.2} ms   max {:>7.2} ms   ({} tokens; none starting or ending)",
                ok,
                q(&steady, 0.5),
                q(&steady, 0.9),
                q(&steady, 0.99),
                ms(steady.max()),
                steady.len()
            );
        }
        if in_snapshots > 0 {
            println!(
                "  {in_snapshots} tokens came in snapshots (sent before the server began following their reply), timed like the others"
            );
        }
    }
    let offered = args.replies as f64 * 1000.0 / args.token_interval_ms.max(1) as f64;
    let tokens_flowed = {
        let first = replies.iter().filter_map(|r| r.tokens.first()).map(|t| t.0);
        let last = replies.iter().filter_map(|r| r.tokens.last()).map(|t| t.0);
        match (first.min(), last.max()) {
            (Some(first), Some(last)) => last.duration_since(first),
            _ => Duration::ZERO,
        }
    };
    println!(
        "  delivered {delivered} tokens in {:.2} s = {:.0} tokens/s; {:.0} tokens/s from the first token to the last ({:.2} s; the fake offers up to {offered:.0} tokens/s while all stream)",
        elapsed.as_secs_f64(),
        delivered as f64 / elapsed.as_secs_f64(),
        delivered as f64 / tokens_flowed.as_secs_f64().max(1e-3),
        tokens_flowed.as_secs_f64()
    );
    println!(
        "  CPU: server {:.2} s = {:.1} µs per token ({:.0}% of one core); this process (callers and fake provider) {:.2} s",
        server_cpu.as_secs_f64(),
        server_cpu.as_secs_f64() * 1e6 / delivered.max(1) as f64,
        server_cpu.as_secs_f64() * 100.0 / elapsed.as_secs_f64(),
        own_cpu.as_secs_f64()
    );
    for failure in failures.iter().take(5) {
        println!("  failed: {failure}");
    }
    if failures.len() > 5 {
        println!("  … and {} more failures", failures.len() - 5);
    }
    let p99 = ms(added.value_at_quantile(0.99));
    println!(
        "goal p99 added latency per token < {GOAL_MS} ms with {} concurrent streaming replies: {} (p99 {p99:.2} ms)",
        args.replies,
        if ok > 0 && p99 < GOAL_MS {
            "met"
        } else {
            "NOT met"
        }
    );
    drop(server);
    drop(fake);
    Ok(())
}
