package dev.roundtable.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roundtable.v1.CreateSpaceRequest;
import dev.roundtable.v1.CreateSpaceResponse;
import dev.roundtable.v1.Event;
import dev.roundtable.v1.EventServiceGrpc;
import dev.roundtable.v1.GetSpaceRequest;
import dev.roundtable.v1.GetSpaceResponse;
import dev.roundtable.v1.Message;
import dev.roundtable.v1.ResyncRequired;
import dev.roundtable.v1.Space;
import dev.roundtable.v1.SpaceServiceGrpc;
import dev.roundtable.v1.SubscribeRequest;
import dev.roundtable.v1.SubscribeResponse;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-written layer against in-process fake services: retries, bearer token, resuming. */
class ClientTest {
  private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4));

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  /** Fails GetSpace and CreateSpace with {@code code} for the first {@code failures} calls. */
  static final class FakeSpaces extends SpaceServiceGrpc.SpaceServiceImplBase {
    final AtomicInteger calls = new AtomicInteger();
    final int failures;
    final Status code;

    FakeSpaces(int failures, Status code) {
      this.failures = failures;
      this.code = code;
    }

    @Override
    public void getSpace(GetSpaceRequest request, StreamObserver<GetSpaceResponse> answer) {
      if (calls.incrementAndGet() <= failures) {
        answer.onError(code.asRuntimeException());
        return;
      }
      answer.onNext(
          GetSpaceResponse.newBuilder()
              .setSpace(Space.newBuilder().setSpaceId(request.getSpaceId()))
              .build());
      answer.onCompleted();
    }

    @Override
    public void createSpace(CreateSpaceRequest request, StreamObserver<CreateSpaceResponse> answer) {
      if (calls.incrementAndGet() <= failures) {
        answer.onError(code.asRuntimeException());
        return;
      }
      answer.onNext(CreateSpaceResponse.getDefaultInstance());
      answer.onCompleted();
    }
  }

  private final AtomicReference<String> authorization = new AtomicReference<>();

  private RoundtableClient serve(io.grpc.BindableService service) throws Exception {
    return serve(service, FAST);
  }

  private RoundtableClient serve(io.grpc.BindableService service, RetryPolicy policy)
      throws Exception {
    String name = InProcessServerBuilder.generateName();
    ServerInterceptor recordAuth =
        new ServerInterceptor() {
          @Override
          public <Q, R> ServerCall.Listener<Q> interceptCall(
              ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            authorization.set(
                headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER)));
            return next.startCall(call, headers);
          }
        };
    Server server =
        InProcessServerBuilder.forName(name)
            .directExecutor()
            .addService(ServerInterceptors.intercept(service, recordAuth))
            .build()
            .start();
    open.add(() -> server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS));
    ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
    RoundtableClient client = RoundtableClient.forChannel(channel, "rtk_test_token", policy);
    open.add(0, client);
    return client;
  }

  @Test
  void idempotentCallsAreRetriedOnUnavailable() throws Exception {
    FakeSpaces fake = new FakeSpaces(2, Status.UNAVAILABLE);
    RoundtableClient client = serve(fake);
    GetSpaceResponse response =
        client
            .stub(SpaceServiceGrpc::newBlockingStub)
            .getSpace(GetSpaceRequest.newBuilder().setSpaceId("s1").build());
    assertEquals("s1", response.getSpace().getSpaceId());
    assertEquals(3, fake.calls.get());
    assertEquals("Bearer rtk_test_token", authorization.get());
  }

  @Test
  void retriesStopAfterThreeAttempts() throws Exception {
    FakeSpaces fake = new FakeSpaces(10, Status.UNAVAILABLE);
    RoundtableClient client = serve(fake);
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> client.stub(SpaceServiceGrpc::newBlockingStub).getSpace(GetSpaceRequest.getDefaultInstance()));
    assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
    assertEquals(3, fake.calls.get());
  }

  @Test
  void writesAreNeverRetried() throws Exception {
    FakeSpaces fake = new FakeSpaces(1, Status.UNAVAILABLE);
    RoundtableClient client = serve(fake);
    assertThrows(
        StatusRuntimeException.class,
        () -> client.stub(SpaceServiceGrpc::newBlockingStub).createSpace(CreateSpaceRequest.getDefaultInstance()));
    assertEquals(1, fake.calls.get());
  }

  @Test
  void otherErrorsAreNotRetried() throws Exception {
    FakeSpaces fake = new FakeSpaces(1, Status.NOT_FOUND);
    RoundtableClient client = serve(fake);
    assertThrows(
        StatusRuntimeException.class,
        () -> client.stub(SpaceServiceGrpc::newBlockingStub).getSpace(GetSpaceRequest.getDefaultInstance()));
    assertEquals(1, fake.calls.get());
  }

  @Test
  void deadlineExceededIsRetriedOnlyWithoutACallerDeadline() throws Exception {
    FakeSpaces fake = new FakeSpaces(1, Status.DEADLINE_EXCEEDED);
    RoundtableClient client = serve(fake);
    client.stub(SpaceServiceGrpc::newBlockingStub).getSpace(GetSpaceRequest.getDefaultInstance());
    assertEquals(2, fake.calls.get());

    FakeSpaces again = new FakeSpaces(1, Status.DEADLINE_EXCEEDED);
    RoundtableClient other = serve(again);
    assertThrows(
        StatusRuntimeException.class,
        () ->
            other
                .stub(SpaceServiceGrpc::newBlockingStub)
                .withDeadlineAfter(1, TimeUnit.MINUTES)
                .getSpace(GetSpaceRequest.getDefaultInstance()));
    assertEquals(1, again.calls.get());
  }

  @Test
  void cancellingBetweenAttemptsEndsTheCall() throws Exception {
    FakeSpaces fake = new FakeSpaces(10, Status.UNAVAILABLE);
    RoundtableClient client =
        serve(fake, new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(30)));
    CompletableFuture<Throwable> ended = new CompletableFuture<>();
    AtomicReference<ClientCallStreamObserver<GetSpaceRequest>> call = new AtomicReference<>();
    client
        .stub(SpaceServiceGrpc::newStub)
        .getSpace(
            GetSpaceRequest.getDefaultInstance(),
            new ClientResponseObserver<GetSpaceRequest, GetSpaceResponse>() {
              @Override
              public void beforeStart(ClientCallStreamObserver<GetSpaceRequest> requestStream) {
                call.set(requestStream);
              }

              @Override
              public void onNext(GetSpaceResponse value) {
                ended.complete(null);
              }

              @Override
              public void onError(Throwable t) {
                ended.complete(t);
              }

              @Override
              public void onCompleted() {}
            });
    while (fake.calls.get() < 1) {
      Thread.sleep(5);
    }
    Thread.sleep(100); // the first attempt has failed; the retry waits 15-30 s
    call.get().cancel("no longer needed", null);
    Throwable end = ended.get(5, TimeUnit.SECONDS);
    assertEquals(Status.Code.CANCELLED, Status.fromThrowable(end).getCode());
    assertEquals(1, fake.calls.get());
  }

  private static Event message(String cursor, String text) {
    return Event.newBuilder()
        .setCursor(cursor)
        .setMessageCreated(Message.newBuilder().setText(text))
        .build();
  }

  /** Serves scripted subscriptions: each call gets the next script's events, then its end. */
  static final class FakeEvents extends EventServiceGrpc.EventServiceImplBase {
    record Script(List<Event> events, Status end) {}

    final List<Script> scripts = new CopyOnWriteArrayList<>();
    final List<String> cursors = new CopyOnWriteArrayList<>();

    @Override
    public void subscribe(SubscribeRequest request, StreamObserver<SubscribeResponse> answer) {
      cursors.add(request.getCursor());
      if (scripts.isEmpty()) {
        return; // stays open until cancelled
      }
      Script script = scripts.remove(0);
      for (Event event : script.events()) {
        answer.onNext(SubscribeResponse.newBuilder().setEvent(event).build());
      }
      if (script.end().isOk()) {
        answer.onCompleted();
      } else {
        answer.onError(script.end().asRuntimeException());
      }
    }
  }

  @Test
  void resumingSubscriptionResubscribesFromTheLastCursor() throws Exception {
    FakeEvents fake = new FakeEvents();
    Event resync =
        Event.newBuilder().setCursor("c3").setResyncRequired(ResyncRequired.getDefaultInstance()).build();
    fake.scripts.add(new FakeEvents.Script(List.of(message("c1", "a"), message("c2", "b")), Status.UNAVAILABLE));
    fake.scripts.add(new FakeEvents.Script(List.of(message("c3", "c"), resync), Status.OK));
    fake.scripts.add(new FakeEvents.Script(List.of(message("c4", "d")), Status.OK));
    fake.scripts.add(new FakeEvents.Script(List.of(message("c5", "e")), Status.PERMISSION_DENIED));
    RoundtableClient client = serve(fake);

    List<String> texts = new ArrayList<>();
    try (ResumingSubscription events =
        client.subscribeResuming(SubscribeRequest.newBuilder().addRoomIds("r").setCursor("c0").build())) {
      StatusRuntimeException end =
          assertThrows(
              StatusRuntimeException.class,
              () -> {
                while (events.hasNext()) {
                  texts.add(events.next().getMessageCreated().getText());
                }
              });
      assertEquals(Status.Code.PERMISSION_DENIED, end.getStatus().getCode());
      assertEquals("c5", events.cursor());
    }
    assertEquals(List.of("a", "b", "c", "d", "e"), texts);
    assertEquals(List.of("c0", "c2", "c3", "c4"), fake.cursors);
  }

  @Test
  void closingAServerStreamCancelsTheCall() throws Exception {
    FakeEvents fake = new FakeEvents(); // no script: the subscription stays open
    RoundtableClient client = serve(fake);
    ServerStream<Event> events = client.subscribe(SubscribeRequest.getDefaultInstance());
    events.close();
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, events::hasNext);
    assertEquals(Status.Code.CANCELLED, e.getStatus().getCode());
  }

  @Test
  void argumentsAreChecked() {
    for (String url :
        List.of("127.0.0.1:8080", "ftp://host", "http://host/path", "http://user@host", "http://h?q=1")) {
      assertThrows(IllegalArgumentException.class, () -> RoundtableClient.connect(url, "rtk_x"), url);
    }
    for (String token : List.of("", "rtk x", "rtk\n")) {
      assertThrows(
          IllegalArgumentException.class, () -> RoundtableClient.connect("http://127.0.0.1:1", token));
    }
    assertTrue(RetryPolicy.isIdempotent("roundtable.v1.RoomService/GetRoom"));
    assertTrue(RetryPolicy.isIdempotent("roundtable.v1.ModelService/ListModels"));
    assertFalse(RetryPolicy.isIdempotent("roundtable.v1.MessageService/SendMessage"));
  }
}
