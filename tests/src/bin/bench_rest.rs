//! `roundtable-bench-rest`: what the REST/JSON gateway costs next to gRPC,
//! for the same reads, measured as a client sees them.
//!
//! Starts the release server on a fresh SQLite database, creates a space, a
//! room and `--messages` messages (default 200), then on loopback drives,
//! each for `--seconds` (default 10) from `--concurrency` callers
//! (default 64):
//! 1. `GetRoom` over gRPC (tonic, `--connections` HTTP/2 connections,
//!    default 4), then over REST (`GET /v1/rooms/{room_id}`, HTTP/1.1
//!    keep-alive, one connection per caller since HTTP/1.1 cannot
//!    multiplex);
//! 2. `ListMessages` with `page_size=50`, the same two ways
//!    (`GET /v1/rooms/{room_id}/messages?page_size=50`).
//!
//! Every answer is checked (gRPC `Ok` with a room / 50 messages; REST 200
//! with a JSON body naming the room, once per message for the list), so a
//! failure is counted, never timed. Prints requests/s and p50/p90/p99 per
//! RPC and transport, the server's CPU time per request (from
//! `/proc/<pid>/stat`: on a small machine the client competes for the same
//! cores, so this is the steadier measure of the gateway's own cost), the
//! REST/gRPC throughput ratio per RPC, and whether REST reaches the goal of
//! 0.7 of gRPC.
//!
//! Run: `cargo build --release --workspace && target/release/roundtable-bench-rest`.

use std::{path::PathBuf, time::Duration};

use anyhow::{Context, bail};
use clap::Parser;
use http::{HeaderValue, Request, StatusCode, Uri, header};
use http_body_util::{BodyExt, Empty};
use hyper_util::{client::legacy::Client, rt::TokioExecutor};
use prost::bytes::Bytes;
use roundtable_tests::bench::{
    self, ADMIN_KEY, Run, Server, authed, cpu_time, room, server_binary,
};
use roundtable_tests::proto::{
    GetRoomRequest, ListMessagesRequest, SendMessageRequest,
    message_service_client::MessageServiceClient, room_service_client::RoomServiceClient,
};

/// REST should reach at least this share of gRPC's throughput.
const GOAL: f64 = 0.7;
/// The page size of the `ListMessages` runs.
const PAGE_SIZE: i32 = 50;

#[derive(Parser)]
#[command(about = "Compare REST/JSON and gRPC throughput and latency for GetRoom and ListMessages")]
struct Args {
    /// Seconds to drive each RPC on each transport.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent callers.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// HTTP/2 connections the gRPC callers share.
    #[arg(long, default_value_t = 4)]
    connections: usize,
    /// Messages in the room before the runs (at least the page size).
    #[arg(long, default_value_t = 200)]
    messages: usize,
    /// The server binary; default `roundtable` next to this program.
    #[arg(long)]
    server: Option<PathBuf>,
}

/// One RPC on one transport: what the client saw, and the server's CPU
/// time (user + system) meanwhile.
struct Measured {
    run: Run,
    server_cpu: Duration,
}

impl Measured {
    fn print(&self, rpc: &str, transport: &str) {
        let run = &self.run;
        println!(
            "{rpc:<14} {transport:<6} {:>10.0} {:>9.2} {:>9.2} {:>9.2} {:>10.0} {:>10} {:>8}",
            run.per_second(),
            run.ms(0.5),
            run.ms(0.9),
            run.ms(0.99),
            self.server_cpu.as_secs_f64() * 1e6 / run.ok.max(1) as f64,
            run.ok,
            run.failed,
        );
    }
}

/// Runs `call` from `concurrency` tasks for `duration`, measuring the
/// server `pid`'s CPU time too.
async fn drive<F, Fut>(pid: u32, concurrency: usize, duration: Duration, call: F) -> Measured
where
    F: Fn(usize) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send,
{
    let before = cpu_time(pid);
    let (run, _) = bench::drive(
        concurrency,
        duration,
        std::sync::Arc::default(),
        move |task, _| call(task),
    )
    .await;
    Measured {
        run,
        server_cpu: cpu_time(pid).saturating_sub(before),
    }
}

/// A REST GET of `uri` as the admin: `Ok` only for 200 with a body that
/// contains `expect` `times` times or more.
async fn rest_get(
    client: &Client<hyper_util::client::legacy::connect::HttpConnector, Empty<Bytes>>,
    uri: &Uri,
    authorization: &HeaderValue,
    expect: &str,
    times: usize,
) -> anyhow::Result<()> {
    let request = Request::get(uri.clone())
        .header(header::AUTHORIZATION, authorization.clone())
        .body(Empty::new())?;
    let response = client.request(request).await?;
    let status = response.status();
    let body = response.into_body().collect().await?.to_bytes();
    if status != StatusCode::OK {
        bail!("status {status}");
    }
    // A linear-time search: the client should cost the shared CPUs little.
    let found = std::str::from_utf8(&body)?.matches(expect).count();
    if found < times {
        bail!("{expect:?} found {found} times, not {times}");
    }
    Ok(())
}

/// Prints the two rows of `rpc`; returns its REST/gRPC throughput ratio.
fn compare(rpc: &'static str, grpc: Measured, rest: Measured) -> (&'static str, f64) {
    grpc.print(rpc, "gRPC");
    rest.print(rpc, "REST");
    (rpc, rest.run.per_second() / grpc.run.per_second())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let binary = server_binary(args.server.as_deref())?;
    let temp = tempfile::tempdir()?;
    let database_url = format!("sqlite://{}", temp.path().join("bench.db").display());
    let duration = Duration::from_secs(args.seconds);
    let concurrency = args.concurrency.max(1);
    println!(
        "roundtable-bench-rest: {concurrency} callers, gRPC on {} HTTP/2 connections, REST on HTTP/1.1 keep-alive, {} s per RPC and transport, SQLite",
        args.connections.max(1),
        args.seconds,
    );

    let server = Server::start(&binary, &database_url, &[])?;
    let pid = server.child.id();
    let channels = server.connect(args.connections).await?;
    let room_id = room(channels[0].clone()).await?;
    let sends = (0..args.messages.max(PAGE_SIZE as usize)).map(|n| {
        let mut client = MessageServiceClient::new(channels[n % channels.len()].clone());
        let request = authed(SendMessageRequest {
            room_id: room_id.clone(),
            text: format!("message {n}: the quick brown fox jumps over the lazy dog"),
            ..Default::default()
        });
        async move { client.send_message(request).await }
    });
    for result in futures::future::join_all(sends).await {
        result?;
    }

    let grpc_get_room = {
        let (channels, room_id) = (channels.clone(), room_id.clone());
        move |task: usize| {
            let mut client = RoomServiceClient::new(channels[task % channels.len()].clone());
            let request = authed(GetRoomRequest {
                room_id: room_id.clone(),
            });
            async move {
                let response = client.get_room(request).await?.into_inner();
                response.room.context("no room")?;
                Ok(())
            }
        }
    };
    let grpc_list_messages = {
        let (channels, room_id) = (channels.clone(), room_id.clone());
        move |task: usize| {
            let mut client = MessageServiceClient::new(channels[task % channels.len()].clone());
            let request = authed(ListMessagesRequest {
                room_id: room_id.clone(),
                page_size: PAGE_SIZE,
                ..Default::default()
            });
            async move {
                let response = client.list_messages(request).await?.into_inner();
                if response.messages.len() != PAGE_SIZE as usize {
                    bail!("{} messages", response.messages.len());
                }
                Ok(())
            }
        }
    };

    let mut http = Client::builder(TokioExecutor::new());
    http.pool_max_idle_per_host(concurrency);
    let http = http.build_http::<Empty<Bytes>>();
    let authorization = HeaderValue::try_from(format!("Bearer {ADMIN_KEY}"))?;
    let rest = |uri: Uri, expect: String, times: usize| {
        let (http, authorization) = (http.clone(), authorization.clone());
        move |_task: usize| {
            let (http, authorization, uri, expect) = (
                http.clone(),
                authorization.clone(),
                uri.clone(),
                expect.clone(),
            );
            async move { rest_get(&http, &uri, &authorization, &expect, times).await }
        }
    };
    let base = format!("http://{}/v1/rooms/{room_id}", server.addr);
    // The room, or each of the page's messages, names the room.
    let named = format!("\"room_id\":\"{room_id}\"");
    let rest_get_room = rest(base.parse()?, named.clone(), 1);
    let rest_list_messages = rest(
        format!("{base}/messages?page_size={PAGE_SIZE}").parse()?,
        named,
        PAGE_SIZE as usize,
    );

    // Warm up connections (one per REST caller), caches and the database.
    let warm = Duration::from_secs(1);
    drive(pid, concurrency, warm, grpc_get_room.clone()).await;
    drive(pid, concurrency, warm, rest_get_room.clone()).await;

    println!(
        "\n{:<14} {:<6} {:>10} {:>9} {:>9} {:>9} {:>10} {:>10} {:>8}",
        "RPC", "via", "req/s", "p50 ms", "p90 ms", "p99 ms", "server µs", "ok", "failed"
    );
    let ratios = [
        compare(
            "GetRoom",
            drive(pid, concurrency, duration, grpc_get_room).await,
            drive(pid, concurrency, duration, rest_get_room).await,
        ),
        compare(
            "ListMessages",
            drive(pid, concurrency, duration, grpc_list_messages).await,
            drive(pid, concurrency, duration, rest_list_messages).await,
        ),
    ];
    println!();
    for (rpc, ratio) in &ratios {
        let verdict = if *ratio >= GOAL { "meets" } else { "misses" };
        println!("{rpc:<14} REST/gRPC throughput {ratio:.2}: {verdict} the goal of {GOAL}");
    }
    Ok(())
}
