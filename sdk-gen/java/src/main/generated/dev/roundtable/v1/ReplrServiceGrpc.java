package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
 * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
 * so: when its `&#64;handle` is mentioned, after every message from a person,
 * or never. Its replies are messages in the room, streamed token by token
 * (see MessageService.SendMessage). Its `system_prompt` leads the context,
 * followed by the room's recent messages (at most 50, within about 6,000
 * tokens), each from a person prefixed with their username.
 * Who may: every member of the space (viewers included) reads its REPLRs;
 * space owners and admins create, change and delete them. Callers outside
 * the space get NOT_FOUND.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
 * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
 * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
 * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ReplrServiceGrpc {

  private ReplrServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.ReplrService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateReplrRequest,
      dev.roundtable.v1.CreateReplrResponse> getCreateReplrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateReplr",
      requestType = dev.roundtable.v1.CreateReplrRequest.class,
      responseType = dev.roundtable.v1.CreateReplrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateReplrRequest,
      dev.roundtable.v1.CreateReplrResponse> getCreateReplrMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateReplrRequest, dev.roundtable.v1.CreateReplrResponse> getCreateReplrMethod;
    if ((getCreateReplrMethod = ReplrServiceGrpc.getCreateReplrMethod) == null) {
      synchronized (ReplrServiceGrpc.class) {
        if ((getCreateReplrMethod = ReplrServiceGrpc.getCreateReplrMethod) == null) {
          ReplrServiceGrpc.getCreateReplrMethod = getCreateReplrMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateReplrRequest, dev.roundtable.v1.CreateReplrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateReplr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateReplrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateReplrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplrServiceMethodDescriptorSupplier("CreateReplr"))
              .build();
        }
      }
    }
    return getCreateReplrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetReplrRequest,
      dev.roundtable.v1.GetReplrResponse> getGetReplrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetReplr",
      requestType = dev.roundtable.v1.GetReplrRequest.class,
      responseType = dev.roundtable.v1.GetReplrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetReplrRequest,
      dev.roundtable.v1.GetReplrResponse> getGetReplrMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetReplrRequest, dev.roundtable.v1.GetReplrResponse> getGetReplrMethod;
    if ((getGetReplrMethod = ReplrServiceGrpc.getGetReplrMethod) == null) {
      synchronized (ReplrServiceGrpc.class) {
        if ((getGetReplrMethod = ReplrServiceGrpc.getGetReplrMethod) == null) {
          ReplrServiceGrpc.getGetReplrMethod = getGetReplrMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetReplrRequest, dev.roundtable.v1.GetReplrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetReplr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetReplrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetReplrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplrServiceMethodDescriptorSupplier("GetReplr"))
              .build();
        }
      }
    }
    return getGetReplrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListReplrsRequest,
      dev.roundtable.v1.ListReplrsResponse> getListReplrsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListReplrs",
      requestType = dev.roundtable.v1.ListReplrsRequest.class,
      responseType = dev.roundtable.v1.ListReplrsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListReplrsRequest,
      dev.roundtable.v1.ListReplrsResponse> getListReplrsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListReplrsRequest, dev.roundtable.v1.ListReplrsResponse> getListReplrsMethod;
    if ((getListReplrsMethod = ReplrServiceGrpc.getListReplrsMethod) == null) {
      synchronized (ReplrServiceGrpc.class) {
        if ((getListReplrsMethod = ReplrServiceGrpc.getListReplrsMethod) == null) {
          ReplrServiceGrpc.getListReplrsMethod = getListReplrsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListReplrsRequest, dev.roundtable.v1.ListReplrsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListReplrs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListReplrsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListReplrsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplrServiceMethodDescriptorSupplier("ListReplrs"))
              .build();
        }
      }
    }
    return getListReplrsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateReplrRequest,
      dev.roundtable.v1.UpdateReplrResponse> getUpdateReplrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateReplr",
      requestType = dev.roundtable.v1.UpdateReplrRequest.class,
      responseType = dev.roundtable.v1.UpdateReplrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateReplrRequest,
      dev.roundtable.v1.UpdateReplrResponse> getUpdateReplrMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateReplrRequest, dev.roundtable.v1.UpdateReplrResponse> getUpdateReplrMethod;
    if ((getUpdateReplrMethod = ReplrServiceGrpc.getUpdateReplrMethod) == null) {
      synchronized (ReplrServiceGrpc.class) {
        if ((getUpdateReplrMethod = ReplrServiceGrpc.getUpdateReplrMethod) == null) {
          ReplrServiceGrpc.getUpdateReplrMethod = getUpdateReplrMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpdateReplrRequest, dev.roundtable.v1.UpdateReplrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateReplr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateReplrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateReplrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplrServiceMethodDescriptorSupplier("UpdateReplr"))
              .build();
        }
      }
    }
    return getUpdateReplrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteReplrRequest,
      dev.roundtable.v1.DeleteReplrResponse> getDeleteReplrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteReplr",
      requestType = dev.roundtable.v1.DeleteReplrRequest.class,
      responseType = dev.roundtable.v1.DeleteReplrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteReplrRequest,
      dev.roundtable.v1.DeleteReplrResponse> getDeleteReplrMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteReplrRequest, dev.roundtable.v1.DeleteReplrResponse> getDeleteReplrMethod;
    if ((getDeleteReplrMethod = ReplrServiceGrpc.getDeleteReplrMethod) == null) {
      synchronized (ReplrServiceGrpc.class) {
        if ((getDeleteReplrMethod = ReplrServiceGrpc.getDeleteReplrMethod) == null) {
          ReplrServiceGrpc.getDeleteReplrMethod = getDeleteReplrMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteReplrRequest, dev.roundtable.v1.DeleteReplrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteReplr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteReplrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteReplrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplrServiceMethodDescriptorSupplier("DeleteReplr"))
              .build();
        }
      }
    }
    return getDeleteReplrMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ReplrServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplrServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplrServiceStub>() {
        @java.lang.Override
        public ReplrServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplrServiceStub(channel, callOptions);
        }
      };
    return ReplrServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ReplrServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplrServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplrServiceBlockingV2Stub>() {
        @java.lang.Override
        public ReplrServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplrServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ReplrServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ReplrServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplrServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplrServiceBlockingStub>() {
        @java.lang.Override
        public ReplrServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplrServiceBlockingStub(channel, callOptions);
        }
      };
    return ReplrServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ReplrServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplrServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplrServiceFutureStub>() {
        @java.lang.Override
        public ReplrServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplrServiceFutureStub(channel, callOptions);
        }
      };
    return ReplrServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
   * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
   * so: when its `&#64;handle` is mentioned, after every message from a person,
   * or never. Its replies are messages in the room, streamed token by token
   * (see MessageService.SendMessage). Its `system_prompt` leads the context,
   * followed by the room's recent messages (at most 50, within about 6,000
   * tokens), each from a person prefixed with their username.
   * Who may: every member of the space (viewers included) reads its REPLRs;
   * space owners and admins create, change and delete them. Callers outside
   * the space get NOT_FOUND.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a REPLR in a space. Space owners and admins only. Fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`) when another REPLR of the
     * space has the same handle, ignoring case.
     * </pre>
     */
    default void createReplr(dev.roundtable.v1.CreateReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateReplrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateReplrMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a REPLR of a space the caller is a member of.
     * </pre>
     */
    default void getReplr(dev.roundtable.v1.GetReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetReplrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetReplrMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the REPLRs of a space, oldest first. Any member of the space.
     * </pre>
     */
    default void listReplrs(dev.roundtable.v1.ListReplrsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListReplrsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListReplrsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a REPLR. Only the fields that are set change; the rooms it is
     * in show the new handle, name and avatar at once. Space owners and
     * admins only. A handle taken by another REPLR of the space fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`).
     * </pre>
     */
    default void updateReplr(dev.roundtable.v1.UpdateReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateReplrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateReplrMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a REPLR. It leaves every room it was in, and each of those
     * rooms records a `replr_removed` event. Messages it wrote stay. Space
     * owners and admins only.
     * </pre>
     */
    default void deleteReplr(dev.roundtable.v1.DeleteReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteReplrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteReplrMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ReplrService.
   * <pre>
   * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
   * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
   * so: when its `&#64;handle` is mentioned, after every message from a person,
   * or never. Its replies are messages in the room, streamed token by token
   * (see MessageService.SendMessage). Its `system_prompt` leads the context,
   * followed by the room's recent messages (at most 50, within about 6,000
   * tokens), each from a person prefixed with their username.
   * Who may: every member of the space (viewers included) reads its REPLRs;
   * space owners and admins create, change and delete them. Callers outside
   * the space get NOT_FOUND.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
   * </pre>
   */
  public static abstract class ReplrServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ReplrServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ReplrService.
   * <pre>
   * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
   * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
   * so: when its `&#64;handle` is mentioned, after every message from a person,
   * or never. Its replies are messages in the room, streamed token by token
   * (see MessageService.SendMessage). Its `system_prompt` leads the context,
   * followed by the room's recent messages (at most 50, within about 6,000
   * tokens), each from a person prefixed with their username.
   * Who may: every member of the space (viewers included) reads its REPLRs;
   * space owners and admins create, change and delete them. Callers outside
   * the space get NOT_FOUND.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
   * </pre>
   */
  public static final class ReplrServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ReplrServiceStub> {
    private ReplrServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplrServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplrServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a REPLR in a space. Space owners and admins only. Fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`) when another REPLR of the
     * space has the same handle, ignoring case.
     * </pre>
     */
    public void createReplr(dev.roundtable.v1.CreateReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateReplrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateReplrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a REPLR of a space the caller is a member of.
     * </pre>
     */
    public void getReplr(dev.roundtable.v1.GetReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetReplrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetReplrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the REPLRs of a space, oldest first. Any member of the space.
     * </pre>
     */
    public void listReplrs(dev.roundtable.v1.ListReplrsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListReplrsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListReplrsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a REPLR. Only the fields that are set change; the rooms it is
     * in show the new handle, name and avatar at once. Space owners and
     * admins only. A handle taken by another REPLR of the space fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`).
     * </pre>
     */
    public void updateReplr(dev.roundtable.v1.UpdateReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateReplrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateReplrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a REPLR. It leaves every room it was in, and each of those
     * rooms records a `replr_removed` event. Messages it wrote stay. Space
     * owners and admins only.
     * </pre>
     */
    public void deleteReplr(dev.roundtable.v1.DeleteReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteReplrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteReplrMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ReplrService.
   * <pre>
   * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
   * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
   * so: when its `&#64;handle` is mentioned, after every message from a person,
   * or never. Its replies are messages in the room, streamed token by token
   * (see MessageService.SendMessage). Its `system_prompt` leads the context,
   * followed by the room's recent messages (at most 50, within about 6,000
   * tokens), each from a person prefixed with their username.
   * Who may: every member of the space (viewers included) reads its REPLRs;
   * space owners and admins create, change and delete them. Callers outside
   * the space get NOT_FOUND.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
   * </pre>
   */
  public static final class ReplrServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ReplrServiceBlockingV2Stub> {
    private ReplrServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplrServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplrServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a REPLR in a space. Space owners and admins only. Fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`) when another REPLR of the
     * space has the same handle, ignoring case.
     * </pre>
     */
    public dev.roundtable.v1.CreateReplrResponse createReplr(dev.roundtable.v1.CreateReplrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a REPLR of a space the caller is a member of.
     * </pre>
     */
    public dev.roundtable.v1.GetReplrResponse getReplr(dev.roundtable.v1.GetReplrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the REPLRs of a space, oldest first. Any member of the space.
     * </pre>
     */
    public dev.roundtable.v1.ListReplrsResponse listReplrs(dev.roundtable.v1.ListReplrsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListReplrsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a REPLR. Only the fields that are set change; the rooms it is
     * in show the new handle, name and avatar at once. Space owners and
     * admins only. A handle taken by another REPLR of the space fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`).
     * </pre>
     */
    public dev.roundtable.v1.UpdateReplrResponse updateReplr(dev.roundtable.v1.UpdateReplrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a REPLR. It leaves every room it was in, and each of those
     * rooms records a `replr_removed` event. Messages it wrote stay. Space
     * owners and admins only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteReplrResponse deleteReplr(dev.roundtable.v1.DeleteReplrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteReplrMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ReplrService.
   * <pre>
   * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
   * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
   * so: when its `&#64;handle` is mentioned, after every message from a person,
   * or never. Its replies are messages in the room, streamed token by token
   * (see MessageService.SendMessage). Its `system_prompt` leads the context,
   * followed by the room's recent messages (at most 50, within about 6,000
   * tokens), each from a person prefixed with their username.
   * Who may: every member of the space (viewers included) reads its REPLRs;
   * space owners and admins create, change and delete them. Callers outside
   * the space get NOT_FOUND.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
   * </pre>
   */
  public static final class ReplrServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ReplrServiceBlockingStub> {
    private ReplrServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplrServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplrServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a REPLR in a space. Space owners and admins only. Fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`) when another REPLR of the
     * space has the same handle, ignoring case.
     * </pre>
     */
    public dev.roundtable.v1.CreateReplrResponse createReplr(dev.roundtable.v1.CreateReplrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a REPLR of a space the caller is a member of.
     * </pre>
     */
    public dev.roundtable.v1.GetReplrResponse getReplr(dev.roundtable.v1.GetReplrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the REPLRs of a space, oldest first. Any member of the space.
     * </pre>
     */
    public dev.roundtable.v1.ListReplrsResponse listReplrs(dev.roundtable.v1.ListReplrsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListReplrsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a REPLR. Only the fields that are set change; the rooms it is
     * in show the new handle, name and avatar at once. Space owners and
     * admins only. A handle taken by another REPLR of the space fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`).
     * </pre>
     */
    public dev.roundtable.v1.UpdateReplrResponse updateReplr(dev.roundtable.v1.UpdateReplrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a REPLR. It leaves every room it was in, and each of those
     * rooms records a `replr_removed` event. Messages it wrote stay. Space
     * owners and admins only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteReplrResponse deleteReplr(dev.roundtable.v1.DeleteReplrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteReplrMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ReplrService.
   * <pre>
   * REPLRs are AI personas that live in a space. A REPLR answers in the rooms
   * it has been added to (`RoomService.AddReplr`), when its `reply_mode` says
   * so: when its `&#64;handle` is mentioned, after every message from a person,
   * or never. Its replies are messages in the room, streamed token by token
   * (see MessageService.SendMessage). Its `system_prompt` leads the context,
   * followed by the room's recent messages (at most 50, within about 6,000
   * tokens), each from a person prefixed with their username.
   * Who may: every member of the space (viewers included) reads its REPLRs;
   * space owners and admins create, change and delete them. Callers outside
   * the space get NOT_FOUND.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_URL`, `INVALID_ID`), NOT_FOUND
   * (`SPACE_NOT_FOUND`, `REPLR_NOT_FOUND`), PERMISSION_DENIED.
   * </pre>
   */
  public static final class ReplrServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ReplrServiceFutureStub> {
    private ReplrServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplrServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplrServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a REPLR in a space. Space owners and admins only. Fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`) when another REPLR of the
     * space has the same handle, ignoring case.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateReplrResponse> createReplr(
        dev.roundtable.v1.CreateReplrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateReplrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a REPLR of a space the caller is a member of.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetReplrResponse> getReplr(
        dev.roundtable.v1.GetReplrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetReplrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the REPLRs of a space, oldest first. Any member of the space.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListReplrsResponse> listReplrs(
        dev.roundtable.v1.ListReplrsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListReplrsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a REPLR. Only the fields that are set change; the rooms it is
     * in show the new handle, name and avatar at once. Space owners and
     * admins only. A handle taken by another REPLR of the space fails with
     * ALREADY_EXISTS (reason `REPLR_HANDLE_TAKEN`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpdateReplrResponse> updateReplr(
        dev.roundtable.v1.UpdateReplrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateReplrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a REPLR. It leaves every room it was in, and each of those
     * rooms records a `replr_removed` event. Messages it wrote stay. Space
     * owners and admins only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteReplrResponse> deleteReplr(
        dev.roundtable.v1.DeleteReplrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteReplrMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_REPLR = 0;
  private static final int METHODID_GET_REPLR = 1;
  private static final int METHODID_LIST_REPLRS = 2;
  private static final int METHODID_UPDATE_REPLR = 3;
  private static final int METHODID_DELETE_REPLR = 4;

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
        case METHODID_CREATE_REPLR:
          serviceImpl.createReplr((dev.roundtable.v1.CreateReplrRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateReplrResponse>) responseObserver);
          break;
        case METHODID_GET_REPLR:
          serviceImpl.getReplr((dev.roundtable.v1.GetReplrRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetReplrResponse>) responseObserver);
          break;
        case METHODID_LIST_REPLRS:
          serviceImpl.listReplrs((dev.roundtable.v1.ListReplrsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListReplrsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_REPLR:
          serviceImpl.updateReplr((dev.roundtable.v1.UpdateReplrRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateReplrResponse>) responseObserver);
          break;
        case METHODID_DELETE_REPLR:
          serviceImpl.deleteReplr((dev.roundtable.v1.DeleteReplrRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteReplrResponse>) responseObserver);
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
          getCreateReplrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateReplrRequest,
              dev.roundtable.v1.CreateReplrResponse>(
                service, METHODID_CREATE_REPLR)))
        .addMethod(
          getGetReplrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetReplrRequest,
              dev.roundtable.v1.GetReplrResponse>(
                service, METHODID_GET_REPLR)))
        .addMethod(
          getListReplrsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListReplrsRequest,
              dev.roundtable.v1.ListReplrsResponse>(
                service, METHODID_LIST_REPLRS)))
        .addMethod(
          getUpdateReplrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpdateReplrRequest,
              dev.roundtable.v1.UpdateReplrResponse>(
                service, METHODID_UPDATE_REPLR)))
        .addMethod(
          getDeleteReplrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteReplrRequest,
              dev.roundtable.v1.DeleteReplrResponse>(
                service, METHODID_DELETE_REPLR)))
        .build();
  }

  private static abstract class ReplrServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ReplrServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.ReplrProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ReplrService");
    }
  }

  private static final class ReplrServiceFileDescriptorSupplier
      extends ReplrServiceBaseDescriptorSupplier {
    ReplrServiceFileDescriptorSupplier() {}
  }

  private static final class ReplrServiceMethodDescriptorSupplier
      extends ReplrServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ReplrServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ReplrServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ReplrServiceFileDescriptorSupplier())
              .addMethod(getCreateReplrMethod())
              .addMethod(getGetReplrMethod())
              .addMethod(getListReplrsMethod())
              .addMethod(getUpdateReplrMethod())
              .addMethod(getDeleteReplrMethod())
              .build();
        }
      }
    }
    return result;
  }
}
