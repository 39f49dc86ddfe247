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

use std::{
    path::PathBuf,
    process::Command,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::bail;
use clap::Parser;
use hdrhistogram::Histogram;
use roundtable_tests::bench::{Server, authed, room};
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
    /// Database for the server; default a fresh SQLite file in a temp folder.
    #[arg(long)]
    database_url: Option<String>,
    /// The server binary; default `roundtable` next to this program.
    #[arg(long)]
    server: Option<PathBuf>,
}

/// What one RPC did during a run.
struct Run {
    histogram: Histogram<u64>,
    ok: u64,
    failed: u64,
    elapsed: Duration,
}

impl Run {
    fn print(&self, name: &str) {
        let per_second = self.ok as f64 / self.elapsed.as_secs_f64();
        let ms = |q: f64| self.histogram.value_at_quantile(q) as f64 / 1000.0;
        println!(
            "{name:<28} {per_second:>10.0} req/s   p50 {:>6.2} ms   p90 {:>6.2} ms   p99 {:>6.2} ms   ({} ok, {} failed in {:.1} s)",
            ms(0.5),
            ms(0.9),
            ms(0.99),
            self.ok,
            self.failed,
            self.elapsed.as_secs_f64()
        );
    }
}

/// Runs `call` from `concurrency` tasks until `stop` is set or `duration`
/// passes; each task also returns the values its successful calls produced.
async fn drive<F, Fut, T>(
    concurrency: usize,
    duration: Duration,
    stop: Arc<AtomicBool>,
    call: F,
) -> (Run, Vec<T>)
where
    F: Fn(usize, u64) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Result<T, tonic::Status>> + Send,
    T: Send + 'static,
{
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = Vec::new();
    for task in 0..concurrency {
        let call = call.clone();
        let stop = stop.clone();
        tasks.push(tokio::spawn(async move {
            let mut histogram =
                Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("bounds");
            let (mut ok, mut failed, mut values) = (0u64, 0u64, Vec::new());
            let mut n = 0u64;
            while Instant::now() < deadline && !stop.load(Ordering::Relaxed) {
                let began = Instant::now();
                match call(task, n).await {
                    Ok(value) => {
                        histogram.saturating_record(began.elapsed().as_micros() as u64);
                        ok += 1;
                        values.push(value);
                    }
                    Err(_) => failed += 1,
                }
                n += 1;
            }
            (histogram, ok, failed, values)
        }));
    }
    let mut run = Run {
        histogram: Histogram::new_with_bounds(1, 60_000_000, 3).expect("bounds"),
        ok: 0,
        failed: 0,
        elapsed: Duration::ZERO,
    };
    let mut all = Vec::new();
    for task in tasks {
        let (histogram, ok, failed, values) = task.await.expect("task");
        run.histogram.add(histogram).expect("same bounds");
        run.ok += ok;
        run.failed += failed;
        all.extend(values);
    }
    run.elapsed = started.elapsed().min(duration);
    (run, all)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let binary = match args.server {
        Some(path) => path,
        None => std::env::current_exe()?.with_file_name("roundtable"),
    };
    let temp = tempfile::tempdir()?;
    let database_url = args
        .database_url
        .unwrap_or_else(|| format!("sqlite://{}", temp.path().join("bench.db").display()));
    let duration = Duration::from_secs(args.seconds);
    println!(
        "roundtable-bench: {} callers on {} HTTP/2 connections, {} s per RPC, database {}",
        args.concurrency,
        args.connections,
        args.seconds,
        database_url.split('@').next_back().unwrap_or_default()
    );

    let mut server = Server::start(&binary, &database_url, &[])?;
    let channels = server.connect(args.connections).await?;
    let room_id = room(channels[0].clone()).await?;

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
        let room_id = room_id.clone();
        move |task: usize, n: u64| {
            let mut client = MessageServiceClient::new(channels[task % channels.len()].clone());
            let request = authed(SendMessageRequest {
                room_id: room_id.clone(),
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
    noop.print("no-op (Health/Check)");

    // SendMessage, with the server killed while callers are still sending.
    let stop = Arc::new(AtomicBool::new(false));
    let killer = {
        let stop = stop.clone();
        let pid = server.child.id();
        tokio::spawn(async move {
            tokio::time::sleep(duration).await;
            // SIGKILL mid-load: requests in flight are never acknowledged.
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            tokio::time::sleep(Duration::from_millis(200)).await;
            stop.store(true, Ordering::Relaxed);
        })
    };
    let (sends, acknowledged) = drive(
        args.concurrency,
        duration + Duration::from_secs(5),
        stop,
        send,
    )
    .await;
    killer.await?;
    let acknowledged: Vec<String> = acknowledged.into_iter().flatten().collect();
    let sends = Run {
        elapsed: duration,
        ..sends
    };
    sends.print("SendMessage (SQLite/PG)");
    server.kill();

    // Durability: every acknowledged message is there after the kill.
    let server = Server::start(&binary, &database_url, &[])?;
    let channel = Channel::from_shared(format!("http://{}", server.addr))?
        .connect()
        .await?;
    let mut messages = MessageServiceClient::new(channel);
    let mut stored = std::collections::HashSet::new();
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
