//! `roundtable-bench`: how fast SendMessage is, measured as a client sees it.
//!
//! Starts the release server on a fresh database (SQLite by default), then
//! on loopback over gRPC:
//! 1. drives a no-op RPC (`grpc.health.v1.Health/Check`: no auth, no
//!    database) to show what the transport alone costs on this machine;
//! 2. drives `SendMessage` from many concurrent callers and, while they are
//!    still sending, kills the server with SIGKILL;
//! 3. restarts it on the same database and checks that every message the
//!    server acknowledged is there.
//!
//! Prints requests/s and p50/p90/p99 latency for both. Run it with
//! `cargo run --release -p roundtable-tests --bin roundtable-bench`.
//!
//! With `--replicas N --database-url postgres://…`, N replicas share the
//! database, linked by a NATS server (the benchmark starts one, or give
//! `--nats-url`); the callers' connections are spread evenly over them,
//! and all of them are killed together.

use std::{
    process::Command,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use anyhow::bail;
use clap::Parser;
use roundtable_tests::bench::{
    Fleet, Replication, Run, Server, Setup, Writes, authed, drive, room,
};
use roundtable_tests::proto::{
    ListMessagesRequest, SendMessageRequest, message_service_client::MessageServiceClient,
};
use tonic::transport::Channel;
use tonic_health::pb::{HealthCheckRequest, health_client::HealthClient};

#[derive(Parser)]
#[command(
    about = "Measure SendMessage throughput and latency, and check durability across a kill -9"
)]
struct Args {
    /// Seconds to drive each RPC.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent callers.
    #[arg(long, default_value_t = 256)]
    concurrency: usize,
    /// HTTP/2 connections the callers share.
    #[arg(long, default_value_t = 4)]
    connections: usize,
    /// Rooms the callers send to (caller n to room n mod rooms): with one,
    /// every write of every replica also takes that room's row lock.
    #[arg(long, default_value_t = 1)]
    rooms: usize,
    #[command(flatten)]
    setup: Setup,
    #[command(flatten)]
    replication: Replication,
}

fn print(run: &Run, name: &str) {
    println!(
        "{name:<28} {:>10.0} req/s   p50 {:>6.2} ms   p90 {:>6.2} ms   p99 {:>6.2} ms   ({} ok, {} failed in {:.1} s)",
        run.per_second(),
        run.ms(0.5),
        run.ms(0.9),
        run.ms(0.99),
        run.ok,
        run.failed,
        run.elapsed.as_secs_f64()
    );
}

/// How busy each server's writer was during the run: on PostgreSQL every
/// batch holds the event log's counter row until it commits, so the sum of
/// the replicas' busy shares near 100% would mean they wait for each other.
fn print_writes(before: &[Writes], after: &[Writes], run: Duration) {
    let mut busy = 0.0;
    for (n, (before, after)) in before.iter().zip(after).enumerate() {
        let done = after.since(before);
        let share = done.busy_seconds / run.as_secs_f64();
        busy += share;
        println!(
            "  writer of server {}: {:.0} batches/s, {:.1} writes per batch, in a batch {:.0}% of the time",
            n + 1,
            done.batches / run.as_secs_f64(),
            done.writes / done.batches.max(1.0),
            share * 100.0
        );
    }
    if before.len() > 1 {
        println!(
            "  writers in a batch, summed over the replicas: {:.0}% of the time",
            busy * 100.0
        );
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let temp = tempfile::tempdir()?;
    let (binary, database_url) = args.setup.prepare(temp.path()).await?;
    let duration = Duration::from_secs(args.seconds);
    let mut fleet = Fleet::start(&binary, &database_url, &args.replication)?;
    println!(
        "roundtable-bench: {} callers on {} HTTP/2 connections to {}, {} room(s), {} s per RPC, database {}",
        args.concurrency,
        args.connections * fleet.servers.len(),
        fleet.describe(),
        args.rooms.max(1),
        args.seconds,
        database_url.split('@').next_back().unwrap_or_default()
    );
    // Each server gets `--connections`; callers take them in turn, so
    // they are spread evenly over the replicas.
    let channels = fleet.connect(args.connections).await?;
    let mut room_ids = Vec::with_capacity(args.rooms.max(1));
    for _ in 0..args.rooms.max(1) {
        room_ids.push(room(channels[0].clone()).await?);
    }

    let health = {
        let channels = channels.clone();
        move |task: usize, _n: u64| {
            let mut client = HealthClient::new(channels[task % channels.len()].clone());
            async move {
                client
                    .check(HealthCheckRequest {
                        service: String::new(),
                    })
                    .await
                    .map(|_| ())
            }
        }
    };
    let send = {
        let channels = channels.clone();
        let room_ids = room_ids.clone();
        move |task: usize, n: u64| {
            let mut client = MessageServiceClient::new(channels[task % channels.len()].clone());
            let request = authed(SendMessageRequest {
                room_id: room_ids[task % room_ids.len()].clone(),
                text: format!(
                    "message {n} from caller {task}: the quick brown fox jumps over the lazy dog"
                ),
                ..Default::default()
            });
            async move {
                client
                    .send_message(request)
                    .await
                    .map(|r| r.into_inner().message.map(|m| m.message_id))
            }
        }
    };

    // Warm up connections, caches and the database.
    drive(
        args.concurrency,
        Duration::from_secs(1),
        Arc::default(),
        send.clone(),
    )
    .await;

    let (noop, _) = drive(args.concurrency, duration, Arc::default(), health).await;
    print(&noop, "no-op (Health/Check)");

    // SendMessage, with the server killed while callers are still sending.
    let stop = Arc::new(AtomicBool::new(false));
    let mut before = Vec::new();
    for server in &fleet.servers {
        before.push(server.writes().await?);
    }
    let killer = {
        let stop = stop.clone();
        let pids: Vec<String> = fleet
            .servers
            .iter()
            .map(|s| s.child.id().to_string())
            .collect();
        let addrs: Vec<std::net::SocketAddr> = fleet.servers.iter().map(|s| s.addr).collect();
        tokio::spawn(async move {
            tokio::time::sleep(duration).await;
            let mut after = Vec::new();
            for addr in addrs {
                after.push(Server::writes_at(addr).await.unwrap_or_default());
            }
            // SIGKILL mid-load: requests in flight are never acknowledged.
            let _ = Command::new("kill").arg("-9").args(&pids).status();
            tokio::time::sleep(Duration::from_millis(200)).await;
            stop.store(true, Ordering::Relaxed);
            after
        })
    };
    let (sends, acknowledged) = drive(
        args.concurrency,
        duration + Duration::from_secs(5),
        stop,
        send,
    )
    .await;
    let after = killer.await?;
    let acknowledged: Vec<String> = acknowledged.into_iter().flatten().collect();
    let sends = Run {
        elapsed: duration,
        ..sends
    };
    print(&sends, "SendMessage (SQLite/PG)");
    println!(
        "  (the failed sends are those refused once the server was killed: callers retry at once until they stop)"
    );
    fleet.kill();
    print_writes(&before, &after, duration);

    // Durability: every acknowledged message is there after the kill.
    let server = Server::start(&binary, &database_url, &[])?;
    let channel = Channel::from_shared(format!("http://{}", server.addr))?
        .connect()
        .await?;
    let mut messages = MessageServiceClient::new(channel);
    let mut stored = std::collections::HashSet::new();
    for room_id in &room_ids {
        let mut page_token = String::new();
        loop {
            let page = messages
                .list_messages(authed(ListMessagesRequest {
                    room_id: room_id.clone(),
                    page_size: 200,
                    page_token: page_token.clone(),
                    ..Default::default()
                }))
                .await?
                .into_inner();
            stored.extend(page.messages.into_iter().map(|m| m.message_id));
            if page.next_page_token.is_empty() {
                break;
            }
            page_token = page.next_page_token;
        }
    }
    let missing = acknowledged
        .iter()
        .filter(|id| !stored.contains(*id))
        .count();
    println!(
        "durability after kill -9: {} acknowledged, {} missing, {} stored in all (warm-up and unacknowledged in-flight writes included)",
        acknowledged.len(),
        missing,
        stored.len()
    );
    if missing > 0 {
        bail!("{missing} acknowledged messages were lost");
    }
    Ok(())
}
