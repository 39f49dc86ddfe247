//! Live events: replay then live with no gap and no duplicate, resuming
//! after a disconnect, who hears what (and who stops hearing), slow
//! consumers, typing, heartbeats, read markers and unread counts.
//!
//! Every read from a stream has a deadline, so a server that stops
//! delivering fails the test instead of hanging it.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use roundtable_tests::outcome::{Rejection, assert_field_violation, describe};
use roundtable_tests::proto::event::Kind;
use roundtable_tests::proto::*;
use roundtable_tests::{
    Actor, Clients, Outcome, Team, TestServer, Transport, transport_test, unknown_id,
};
use tonic::{Code, Status, Streaming};

/// How long a stream may stay silent when an event is due.
const WAIT: Duration = Duration::from_secs(20);
/// How long to keep listening when proving that something does not come.
const QUIET: Duration = Duration::from_millis(1500);

fn in_space(space: &Space, cursor: &str) -> SubscribeRequest {
    SubscribeRequest {
        space_id: space.space_id.clone(),
        room_ids: Vec::new(),
        cursor: cursor.into(),
        ..Default::default()
    }
}

fn in_rooms(rooms: &[&Room], cursor: &str) -> SubscribeRequest {
    SubscribeRequest {
        space_id: String::new(),
        room_ids: rooms.iter().map(|r| r.room_id.clone()).collect(),
        cursor: cursor.into(),
        ..Default::default()
    }
}

/// The name of an event's kind, for messages and comparisons.
fn kind(event: &Event) -> &'static str {
    match &event.kind {
        Some(Kind::MessageCreated(_)) => "message_created",
        Some(Kind::MessageEdited(_)) => "message_edited",
        Some(Kind::MessageDeleted(_)) => "message_deleted",
        Some(Kind::ReactionAdded(_)) => "reaction_added",
        Some(Kind::ReactionRemoved(_)) => "reaction_removed",
        Some(Kind::MemberJoined(_)) => "member_joined",
        Some(Kind::MemberLeft(_)) => "member_left",
        Some(Kind::RoomCreated(_)) => "room_created",
        Some(Kind::RoomUpdated(_)) => "room_updated",
        Some(Kind::RoomDeleted(_)) => "room_deleted",
        Some(Kind::ReplrAdded(_)) => "replr_added",
        Some(Kind::ReplrRemoved(_)) => "replr_removed",
        Some(Kind::ReplyStarted(_)) => "reply_started",
        Some(Kind::ReplyDelta(_)) => "reply_delta",
        Some(Kind::ReplyCompleted(_)) => "reply_completed",
        Some(Kind::ReplyFailed(_)) => "reply_failed",
        Some(Kind::ReplyCancelled(_)) => "reply_cancelled",
        Some(Kind::Typing(_)) => "typing",
        Some(Kind::Heartbeat(_)) => "heartbeat",
        Some(Kind::Subscribed(_)) => "subscribed",
        Some(Kind::ResyncRequired(_)) => "resync_required",
        // A session's events: never in a room's subscription.
        Some(_) => "a session's event",
        None => "no kind",
    }
}

/// An event in one line, without message texts (some are long).
fn brief(event: &Event) -> String {
    format!(
        "{}(room {:?}, seq {}, cursor {:?})",
        kind(event),
        event.room_id,
        event.seq,
        event.cursor
    )
}

fn created_message(event: &Event) -> Option<&Message> {
    match &event.kind {
        Some(Kind::MessageCreated(message)) => Some(message),
        _ => None,
    }
}

/// Whether the event is one of the room's log (not ephemeral, not about the
/// stream).
fn is_stored(event: &Event) -> bool {
    !matches!(
        event.kind,
        Some(Kind::Typing(_) | Kind::Heartbeat(_) | Kind::Subscribed(_) | Kind::ResyncRequired(_))
    )
}

/// The stored events of one room, in stream order.
fn of_room<'a>(events: &'a [Event], room: &Room) -> Vec<&'a Event> {
    events
        .iter()
        .filter(|e| is_stored(e) && e.room_id == room.room_id)
        .collect()
}

/// Asserts the events' room sequence numbers are `first, first+1, …`.
#[track_caller]
fn assert_consecutive(events: &[&Event], first: i64) {
    let seqs: Vec<i64> = events.iter().map(|e| e.seq).collect();
    let expected: Vec<i64> = (first..first + events.len() as i64).collect();
    if seqs != expected {
        let first_wrong = seqs
            .iter()
            .zip(&expected)
            .position(|(s, e)| s != e)
            .unwrap_or(0);
        panic!(
            "room seqs are not {first}, {}, … without gaps or repeats; first difference at index {first_wrong}: {:?} (expected {:?})",
            first + 1,
            &seqs[first_wrong.saturating_sub(2)..(first_wrong + 3).min(seqs.len())],
            &expected[first_wrong.saturating_sub(2)..(first_wrong + 3).min(expected.len())],
        );
    }
}

#[track_caller]
fn assert_no_duplicates(ids: &[String], what: &str) {
    let mut seen = HashSet::new();
    let repeated: Vec<&String> = ids.iter().filter(|id| !seen.insert(*id)).collect();
    assert!(repeated.is_empty(), "{what} delivered twice: {repeated:?}");
}

async fn subscribe(
    by: &Clients,
    request: SubscribeRequest,
) -> Result<tonic::Response<Streaming<SubscribeResponse>>, Status> {
    by.events().subscribe(request).await
}

/// An open event stream whose reads fail the test after [`WAIT`].
struct Feed {
    stream: Streaming<SubscribeResponse>,
}

impl Feed {
    async fn open(by: &Clients, request: SubscribeRequest) -> Feed {
        match subscribe(by, request).await {
            Ok(response) => Feed {
                stream: response.into_inner(),
            },
            Err(status) => panic!("Subscribe failed: {}", describe(&status)),
        }
    }

    /// Opens a stream and reads up to its `subscribed` event: returns the
    /// stream, the events before `subscribed` (the replay) and `subscribed`.
    async fn open_replayed(by: &Clients, request: SubscribeRequest) -> (Feed, Vec<Event>, Event) {
        let mut feed = Feed::open(by, request).await;
        let mut replay = Vec::new();
        loop {
            let event = feed.next().await;
            if matches!(event.kind, Some(Kind::Subscribed(_))) {
                return (feed, replay, event);
            }
            replay.push(event);
        }
    }

    /// Opens a live stream (no cursor) and reads its first event, which
    /// must be `subscribed`.
    async fn open_live(by: &Clients, request: SubscribeRequest) -> (Feed, Event) {
        assert!(request.cursor.is_empty());
        let mut feed = Feed::open(by, request).await;
        let first = feed.next().await;
        assert!(
            matches!(first.kind, Some(Kind::Subscribed(_))),
            "a live stream starts with subscribed, got {}",
            brief(&first)
        );
        (feed, first)
    }

    /// The next event, whatever it is, or `None` when nothing came within
    /// `wait`. Panics when the stream fails or ends.
    async fn next_within(&mut self, wait: Duration) -> Option<Event> {
        match tokio::time::timeout(wait, self.stream.message()).await {
            Err(_elapsed) => None,
            Ok(Err(status)) => panic!("the event stream failed: {}", describe(&status)),
            Ok(Ok(None)) => panic!("the event stream ended"),
            Ok(Ok(Some(response))) => Some(response.event.expect("a response carries an event")),
        }
    }

    /// The next event, whatever it is.
    async fn next(&mut self) -> Event {
        match self.next_within(WAIT).await {
            Some(event) => event,
            None => panic!("no event within {WAIT:?}"),
        }
    }

    /// The next event that is not a heartbeat (the shared server's idle
    /// streams get one every 15 seconds, which a slow test may see).
    async fn next_change(&mut self) -> Event {
        loop {
            let event = self.next().await;
            if !matches!(event.kind, Some(Kind::Heartbeat(_))) {
                return event;
            }
        }
    }

    /// Every event up to and including the first one `last` accepts.
    async fn until(&mut self, mut last: impl FnMut(&Event) -> bool) -> Vec<Event> {
        let mut events = Vec::new();
        loop {
            let event = self.next().await;
            let done = last(&event);
            events.push(event);
            if done {
                return events;
            }
        }
    }

    /// Asserts nothing but heartbeats arrives for [`QUIET`].
    async fn assert_quiet(&mut self, what: &str) {
        let deadline = Instant::now() + QUIET;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.next_within(left).await {
                None => return,
                Some(event) if matches!(event.kind, Some(Kind::Heartbeat(_))) => {}
                Some(event) => panic!("{what}: expected nothing, got {}", brief(&event)),
            }
        }
    }

    /// Asserts the stream ends (cleanly) within [`WAIT`].
    async fn assert_ends(&mut self) {
        match tokio::time::timeout(WAIT, self.stream.message()).await {
            Err(_elapsed) => panic!("the stream did not end within {WAIT:?}"),
            Ok(Ok(None)) => {}
            Ok(Ok(Some(response))) => panic!(
                "the stream should have ended, but sent {}",
                brief(&response.event.unwrap_or_default())
            ),
            Ok(Err(status)) => panic!(
                "the stream should have ended cleanly, but failed: {}",
                describe(&status)
            ),
        }
    }
}

/// Whether `event` is the `message_created` of `message`.
fn creates(message: &Message) -> impl Fn(&Event) -> bool + '_ {
    move |event| created_message(event).is_some_and(|m| m.message_id == message.message_id)
}

async fn send_typing(
    by: &Actor,
    room: &Room,
) -> Result<tonic::Response<SendTypingResponse>, Status> {
    by.events()
        .send_typing(SendTypingRequest {
            room_id: room.room_id.clone(),
        })
        .await
}

async fn mark_read(
    by: &Actor,
    room: &Room,
    message: &Message,
) -> Result<tonic::Response<MarkReadResponse>, Status> {
    by.events()
        .mark_read(MarkReadRequest {
            room_id: room.room_id.clone(),
            message_id: message.message_id.clone(),
        })
        .await
}

async fn react(by: &Actor, message: &Message, emoji: &str) {
    by.messages()
        .add_reaction(AddReactionRequest {
            message_id: message.message_id.clone(),
            emoji: emoji.into(),
        })
        .await
        .success();
}

async fn unreact(by: &Actor, message: &Message, emoji: &str) {
    by.messages()
        .remove_reaction(RemoveReactionRequest {
            message_id: message.message_id.clone(),
            emoji: emoji.into(),
        })
        .await
        .success();
}

async fn edit(by: &Actor, message: &Message, text: &str) {
    by.messages()
        .edit_message(EditMessageRequest {
            message_id: message.message_id.clone(),
            text: text.into(),
        })
        .await
        .success();
}

async fn delete(by: &Actor, message: &Message) {
    by.messages()
        .delete_message(DeleteMessageRequest {
            message_id: message.message_id.clone(),
        })
        .await
        .success();
}

async fn remove_from_room(by: &Actor, room: &Room, who: &Actor) {
    by.rooms()
        .remove_room_member(RemoveRoomMemberRequest {
            room_id: room.room_id.clone(),
            user_id: who.id.clone(),
        })
        .await
        .success();
}

async fn add_to_room(by: &Actor, room: &Room, who: &Actor, role: RoomRole) {
    by.rooms()
        .add_room_member(AddRoomMemberRequest {
            room_id: room.room_id.clone(),
            user_id: who.id.clone(),
            role: role as i32,
        })
        .await
        .success();
}

async fn remove_from_space(by: &Actor, space: &Space, who: &Actor) {
    by.spaces()
        .remove_space_member(RemoveSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: who.id.clone(),
        })
        .await
        .success();
}

async fn delete_room(by: &Actor, room: &Room) {
    by.rooms()
        .delete_room(DeleteRoomRequest {
            room_id: room.room_id.clone(),
        })
        .await
        .success();
}

/// Sends `count` messages to `room_id` from each of `senders` at once;
/// returns the ids of the messages sent.
async fn send_concurrently(
    senders: Vec<Actor>,
    room_id: String,
    count: usize,
    text: impl Fn(usize, usize) -> String,
) -> Vec<String> {
    let text = &text;
    let room_id = &room_id;
    let sends = senders.iter().enumerate().map(|(s, sender)| async move {
        let mut ids = Vec::with_capacity(count);
        for i in 0..count {
            ids.push(sender.send(room_id, &text(s, i)).await.message_id);
        }
        ids
    });
    futures::future::join_all(sends).await.concat()
}

transport_test!(
    replay_then_live_has_no_gap_and_no_duplicate,
    |api| async move {
        const SENDERS: usize = 6;
        const PER_SENDER: usize = 50;
        const N: usize = SENDERS * PER_SENDER;
        const CUT: usize = 100;
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let (mut first, _) = Feed::open_live(&owner, in_rooms(&[&room], "")).await;

        let senders: Vec<Actor> = (0..SENDERS)
            .map(|i| api.reconnect(if i % 2 == 0 { &owner } else { &member }))
            .collect();
        let producer = tokio::spawn(send_concurrently(
            senders,
            room.room_id.clone(),
            PER_SENDER,
            |s, i| format!("sender {s} message {i}"),
        ));

        // Take the cursor of the CUT-th new message while messages are still
        // being sent, and subscribe again from it.
        let mut created = 0;
        let before_cut = first
            .until(|event| {
                created += usize::from(created_message(event).is_some());
                created == CUT
            })
            .await;
        let cut = before_cut.last().unwrap().clone();
        let (mut second, replayed, _) =
            Feed::open_replayed(&owner, in_rooms(&[&room], &cut.cursor)).await;

        let mut sent = producer.await.expect("the senders finish");
        assert_eq!(sent.len(), N);
        let last = owner.send(&room.room_id, "the last word").await;
        let after_cut = first.until(creates(&last)).await;
        let mut seen_by_second = replayed;
        seen_by_second.extend(second.until(creates(&last)).await);

        // The first stream saw every message once, in room order.
        let seen_by_first: Vec<Event> = before_cut.into_iter().chain(after_cut).collect();
        let stored_first = of_room(&seen_by_first, &room);
        assert_consecutive(&stored_first, stored_first[0].seq);
        let mut first_ids: Vec<String> = seen_by_first
            .iter()
            .filter_map(created_message)
            .map(|m| m.message_id.clone())
            .collect();
        assert_no_duplicates(&first_ids, "messages seen live");
        assert_eq!(first_ids.pop().as_ref(), Some(&last.message_id));
        let mut sorted_first = first_ids.clone();
        sorted_first.sort();
        sent.sort();
        assert_eq!(
            sorted_first, sent,
            "the live stream saw exactly the messages sent"
        );

        // The second stream, resumed from the cut, continues exactly where the
        // cut was: the same events as the first stream after it, replayed then live.
        let stored_second = of_room(&seen_by_second, &room);
        assert_eq!(
            stored_second[0].seq,
            cut.seq + 1,
            "the resumed stream starts right after the cursor"
        );
        assert_consecutive(&stored_second, cut.seq + 1);
        let after_cut_first: Vec<(String, i64)> = stored_first
            .iter()
            .skip_while(|e| e.cursor != cut.cursor)
            .skip(1)
            .map(|e| (e.cursor.clone(), e.seq))
            .collect();
        let second_positions: Vec<(String, i64)> = stored_second
            .iter()
            .map(|e| (e.cursor.clone(), e.seq))
            .collect();
        assert_eq!(second_positions, after_cut_first);

        // And what it saw is what the room holds after the cut.
        let second_ids: Vec<String> = seen_by_second
            .iter()
            .filter_map(created_message)
            .map(|m| m.message_id.clone())
            .collect();
        assert_no_duplicates(&second_ids, "messages seen after resuming");
        let up_to_cut: HashSet<&String> = first_ids.iter().take(CUT).collect();
        let listed_after_cut: HashSet<String> = owner
            .messages_in(&room.room_id)
            .await
            .into_iter()
            .map(|m| m.message_id)
            .filter(|id| !up_to_cut.contains(id))
            .collect();
        assert_eq!(listed_after_cut.len(), N + 1 - CUT);
        assert_eq!(
            second_ids.into_iter().collect::<HashSet<_>>(),
            listed_after_cut
        );
    }
);

/// Makes `cycles` rounds of five changes in `room`, one event each: two
/// messages, an edit, a reaction, and then a deletion or the reaction's
/// removal. Returns the number of events caused.
async fn churn(owner: Actor, member: Actor, room: Room, cycles: usize) -> usize {
    let mut events = 0;
    for c in 0..cycles {
        let a = owner
            .send(&room.room_id, &format!("cycle {c}: from the owner"))
            .await;
        let b = member
            .send(&room.room_id, &format!("cycle {c}: from a member"))
            .await;
        edit(&member, &b, &format!("cycle {c}: from a member, edited")).await;
        react(&member, &a, "👍").await;
        if c % 3 == 0 {
            delete(&owner, &b).await;
        } else {
            unreact(&member, &a, "👍").await;
        }
        events += 5;
    }
    events
}

transport_test!(
    resume_after_disconnect_loses_and_repeats_nothing,
    |api| async move {
        let owner = api.new_user("owner").await;
        let member = api.new_user("member").await;
        let space = api
            .space_with(&owner, &[(&member, SpaceRole::Member)])
            .await;
        // A cursor from before the room exists: the room's whole log comes after it.
        let (feed, subscribed) = Feed::open_live(&owner, in_space(&space, "")).await;
        drop(feed);
        let mut cursor = subscribed.cursor;
        let room = api
            .room_with(
                &owner,
                &space,
                RoomVisibility::Public,
                &[(&member, RoomRole::Member)],
            )
            .await;
        let set_up = 3; // room_created, and the owner and the member joining
        let producer = tokio::spawn(churn(
            api.reconnect(&owner),
            api.reconnect(&member),
            room.clone(),
            30,
        ));

        // Read a few events, hang up, reconnect from the last cursor seen
        // (whatever its kind), again and again while changes keep coming.
        let mut seen = Vec::new();
        let mut rounds = 0;
        while rounds < 6 || !producer.is_finished() {
            rounds += 1;
            let mut feed = Feed::open(&owner, in_space(&space, &cursor)).await;
            for _ in 0..rand::random_range(1..=25) {
                match feed.next_within(Duration::from_secs(2)).await {
                    Some(event) => {
                        cursor = event.cursor.clone();
                        seen.push(event);
                    }
                    None => break,
                }
            }
            drop(feed);
            tokio::time::sleep(Duration::from_millis(rand::random_range(0..150))).await;
        }
        let caused = producer.await.expect("the changes finish");
        let (_feed, replayed, _) = Feed::open_replayed(&owner, in_space(&space, &cursor)).await;
        seen.extend(replayed);

        let stored = of_room(&seen, &room);
        assert_consecutive(&stored, 1);
        assert_eq!(
            stored.len(),
            set_up + caused,
            "every change was delivered, once"
        );
        assert_eq!(kind(stored[0]), "room_created");
        let cursors: Vec<String> = stored.iter().map(|e| e.cursor.clone()).collect();
        assert_no_duplicates(&cursors, "cursors");
        let created: Vec<String> = stored
            .iter()
            .filter_map(|e| created_message(e))
            .map(|m| m.message_id.clone())
            .collect();
        let listed: Vec<String> = owner
            .messages_in(&room.room_id)
            .await
            .into_iter()
            .map(|m| m.message_id)
            .collect();
        assert_eq!(created, listed);
    }
);

transport_test!(removed_member_is_cut_off_at_once, |api| async move {
    let owner = api.new_user("owner").await;
    let member = api.new_user("member").await;
    let space = api
        .space_with(&owner, &[(&member, SpaceRole::Member)])
        .await;
    let private = api
        .room_with(
            &owner,
            &space,
            RoomVisibility::Private,
            &[(&member, RoomRole::Member)],
        )
        .await;
    let public = api
        .room_with(&owner, &space, RoomVisibility::Public, &[])
        .await;
    let (mut whole_space, _) = Feed::open_live(&member, in_space(&space, "")).await;
    let (mut two_rooms, _) = Feed::open_live(&member, in_rooms(&[&private, &public], "")).await;

    let before = owner.send(&private.room_id, "before").await;
    let mut cursor_before = String::new();
    for feed in [&mut whole_space, &mut two_rooms] {
        let event = feed.next_change().await;
        assert!(creates(&before)(&event), "got {}", brief(&event));
        cursor_before = event.cursor;
    }

    remove_from_room(&owner, &private, &member).await;
    owner.send(&private.room_id, "after").await;
    owner
        .rooms()
        .update_room(UpdateRoomRequest {
            room_id: private.room_id.clone(),
            name: Some("Renamed behind their back".into()),
            ..Default::default()
        })
        .await
        .success();
    let sentinel = owner.send(&public.room_id, "sentinel").await;

    // They hear that they left, then nothing more from the private room:
    // the next thing is the public room's message, sent after the rest.
    for feed in [&mut whole_space, &mut two_rooms] {
        let left = feed.next_change().await;
        match &left.kind {
            Some(Kind::MemberLeft(gone)) => {
                assert_eq!(gone.user_id, member.id);
                assert_eq!(gone.room_id, private.room_id);
                assert_eq!(left.room_id, private.room_id);
            }
            _ => panic!("expected member_left, got {}", brief(&left)),
        }
        let next = feed.next_change().await;
        assert!(
            creates(&sentinel)(&next),
            "expected the public room's message, got {}",
            brief(&next)
        );
    }

    // A replay from before the removal tells the same story.
    let (_feed, replayed, _) = Feed::open_replayed(&member, in_space(&space, &cursor_before)).await;
    let kinds: Vec<(&str, &str)> = replayed
        .iter()
        .map(|e| {
            (
                kind(e),
                if e.room_id == private.room_id {
                    "private"
                } else {
                    "public"
                },
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [("member_left", "private"), ("message_created", "public")]
    );
});

transport_test!(
    member_removed_from_the_space_stops_hearing_its_public_rooms_at_once,
    |api| async move {
        let owner = api.new_user("owner").await;
        let member = api.new_user("member").await;
        let space = api
            .space_with(&owner, &[(&member, SpaceRole::Member)])
            .await;
        // A public room the member reads without being in it, and a room of
        // another space they stay in.
        let public = api
            .room_with(&owner, &space, RoomVisibility::Public, &[])
            .await;
        let elsewhere = api
            .space_with(&owner, &[(&member, SpaceRole::Member)])
            .await;
        let other = api
            .room_with(
                &owner,
                &elsewhere,
                RoomVisibility::Public,
                &[(&member, RoomRole::Member)],
            )
            .await;
        let (mut feed, _) = Feed::open_live(&member, in_rooms(&[&public, &other], "")).await;
        let (mut whole_space, _) = Feed::open_live(&member, in_space(&space, "")).await;

        let before = owner.send(&public.room_id, "before").await;
        for feed in [&mut feed, &mut whole_space] {
            let event = feed.next_change().await;
            assert!(creates(&before)(&event), "got {}", brief(&event));
        }

        remove_from_space(&owner, &space, &member).await;
        owner.get_room(&public.room_id).await; // the room is still there
        member
            .rooms()
            .get_room(GetRoomRequest {
                room_id: public.room_id.clone(),
            })
            .await
            .rejected(Code::NotFound, "ROOM_NOT_FOUND");
        owner.send(&public.room_id, "after").await;
        let sentinel = owner.send(&other.room_id, "sentinel").await;

        whole_space
            .assert_quiet("a stream of a space one was removed from")
            .await;
        let next = feed.next_change().await;
        assert!(
            creates(&sentinel)(&next),
            "after leaving the space, expected only the other space's message, got {} (text {:?})",
            brief(&next),
            created_message(&next).map(|m| m.text.clone())
        );
    }
);

transport_test!(
    slow_consumer_gets_resync_and_the_stream_ends,
    |api| async move {
        // More than the hub's ring (4096), the subscription's outbox (256) and
        // what the connection buffers can hold, with long texts so the
        // connection's buffers fill quickly.
        const SENDERS: usize = 32;
        const PER_SENDER: usize = 200;
        const N: usize = SENDERS * PER_SENDER;
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        // The slow reader has a connection of its own, so that its full
        // flow-control window holds up nobody else.
        let slow_api = TestServer::shared().api(api.transport());
        let slow = slow_api.reconnect(&member);
        let (mut feed, _) = Feed::open_live(&slow, in_rooms(&[&room], "")).await;

        let filler = "x".repeat(3500);
        let senders: Vec<Actor> = (0..SENDERS).map(|_| api.reconnect(&owner)).collect();
        let started = Instant::now();
        let sent = send_concurrently(senders, room.room_id.clone(), PER_SENDER, |s, i| {
            format!("{s}/{i} {filler}")
        })
        .await;
        eprintln!("sent {N} messages in {:?}", started.elapsed());

        // Now read: what was buffered, then the notice, then the end.
        let mut delivered = Vec::new();
        let resync = loop {
            let event = feed.next_change().await;
            match event.kind {
                Some(Kind::ResyncRequired(_)) => break event,
                _ => {
                    assert!(
                        delivered.len() < N + 10,
                        "read every event without being told to resync"
                    );
                    delivered.push(event);
                }
            }
        };
        eprintln!("{} events before resync_required", delivered.len());
        assert!(resync.room_id.is_empty());
        assert_eq!(resync.seq, 0);
        assert!(!resync.cursor.is_empty());
        assert!(
            delivered.len() < N,
            "resync came after {} of {N} messages",
            delivered.len()
        );
        feed.assert_ends().await;

        // Resuming from its cursor delivers the rest, with no gap and no repeat.
        let (_feed, replayed, _) =
            Feed::open_replayed(&member, in_rooms(&[&room], &resync.cursor)).await;
        let all: Vec<Event> = delivered.into_iter().chain(replayed).collect();
        let stored = of_room(&all, &room);
        assert_consecutive(&stored, stored[0].seq);
        let mut ids: Vec<String> = all
            .iter()
            .filter_map(created_message)
            .map(|m| m.message_id.clone())
            .collect();
        assert_no_duplicates(&ids, "messages");
        ids.sort();
        let mut sent = sent;
        sent.sort();
        assert_eq!(ids.len(), sent.len());
        assert!(
            ids == sent,
            "the messages delivered are not the messages sent"
        );
    }
);

transport_test!(
    typing_is_delivered_live_with_an_expiry_and_never_replayed,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let (mut by_room, subscribed) = Feed::open_live(&member, in_rooms(&[&room], "")).await;
        let (mut by_space, _) = Feed::open_live(&member, in_space(&space, "")).await;

        send_typing(&owner, &room).await.success();
        let mut typing_cursor = String::new();
        for feed in [&mut by_room, &mut by_space] {
            let event = feed.next_change().await;
            let Some(Kind::Typing(typing)) = &event.kind else {
                panic!("expected typing, got {}", brief(&event));
            };
            assert_eq!(event.room_id, room.room_id);
            assert_eq!(event.seq, 0, "typing is not stored");
            assert_eq!(event.actor_id, owner.id);
            assert_eq!(typing.user_id, owner.id);
            assert_eq!(typing.username, owner.username);
            let at = event.create_time.expect("typing has a create_time");
            let expires = typing.expire_time.expect("typing has an expire_time");
            let lasts =
                (expires.seconds - at.seconds) as f64 + f64::from(expires.nanos - at.nanos) / 1e9;
            assert!(
                (4.5..=5.5).contains(&lasts),
                "typing lasts {lasts} s, not 5"
            );
            assert!(!event.cursor.is_empty());
            typing_cursor = event.cursor;
        }

        let message = owner.send(&room.room_id, "done typing").await;
        for feed in [&mut by_room, &mut by_space] {
            let event = feed.next_change().await;
            assert!(creates(&message)(&event), "got {}", brief(&event));
        }

        // Replays hold the message and not the typing, whether they resume from
        // before the typing or from the typing event itself.
        for cursor in [&subscribed.cursor, &typing_cursor] {
            let (_feed, replayed, _) =
                Feed::open_replayed(&member, in_rooms(&[&room], cursor)).await;
            let kinds: Vec<&str> = replayed.iter().map(kind).collect();
            assert_eq!(kinds, ["message_created"]);
            assert!(creates(&message)(&replayed[0]));
        }

        // Only writers of the room may say they are typing.
        let reader = api.new_user_known_to(&owner, "reader").await;
        owner
            .spaces()
            .add_space_member(AddSpaceMemberRequest {
                space_id: space.space_id.clone(),
                user_id: reader.id.clone(),
                role: SpaceRole::Member as i32,
            })
            .await
            .success();
        send_typing(&reader, &room)
            .await
            .rejected_with_code(Code::PermissionDenied);
        let stranger = api.new_user("stranger").await;
        send_typing(&stranger, &room)
            .await
            .rejected(Code::NotFound, "ROOM_NOT_FOUND");
        by_room.assert_quiet("after refused typing").await;
    }
);

transport_test!(unread_counts_follow_read_markers, |api| async move {
    let Team {
        owner,
        member,
        space,
        room,
    } = api.team().await;
    let unread = |who: &Actor| {
        let (who, room_id, space_id) = (
            Clients::clone(who),
            room.room_id.clone(),
            space.space_id.clone(),
        );
        async move {
            let got = who
                .rooms()
                .get_room(GetRoomRequest {
                    room_id: room_id.clone(),
                })
                .await
                .success()
                .room
                .unwrap()
                .unread_count;
            let listed = who
                .rooms()
                .list_rooms(ListRoomsRequest {
                    space_id,
                    page_size: 200,
                    page_token: String::new(),
                })
                .await
                .success()
                .rooms
                .into_iter()
                .find(|r| r.room_id == room_id)
                .expect("ListRooms lists the room")
                .unread_count;
            assert_eq!(got, listed, "GetRoom and ListRooms agree");
            got
        }
    };

    assert_eq!(unread(&member).await, 0);
    let m1 = owner.send(&room.room_id, "one").await;
    let m2 = owner.send(&room.room_id, "two").await;
    let m3 = owner.send(&room.room_id, "three").await;
    assert_eq!(
        unread(&member).await,
        3,
        "without a marker, every message from others"
    );
    let own = member.send(&room.room_id, "mine").await;
    assert_eq!(
        unread(&member).await,
        3,
        "one's own messages are never unread"
    );
    assert_eq!(unread(&owner).await, 1);

    assert_eq!(
        mark_read(&member, &room, &m2).await.success().unread_count,
        1
    );
    assert_eq!(unread(&member).await, 1);
    assert_eq!(
        mark_read(&member, &room, &m1).await.success().unread_count,
        1,
        "a marker never moves back"
    );
    assert_eq!(unread(&member).await, 1);

    delete(&owner, &m3).await;
    assert_eq!(unread(&member).await, 0, "deleted messages are not unread");
    let m5 = owner.send(&room.room_id, "five").await;
    assert_eq!(unread(&member).await, 1);
    assert_eq!(
        mark_read(&member, &room, &m5).await.success().unread_count,
        0
    );
    assert_eq!(
        mark_read(&member, &room, &own).await.success().unread_count,
        0
    );
    assert_eq!(unread(&member).await, 0);
    assert_eq!(
        mark_read(&owner, &room, &own).await.success().unread_count,
        0
    );
    assert_eq!(unread(&owner).await, 0);

    // Someone who sees the public room without being in it has no marker
    // and nothing unread.
    let reader = api.new_user_known_to(&owner, "reader").await;
    owner
        .spaces()
        .add_space_member(AddSpaceMemberRequest {
            space_id: space.space_id.clone(),
            user_id: reader.id.clone(),
            role: SpaceRole::Member as i32,
        })
        .await
        .success();
    assert_eq!(unread(&reader).await, 0);
    mark_read(&reader, &room, &m5)
        .await
        .rejected_with_code(Code::PermissionDenied);

    // The message must be one of the room's.
    let other = owner
        .create_room(&space.space_id, "Other", RoomVisibility::Public)
        .await;
    let elsewhere = owner.send(&other.room_id, "elsewhere").await;
    mark_read(&owner, &room, &elsewhere)
        .await
        .rejected(Code::NotFound, "MESSAGE_NOT_FOUND");
    member
        .events()
        .mark_read(MarkReadRequest {
            room_id: room.room_id.clone(),
            message_id: unknown_id(),
        })
        .await
        .rejected(Code::NotFound, "MESSAGE_NOT_FOUND");
});

/// (room, seq, kind, actor) of an event, to compare with what should be.
fn position(event: &Event) -> (String, i64, &'static str, String) {
    (
        event.room_id.clone(),
        event.seq,
        kind(event),
        event.actor_id.clone(),
    )
}

transport_test!(
    every_change_in_a_space_is_an_event_in_order,
    |api| async move {
        let owner = api.new_user("owner").await;
        let member = api.new_user("member").await;
        let space = api
            .space_with(&owner, &[(&member, SpaceRole::Member)])
            .await;
        let side = api
            .room_with(
                &owner,
                &space,
                RoomVisibility::Private,
                &[(&member, RoomRole::Member)],
            )
            .await;
        let (mut feed, _) = Feed::open_live(&owner, in_space(&space, "")).await;

        let room = owner
            .create_room(&space.space_id, "Plans", RoomVisibility::Public)
            .await;
        add_to_room(&owner, &room, &member, RoomRole::Contributor).await;
        let updated = owner
            .rooms()
            .update_room(UpdateRoomRequest {
                room_id: room.room_id.clone(),
                name: Some("Plans for June".into()),
                description: Some("What we do in June".into()),
                visibility: None,
            })
            .await
            .success()
            .room
            .unwrap();
        let message = member.send(&room.room_id, "hello").await;
        edit(&member, &message, "hello there").await;
        react(&owner, &message, "👍").await;
        react(&member, &message, "👍").await;
        react(&owner, &message, "👍").await; // changes nothing: no event
        unreact(&owner, &message, "👍").await;
        unreact(&owner, &message, "👍").await; // changes nothing: no event
        delete(&member, &message).await;
        remove_from_room(&member, &room, &member).await; // leaves
        add_to_room(&owner, &room, &member, RoomRole::Member).await;
        remove_from_space(&owner, &space, &member).await; // leaves both rooms
        delete_room(&owner, &room).await;

        let events = feed
            .until(|e| matches!(e.kind, Some(Kind::RoomDeleted(_))))
            .await;
        let events: Vec<Event> = events
            .into_iter()
            .filter(|e| !matches!(e.kind, Some(Kind::Heartbeat(_))))
            .collect();
        let r = room.room_id.clone();
        let (o, m) = (owner.id.clone(), member.id.clone());
        let expected = vec![
            (r.clone(), 1, "room_created", o.clone()),
            (r.clone(), 2, "member_joined", o.clone()),
            (r.clone(), 3, "member_joined", o.clone()),
            (r.clone(), 4, "room_updated", o.clone()),
            (r.clone(), 5, "message_created", m.clone()),
            (r.clone(), 6, "message_edited", m.clone()),
            (r.clone(), 7, "reaction_added", o.clone()),
            (r.clone(), 8, "reaction_added", m.clone()),
            (r.clone(), 9, "reaction_removed", o.clone()),
            (r.clone(), 10, "message_deleted", m.clone()),
            (r.clone(), 11, "member_left", m.clone()),
            (r.clone(), 12, "member_joined", o.clone()),
            (r.clone(), 13, "member_left", o.clone()),
            (side.room_id.clone(), 4, "member_left", o.clone()),
            (r.clone(), 14, "room_deleted", o.clone()),
        ];
        let mut got: Vec<_> = events.iter().map(position).collect();
        // The space removal leaves both rooms in one change: either order.
        if got.len() == expected.len() && got[12].0 != r {
            got.swap(12, 13);
        }
        assert_eq!(got, expected);
        for event in &events {
            assert!(
                event.create_time.is_some(),
                "{} has a create_time",
                brief(event)
            );
            assert!(!event.cursor.is_empty());
        }

        // And the payloads say what changed.
        let payload = |seq: i64| {
            events
                .iter()
                .find(|e| e.room_id == r && e.seq == seq)
                .and_then(|e| e.kind.clone())
                .unwrap()
        };
        let Kind::RoomCreated(created) = payload(1) else {
            unreachable!()
        };
        assert_eq!(created.room_id, r);
        assert_eq!(created.space_id, space.space_id);
        assert_eq!(created.name, "Plans");
        assert_eq!(created.creator_id, owner.id);
        let Kind::MemberJoined(joined) = payload(2) else {
            unreachable!()
        };
        assert_eq!(
            (joined.user_id.as_str(), joined.role),
            (owner.id.as_str(), RoomRole::Owner as i32)
        );
        assert_eq!(joined.room_id, r);
        let Kind::MemberJoined(joined) = payload(3) else {
            unreachable!()
        };
        assert_eq!(
            (
                joined.user_id.as_str(),
                joined.username.as_str(),
                joined.role
            ),
            (
                member.id.as_str(),
                member.username.as_str(),
                RoomRole::Contributor as i32
            )
        );
        let Kind::RoomUpdated(renamed) = payload(4) else {
            unreachable!()
        };
        assert_eq!(renamed.name, "Plans for June");
        assert_eq!(renamed.description, "What we do in June");
        assert_eq!(renamed.name, updated.name);
        let Kind::MessageCreated(sent) = payload(5) else {
            unreachable!()
        };
        assert_eq!(sent.message_id, message.message_id);
        assert_eq!(sent.text, "hello");
        assert_eq!(
            sent.sender.as_ref().map(|s| s.id.as_str()),
            Some(member.id.as_str())
        );
        let Kind::MessageEdited(edited) = payload(6) else {
            unreachable!()
        };
        assert_eq!(edited.message_id, message.message_id);
        assert_eq!(edited.text, "hello there");
        assert!(edited.edit_time.is_some());
        let reactions: Vec<(String, String, String, i32)> = [7, 8, 9]
            .into_iter()
            .map(|seq| match payload(seq) {
                Kind::ReactionAdded(c) | Kind::ReactionRemoved(c) => {
                    (c.message_id, c.emoji, c.user_id, c.count)
                }
                other => panic!("expected a reaction change, got {other:?}"),
            })
            .collect();
        let id = &message.message_id;
        assert_eq!(
            reactions,
            [
                (id.clone(), "👍".to_string(), o.clone(), 1),
                (id.clone(), "👍".to_string(), m.clone(), 2),
                (id.clone(), "👍".to_string(), o.clone(), 1),
            ]
        );
        let Kind::MessageDeleted(deleted) = payload(10) else {
            unreachable!()
        };
        assert_eq!(deleted.message_id, message.message_id);
        assert!(deleted.text.is_empty());
        assert!(deleted.delete_time.is_some());
        for seq in [11, 13] {
            let Kind::MemberLeft(left) = payload(seq) else {
                unreachable!()
            };
            assert_eq!(
                (left.room_id.as_str(), left.user_id.as_str()),
                (r.as_str(), m.as_str())
            );
        }
        let Kind::MemberJoined(rejoined) = payload(12) else {
            unreachable!()
        };
        assert_eq!(
            (rejoined.user_id.as_str(), rejoined.role),
            (m.as_str(), RoomRole::Member as i32)
        );
        let side_left = events.iter().find(|e| e.room_id == side.room_id).unwrap();
        let Some(Kind::MemberLeft(left)) = &side_left.kind else {
            unreachable!()
        };
        assert_eq!(
            (left.room_id.as_str(), left.user_id.as_str()),
            (side.room_id.as_str(), m.as_str())
        );
        let Kind::RoomDeleted(gone) = payload(14) else {
            unreachable!()
        };
        assert_eq!(gone.room_id, r);
    }
);

transport_test!(
    room_deletion_reaches_live_readers_of_the_room,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let other = owner
            .create_room(&space.space_id, "Still here", RoomVisibility::Public)
            .await;
        // Nothing has happened in the room since these streams started.
        let (mut by_space, _) = Feed::open_live(&member, in_space(&space, "")).await;
        let (mut by_room, _) = Feed::open_live(&member, in_rooms(&[&room, &other], "")).await;

        delete_room(&owner, &room).await;
        let sentinel = owner.send(&other.room_id, "sentinel").await;
        for feed in [&mut by_space, &mut by_room] {
            let event = feed.next_change().await;
            assert!(
                matches!(&event.kind, Some(Kind::RoomDeleted(gone)) if gone.room_id == room.room_id),
                "expected room_deleted, got {}",
                brief(&event)
            );
            let event = feed.next_change().await;
            assert!(creates(&sentinel)(&event), "got {}", brief(&event));
        }
    }
);

transport_test!(
    resuming_from_before_a_room_deletion_tells_of_it,
    |api| async move {
        let Team {
            owner,
            member,
            space,
            room,
        } = api.team().await;
        let other = owner
            .create_room(&space.space_id, "Still here", RoomVisibility::Public)
            .await;
        let (feed, subscribed) = Feed::open_live(&member, in_space(&space, "")).await;
        drop(feed);
        owner.send(&room.room_id, "last words").await;
        delete_room(&owner, &room).await;
        owner.send(&other.room_id, "sentinel").await;

        // The client was away: it must still learn that the room is gone.
        let (_feed, replayed, _) =
            Feed::open_replayed(&member, in_space(&space, &subscribed.cursor)).await;
        let events: Vec<(&str, bool)> = replayed
            .iter()
            .map(|e| (kind(e), e.room_id == room.room_id))
            .collect();
        assert!(
            events.contains(&("room_deleted", true)),
            "a replay of the space across a room's deletion has no room_deleted: {events:?}"
        );
        assert_eq!(events.last(), Some(&("message_created", false)));
    }
);

transport_test!(subscribe_rejects_bad_requests, |api| async move {
    let Team {
        owner,
        member,
        space,
        room,
    } = api.team().await;
    let check = |rejection: Rejection<'static>, what: &'static str, request: SubscribeRequest| {
        let member = Clients::clone(&member);
        async move {
            let result = subscribe(&member, request).await.map(|_| ());
            rejection.check(what, result)
        }
    };
    for cursor in ["not a cursor", "ZTE6YWJj", "ZTE6LTU", "e1:5", "%%%"] {
        check(
            Rejection::Field("INVALID_CURSOR", "cursor"),
            "a malformed cursor",
            in_space(&space, cursor),
        )
        .await;
    }
    check(
        Rejection::Missing("space_id"),
        "neither space_id nor room_ids",
        SubscribeRequest::default(),
    )
    .await;
    let both = check(
        Rejection::Code(Code::InvalidArgument),
        "both space_id and room_ids",
        SubscribeRequest {
            space_id: space.space_id.clone(),
            room_ids: vec![room.room_id.clone()],
            cursor: String::new(),
            ..Default::default()
        },
    )
    .await;
    assert_field_violation(&both, "room_ids");
    check(
        Rejection::Field("TOO_MANY_ROOMS", "room_ids"),
        "101 rooms",
        SubscribeRequest {
            room_ids: (0..101).map(|_| unknown_id()).collect(),
            ..Default::default()
        },
    )
    .await;
    check(
        Rejection::Field("INVALID_ID", "room_ids[1]"),
        "a room id that is not an id",
        SubscribeRequest {
            room_ids: vec![room.room_id.clone(), "room-1".into()],
            ..Default::default()
        },
    )
    .await;

    // Rooms and spaces the caller cannot see do not exist for them.
    let stranger = api.new_user("stranger").await;
    let their_space = api.space_with(&stranger, &[]).await;
    let their_room = stranger
        .create_room(&their_space.space_id, "Theirs", RoomVisibility::Public)
        .await;
    let private = owner
        .create_room(&space.space_id, "Owner only", RoomVisibility::Private)
        .await;
    for (what, request) in [
        ("a room of another space", in_rooms(&[&their_room], "")),
        (
            "a private room one is not in",
            in_rooms(&[&room, &private], ""),
        ),
        (
            "an unknown room",
            SubscribeRequest {
                room_ids: vec![unknown_id()],
                ..Default::default()
            },
        ),
    ] {
        check(
            Rejection::Reason(Code::NotFound, "ROOM_NOT_FOUND"),
            what,
            request,
        )
        .await;
    }
    for (what, space_id) in [
        ("another space", their_space.space_id.clone()),
        ("an unknown space", unknown_id()),
    ] {
        check(
            Rejection::Reason(Code::NotFound, "SPACE_NOT_FOUND"),
            what,
            SubscribeRequest {
                space_id,
                ..Default::default()
            },
        )
        .await;
    }

    let anonymous = subscribe(&api.anonymous(), in_space(&space, ""))
        .await
        .map(|_| ());
    Rejection::Code(Code::Unauthenticated).check("no credentials", anonymous);
    let _ = owner;
});

/// Heartbeats need a server of their own: the shared one beats every 15 s.
#[tokio::test]
async fn idle_stream_gets_heartbeats_that_are_resume_points() {
    let server = TestServer::start_with_env(&[("ROUNDTABLE_EVENT_HEARTBEAT_SECONDS", "1")]);
    for transport in Transport::ALL {
        let api = server.api(transport);
        let Team {
            owner,
            member,
            room,
            ..
        } = api.team().await;
        let (mut feed, _) = Feed::open_live(&member, in_rooms(&[&room], "")).await;
        let started = Instant::now();
        let mut beats = Vec::new();
        while beats.len() < 2 {
            let event = feed
                .next_within(Duration::from_secs(5))
                .await
                .unwrap_or_else(|| {
                    panic!("{transport:?}: no heartbeat within 5 s on an idle stream")
                });
            assert!(
                matches!(event.kind, Some(Kind::Heartbeat(_))),
                "{transport:?}: an idle stream got {}",
                brief(&event)
            );
            assert!(event.room_id.is_empty());
            assert_eq!(event.seq, 0);
            assert!(!event.cursor.is_empty());
            beats.push(event);
        }
        let elapsed = started.elapsed();
        assert!(
            elapsed >= Duration::from_millis(1500) && elapsed < Duration::from_secs(6),
            "{transport:?}: two heartbeats 1 s apart took {elapsed:?}"
        );

        let message = owner.send(&room.room_id, "awake").await;
        let event = feed.next_change().await;
        assert!(creates(&message)(&event), "got {}", brief(&event));

        let (_feed, replayed, _) =
            Feed::open_replayed(&member, in_rooms(&[&room], &beats[1].cursor)).await;
        let replayed: Vec<&str> = replayed.iter().map(kind).collect();
        assert_eq!(replayed, ["message_created"], "{transport:?}");
    }
}

transport_test!(
    replay_of_several_rooms_pages_through_every_event_in_order,
    |api| async move {
        // More events than one replay page (500), over three rooms, written
        // by concurrent senders so the rooms' events interleave.
        const PER_ROOM: usize = 240;
        let Team {
            owner, space, room, ..
        } = api.team().await;
        let second = api
            .room_with(&owner, &space, RoomVisibility::Public, &[])
            .await;
        let third = api
            .room_with(&owner, &space, RoomVisibility::Public, &[])
            .await;
        let (mut live, _) = Feed::open_live(&owner, in_rooms(&[&room, &second], "")).await;
        let start = owner.send(&room.room_id, "the start").await;
        let start_event = live.until(creates(&start)).await.pop().unwrap();
        let mut senders = Vec::new();
        for target in [&room, &second, &third] {
            senders.push(tokio::spawn(send_concurrently(
                vec![api.reconnect(&owner), api.reconnect(&owner)],
                target.room_id.clone(),
                PER_ROOM / 2,
                |s, i| format!("sender {s} message {i}"),
            )));
        }
        for sender in senders {
            sender.await.expect("the senders finish");
        }
        let last = owner.send(&second.room_id, "the end").await;
        let seen_live = live.until(creates(&last)).await;

        let (_, replayed, _) =
            Feed::open_replayed(&owner, in_rooms(&[&room, &second], &start_event.cursor)).await;
        let ids = |events: &[Event]| -> Vec<String> {
            events
                .iter()
                .filter_map(created_message)
                .map(|m| m.message_id.clone())
                .collect()
        };
        assert_eq!(ids(&replayed).len(), 2 * PER_ROOM + 1);
        assert_eq!(
            ids(&replayed),
            ids(&seen_live),
            "the replay holds the live stream's messages, in the same order"
        );
        let cursors: Vec<&str> = replayed.iter().map(|e| e.cursor.as_str()).collect();
        assert_no_duplicates(
            &cursors.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            "replayed events",
        );
        for target in [&room, &second] {
            let stored = of_room(&replayed, target);
            assert_consecutive(&stored, stored[0].seq);
        }
    }
);

#[tokio::test]
async fn unread_counts_stop_at_a_thousand() {
    let api = TestServer::shared().api(Transport::Grpc);
    let Team {
        owner,
        member,
        room,
        ..
    } = api.team().await;
    let senders = (0..4).map(|_| api.reconnect(&owner)).collect();
    send_concurrently(senders, room.room_id.clone(), 251, |s, i| {
        format!("sender {s} message {i}")
    })
    .await;
    let unread = || async {
        member
            .rooms()
            .get_room(GetRoomRequest {
                room_id: room.room_id.clone(),
            })
            .await
            .success()
            .room
            .unwrap()
            .unread_count
    };
    assert_eq!(unread().await, 1000, "1004 unread messages count as 1000");
    let stored = member.messages_in(&room.room_id).await;
    let marker = &stored[stored.len() - 3];
    assert_eq!(
        mark_read(&member, &room, marker)
            .await
            .success()
            .unread_count,
        2
    );
    assert_eq!(unread().await, 2);
}

transport_test!(
    cursors_hide_the_servers_event_counter_and_cannot_be_forged,
    |api| async move {
        let Team {
            owner, space, room, ..
        } = api.team().await;
        let (mut feed, _) = Feed::open_live(&owner, in_space(&space, "")).await;
        owner.send(&room.room_id, "one").await;
        owner.send(&room.room_id, "two").await;
        let first = feed.next_change().await;
        let second = feed.next_change().await;
        // Consecutive events: cursors that share no visible structure and
        // say nothing in plain text.
        for cursor in [&first.cursor, &second.cursor] {
            assert_eq!(cursor.len(), 22, "{cursor}");
            assert!(!cursor.starts_with("ZTE6"), "a plain e1: cursor: {cursor}");
        }
        let alike = first
            .cursor
            .bytes()
            .zip(second.cursor.bytes())
            .filter(|(a, b)| a == b)
            .count();
        assert!(alike < 8, "{} and {}", first.cursor, second.cursor);
        // A cursor resumes after its event.
        let (_, replayed, _) = Feed::open_replayed(&owner, in_space(&space, &first.cursor)).await;
        let texts: Vec<_> = replayed
            .iter()
            .filter_map(|e| match &e.kind {
                Some(Kind::MessageCreated(m)) => Some(m.text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, vec!["two".to_string()]);
        // One changed character makes it no cursor at all.
        let mut forged = first.cursor.clone().into_bytes();
        forged[5] = if forged[5] == b'A' { b'B' } else { b'A' };
        let forged = String::from_utf8(forged).expect("ASCII");
        let result = subscribe(&owner, in_space(&space, &forged))
            .await
            .map(|_| ());
        Rejection::Field("INVALID_CURSOR", "cursor").check("a forged cursor", result);
    }
);
