//! `roundtable-bench-soak`: a steady, mixed load for minutes on end, to see
//! whether the server's cost grows with the data it stores or with time.
//!
//! Starts the release server (fresh SQLite by default, or `--database-url`,
//! optionally `--prefill N`), puts a REPLR in one of its rooms and, at a
//! fixed rate (`--rate` sends a second, open loop: a slow server does not
//! slow the load), sends messages to `--rooms` rooms (half with a
//! `request_id`; one in fifty mentions the REPLR, which answers with the
//! offline provider), and alongside adds reactions, edits messages and lists
//! pages, while `--subscribers` clients follow the space. Every minute it
//! prints each operation's p50/p99, the server's CPU (per send too) and its
//! resident memory.
//!
//! `target/release/roundtable-bench-soak --minutes 10`

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::Context;
use clap::Parser;
use hdrhistogram::Histogram;
use roundtable_tests::bench::{Server, Setup, authed, cpu_time, room_in, space};
use roundtable_tests::proto::{
    AddReactionRequest, AddReplrRequest, CreateReplrRequest, EditMessageRequest,
    ListMessagesRequest, SendMessageRequest, SubscribeRequest,
    event_service_client::EventServiceClient, message_service_client::MessageServiceClient,
    replr_service_client::ReplrServiceClient, room_service_client::RoomServiceClient,
};
use tokio_stream::StreamExt;
use tonic::transport::Channel;

#[derive(Parser)]
#[command(about = "A steady mixed load for minutes: latency, CPU and memory per minute")]
struct Args {
    /// How long to run.
    #[arg(long, default_value_t = 10)]
    minutes: u64,
    /// Sends per second (each with its own reactions, edits and lists on
    /// the side).
    #[arg(long, default_value_t = 150)]
    rate: u64,
    /// Rooms the sends go to.
    #[arg(long, default_value_t = 8)]
    rooms: usize,
    /// Clients following the whole space.
    #[arg(long, default_value_t = 55)]
    subscribers: usize,
    /// HTTP/2 connections the load shares.
    #[arg(long, default_value_t = 4)]
    connections: usize,
    #[command(flatten)]
    setup: Setup,
}

/// The operations of the load, as printed.
const OPERATIONS: [&str; 5] = ["send", "send+rid", "react", "edit", "list"];
/// At most this many calls in flight; a tick beyond it is counted as
/// skipped (the server is not keeping up).
const IN_FLIGHT: u64 = 4096;

/// One minute's latencies, per operation, and its failures.
struct Minute {
    latencies: Vec<Histogram<u64>>,
    failed: Vec<u64>,
}

impl Minute {
    fn new() -> Self {
        Minute {
            latencies: OPERATIONS
                .iter()
                .map(|_| Histogram::new_with_bounds(1, 120_000_000, 3).expect("bounds"))
                .collect(),
            failed: vec![0; OPERATIONS.len()],
        }
    }
}

/// The resident memory of process `pid`, in MiB (Linux; 0 elsewhere).
fn rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let temp = tempfile::tempdir()?;
    let (binary, database_url) = args.setup.prepare(temp.path()).await?;
    println!(
        "roundtable-bench-soak: {} min, {} sends/s to {} rooms (half with request_id, 1 in 50 mentions a REPLR), \
         a reaction every 3rd send, an edit every 10th, a list every 5th, {} subscribers, database {}",
        args.minutes,
        args.rate,
        args.rooms,
        args.subscribers,
        database_url.split('@').next_back().unwrap_or_default()
    );
    let server = Server::start(&binary, &database_url, &[])?;
    let pid = server.child.id();
    let channels = server.connect(args.connections).await?;
    let channel = channels[0].clone();

    let space_id = space(channel.clone(), "soak").await?;
    let mut rooms = Vec::new();
    for n in 0..args.rooms.max(1) {
        rooms.push(room_in(channel.clone(), &space_id, &format!("soak {n}")).await?);
    }
    let replr = ReplrServiceClient::new(channel.clone())
        .create_replr(authed(CreateReplrRequest {
            space_id: space_id.clone(),
            handle: "soaker".into(),
            display_name: "Soaker".into(),
            ..Default::default()
        }))
        .await?
        .into_inner()
        .replr
        .context("replr")?;
    RoomServiceClient::new(channel.clone())
        .add_replr(authed(AddReplrRequest {
            room_id: rooms[0].clone(),
            replr_id: replr.replr_id,
        }))
        .await?;

    // Subscribers: each follows the whole space until the end.
    let received = Arc::new(AtomicU64::new(0));
    let mut followers = Vec::new();
    for n in 0..args.subscribers {
        let mut events = EventServiceClient::new(channels[n % channels.len()].clone());
        let (space_id, received) = (space_id.clone(), received.clone());
        followers.push(tokio::spawn(async move {
            let Ok(stream) = events
                .subscribe(authed(SubscribeRequest {
                    space_id,
                    ..Default::default()
                }))
                .await
            else {
                return;
            };
            let mut stream = stream.into_inner();
            while let Some(Ok(_)) = stream.next().await {
                received.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }

    let minute = Arc::new(Mutex::new(Minute::new()));
    let in_flight = Arc::new(AtomicU64::new(0));
    let recent: Arc<Mutex<Vec<String>>> = Arc::default();
    let sent = Arc::new(AtomicU64::new(0));
    let mut skipped = 0u64;
    let started = Instant::now();
    let mut ticker = tokio::time::interval(Duration::from_secs_f64(1.0 / args.rate.max(1) as f64));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let (mut minute_began, mut cpu_began, mut sent_began) = (Instant::now(), cpu_time(pid), 0u64);
    let mut rows = Vec::new();
    let mut n: u64 = 0;
    println!(
        "{:>3} {:>8} {:>17} {:>17} {:>17} {:>17} {:>17} {:>6} {:>9} {:>8} {:>9}",
        "min",
        "sends/s",
        "send p50/p99 ms",
        "send+rid p50/p99",
        "react p50/p99",
        "edit p50/p99",
        "list p50/p99",
        "failed",
        "CPU %",
        "µs/send",
        "RSS MiB"
    );
    while started.elapsed() < Duration::from_secs(args.minutes * 60) {
        ticker.tick().await;
        if minute_began.elapsed() >= Duration::from_secs(60) {
            let done = std::mem::replace(&mut *minute.lock().expect("stats"), Minute::new());
            let cpu = cpu_time(pid) - cpu_began;
            let sends = sent.load(Ordering::Relaxed) - sent_began;
            let wall = minute_began.elapsed().as_secs_f64();
            let row = format_minute(rows.len() + 1, &done, sends, wall, cpu, rss_mib(pid));
            println!("{row}");
            rows.push(row);
            (minute_began, cpu_began, sent_began) =
                (Instant::now(), cpu_time(pid), sent.load(Ordering::Relaxed));
        }
        if in_flight.load(Ordering::Relaxed) >= IN_FLIGHT {
            skipped += 1;
            continue;
        }
        let channel = channels[n as usize % channels.len()].clone();
        let room_id = rooms[n as usize % rooms.len()].clone();
        let (minute, in_flight, recent, sent) = (
            minute.clone(),
            in_flight.clone(),
            recent.clone(),
            sent.clone(),
        );
        in_flight.fetch_add(1, Ordering::Relaxed);
        let this = n;
        tokio::spawn(async move {
            load_one(this, channel, room_id, &minute, &recent, &sent).await;
            in_flight.fetch_sub(1, Ordering::Relaxed);
        });
        n += 1;
    }
    // The last minute, once its calls are done.
    while in_flight.load(Ordering::Relaxed) > 0 && minute_began.elapsed() < Duration::from_secs(90)
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let done = std::mem::replace(&mut *minute.lock().expect("stats"), Minute::new());
    let sends = sent.load(Ordering::Relaxed) - sent_began;
    let wall = minute_began.elapsed().as_secs_f64();
    let row = format_minute(
        rows.len() + 1,
        &done,
        sends,
        wall,
        cpu_time(pid) - cpu_began,
        rss_mib(pid),
    );
    println!("{row}");
    rows.push(row);
    println!(
        "{} ticks skipped because {IN_FLIGHT} calls were in flight; the subscribers received {} events",
        skipped,
        received.load(Ordering::Relaxed)
    );
    if rows.len() >= 10 {
        println!("minute 2 beside minute 10:\n{}\n{}", rows[1], rows[9]);
    }
    for follower in followers {
        follower.abort();
    }
    Ok(())
}

/// The calls of tick `n`: a send, and every few ticks a reaction, an edit
/// or a list beside it.
async fn load_one(
    n: u64,
    channel: Channel,
    room_id: String,
    minute: &Mutex<Minute>,
    recent: &Mutex<Vec<String>>,
    sent: &AtomicU64,
) {
    let mut messages = MessageServiceClient::new(channel);
    let record = |op: usize, began: Instant, ok: bool| {
        let mut minute = minute.lock().expect("stats");
        if ok {
            minute.latencies[op].saturating_record(began.elapsed().as_micros() as u64);
        } else {
            minute.failed[op] += 1;
        }
    };
    let with_request_id = n.is_multiple_of(2);
    let text = if n.is_multiple_of(50) {
        format!("@soaker, message {n}: what do you make of it?")
    } else {
        format!("message {n}: the quick brown fox jumps over the lazy dog")
    };
    let began = Instant::now();
    let result = messages
        .send_message(authed(SendMessageRequest {
            room_id: room_id.clone(),
            text,
            request_id: if with_request_id {
                format!("soak-{n}")
            } else {
                String::new()
            },
            ..Default::default()
        }))
        .await;
    record(usize::from(with_request_id), began, result.is_ok());
    if let Ok(response) = result {
        sent.fetch_add(1, Ordering::Relaxed);
        if let Some(message) = response.into_inner().message {
            let mut recent = recent.lock().expect("recent");
            recent.push(message.message_id);
            if recent.len() > 1000 {
                recent.drain(..500);
            }
        }
    }
    let pick = || {
        let recent = recent.lock().expect("recent");
        recent
            .get(recent.len().saturating_sub(1 + (n as usize % 200)))
            .cloned()
    };
    if n.is_multiple_of(3)
        && let Some(message_id) = pick()
    {
        let began = Instant::now();
        let ok = messages
            .add_reaction(authed(AddReactionRequest {
                message_id,
                emoji: ["👍", "🎉", "👀"][n as usize % 3].into(),
            }))
            .await
            .is_ok();
        record(2, began, ok);
    }
    if n.is_multiple_of(10)
        && let Some(message_id) = pick()
    {
        let began = Instant::now();
        let ok = messages
            .edit_message(authed(EditMessageRequest {
                message_id,
                text: format!("edited at tick {n}"),
            }))
            .await
            .is_ok();
        record(3, began, ok);
    }
    if n.is_multiple_of(5) {
        let began = Instant::now();
        let ok = messages
            .list_messages(authed(ListMessagesRequest {
                room_id,
                page_size: 50,
                ..Default::default()
            }))
            .await
            .is_ok();
        record(4, began, ok);
    }
}

fn format_minute(
    index: usize,
    minute: &Minute,
    sends: u64,
    wall: f64,
    cpu: Duration,
    rss: f64,
) -> String {
    let pair = |h: &Histogram<u64>| {
        format!(
            "{:>7.1} /{:>7.1}",
            h.value_at_quantile(0.5) as f64 / 1000.0,
            h.value_at_quantile(0.99) as f64 / 1000.0
        )
    };
    format!(
        "{index:>3} {:>8.0} {:>17} {:>17} {:>17} {:>17} {:>17} {:>6} {:>8.0}% {:>8.0} {:>9.1}",
        sends as f64 / wall,
        pair(&minute.latencies[0]),
        pair(&minute.latencies[1]),
        pair(&minute.latencies[2]),
        pair(&minute.latencies[3]),
        pair(&minute.latencies[4]),
        minute.failed.iter().sum::<u64>(),
        cpu.as_secs_f64() * 100.0 / wall,
        cpu.as_secs_f64() * 1e6 / sends.max(1) as f64,
        rss
    )
}
