//! `roundtable-bench-events`: how fast events reach many subscribers, and
//! what an idle subscription costs the server.
//!
//! 1. Fan-out: `--subscribers` streams (default 1,000) follow one room; one
//!    sender posts `--messages` messages, first paced at `--rate` messages
//!    per second (default 20, so 20,000 deliveries/s: latency at a steady
//!    load), then one after another as fast as it can (throughput). Prints
//!    the delivery latency (from the message's `create_time`, taken before
//!    its commit, to its arrival at a subscriber, p50/p90/p99) and the
//!    events delivered per second.
//! 2. Idle streams: opens `--idle` subscriptions (default 10,000) that
//!    receive nothing, and prints the server's resident memory before and
//!    after, per subscription.
//!
//! With `--replicas N --database-url postgres://…` (N ≥ 2), the fan-out
//! runs on N replicas linked by NATS: the sender posts through the first,
//! and the subscribers follow on the others, so every delivery crosses
//! replicas (the idle run is left out).
//!
//! Run: `cargo build --release --workspace && target/release/roundtable-bench-events`.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use anyhow::Context;
use clap::Parser;
use hdrhistogram::Histogram;
use roundtable_tests::{
    bench::{Fleet, Replication, Server, authed, room, server_binary},
    proto::{
        SendMessageRequest, SubscribeRequest, event::Kind,
        event_service_client::EventServiceClient, message_service_client::MessageServiceClient,
    },
};
use tonic::transport::Channel;

#[derive(Parser)]
#[command(about = "Measure event fan-out latency and the memory of idle subscriptions")]
struct Args {
    /// Subscribers following the room in the fan-out run.
    #[arg(long, default_value_t = 1000)]
    subscribers: usize,
    /// Messages the single sender posts.
    #[arg(long, default_value_t = 500)]
    messages: usize,
    /// Messages per second in the paced fan-out run (0 skips it).
    #[arg(long, default_value_t = 20.0)]
    rate: f64,
    /// Idle subscriptions to open for the memory run (0 skips it).
    #[arg(long, default_value_t = 10_000)]
    idle: usize,
    /// Streams per HTTP/2 connection.
    #[arg(long, default_value_t = 100)]
    streams_per_connection: usize,
    /// The server binary; default `roundtable` next to this program.
    #[arg(long)]
    server: Option<std::path::PathBuf>,
    /// Database for every run; default a fresh SQLite file per run.
    #[arg(long)]
    database_url: Option<String>,
    #[command(flatten)]
    replication: Replication,
}

/// Opens a subscription to `room_id` and waits for its `subscribed` event.
async fn subscribe(
    channel: Channel,
    room_id: &str,
) -> anyhow::Result<tonic::Streaming<roundtable_tests::proto::SubscribeResponse>> {
    let mut stream = EventServiceClient::new(channel)
        .subscribe(authed(SubscribeRequest {
            room_ids: vec![room_id.to_string()],
            ..Default::default()
        }))
        .await?
        .into_inner();
    while let Some(item) = stream.message().await? {
        if matches!(item.event.and_then(|e| e.kind), Some(Kind::Subscribed(_))) {
            return Ok(stream);
        }
    }
    anyhow::bail!("the stream ended before `subscribed`")
}

fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .context("VmRSS")?;
    Ok(line.split_whitespace().nth(1).context("value")?.parse()?)
}

/// One fan-out run; `rate` messages per second, or back to back if `None`.
/// The sender posts through the first server; subscribers follow on the
/// others when there are several.
async fn fan_out(args: &Args, fleet: &Fleet, rate: Option<f64>) -> anyhow::Result<()> {
    let sending = fleet.servers[0].connect(1).await?.remove(0);
    let following = match &fleet.servers[..] {
        [only] => std::slice::from_ref(only),
        [_, others @ ..] => others,
        [] => anyhow::bail!("no server"),
    };
    let connections = args.subscribers.div_ceil(args.streams_per_connection);
    let mut channels = Vec::new();
    for (n, server) in following.iter().enumerate() {
        let share = connections / following.len() + usize::from(n < connections % following.len());
        channels.extend(server.connect(share.max(1)).await?);
    }
    let room_id = room(sending.clone()).await?;
    let histogram = Arc::new(std::sync::Mutex::new(Histogram::<u64>::new_with_bounds(
        1, 60_000_000, 3,
    )?));
    let delivered = Arc::new(AtomicU64::new(0));
    let mut readers = Vec::new();
    for i in 0..args.subscribers {
        let mut stream = subscribe(channels[i % channels.len()].clone(), &room_id).await?;
        let (histogram, delivered, expected) =
            (histogram.clone(), delivered.clone(), args.messages);
        readers.push(tokio::spawn(async move {
            let mut local = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("bounds");
            let mut seen = 0;
            while seen < expected {
                let Ok(Some(item)) = stream.message().await else {
                    break;
                };
                let Some(event) = item.event else { continue };
                if let (Some(Kind::MessageCreated(_)), Some(at)) = (event.kind, event.create_time) {
                    let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock");
                    let sent = Duration::new(at.seconds as u64, at.nanos as u32);
                    local.saturating_record(now.saturating_sub(sent).as_micros() as u64);
                    delivered.fetch_add(1, Ordering::Relaxed);
                    seen += 1;
                }
            }
            histogram
                .lock()
                .expect("histogram")
                .add(local)
                .expect("same bounds");
        }));
    }
    let mut sender = MessageServiceClient::new(sending);
    let started = Instant::now();
    for n in 0..args.messages {
        if let Some(rate) = rate {
            tokio::time::sleep_until((started + Duration::from_secs_f64(n as f64 / rate)).into())
                .await;
        }
        sender
            .send_message(authed(SendMessageRequest {
                room_id: room_id.clone(),
                text: format!("fan-out message {n}"),
                ..Default::default()
            }))
            .await?;
    }
    let sent_in = started.elapsed();
    for reader in readers {
        let _ = tokio::time::timeout(Duration::from_secs(60), reader).await;
    }
    let elapsed = started.elapsed();
    let histogram = histogram.lock().expect("histogram");
    let ms = |q: f64| histogram.value_at_quantile(q) as f64 / 1000.0;
    let count = delivered.load(Ordering::Relaxed);
    println!(
        "fan-out, {}: {} subscribers on {}, {} messages sent in {:.2} s ({:.0} msg/s by one sender)",
        match rate {
            Some(rate) => format!("paced at {rate} msg/s"),
            None => "back to back".to_string(),
        },
        args.subscribers,
        match fleet.servers.len() {
            1 => "the server".to_string(),
            n => format!("{} other replicas (of {n}, linked by NATS)", n - 1),
        },
        args.messages,
        sent_in.as_secs_f64(),
        args.messages as f64 / sent_in.as_secs_f64()
    );
    println!(
        "  delivered {count} of {} events in {:.2} s = {:.0} events/s; latency p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
        args.subscribers * args.messages,
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64(),
        ms(0.5),
        ms(0.9),
        ms(0.99),
        histogram.max() as f64 / 1000.0
    );
    Ok(())
}

async fn idle(args: &Args, server: &Server) -> anyhow::Result<()> {
    let channels = server
        .connect(args.idle.div_ceil(args.streams_per_connection))
        .await?;
    let room_id = room(channels[0].clone()).await?;
    // Warm the server's pools and caches with one stream first.
    let first = subscribe(channels[0].clone(), &room_id).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = rss_kib(server.child.id())?;
    let mut streams = vec![first];
    for i in 1..args.idle {
        streams.push(subscribe(channels[i % channels.len()].clone(), &room_id).await?);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = rss_kib(server.child.id())?;
    let per = (after.saturating_sub(before)) as f64 * 1024.0 / (args.idle - 1) as f64;
    println!(
        "idle: {} subscriptions on {} connections; server RSS {} KiB -> {} KiB = {:.1} KB per subscription",
        args.idle,
        channels.len(),
        before,
        after,
        per / 1000.0
    );
    drop(streams);
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let binary = server_binary(args.server.as_deref())?;
    let temp = tempfile::tempdir()?;
    let database = |file: &str| match &args.database_url {
        Some(url) => url.clone(),
        None => format!("sqlite://{}", temp.path().join(file).display()),
    };
    if args.rate > 0.0 {
        let fleet = Fleet::start(&binary, &database("events.db"), &args.replication)?;
        fan_out(&args, &fleet, Some(args.rate)).await?;
    }
    {
        let fleet = Fleet::start(&binary, &database("burst.db"), &args.replication)?;
        fan_out(&args, &fleet, None).await?;
    }
    if args.idle > 0 && args.replication.replicas <= 1 {
        let server = Server::start(&binary, &database("idle.db"), &[])?;
        idle(&args, &server).await?;
    }
    Ok(())
}
