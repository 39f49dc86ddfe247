//! "The message is durable when SendMessage returns": acknowledged messages
//! survive the server being killed mid-flight, on SQLite and PostgreSQL.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use roundtable_tests::proto::*;
use roundtable_tests::server::postgres_server_url;
use roundtable_tests::{Outcome, TestDatabase, TestServer, Transport};

/// How many acknowledged messages to wait for before the kill.
const ACKNOWLEDGED_BEFORE_KILL: usize = 300;
/// Senders: half over gRPC, half over gRPC-Web.
const SENDERS: usize = 6;
/// A bound in case the kill never comes.
const MAX_MESSAGES: usize = 20_000;

async fn acknowledged_messages_survive_a_kill(database: TestDatabase) {
    let kind = database.kind();
    let server = TestServer::start_on(database);
    let grpc = server.api(Transport::Grpc);
    let web = server.api(Transport::GrpcWeb);
    let team = grpc.team().await;
    let rooms = [
        team.room.clone(),
        team.owner
            .create_room(&team.space.space_id, "second", RoomVisibility::Private)
            .await,
        team.member
            .create_room(&team.space.space_id, "third", RoomVisibility::Public)
            .await,
    ];
    for room in &rooms[1..] {
        let owner_is_member = room.creator_id == team.owner.id;
        let (by, who) = if owner_is_member {
            (&team.owner, &team.member)
        } else {
            (&team.member, &team.owner)
        };
        by.rooms()
            .add_room_member(AddRoomMemberRequest {
                room_id: room.room_id.clone(),
                user_id: who.id.clone(),
                role: RoomRole::Member as i32,
            })
            .await
            .success();
    }

    // (message id) -> (room id, text), for every acknowledged send.
    let acknowledged: Arc<Mutex<HashMap<String, (String, String)>>> = Arc::default();
    let next = Arc::new(AtomicUsize::new(0));
    let mut senders = Vec::new();
    for sender in 0..SENDERS {
        let api = if sender % 2 == 0 { &grpc } else { &web };
        let actor = if sender % 3 == 0 {
            api.reconnect(&team.owner)
        } else {
            api.reconnect(&team.member)
        };
        let room_id = rooms[sender % rooms.len()].room_id.clone();
        let (acknowledged, next) = (acknowledged.clone(), next.clone());
        senders.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= MAX_MESSAGES {
                    return;
                }
                let text = format!("durable {i} from sender {sender}");
                let sent = actor
                    .messages()
                    .send_message(SendMessageRequest {
                        room_id: room_id.clone(),
                        text: text.clone(),
                        attachments: Vec::new(),
                        request_id: format!("durable-{i}"),
                        ..Default::default()
                    })
                    .await;
                match sent {
                    Ok(response) => {
                        let message = response.into_inner().message.expect("the message");
                        assert_eq!(message.text, text);
                        acknowledged
                            .lock()
                            .unwrap()
                            .insert(message.message_id, (room_id.clone(), text));
                    }
                    // The server is gone.
                    Err(_) => return,
                }
            }
        }));
    }

    let deadline = Instant::now() + Duration::from_secs(120);
    while acknowledged.lock().unwrap().len() < ACKNOWLEDGED_BEFORE_KILL {
        assert!(
            Instant::now() < deadline,
            "only {} messages acknowledged in two minutes",
            acknowledged.lock().unwrap().len()
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Sends are still in flight: kill now, as a crash would.
    server.kill();
    for sender in senders {
        tokio::time::timeout(Duration::from_secs(30), sender)
            .await
            .expect("senders notice the server is gone")
            .expect("a sender panicked");
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= ACKNOWLEDGED_BEFORE_KILL);

    server.restart();
    let api = server.api(Transport::Grpc);
    let owner = api.reconnect(&team.owner);
    let mut stored: HashMap<String, Message> = HashMap::new();
    for room in &rooms {
        for message in owner.messages_in(&room.room_id).await {
            stored.insert(message.message_id.clone(), message);
        }
    }
    let mut lost = Vec::new();
    for (id, (room_id, text)) in &acknowledged {
        match stored.get(id) {
            Some(message) => {
                assert_eq!(&message.text, text, "{kind}: message {id} changed");
                assert_eq!(&message.room_id, room_id, "{kind}: message {id} moved");
            }
            None => lost.push(id.clone()),
        }
    }
    assert!(
        lost.is_empty(),
        "{kind}: {} of {} acknowledged messages were lost, e.g. {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(5)]
    );
    // Nothing was stored twice, and the restarted server takes writes
    // from the old keys.
    let texts: std::collections::HashSet<_> = stored.values().map(|m| m.text.clone()).collect();
    assert_eq!(
        texts.len(),
        stored.len(),
        "{kind}: a message was stored twice"
    );
    owner.send(&rooms[0].room_id, "after the restart").await;
    api.admin()
        .current_user()
        .await
        .expect("the bootstrap key still works");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_a_kill_on_sqlite() {
    acknowledged_messages_survive_a_kill(TestDatabase::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_a_kill_on_postgres() {
    let Some(url) = postgres_server_url() else {
        eprintln!("ROUNDTABLE_TEST_DATABASE_URL is not set: skipping the PostgreSQL run");
        return;
    };
    acknowledged_messages_survive_a_kill(TestDatabase::postgres(&url)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everything_survives_a_restart() {
    let server = TestServer::start();
    let api = server.api(Transport::Grpc);
    let team = api.team().await;
    let message = team.member.send(&team.room.room_id, "remember me").await;
    team.owner
        .messages()
        .add_reaction(AddReactionRequest {
            message_id: message.message_id.clone(),
            emoji: "👍".into(),
        })
        .await
        .success();

    server.restart();
    let api = server.api(Transport::GrpcWeb);
    let owner = api.reconnect(&team.owner);
    let space = owner.get_space(&team.space.space_id).await;
    assert_eq!(space.member_count, 2);
    let room = owner.get_room(&team.room.room_id).await;
    assert_eq!(room.member_count, 2);
    assert_eq!(room.last_message_time, message.create_time);
    let stored = owner.get_message(&message.message_id).await;
    assert_eq!(stored.text, "remember me");
    assert_eq!(stored.reactions.len(), 1);
    assert_eq!(stored.reactions[0].count, 1);
    assert!(stored.reactions[0].reacted_by_me);
}
