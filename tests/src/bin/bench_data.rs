//! `roundtable-bench-data`: whether the cost of the hot paths grows with
//! the data. Start the release server on a database prefilled with
//! `--prefill N` messages (see `roundtable_tests::prefill`), then, in a room
//! of the benchmark's own (the same at every N, so only the rest of the data
//! differs):
//! 1. SendMessage from many callers for `--seconds`, half of the calls with a
//!    `request_id` (the idempotency lookup), while one subscriber follows
//!    the room;
//! 2. ListMessages p99: the first page, and a page 10,000 messages deep
//!    (by page token);
//! 3. unread counts: GetRoom and ListRooms as a member whose read marker is
//!    100 messages back;
//! 4. Subscribe replaying 10,000 events of the room from a cursor.
//!
//! Run it at 0, 1 million and 10 million messages and compare:
//! `target/release/roundtable-bench-data --prefill 1000000`.

use std::{sync::Arc, time::Duration};

use anyhow::{Context, bail};
use clap::Parser;
use roundtable_tests::bench::{Run, Server, Setup, authed, authed_as, drive, room_in, space};
use roundtable_tests::proto::{
    AddRoomMemberRequest, AddSpaceMemberRequest, CreateApiKeyRequest, CreateUserRequest,
    GetRoomRequest, ListMessagesRequest, ListRoomsRequest, MarkReadRequest, MessageOrder, RoomRole,
    SendMessageRequest, SpaceRole, SubscribeRequest, event,
    event_service_client::EventServiceClient, message_service_client::MessageServiceClient,
    room_service_client::RoomServiceClient, space_service_client::SpaceServiceClient,
    user_service_client::UserServiceClient,
};
use tokio_stream::StreamExt;

#[derive(Parser)]
#[command(about = "Measure the hot paths on a database prefilled with --prefill N messages")]
struct Args {
    /// Seconds to drive SendMessage.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Seconds to drive each read.
    #[arg(long, default_value_t = 5)]
    read_seconds: u64,
    /// Concurrent SendMessage callers.
    #[arg(long, default_value_t = 256)]
    concurrency: usize,
    /// Concurrent callers of each read.
    #[arg(long, default_value_t = 16)]
    read_concurrency: usize,
    /// HTTP/2 connections the callers share.
    #[arg(long, default_value_t = 4)]
    connections: usize,
    #[command(flatten)]
    setup: Setup,
}

/// Events replayed in the replay measurement, and messages deep the deep page is.
const DEPTH: usize = 10_000;
/// How far back the reader's read marker stands.
const UNREAD: usize = 100;

fn print(run: &Run, name: &str) {
    println!(
        "{name:<34} {:>9.0} req/s   p50 {:>7.2} ms   p99 {:>7.2} ms   ({} ok, {} failed)",
        run.per_second(),
        run.ms(0.5),
        run.ms(0.99),
        run.ok,
        run.failed,
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let temp = tempfile::tempdir()?;
    let (binary, database_url) = args.setup.prepare(temp.path()).await?;
    println!(
        "roundtable-bench-data: {} messages prefilled, {} senders, {} readers, on {}",
        args.setup.prefill,
        args.concurrency,
        args.read_concurrency,
        database_url.split('@').next_back().unwrap_or_default()
    );
    let server = Server::start(&binary, &database_url, &[])?;
    let channels = server.connect(args.connections).await?;
    let channel = channels[0].clone();

    // The benchmark's room, and a reader who is a member of it.
    let space_id = space(channel.clone(), "bench-data").await?;
    let room_id = room_in(channel.clone(), &space_id, "bench-data").await?;
    let mut users = UserServiceClient::new(channel.clone());
    let reader = users
        .create_user(authed(CreateUserRequest {
            username: format!("reader_{:08x}", rand::random::<u32>()),
            display_name: "Reader".into(),
            is_admin: false,
        }))
        .await?
        .into_inner()
        .user
        .context("user")?;
    let reader_key = users
        .create_api_key(authed(CreateApiKeyRequest {
            name: "reader".into(),
            user_id: reader.user_id.clone(),
            ..Default::default()
        }))
        .await?
        .into_inner()
        .secret;
    SpaceServiceClient::new(channel.clone())
        .add_space_member(authed(AddSpaceMemberRequest {
            space_id: space_id.clone(),
            user_id: reader.user_id.clone(),
            role: SpaceRole::Member as i32,
        }))
        .await?;
    RoomServiceClient::new(channel.clone())
        .add_room_member(authed(AddRoomMemberRequest {
            room_id: room_id.clone(),
            user_id: reader.user_id.clone(),
            role: RoomRole::Member as i32,
        }))
        .await?;

    // 1. SendMessage, followed by one subscriber that keeps every cursor.
    let mut live = EventServiceClient::new(channel.clone())
        .subscribe(authed(SubscribeRequest {
            room_ids: vec![room_id.clone()],
            ..Default::default()
        }))
        .await?
        .into_inner();
    let follower = tokio::spawn(async move {
        let mut cursors = Vec::new();
        while let Ok(Some(Ok(item))) =
            tokio::time::timeout(Duration::from_secs(3), live.next()).await
        {
            if let Some(event) = item.event
                && matches!(event.kind, Some(event::Kind::MessageCreated(_)))
            {
                cursors.push(event.cursor);
            }
        }
        cursors
    });
    let send = {
        let channels = channels.clone();
        let room_id = room_id.clone();
        move |task: usize, n: u64| {
            let mut client = MessageServiceClient::new(channels[task % channels.len()].clone());
            let request = authed(SendMessageRequest {
                room_id: room_id.clone(),
                text: format!("message {n} from caller {task}: the quick brown fox jumps"),
                request_id: if n.is_multiple_of(2) {
                    format!("bench-{task}-{n}")
                } else {
                    String::new()
                },
                ..Default::default()
            });
            async move { client.send_message(request).await.map(drop) }
        }
    };
    let cpu_before = roundtable_tests::bench::cpu_time(server.child.id());
    let (sends, _) = drive(
        args.concurrency,
        Duration::from_secs(args.seconds),
        Arc::default(),
        send,
    )
    .await;
    let cpu = roundtable_tests::bench::cpu_time(server.child.id()) - cpu_before;
    print(&sends, "SendMessage (half with request_id)");
    println!(
        "  server CPU {:.1} µs per send",
        cpu.as_secs_f64() * 1e6 / sends.ok.max(1) as f64
    );
    let cursors = follower.await?;
    if cursors.len() <= DEPTH {
        bail!(
            "only {} messages were sent; {DEPTH} are needed (raise --seconds)",
            cursors.len()
        );
    }

    // 2. ListMessages: the first page, and one DEPTH messages deep.
    let list = |page_token: String| {
        let channels = channels.clone();
        let room_id = room_id.clone();
        move |task: usize, _n: u64| {
            let mut client = MessageServiceClient::new(channels[task % channels.len()].clone());
            let request = authed(ListMessagesRequest {
                room_id: room_id.clone(),
                page_size: 50,
                page_token: page_token.clone(),
                order: MessageOrder::NewestFirst as i32,
                ..Default::default()
            });
            async move { client.list_messages(request).await.map(drop) }
        }
    };
    let reads = Duration::from_secs(args.read_seconds);
    let (first, _) = drive(
        args.read_concurrency,
        reads,
        Arc::default(),
        list(String::new()),
    )
    .await;
    print(&first, "ListMessages, first page");
    let mut messages = MessageServiceClient::new(channel.clone());
    let (mut token, mut newest) = (String::new(), Vec::new());
    for _ in 0..DEPTH / 200 {
        let page = messages
            .list_messages(authed(ListMessagesRequest {
                room_id: room_id.clone(),
                page_size: 200,
                page_token: token,
                order: MessageOrder::NewestFirst as i32,
                ..Default::default()
            }))
            .await?
            .into_inner();
        if newest.is_empty() {
            newest = page.messages;
        }
        token = page.next_page_token;
    }
    let (deep, _) = drive(args.read_concurrency, reads, Arc::default(), list(token)).await;
    print(&deep, &format!("ListMessages, {DEPTH} deep"));

    // 3. Unread counts, as the reader with its marker UNREAD messages back.
    EventServiceClient::new(channel.clone())
        .mark_read(authed_as(
            MarkReadRequest {
                room_id: room_id.clone(),
                message_id: newest[UNREAD].message_id.clone(),
            },
            &reader_key,
        ))
        .await?;
    let unread = RoomServiceClient::new(channel.clone())
        .get_room(authed_as(
            GetRoomRequest {
                room_id: room_id.clone(),
            },
            &reader_key,
        ))
        .await?
        .into_inner()
        .room
        .context("room")?
        .unread_count;
    let get_room = {
        let (channels, room_id, key) = (channels.clone(), room_id.clone(), reader_key.clone());
        move |task: usize, _n: u64| {
            let mut client = RoomServiceClient::new(channels[task % channels.len()].clone());
            let request = authed_as(
                GetRoomRequest {
                    room_id: room_id.clone(),
                },
                &key,
            );
            async move { client.get_room(request).await.map(drop) }
        }
    };
    let (rooms_get, _) = drive(args.read_concurrency, reads, Arc::default(), get_room).await;
    print(&rooms_get, &format!("GetRoom ({unread} unread)"));
    let list_rooms = {
        let (channels, space_id, key) = (channels.clone(), space_id.clone(), reader_key);
        move |task: usize, _n: u64| {
            let mut client = RoomServiceClient::new(channels[task % channels.len()].clone());
            let request = authed_as(
                ListRoomsRequest {
                    space_id: space_id.clone(),
                    ..Default::default()
                },
                &key,
            );
            async move { client.list_rooms(request).await.map(drop) }
        }
    };
    let (rooms_list, _) = drive(args.read_concurrency, reads, Arc::default(), list_rooms).await;
    print(&rooms_list, "ListRooms (unread counts)");

    // 4. Replays of DEPTH events.
    let cursor = cursors[cursors.len() - DEPTH - 1].clone();
    let mut times = Vec::new();
    for _ in 0..5 {
        let began = std::time::Instant::now();
        let mut replay = EventServiceClient::new(channel.clone())
            .subscribe(authed(SubscribeRequest {
                room_ids: vec![room_id.clone()],
                cursor: cursor.clone(),
                ..Default::default()
            }))
            .await?
            .into_inner();
        let mut replayed = 0;
        while let Some(item) = replay.next().await {
            match item?.event.and_then(|e| e.kind) {
                Some(event::Kind::Subscribed(_)) => break,
                Some(event::Kind::MessageCreated(_)) => replayed += 1,
                _ => {}
            }
        }
        if replayed < DEPTH {
            bail!("the replay brought {replayed} of {DEPTH} events");
        }
        times.push(began.elapsed());
    }
    times.sort();
    println!(
        "Subscribe, replay of {DEPTH} events   median {:>7.1} ms   max {:>7.1} ms   ({:.0} events/s)",
        times[2].as_secs_f64() * 1e3,
        times[4].as_secs_f64() * 1e3,
        DEPTH as f64 / times[2].as_secs_f64()
    );
    Ok(())
}
