package example;

import dev.roundtable.sdk.RoundtableClient;
import dev.roundtable.sdk.ServerStream;
import dev.roundtable.v1.AddReplrRequest;
import dev.roundtable.v1.CreateReplrRequest;
import dev.roundtable.v1.CreateRoomRequest;
import dev.roundtable.v1.CreateSpaceRequest;
import dev.roundtable.v1.Replr;
import dev.roundtable.v1.ReplrServiceGrpc;
import dev.roundtable.v1.ReplyMode;
import dev.roundtable.v1.Room;
import dev.roundtable.v1.RoomServiceGrpc;
import dev.roundtable.v1.SendMessageStreamRequest;
import dev.roundtable.v1.SendMessageStreamResponse;
import dev.roundtable.v1.Space;
import dev.roundtable.v1.SpaceServiceGrpc;

/**
 * Creates a space, a room and a REPLR in it, then mentions the REPLR and prints its reply as it
 * streams in. {@code ROUNDTABLE_API_KEY=rtk_… mvn -q compile exec:java}
 */
public final class Quickstart {
  public static void main(String[] args) {
    String url = System.getenv().getOrDefault("ROUNDTABLE_URL", "http://127.0.0.1:8080");
    try (RoundtableClient client = RoundtableClient.connect(url, System.getenv("ROUNDTABLE_API_KEY"))) {
      Space space = client.stub(SpaceServiceGrpc::newBlockingStub)
          .createSpace(CreateSpaceRequest.newBuilder().setName("Team").build())
          .getSpace();
      RoomServiceGrpc.RoomServiceBlockingStub rooms = client.stub(RoomServiceGrpc::newBlockingStub);
      Room room = rooms.createRoom(
          CreateRoomRequest.newBuilder().setSpaceId(space.getSpaceId()).setName("general").build()).getRoom();
      Replr replr = client.stub(ReplrServiceGrpc::newBlockingStub)
          .createReplr(CreateReplrRequest.newBuilder()
              .setSpaceId(space.getSpaceId())
              .setHandle("helper")
              .setDisplayName("Helper")
              .setReplyMode(ReplyMode.REPLY_MODE_ON_MENTION)
              .build())
          .getReplr();
      rooms.addReplr(AddReplrRequest.newBuilder().setRoomId(room.getRoomId()).setReplrId(replr.getReplrId()).build());

      SendMessageStreamRequest request =
          SendMessageStreamRequest.newBuilder().setRoomId(room.getRoomId()).setText("Hi @helper").build();
      try (ServerStream<SendMessageStreamResponse> items = client.sendMessageStream(request)) {
        items.forEachRemaining(item -> {
          switch (item.getKindCase()) {
            case MESSAGE -> System.out.println("sent: " + item.getMessage().getText());
            case REPLY_STARTED -> System.out.println("reply_started");
            case REPLY_DELTA -> System.out.println(
                "reply_delta " + item.getReplyDelta().getSequence() + ": \"" + item.getReplyDelta().getText() + "\"");
            case REPLY_FINISHED -> System.out.println("reply_finished: " + item.getReplyFinished().getText());
            default -> { }
          }
        });
      }
    }
  }
}
