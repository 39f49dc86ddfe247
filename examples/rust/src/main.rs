//! Creates a space, a room and a REPLR in it, then mentions the REPLR and
//! prints its reply as it streams in.
//!   ROUNDTABLE_URL=http://127.0.0.1:8080 ROUNDTABLE_API_KEY=rtk_… cargo run
use futures::StreamExt;
use roundtable_sdk::Client;
use roundtable_sdk::v1::replr_service_client::ReplrServiceClient;
use roundtable_sdk::v1::room_service_client::RoomServiceClient;
use roundtable_sdk::v1::send_message_stream_response::Kind;
use roundtable_sdk::v1::space_service_client::SpaceServiceClient;
use roundtable_sdk::v1::{self, ReplyMode};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("ROUNDTABLE_URL").unwrap_or("http://127.0.0.1:8080".into());
    let client = Client::connect(url, std::env::var("ROUNDTABLE_API_KEY")?).await?;

    let space = client
        .service(SpaceServiceClient::new)
        .create_space(v1::CreateSpaceRequest {
            name: "Team".into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .space
        .ok_or("no space")?;
    let mut rooms = client.service(RoomServiceClient::new);
    let room = rooms
        .create_room(v1::CreateRoomRequest {
            space_id: space.space_id.clone(),
            name: "general".into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .room
        .ok_or("no room")?;
    let replr = client
        .service(ReplrServiceClient::new)
        .create_replr(v1::CreateReplrRequest {
            space_id: space.space_id.clone(),
            handle: "helper".into(),
            display_name: "Helper".into(),
            reply_mode: ReplyMode::OnMention.into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .replr
        .ok_or("no REPLR")?;
    rooms
        .add_replr(v1::AddReplrRequest {
            room_id: room.room_id.clone(),
            replr_id: replr.replr_id,
        })
        .await?;

    let request = v1::SendMessageStreamRequest {
        room_id: room.room_id,
        text: "Hi @helper".into(),
        ..Default::default()
    };
    let mut items = std::pin::pin!(client.send_message_stream(request).await?);
    while let Some(item) = items.next().await {
        match item? {
            Kind::Message(message) => println!("sent: {}", message.text),
            Kind::ReplyStarted(_) => println!("reply_started"),
            Kind::ReplyDelta(delta) => println!("reply_delta {}: {:?}", delta.sequence, delta.text),
            Kind::ReplyFinished(reply) => println!("reply_finished: {}", reply.text),
        }
    }
    Ok(())
}
