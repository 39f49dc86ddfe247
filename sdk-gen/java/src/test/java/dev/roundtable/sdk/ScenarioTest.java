package dev.roundtable.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roundtable.v1.AddReactionRequest;
import dev.roundtable.v1.AddReplrRequest;
import dev.roundtable.v1.CreateReplrRequest;
import dev.roundtable.v1.CreateRoomRequest;
import dev.roundtable.v1.CreateSpaceRequest;
import dev.roundtable.v1.DeleteMessageRequest;
import dev.roundtable.v1.EditMessageRequest;
import dev.roundtable.v1.Event;
import dev.roundtable.v1.GetMessageRequest;
import dev.roundtable.v1.GetRoomRequest;
import dev.roundtable.v1.ListMessagesRequest;
import dev.roundtable.v1.ListMessagesResponse;
import dev.roundtable.v1.ListSpacesRequest;
import dev.roundtable.v1.Message;
import dev.roundtable.v1.MessageServiceGrpc;
import dev.roundtable.v1.ReactionCount;
import dev.roundtable.v1.ReplrServiceGrpc;
import dev.roundtable.v1.ReplyMode;
import dev.roundtable.v1.ReplyState;
import dev.roundtable.v1.Room;
import dev.roundtable.v1.RoomServiceGrpc;
import dev.roundtable.v1.SendMessageRequest;
import dev.roundtable.v1.SendMessageStreamRequest;
import dev.roundtable.v1.SendMessageStreamResponse;
import dev.roundtable.v1.Replr;
import dev.roundtable.v1.SpaceServiceGrpc;
import dev.roundtable.v1.SubscribeRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The SDK scenario (sdk-gen/README.md) against the server at $ROUNDTABLE_URL as the admin
 * $ROUNDTABLE_ADMIN_KEY; sdk-gen/java/test.sh sets them (sdk-gen/test starts the server). Without
 * them the steps are skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScenarioTest {
  private static String url;
  private static RoundtableClient client;
  private static RoomServiceGrpc.RoomServiceBlockingStub rooms;
  private static MessageServiceGrpc.MessageServiceBlockingStub messages;
  private static Room room;
  private static Replr replr;
  /** The ids of the room's messages, in the order they were stored. */
  private static final List<String> sent = new ArrayList<>();

  @BeforeAll
  static void setup() {
    url = System.getenv("ROUNDTABLE_URL");
    String key = System.getenv("ROUNDTABLE_ADMIN_KEY");
    Assumptions.assumeTrue(
        url != null && !url.isEmpty() && key != null && !key.isEmpty(),
        "ROUNDTABLE_URL and ROUNDTABLE_ADMIN_KEY are not set: no server to run the scenario against");
    client = RoundtableClient.connect(url, key);
    rooms = client.stub(RoomServiceGrpc::newBlockingStub);
    messages = client.stub(MessageServiceGrpc::newBlockingStub);

    String tag = UUID.randomUUID().toString().substring(0, 8);
    String spaceId =
        client
            .stub(SpaceServiceGrpc::newBlockingStub)
            .createSpace(CreateSpaceRequest.newBuilder().setName("Java SDK " + tag).build())
            .getSpace()
            .getSpaceId();
    Room created =
        rooms
            .createRoom(CreateRoomRequest.newBuilder().setSpaceId(spaceId).setName("general").build())
            .getRoom();
    replr =
        client
            .stub(ReplrServiceGrpc::newBlockingStub)
            .createReplr(
                CreateReplrRequest.newBuilder()
                    .setSpaceId(spaceId)
                    .setHandle("sdkbot_" + tag)
                    .setReplyMode(ReplyMode.REPLY_MODE_ON_MENTION)
                    .build())
            .getReplr();
    room =
        rooms
            .addReplr(
                AddReplrRequest.newBuilder()
                    .setRoomId(created.getRoomId())
                    .setReplrId(replr.getReplrId())
                    .build())
            .getRoom();
    assertEquals(1, room.getReplrsCount());
    assertEquals(replr.getReplrId(), room.getReplrs(0).getReplrId());
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  private static Message send(String text) {
    Message message =
        messages
            .sendMessage(SendMessageRequest.newBuilder().setRoomId(room.getRoomId()).setText(text).build())
            .getMessage();
    sent.add(message.getMessageId());
    return message;
  }

  @Test
  @Order(1)
  void replyStreamsTokenByToken() {
    SendMessageStreamRequest request =
        SendMessageStreamRequest.newBuilder()
            .setRoomId(room.getRoomId())
            .setText("@" + replr.getHandle() + " what is a round table for?")
            .build();
    int count = 0;
    Message started = null;
    Message finished = null;
    StringBuilder deltas = new StringBuilder();
    long sequence = 0;
    try (ServerStream<SendMessageStreamResponse> items = client.sendMessageStream(request)) {
      while (items.hasNext()) {
        SendMessageStreamResponse item = items.next();
        count++;
        switch (item.getKindCase()) {
          case MESSAGE -> {
            assertEquals(1, count, "the message comes first");
            assertEquals(1, item.getMessage().getReplrMentionsCount());
            assertEquals(replr.getReplrId(), item.getMessage().getReplrMentions(0).getReplrId());
            sent.add(item.getMessage().getMessageId());
          }
          case REPLY_STARTED -> {
            assertEquals(2, count, "reply_started comes second");
            started = item.getReplyStarted();
            assertEquals(replr.getReplrId(), started.getSender().getId());
            assertEquals(ReplyState.REPLY_STATE_STREAMING, started.getReply().getState());
            sent.add(started.getMessageId());
          }
          case REPLY_DELTA -> {
            assertNotNull(started, "a delta before reply_started");
            assertEquals(null, finished, "a delta after reply_finished");
            assertEquals(started.getMessageId(), item.getReplyDelta().getMessageId());
            assertFalse(item.getReplyDelta().getSnapshot());
            assertEquals(++sequence, item.getReplyDelta().getSequence(), "deltas come in sequence");
            deltas.append(item.getReplyDelta().getText());
          }
          case REPLY_FINISHED -> {
            assertNotNull(started, "reply_finished before reply_started");
            assertEquals(null, finished, "two reply_finished");
            finished = item.getReplyFinished();
            assertEquals(started.getMessageId(), finished.getMessageId());
          }
          default -> fail("unexpected item " + item);
        }
      }
    }
    assertNotNull(finished, "the stream ended after " + count + " items without reply_finished");
    assertEquals(
        ReplyState.REPLY_STATE_COMPLETE,
        finished.getReply().getState(),
        finished.getReply().getFailureMessage());
    assertTrue(sequence >= 2, "the reply came in " + sequence + " deltas, want token by token");
    assertEquals(finished.getText(), deltas.toString());
    Message stored =
        messages
            .getMessage(GetMessageRequest.newBuilder().setMessageId(finished.getMessageId()).build())
            .getMessage();
    assertEquals(deltas.toString(), stored.getText());
  }

  @Test
  @Order(2)
  void listsMessagesInPages() {
    for (int i = 1; i <= 3; i++) {
      send("paging message " + i);
    }
    List<String> listed = new ArrayList<>();
    String token = "";
    for (int page = 1; ; page++) {
      assertTrue(page <= 50, "ListMessages never returned an empty next_page_token");
      ListMessagesResponse response =
          messages.listMessages(
              ListMessagesRequest.newBuilder()
                  .setRoomId(room.getRoomId())
                  .setPageSize(2)
                  .setPageToken(token)
                  .build());
      assertTrue(response.getMessagesCount() <= 2, "page " + page + " is larger than asked");
      response.getMessagesList().forEach(m -> listed.add(m.getMessageId()));
      token = response.getNextPageToken();
      if (token.isEmpty()) {
        break;
      }
    }
    assertEquals(sent, listed, "every message once, in the order sent");
  }

  @Test
  @Order(3)
  void reactsEditsAndDeletes() {
    String id = send("react, edit, delete me").getMessageId();
    Message reacted =
        messages
            .addReaction(AddReactionRequest.newBuilder().setMessageId(id).setEmoji("👍").build())
            .getMessage();
    assertEquals(1, reacted.getReactionsCount());
    ReactionCount thumbs = reacted.getReactions(0);
    assertEquals("👍", thumbs.getEmoji());
    assertEquals(1, thumbs.getCount());
    assertTrue(thumbs.getReactedByMe());

    Message edited =
        messages
            .editMessage(EditMessageRequest.newBuilder().setMessageId(id).setText("edited text").build())
            .getMessage();
    assertEquals("edited text", edited.getText());
    assertTrue(edited.hasEditTime());

    Message deleted =
        messages.deleteMessage(DeleteMessageRequest.newBuilder().setMessageId(id).build()).getMessage();
    assertTrue(deleted.hasDeleteTime());
    assertEquals("", deleted.getText());
  }

  /** The next event that is not a heartbeat. */
  private static Event next(ServerStream<Event> events) {
    while (true) {
      assertTrue(events.hasNext(), "the subscription ended");
      Event event = events.next();
      if (!event.hasHeartbeat()) {
        return event;
      }
    }
  }

  @Test
  @Order(4)
  void resumesFromTheCursorWithExactlyTheMissedEvents() {
    SubscribeRequest live = SubscribeRequest.newBuilder().addRoomIds(room.getRoomId()).build();
    String cursor;
    Message a;
    try (ServerStream<Event> events = client.subscribe(live)) {
      assertTrue(next(events).hasSubscribed(), "the first event is subscribed");
      a = send("message A");
      Event created = next(events);
      assertEquals(a.getMessageId(), created.getMessageCreated().getMessageId());
      cursor = created.getCursor();
      assertFalse(cursor.isEmpty());
    } // the connection is gone; what follows is missed

    Message b = send("message B");
    Message c = send("message C");
    messages.addReaction(
        AddReactionRequest.newBuilder().setMessageId(b.getMessageId()).setEmoji("🎉").build());

    try (ServerStream<Event> events = client.subscribe(live.toBuilder().setCursor(cursor).build())) {
      assertEquals(b.getMessageId(), next(events).getMessageCreated().getMessageId());
      assertEquals(c.getMessageId(), next(events).getMessageCreated().getMessageId());
      Event reaction = next(events);
      assertEquals(b.getMessageId(), reaction.getReactionAdded().getMessageId());
      assertEquals("🎉", reaction.getReactionAdded().getEmoji());
      assertTrue(next(events).hasSubscribed(), "nothing else was missed");
    }
  }

  @Test
  @Order(5)
  void badInputGivesTheDocumentedStatusAndReason() {
    StatusRuntimeException empty =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                messages.sendMessage(
                    SendMessageRequest.newBuilder().setRoomId(room.getRoomId()).setText("   ").build()));
    ApiError error = ApiError.from(empty);
    assertEquals(Status.Code.INVALID_ARGUMENT, error.code());
    assertEquals("MESSAGE_EMPTY", error.reason());
    assertEquals("roundtable", error.domain());
    assertFalse(error.fieldViolations().isEmpty());
    assertEquals("text", error.fieldViolations().get(0).getField());

    StatusRuntimeException unknown =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                rooms.getRoom(
                    GetRoomRequest.newBuilder().setRoomId("0190f0a0-0000-7000-8000-000000000000").build()));
    assertEquals(Status.Code.NOT_FOUND, ApiError.from(unknown).code());
    assertEquals("ROOM_NOT_FOUND", ApiError.from(unknown).reason());

    try (RoundtableClient stranger = RoundtableClient.connect(url, "rtk_this_key_does_not_exist_0000")) {
      StatusRuntimeException denied =
          assertThrows(
              StatusRuntimeException.class,
              () ->
                  stranger
                      .stub(SpaceServiceGrpc::newBlockingStub)
                      .listSpaces(ListSpacesRequest.getDefaultInstance()));
      assertEquals(Status.Code.UNAUTHENTICATED, ApiError.from(denied).code());
    }
  }
}
