package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Live events: one resumable stream of everything that happens in the
 * rooms and sessions a caller can read, plus ephemeral signals (typing) and
 * read markers.
 * Every stored event has a `cursor`. A client that reconnects with the last
 * cursor it saw receives every event after it, then live events, with no
 * gap and no duplicate. Events are stored in the same transaction as the
 * change they describe, so the log and the data never disagree.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
 * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
 * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
 * PERMISSION_DENIED.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class EventServiceGrpc {

  private EventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.EventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SubscribeRequest,
      dev.roundtable.v1.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = dev.roundtable.v1.SubscribeRequest.class,
      responseType = dev.roundtable.v1.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SubscribeRequest,
      dev.roundtable.v1.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SubscribeRequest, dev.roundtable.v1.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = EventServiceGrpc.getSubscribeMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getSubscribeMethod = EventServiceGrpc.getSubscribeMethod) == null) {
          EventServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SubscribeRequest, dev.roundtable.v1.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SendTypingRequest,
      dev.roundtable.v1.SendTypingResponse> getSendTypingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendTyping",
      requestType = dev.roundtable.v1.SendTypingRequest.class,
      responseType = dev.roundtable.v1.SendTypingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SendTypingRequest,
      dev.roundtable.v1.SendTypingResponse> getSendTypingMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SendTypingRequest, dev.roundtable.v1.SendTypingResponse> getSendTypingMethod;
    if ((getSendTypingMethod = EventServiceGrpc.getSendTypingMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getSendTypingMethod = EventServiceGrpc.getSendTypingMethod) == null) {
          EventServiceGrpc.getSendTypingMethod = getSendTypingMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SendTypingRequest, dev.roundtable.v1.SendTypingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendTyping"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendTypingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendTypingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("SendTyping"))
              .build();
        }
      }
    }
    return getSendTypingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.MarkReadRequest,
      dev.roundtable.v1.MarkReadResponse> getMarkReadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkRead",
      requestType = dev.roundtable.v1.MarkReadRequest.class,
      responseType = dev.roundtable.v1.MarkReadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.MarkReadRequest,
      dev.roundtable.v1.MarkReadResponse> getMarkReadMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.MarkReadRequest, dev.roundtable.v1.MarkReadResponse> getMarkReadMethod;
    if ((getMarkReadMethod = EventServiceGrpc.getMarkReadMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getMarkReadMethod = EventServiceGrpc.getMarkReadMethod) == null) {
          EventServiceGrpc.getMarkReadMethod = getMarkReadMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.MarkReadRequest, dev.roundtable.v1.MarkReadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkRead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.MarkReadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.MarkReadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("MarkRead"))
              .build();
        }
      }
    }
    return getMarkReadMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceStub>() {
        @java.lang.Override
        public EventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceStub(channel, callOptions);
        }
      };
    return EventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub>() {
        @java.lang.Override
        public EventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return EventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub>() {
        @java.lang.Override
        public EventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingStub(channel, callOptions);
        }
      };
    return EventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub>() {
        @java.lang.Override
        public EventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceFutureStub(channel, callOptions);
        }
      };
    return EventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Live events: one resumable stream of everything that happens in the
   * rooms and sessions a caller can read, plus ephemeral signals (typing) and
   * read markers.
   * Every stored event has a `cursor`. A client that reconnects with the last
   * cursor it saw receives every event after it, then live events, with no
   * gap and no duplicate. Events are stored in the same transaction as the
   * change they describe, so the log and the data never disagree.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Streams the events of one room, several rooms, or every room of a space
     * that the caller can read, and of sessions the caller can read (their
     * owner, and users they are shared with; a public link gives no
     * stream). With a `cursor`, first replays every stored
     * event after it, then continues live. The first event sent after the
     * replay is `subscribed`, carrying the cursor to resume from if nothing
     * else arrives. Idle streams get a `heartbeat` every 15 seconds.
     * Delivery stops at once for a room the caller can no longer read (for
     * example, removed from a private room). A subscriber that reads too
     * slowly (more than 4096 events behind, or taking nothing for one
     * heartbeat interval while events wait) gets `resync_required` with the
     * cursor of the last event it was sent, and the stream ends: reconnect
     * with that cursor.
     * </pre>
     */
    default void subscribe(dev.roundtable.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells the readers of a room that the caller is typing. Never stored:
     * delivered live as `typing`, which expires by itself at its
     * `expire_time` (5 seconds later) unless sent again. Room writers only.
     * </pre>
     */
    default void sendTyping(dev.roundtable.v1.SendTypingRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendTypingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendTypingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records that the caller has read a room up to and including a message;
     * `RoomService.ListRooms` and `GetRoom` then count only newer messages
     * from others as unread. A marker never moves backwards: marking an older
     * message changes nothing.
     * </pre>
     */
    default void markRead(dev.roundtable.v1.MarkReadRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.MarkReadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkReadMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service EventService.
   * <pre>
   * Live events: one resumable stream of everything that happens in the
   * rooms and sessions a caller can read, plus ephemeral signals (typing) and
   * read markers.
   * Every stored event has a `cursor`. A client that reconnects with the last
   * cursor it saw receives every event after it, then live events, with no
   * gap and no duplicate. Events are stored in the same transaction as the
   * change they describe, so the log and the data never disagree.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static abstract class EventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service EventService.
   * <pre>
   * Live events: one resumable stream of everything that happens in the
   * rooms and sessions a caller can read, plus ephemeral signals (typing) and
   * read markers.
   * Every stored event has a `cursor`. A client that reconnects with the last
   * cursor it saw receives every event after it, then live events, with no
   * gap and no duplicate. Events are stored in the same transaction as the
   * change they describe, so the log and the data never disagree.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<EventServiceStub> {
    private EventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams the events of one room, several rooms, or every room of a space
     * that the caller can read, and of sessions the caller can read (their
     * owner, and users they are shared with; a public link gives no
     * stream). With a `cursor`, first replays every stored
     * event after it, then continues live. The first event sent after the
     * replay is `subscribed`, carrying the cursor to resume from if nothing
     * else arrives. Idle streams get a `heartbeat` every 15 seconds.
     * Delivery stops at once for a room the caller can no longer read (for
     * example, removed from a private room). A subscriber that reads too
     * slowly (more than 4096 events behind, or taking nothing for one
     * heartbeat interval while events wait) gets `resync_required` with the
     * cursor of the last event it was sent, and the stream ends: reconnect
     * with that cursor.
     * </pre>
     */
    public void subscribe(dev.roundtable.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells the readers of a room that the caller is typing. Never stored:
     * delivered live as `typing`, which expires by itself at its
     * `expire_time` (5 seconds later) unless sent again. Room writers only.
     * </pre>
     */
    public void sendTyping(dev.roundtable.v1.SendTypingRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendTypingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendTypingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records that the caller has read a room up to and including a message;
     * `RoomService.ListRooms` and `GetRoom` then count only newer messages
     * from others as unread. A marker never moves backwards: marking an older
     * message changes nothing.
     * </pre>
     */
    public void markRead(dev.roundtable.v1.MarkReadRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.MarkReadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkReadMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service EventService.
   * <pre>
   * Live events: one resumable stream of everything that happens in the
   * rooms and sessions a caller can read, plus ephemeral signals (typing) and
   * read markers.
   * Every stored event has a `cursor`. A client that reconnects with the last
   * cursor it saw receives every event after it, then live events, with no
   * gap and no duplicate. Events are stored in the same transaction as the
   * change they describe, so the log and the data never disagree.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingV2Stub> {
    private EventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams the events of one room, several rooms, or every room of a space
     * that the caller can read, and of sessions the caller can read (their
     * owner, and users they are shared with; a public link gives no
     * stream). With a `cursor`, first replays every stored
     * event after it, then continues live. The first event sent after the
     * replay is `subscribed`, carrying the cursor to resume from if nothing
     * else arrives. Idle streams get a `heartbeat` every 15 seconds.
     * Delivery stops at once for a room the caller can no longer read (for
     * example, removed from a private room). A subscriber that reads too
     * slowly (more than 4096 events behind, or taking nothing for one
     * heartbeat interval while events wait) gets `resync_required` with the
     * cursor of the last event it was sent, and the stream ends: reconnect
     * with that cursor.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.roundtable.v1.SubscribeResponse>
        subscribe(dev.roundtable.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells the readers of a room that the caller is typing. Never stored:
     * delivered live as `typing`, which expires by itself at its
     * `expire_time` (5 seconds later) unless sent again. Room writers only.
     * </pre>
     */
    public dev.roundtable.v1.SendTypingResponse sendTyping(dev.roundtable.v1.SendTypingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendTypingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records that the caller has read a room up to and including a message;
     * `RoomService.ListRooms` and `GetRoom` then count only newer messages
     * from others as unread. A marker never moves backwards: marking an older
     * message changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.MarkReadResponse markRead(dev.roundtable.v1.MarkReadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMarkReadMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service EventService.
   * <pre>
   * Live events: one resumable stream of everything that happens in the
   * rooms and sessions a caller can read, plus ephemeral signals (typing) and
   * read markers.
   * Every stored event has a `cursor`. A client that reconnects with the last
   * cursor it saw receives every event after it, then live events, with no
   * gap and no duplicate. Events are stored in the same transaction as the
   * change they describe, so the log and the data never disagree.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingStub> {
    private EventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams the events of one room, several rooms, or every room of a space
     * that the caller can read, and of sessions the caller can read (their
     * owner, and users they are shared with; a public link gives no
     * stream). With a `cursor`, first replays every stored
     * event after it, then continues live. The first event sent after the
     * replay is `subscribed`, carrying the cursor to resume from if nothing
     * else arrives. Idle streams get a `heartbeat` every 15 seconds.
     * Delivery stops at once for a room the caller can no longer read (for
     * example, removed from a private room). A subscriber that reads too
     * slowly (more than 4096 events behind, or taking nothing for one
     * heartbeat interval while events wait) gets `resync_required` with the
     * cursor of the last event it was sent, and the stream ends: reconnect
     * with that cursor.
     * </pre>
     */
    public java.util.Iterator<dev.roundtable.v1.SubscribeResponse> subscribe(
        dev.roundtable.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells the readers of a room that the caller is typing. Never stored:
     * delivered live as `typing`, which expires by itself at its
     * `expire_time` (5 seconds later) unless sent again. Room writers only.
     * </pre>
     */
    public dev.roundtable.v1.SendTypingResponse sendTyping(dev.roundtable.v1.SendTypingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendTypingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records that the caller has read a room up to and including a message;
     * `RoomService.ListRooms` and `GetRoom` then count only newer messages
     * from others as unread. A marker never moves backwards: marking an older
     * message changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.MarkReadResponse markRead(dev.roundtable.v1.MarkReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkReadMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service EventService.
   * <pre>
   * Live events: one resumable stream of everything that happens in the
   * rooms and sessions a caller can read, plus ephemeral signals (typing) and
   * read markers.
   * Every stored event has a `cursor`. A client that reconnects with the last
   * cursor it saw receives every event after it, then live events, with no
   * gap and no duplicate. Events are stored in the same transaction as the
   * change they describe, so the log and the data never disagree.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (`INVALID_CURSOR`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`, `SESSION_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<EventServiceFutureStub> {
    private EventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Tells the readers of a room that the caller is typing. Never stored:
     * delivered live as `typing`, which expires by itself at its
     * `expire_time` (5 seconds later) unless sent again. Room writers only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SendTypingResponse> sendTyping(
        dev.roundtable.v1.SendTypingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendTypingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records that the caller has read a room up to and including a message;
     * `RoomService.ListRooms` and `GetRoom` then count only newer messages
     * from others as unread. A marker never moves backwards: marking an older
     * message changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.MarkReadResponse> markRead(
        dev.roundtable.v1.MarkReadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkReadMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SUBSCRIBE = 0;
  private static final int METHODID_SEND_TYPING = 1;
  private static final int METHODID_MARK_READ = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SUBSCRIBE:
          serviceImpl.subscribe((dev.roundtable.v1.SubscribeRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SubscribeResponse>) responseObserver);
          break;
        case METHODID_SEND_TYPING:
          serviceImpl.sendTyping((dev.roundtable.v1.SendTypingRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SendTypingResponse>) responseObserver);
          break;
        case METHODID_MARK_READ:
          serviceImpl.markRead((dev.roundtable.v1.MarkReadRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.MarkReadResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.roundtable.v1.SubscribeRequest,
              dev.roundtable.v1.SubscribeResponse>(
                service, METHODID_SUBSCRIBE)))
        .addMethod(
          getSendTypingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SendTypingRequest,
              dev.roundtable.v1.SendTypingResponse>(
                service, METHODID_SEND_TYPING)))
        .addMethod(
          getMarkReadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.MarkReadRequest,
              dev.roundtable.v1.MarkReadResponse>(
                service, METHODID_MARK_READ)))
        .build();
  }

  private static abstract class EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.EventProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EventService");
    }
  }

  private static final class EventServiceFileDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier {
    EventServiceFileDescriptorSupplier() {}
  }

  private static final class EventServiceMethodDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EventServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (EventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EventServiceFileDescriptorSupplier())
              .addMethod(getSubscribeMethod())
              .addMethod(getSendTypingMethod())
              .addMethod(getMarkReadMethod())
              .build();
        }
      }
    }
    return result;
  }
}
