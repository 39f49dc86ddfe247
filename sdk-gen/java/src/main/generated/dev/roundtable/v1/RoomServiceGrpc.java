package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Rooms are group chats inside a space.
 * Who sees a room: its members, and for a public room every member of the
 * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
 * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
 * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
 * PERMISSION_DENIED.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RoomServiceGrpc {

  private RoomServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.RoomService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateRoomRequest,
      dev.roundtable.v1.CreateRoomResponse> getCreateRoomMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRoom",
      requestType = dev.roundtable.v1.CreateRoomRequest.class,
      responseType = dev.roundtable.v1.CreateRoomResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateRoomRequest,
      dev.roundtable.v1.CreateRoomResponse> getCreateRoomMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateRoomRequest, dev.roundtable.v1.CreateRoomResponse> getCreateRoomMethod;
    if ((getCreateRoomMethod = RoomServiceGrpc.getCreateRoomMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getCreateRoomMethod = RoomServiceGrpc.getCreateRoomMethod) == null) {
          RoomServiceGrpc.getCreateRoomMethod = getCreateRoomMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateRoomRequest, dev.roundtable.v1.CreateRoomResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRoom"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateRoomRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateRoomResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("CreateRoom"))
              .build();
        }
      }
    }
    return getCreateRoomMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetRoomRequest,
      dev.roundtable.v1.GetRoomResponse> getGetRoomMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRoom",
      requestType = dev.roundtable.v1.GetRoomRequest.class,
      responseType = dev.roundtable.v1.GetRoomResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetRoomRequest,
      dev.roundtable.v1.GetRoomResponse> getGetRoomMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetRoomRequest, dev.roundtable.v1.GetRoomResponse> getGetRoomMethod;
    if ((getGetRoomMethod = RoomServiceGrpc.getGetRoomMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getGetRoomMethod = RoomServiceGrpc.getGetRoomMethod) == null) {
          RoomServiceGrpc.getGetRoomMethod = getGetRoomMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetRoomRequest, dev.roundtable.v1.GetRoomResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRoom"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetRoomRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetRoomResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("GetRoom"))
              .build();
        }
      }
    }
    return getGetRoomMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListRoomsRequest,
      dev.roundtable.v1.ListRoomsResponse> getListRoomsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRooms",
      requestType = dev.roundtable.v1.ListRoomsRequest.class,
      responseType = dev.roundtable.v1.ListRoomsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListRoomsRequest,
      dev.roundtable.v1.ListRoomsResponse> getListRoomsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListRoomsRequest, dev.roundtable.v1.ListRoomsResponse> getListRoomsMethod;
    if ((getListRoomsMethod = RoomServiceGrpc.getListRoomsMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getListRoomsMethod = RoomServiceGrpc.getListRoomsMethod) == null) {
          RoomServiceGrpc.getListRoomsMethod = getListRoomsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListRoomsRequest, dev.roundtable.v1.ListRoomsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRooms"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListRoomsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListRoomsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("ListRooms"))
              .build();
        }
      }
    }
    return getListRoomsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateRoomRequest,
      dev.roundtable.v1.UpdateRoomResponse> getUpdateRoomMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRoom",
      requestType = dev.roundtable.v1.UpdateRoomRequest.class,
      responseType = dev.roundtable.v1.UpdateRoomResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateRoomRequest,
      dev.roundtable.v1.UpdateRoomResponse> getUpdateRoomMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateRoomRequest, dev.roundtable.v1.UpdateRoomResponse> getUpdateRoomMethod;
    if ((getUpdateRoomMethod = RoomServiceGrpc.getUpdateRoomMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getUpdateRoomMethod = RoomServiceGrpc.getUpdateRoomMethod) == null) {
          RoomServiceGrpc.getUpdateRoomMethod = getUpdateRoomMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpdateRoomRequest, dev.roundtable.v1.UpdateRoomResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRoom"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateRoomRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateRoomResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("UpdateRoom"))
              .build();
        }
      }
    }
    return getUpdateRoomMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteRoomRequest,
      dev.roundtable.v1.DeleteRoomResponse> getDeleteRoomMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRoom",
      requestType = dev.roundtable.v1.DeleteRoomRequest.class,
      responseType = dev.roundtable.v1.DeleteRoomResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteRoomRequest,
      dev.roundtable.v1.DeleteRoomResponse> getDeleteRoomMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteRoomRequest, dev.roundtable.v1.DeleteRoomResponse> getDeleteRoomMethod;
    if ((getDeleteRoomMethod = RoomServiceGrpc.getDeleteRoomMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getDeleteRoomMethod = RoomServiceGrpc.getDeleteRoomMethod) == null) {
          RoomServiceGrpc.getDeleteRoomMethod = getDeleteRoomMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteRoomRequest, dev.roundtable.v1.DeleteRoomResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRoom"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteRoomRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteRoomResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("DeleteRoom"))
              .build();
        }
      }
    }
    return getDeleteRoomMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.AddRoomMemberRequest,
      dev.roundtable.v1.AddRoomMemberResponse> getAddRoomMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddRoomMember",
      requestType = dev.roundtable.v1.AddRoomMemberRequest.class,
      responseType = dev.roundtable.v1.AddRoomMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.AddRoomMemberRequest,
      dev.roundtable.v1.AddRoomMemberResponse> getAddRoomMemberMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.AddRoomMemberRequest, dev.roundtable.v1.AddRoomMemberResponse> getAddRoomMemberMethod;
    if ((getAddRoomMemberMethod = RoomServiceGrpc.getAddRoomMemberMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getAddRoomMemberMethod = RoomServiceGrpc.getAddRoomMemberMethod) == null) {
          RoomServiceGrpc.getAddRoomMemberMethod = getAddRoomMemberMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.AddRoomMemberRequest, dev.roundtable.v1.AddRoomMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddRoomMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddRoomMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddRoomMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("AddRoomMember"))
              .build();
        }
      }
    }
    return getAddRoomMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveRoomMemberRequest,
      dev.roundtable.v1.RemoveRoomMemberResponse> getRemoveRoomMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveRoomMember",
      requestType = dev.roundtable.v1.RemoveRoomMemberRequest.class,
      responseType = dev.roundtable.v1.RemoveRoomMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveRoomMemberRequest,
      dev.roundtable.v1.RemoveRoomMemberResponse> getRemoveRoomMemberMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveRoomMemberRequest, dev.roundtable.v1.RemoveRoomMemberResponse> getRemoveRoomMemberMethod;
    if ((getRemoveRoomMemberMethod = RoomServiceGrpc.getRemoveRoomMemberMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getRemoveRoomMemberMethod = RoomServiceGrpc.getRemoveRoomMemberMethod) == null) {
          RoomServiceGrpc.getRemoveRoomMemberMethod = getRemoveRoomMemberMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RemoveRoomMemberRequest, dev.roundtable.v1.RemoveRoomMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveRoomMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveRoomMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveRoomMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("RemoveRoomMember"))
              .build();
        }
      }
    }
    return getRemoveRoomMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListRoomMembersRequest,
      dev.roundtable.v1.ListRoomMembersResponse> getListRoomMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRoomMembers",
      requestType = dev.roundtable.v1.ListRoomMembersRequest.class,
      responseType = dev.roundtable.v1.ListRoomMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListRoomMembersRequest,
      dev.roundtable.v1.ListRoomMembersResponse> getListRoomMembersMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListRoomMembersRequest, dev.roundtable.v1.ListRoomMembersResponse> getListRoomMembersMethod;
    if ((getListRoomMembersMethod = RoomServiceGrpc.getListRoomMembersMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getListRoomMembersMethod = RoomServiceGrpc.getListRoomMembersMethod) == null) {
          RoomServiceGrpc.getListRoomMembersMethod = getListRoomMembersMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListRoomMembersRequest, dev.roundtable.v1.ListRoomMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRoomMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListRoomMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListRoomMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("ListRoomMembers"))
              .build();
        }
      }
    }
    return getListRoomMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.AddReplrRequest,
      dev.roundtable.v1.AddReplrResponse> getAddReplrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddReplr",
      requestType = dev.roundtable.v1.AddReplrRequest.class,
      responseType = dev.roundtable.v1.AddReplrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.AddReplrRequest,
      dev.roundtable.v1.AddReplrResponse> getAddReplrMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.AddReplrRequest, dev.roundtable.v1.AddReplrResponse> getAddReplrMethod;
    if ((getAddReplrMethod = RoomServiceGrpc.getAddReplrMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getAddReplrMethod = RoomServiceGrpc.getAddReplrMethod) == null) {
          RoomServiceGrpc.getAddReplrMethod = getAddReplrMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.AddReplrRequest, dev.roundtable.v1.AddReplrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddReplr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddReplrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddReplrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("AddReplr"))
              .build();
        }
      }
    }
    return getAddReplrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveReplrRequest,
      dev.roundtable.v1.RemoveReplrResponse> getRemoveReplrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveReplr",
      requestType = dev.roundtable.v1.RemoveReplrRequest.class,
      responseType = dev.roundtable.v1.RemoveReplrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveReplrRequest,
      dev.roundtable.v1.RemoveReplrResponse> getRemoveReplrMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveReplrRequest, dev.roundtable.v1.RemoveReplrResponse> getRemoveReplrMethod;
    if ((getRemoveReplrMethod = RoomServiceGrpc.getRemoveReplrMethod) == null) {
      synchronized (RoomServiceGrpc.class) {
        if ((getRemoveReplrMethod = RoomServiceGrpc.getRemoveReplrMethod) == null) {
          RoomServiceGrpc.getRemoveReplrMethod = getRemoveReplrMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RemoveReplrRequest, dev.roundtable.v1.RemoveReplrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveReplr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveReplrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveReplrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoomServiceMethodDescriptorSupplier("RemoveReplr"))
              .build();
        }
      }
    }
    return getRemoveReplrMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RoomServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoomServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoomServiceStub>() {
        @java.lang.Override
        public RoomServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoomServiceStub(channel, callOptions);
        }
      };
    return RoomServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RoomServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoomServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoomServiceBlockingV2Stub>() {
        @java.lang.Override
        public RoomServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoomServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RoomServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RoomServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoomServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoomServiceBlockingStub>() {
        @java.lang.Override
        public RoomServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoomServiceBlockingStub(channel, callOptions);
        }
      };
    return RoomServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RoomServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoomServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoomServiceFutureStub>() {
        @java.lang.Override
        public RoomServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoomServiceFutureStub(channel, callOptions);
        }
      };
    return RoomServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Rooms are group chats inside a space.
   * Who sees a room: its members, and for a public room every member of the
   * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
   * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a room in a space. Space owners, admins and members may (not
     * viewers); the caller becomes the room's owner.
     * </pre>
     */
    default void createRoom(dev.roundtable.v1.CreateRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateRoomResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRoomMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a room the caller can see.
     * </pre>
     */
    default void getRoom(dev.roundtable.v1.GetRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetRoomResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRoomMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the rooms of a space that the caller can see, oldest first, with
     * their member counts and the time of their last message.
     * </pre>
     */
    default void listRooms(dev.roundtable.v1.ListRoomsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListRoomsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoomsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a room's name, description or visibility. Room owner or admin.
     * </pre>
     */
    default void updateRoom(dev.roundtable.v1.UpdateRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateRoomResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRoomMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a room and its messages. Room owner only.
     * </pre>
     */
    default void deleteRoom(dev.roundtable.v1.DeleteRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteRoomResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRoomMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds a member of the space to the room. Room owners may give `admin`,
     * `member` or `contributor`; room admins and members may give `member` or
     * `contributor`. A space member may join a public room themself as a
     * `member`. The user must belong to the space (else NOT_FOUND, reason
     * `USER_NOT_FOUND`); adding someone already in the room fails with
     * ALREADY_EXISTS (reason `ROOM_MEMBER_EXISTS`).
     * </pre>
     */
    default void addRoomMember(dev.roundtable.v1.AddRoomMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddRoomMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddRoomMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a member. The room owner may remove anyone else; any other
     * member may remove only themself. The owner cannot leave
     * (FAILED_PRECONDITION, reason `ROOM_OWNER_CANNOT_LEAVE`): delete the room
     * instead.
     * </pre>
     */
    default void removeRoomMember(dev.roundtable.v1.RemoveRoomMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveRoomMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveRoomMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists a room's members in the order they joined.
     * </pre>
     */
    default void listRoomMembers(dev.roundtable.v1.ListRoomMembersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListRoomMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoomMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds a REPLR of the room's space to the room, where it answers as its
     * `reply_mode` says; the room records a `replr_added` event. Room owners
     * and admins only (and not space viewers). A REPLR of another space, or
     * none, is NOT_FOUND (reason `REPLR_NOT_FOUND`). Idempotent: adding a
     * REPLR already in the room changes nothing and records nothing. A room
     * holds at most 20 REPLRs (FAILED_PRECONDITION, reason
     * `ROOM_REPLR_LIMIT`).
     * </pre>
     */
    default void addReplr(dev.roundtable.v1.AddReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddReplrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddReplrMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a REPLR from the room; the room records a `replr_removed`
     * event. Room owners and admins only (and not space viewers). A REPLR of
     * another space, or none, is NOT_FOUND (reason `REPLR_NOT_FOUND`).
     * Idempotent: removing a REPLR of the space that is not in the room
     * changes nothing and records nothing.
     * </pre>
     */
    default void removeReplr(dev.roundtable.v1.RemoveReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveReplrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveReplrMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RoomService.
   * <pre>
   * Rooms are group chats inside a space.
   * Who sees a room: its members, and for a public room every member of the
   * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
   * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static abstract class RoomServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RoomServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RoomService.
   * <pre>
   * Rooms are group chats inside a space.
   * Who sees a room: its members, and for a public room every member of the
   * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
   * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class RoomServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RoomServiceStub> {
    private RoomServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoomServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoomServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a room in a space. Space owners, admins and members may (not
     * viewers); the caller becomes the room's owner.
     * </pre>
     */
    public void createRoom(dev.roundtable.v1.CreateRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateRoomResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRoomMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a room the caller can see.
     * </pre>
     */
    public void getRoom(dev.roundtable.v1.GetRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetRoomResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRoomMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the rooms of a space that the caller can see, oldest first, with
     * their member counts and the time of their last message.
     * </pre>
     */
    public void listRooms(dev.roundtable.v1.ListRoomsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListRoomsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoomsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a room's name, description or visibility. Room owner or admin.
     * </pre>
     */
    public void updateRoom(dev.roundtable.v1.UpdateRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateRoomResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRoomMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a room and its messages. Room owner only.
     * </pre>
     */
    public void deleteRoom(dev.roundtable.v1.DeleteRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteRoomResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRoomMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds a member of the space to the room. Room owners may give `admin`,
     * `member` or `contributor`; room admins and members may give `member` or
     * `contributor`. A space member may join a public room themself as a
     * `member`. The user must belong to the space (else NOT_FOUND, reason
     * `USER_NOT_FOUND`); adding someone already in the room fails with
     * ALREADY_EXISTS (reason `ROOM_MEMBER_EXISTS`).
     * </pre>
     */
    public void addRoomMember(dev.roundtable.v1.AddRoomMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddRoomMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddRoomMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a member. The room owner may remove anyone else; any other
     * member may remove only themself. The owner cannot leave
     * (FAILED_PRECONDITION, reason `ROOM_OWNER_CANNOT_LEAVE`): delete the room
     * instead.
     * </pre>
     */
    public void removeRoomMember(dev.roundtable.v1.RemoveRoomMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveRoomMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveRoomMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists a room's members in the order they joined.
     * </pre>
     */
    public void listRoomMembers(dev.roundtable.v1.ListRoomMembersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListRoomMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoomMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds a REPLR of the room's space to the room, where it answers as its
     * `reply_mode` says; the room records a `replr_added` event. Room owners
     * and admins only (and not space viewers). A REPLR of another space, or
     * none, is NOT_FOUND (reason `REPLR_NOT_FOUND`). Idempotent: adding a
     * REPLR already in the room changes nothing and records nothing. A room
     * holds at most 20 REPLRs (FAILED_PRECONDITION, reason
     * `ROOM_REPLR_LIMIT`).
     * </pre>
     */
    public void addReplr(dev.roundtable.v1.AddReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddReplrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddReplrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a REPLR from the room; the room records a `replr_removed`
     * event. Room owners and admins only (and not space viewers). A REPLR of
     * another space, or none, is NOT_FOUND (reason `REPLR_NOT_FOUND`).
     * Idempotent: removing a REPLR of the space that is not in the room
     * changes nothing and records nothing.
     * </pre>
     */
    public void removeReplr(dev.roundtable.v1.RemoveReplrRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveReplrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveReplrMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RoomService.
   * <pre>
   * Rooms are group chats inside a space.
   * Who sees a room: its members, and for a public room every member of the
   * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
   * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class RoomServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RoomServiceBlockingV2Stub> {
    private RoomServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoomServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoomServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a room in a space. Space owners, admins and members may (not
     * viewers); the caller becomes the room's owner.
     * </pre>
     */
    public dev.roundtable.v1.CreateRoomResponse createRoom(dev.roundtable.v1.CreateRoomRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a room the caller can see.
     * </pre>
     */
    public dev.roundtable.v1.GetRoomResponse getRoom(dev.roundtable.v1.GetRoomRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the rooms of a space that the caller can see, oldest first, with
     * their member counts and the time of their last message.
     * </pre>
     */
    public dev.roundtable.v1.ListRoomsResponse listRooms(dev.roundtable.v1.ListRoomsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoomsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a room's name, description or visibility. Room owner or admin.
     * </pre>
     */
    public dev.roundtable.v1.UpdateRoomResponse updateRoom(dev.roundtable.v1.UpdateRoomRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a room and its messages. Room owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteRoomResponse deleteRoom(dev.roundtable.v1.DeleteRoomRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a member of the space to the room. Room owners may give `admin`,
     * `member` or `contributor`; room admins and members may give `member` or
     * `contributor`. A space member may join a public room themself as a
     * `member`. The user must belong to the space (else NOT_FOUND, reason
     * `USER_NOT_FOUND`); adding someone already in the room fails with
     * ALREADY_EXISTS (reason `ROOM_MEMBER_EXISTS`).
     * </pre>
     */
    public dev.roundtable.v1.AddRoomMemberResponse addRoomMember(dev.roundtable.v1.AddRoomMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddRoomMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member. The room owner may remove anyone else; any other
     * member may remove only themself. The owner cannot leave
     * (FAILED_PRECONDITION, reason `ROOM_OWNER_CANNOT_LEAVE`): delete the room
     * instead.
     * </pre>
     */
    public dev.roundtable.v1.RemoveRoomMemberResponse removeRoomMember(dev.roundtable.v1.RemoveRoomMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveRoomMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a room's members in the order they joined.
     * </pre>
     */
    public dev.roundtable.v1.ListRoomMembersResponse listRoomMembers(dev.roundtable.v1.ListRoomMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoomMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a REPLR of the room's space to the room, where it answers as its
     * `reply_mode` says; the room records a `replr_added` event. Room owners
     * and admins only (and not space viewers). A REPLR of another space, or
     * none, is NOT_FOUND (reason `REPLR_NOT_FOUND`). Idempotent: adding a
     * REPLR already in the room changes nothing and records nothing. A room
     * holds at most 20 REPLRs (FAILED_PRECONDITION, reason
     * `ROOM_REPLR_LIMIT`).
     * </pre>
     */
    public dev.roundtable.v1.AddReplrResponse addReplr(dev.roundtable.v1.AddReplrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a REPLR from the room; the room records a `replr_removed`
     * event. Room owners and admins only (and not space viewers). A REPLR of
     * another space, or none, is NOT_FOUND (reason `REPLR_NOT_FOUND`).
     * Idempotent: removing a REPLR of the space that is not in the room
     * changes nothing and records nothing.
     * </pre>
     */
    public dev.roundtable.v1.RemoveReplrResponse removeReplr(dev.roundtable.v1.RemoveReplrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveReplrMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RoomService.
   * <pre>
   * Rooms are group chats inside a space.
   * Who sees a room: its members, and for a public room every member of the
   * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
   * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class RoomServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RoomServiceBlockingStub> {
    private RoomServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoomServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoomServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a room in a space. Space owners, admins and members may (not
     * viewers); the caller becomes the room's owner.
     * </pre>
     */
    public dev.roundtable.v1.CreateRoomResponse createRoom(dev.roundtable.v1.CreateRoomRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a room the caller can see.
     * </pre>
     */
    public dev.roundtable.v1.GetRoomResponse getRoom(dev.roundtable.v1.GetRoomRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the rooms of a space that the caller can see, oldest first, with
     * their member counts and the time of their last message.
     * </pre>
     */
    public dev.roundtable.v1.ListRoomsResponse listRooms(dev.roundtable.v1.ListRoomsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoomsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a room's name, description or visibility. Room owner or admin.
     * </pre>
     */
    public dev.roundtable.v1.UpdateRoomResponse updateRoom(dev.roundtable.v1.UpdateRoomRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a room and its messages. Room owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteRoomResponse deleteRoom(dev.roundtable.v1.DeleteRoomRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a member of the space to the room. Room owners may give `admin`,
     * `member` or `contributor`; room admins and members may give `member` or
     * `contributor`. A space member may join a public room themself as a
     * `member`. The user must belong to the space (else NOT_FOUND, reason
     * `USER_NOT_FOUND`); adding someone already in the room fails with
     * ALREADY_EXISTS (reason `ROOM_MEMBER_EXISTS`).
     * </pre>
     */
    public dev.roundtable.v1.AddRoomMemberResponse addRoomMember(dev.roundtable.v1.AddRoomMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddRoomMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member. The room owner may remove anyone else; any other
     * member may remove only themself. The owner cannot leave
     * (FAILED_PRECONDITION, reason `ROOM_OWNER_CANNOT_LEAVE`): delete the room
     * instead.
     * </pre>
     */
    public dev.roundtable.v1.RemoveRoomMemberResponse removeRoomMember(dev.roundtable.v1.RemoveRoomMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveRoomMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a room's members in the order they joined.
     * </pre>
     */
    public dev.roundtable.v1.ListRoomMembersResponse listRoomMembers(dev.roundtable.v1.ListRoomMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoomMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a REPLR of the room's space to the room, where it answers as its
     * `reply_mode` says; the room records a `replr_added` event. Room owners
     * and admins only (and not space viewers). A REPLR of another space, or
     * none, is NOT_FOUND (reason `REPLR_NOT_FOUND`). Idempotent: adding a
     * REPLR already in the room changes nothing and records nothing. A room
     * holds at most 20 REPLRs (FAILED_PRECONDITION, reason
     * `ROOM_REPLR_LIMIT`).
     * </pre>
     */
    public dev.roundtable.v1.AddReplrResponse addReplr(dev.roundtable.v1.AddReplrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddReplrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a REPLR from the room; the room records a `replr_removed`
     * event. Room owners and admins only (and not space viewers). A REPLR of
     * another space, or none, is NOT_FOUND (reason `REPLR_NOT_FOUND`).
     * Idempotent: removing a REPLR of the space that is not in the room
     * changes nothing and records nothing.
     * </pre>
     */
    public dev.roundtable.v1.RemoveReplrResponse removeReplr(dev.roundtable.v1.RemoveReplrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveReplrMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RoomService.
   * <pre>
   * Rooms are group chats inside a space.
   * Who sees a room: its members, and for a public room every member of the
   * space. Others get NOT_FOUND (reason `ROOM_NOT_FOUND`).
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`,
   * `USER_NOT_FOUND`, `ROOM_MEMBER_NOT_FOUND`, `REPLR_NOT_FOUND`),
   * PERMISSION_DENIED.
   * </pre>
   */
  public static final class RoomServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RoomServiceFutureStub> {
    private RoomServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoomServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoomServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a room in a space. Space owners, admins and members may (not
     * viewers); the caller becomes the room's owner.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateRoomResponse> createRoom(
        dev.roundtable.v1.CreateRoomRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRoomMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a room the caller can see.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetRoomResponse> getRoom(
        dev.roundtable.v1.GetRoomRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRoomMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the rooms of a space that the caller can see, oldest first, with
     * their member counts and the time of their last message.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListRoomsResponse> listRooms(
        dev.roundtable.v1.ListRoomsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoomsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a room's name, description or visibility. Room owner or admin.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpdateRoomResponse> updateRoom(
        dev.roundtable.v1.UpdateRoomRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRoomMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a room and its messages. Room owner only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteRoomResponse> deleteRoom(
        dev.roundtable.v1.DeleteRoomRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRoomMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds a member of the space to the room. Room owners may give `admin`,
     * `member` or `contributor`; room admins and members may give `member` or
     * `contributor`. A space member may join a public room themself as a
     * `member`. The user must belong to the space (else NOT_FOUND, reason
     * `USER_NOT_FOUND`); adding someone already in the room fails with
     * ALREADY_EXISTS (reason `ROOM_MEMBER_EXISTS`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.AddRoomMemberResponse> addRoomMember(
        dev.roundtable.v1.AddRoomMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddRoomMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a member. The room owner may remove anyone else; any other
     * member may remove only themself. The owner cannot leave
     * (FAILED_PRECONDITION, reason `ROOM_OWNER_CANNOT_LEAVE`): delete the room
     * instead.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RemoveRoomMemberResponse> removeRoomMember(
        dev.roundtable.v1.RemoveRoomMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveRoomMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists a room's members in the order they joined.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListRoomMembersResponse> listRoomMembers(
        dev.roundtable.v1.ListRoomMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoomMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds a REPLR of the room's space to the room, where it answers as its
     * `reply_mode` says; the room records a `replr_added` event. Room owners
     * and admins only (and not space viewers). A REPLR of another space, or
     * none, is NOT_FOUND (reason `REPLR_NOT_FOUND`). Idempotent: adding a
     * REPLR already in the room changes nothing and records nothing. A room
     * holds at most 20 REPLRs (FAILED_PRECONDITION, reason
     * `ROOM_REPLR_LIMIT`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.AddReplrResponse> addReplr(
        dev.roundtable.v1.AddReplrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddReplrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a REPLR from the room; the room records a `replr_removed`
     * event. Room owners and admins only (and not space viewers). A REPLR of
     * another space, or none, is NOT_FOUND (reason `REPLR_NOT_FOUND`).
     * Idempotent: removing a REPLR of the space that is not in the room
     * changes nothing and records nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RemoveReplrResponse> removeReplr(
        dev.roundtable.v1.RemoveReplrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveReplrMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ROOM = 0;
  private static final int METHODID_GET_ROOM = 1;
  private static final int METHODID_LIST_ROOMS = 2;
  private static final int METHODID_UPDATE_ROOM = 3;
  private static final int METHODID_DELETE_ROOM = 4;
  private static final int METHODID_ADD_ROOM_MEMBER = 5;
  private static final int METHODID_REMOVE_ROOM_MEMBER = 6;
  private static final int METHODID_LIST_ROOM_MEMBERS = 7;
  private static final int METHODID_ADD_REPLR = 8;
  private static final int METHODID_REMOVE_REPLR = 9;

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
        case METHODID_CREATE_ROOM:
          serviceImpl.createRoom((dev.roundtable.v1.CreateRoomRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateRoomResponse>) responseObserver);
          break;
        case METHODID_GET_ROOM:
          serviceImpl.getRoom((dev.roundtable.v1.GetRoomRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetRoomResponse>) responseObserver);
          break;
        case METHODID_LIST_ROOMS:
          serviceImpl.listRooms((dev.roundtable.v1.ListRoomsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListRoomsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ROOM:
          serviceImpl.updateRoom((dev.roundtable.v1.UpdateRoomRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateRoomResponse>) responseObserver);
          break;
        case METHODID_DELETE_ROOM:
          serviceImpl.deleteRoom((dev.roundtable.v1.DeleteRoomRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteRoomResponse>) responseObserver);
          break;
        case METHODID_ADD_ROOM_MEMBER:
          serviceImpl.addRoomMember((dev.roundtable.v1.AddRoomMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.AddRoomMemberResponse>) responseObserver);
          break;
        case METHODID_REMOVE_ROOM_MEMBER:
          serviceImpl.removeRoomMember((dev.roundtable.v1.RemoveRoomMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveRoomMemberResponse>) responseObserver);
          break;
        case METHODID_LIST_ROOM_MEMBERS:
          serviceImpl.listRoomMembers((dev.roundtable.v1.ListRoomMembersRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListRoomMembersResponse>) responseObserver);
          break;
        case METHODID_ADD_REPLR:
          serviceImpl.addReplr((dev.roundtable.v1.AddReplrRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.AddReplrResponse>) responseObserver);
          break;
        case METHODID_REMOVE_REPLR:
          serviceImpl.removeReplr((dev.roundtable.v1.RemoveReplrRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveReplrResponse>) responseObserver);
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
          getCreateRoomMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateRoomRequest,
              dev.roundtable.v1.CreateRoomResponse>(
                service, METHODID_CREATE_ROOM)))
        .addMethod(
          getGetRoomMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetRoomRequest,
              dev.roundtable.v1.GetRoomResponse>(
                service, METHODID_GET_ROOM)))
        .addMethod(
          getListRoomsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListRoomsRequest,
              dev.roundtable.v1.ListRoomsResponse>(
                service, METHODID_LIST_ROOMS)))
        .addMethod(
          getUpdateRoomMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpdateRoomRequest,
              dev.roundtable.v1.UpdateRoomResponse>(
                service, METHODID_UPDATE_ROOM)))
        .addMethod(
          getDeleteRoomMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteRoomRequest,
              dev.roundtable.v1.DeleteRoomResponse>(
                service, METHODID_DELETE_ROOM)))
        .addMethod(
          getAddRoomMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.AddRoomMemberRequest,
              dev.roundtable.v1.AddRoomMemberResponse>(
                service, METHODID_ADD_ROOM_MEMBER)))
        .addMethod(
          getRemoveRoomMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RemoveRoomMemberRequest,
              dev.roundtable.v1.RemoveRoomMemberResponse>(
                service, METHODID_REMOVE_ROOM_MEMBER)))
        .addMethod(
          getListRoomMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListRoomMembersRequest,
              dev.roundtable.v1.ListRoomMembersResponse>(
                service, METHODID_LIST_ROOM_MEMBERS)))
        .addMethod(
          getAddReplrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.AddReplrRequest,
              dev.roundtable.v1.AddReplrResponse>(
                service, METHODID_ADD_REPLR)))
        .addMethod(
          getRemoveReplrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RemoveReplrRequest,
              dev.roundtable.v1.RemoveReplrResponse>(
                service, METHODID_REMOVE_REPLR)))
        .build();
  }

  private static abstract class RoomServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RoomServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.RoomProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RoomService");
    }
  }

  private static final class RoomServiceFileDescriptorSupplier
      extends RoomServiceBaseDescriptorSupplier {
    RoomServiceFileDescriptorSupplier() {}
  }

  private static final class RoomServiceMethodDescriptorSupplier
      extends RoomServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RoomServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RoomServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RoomServiceFileDescriptorSupplier())
              .addMethod(getCreateRoomMethod())
              .addMethod(getGetRoomMethod())
              .addMethod(getListRoomsMethod())
              .addMethod(getUpdateRoomMethod())
              .addMethod(getDeleteRoomMethod())
              .addMethod(getAddRoomMemberMethod())
              .addMethod(getRemoveRoomMemberMethod())
              .addMethod(getListRoomMembersMethod())
              .addMethod(getAddReplrMethod())
              .addMethod(getRemoveReplrMethod())
              .build();
        }
      }
    }
    return result;
  }
}
