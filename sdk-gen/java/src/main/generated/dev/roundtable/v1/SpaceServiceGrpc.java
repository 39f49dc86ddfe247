package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
 * credits. Nothing of one space is visible from another: a caller who is not
 * a member of a space gets NOT_FOUND for it and everything in it.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC of this service:
 * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
 *   expired credentials.
 * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
 * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
 *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
 *   not see it.
 * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
 *   space but their role is too low.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SpaceServiceGrpc {

  private SpaceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.SpaceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateSpaceRequest,
      dev.roundtable.v1.CreateSpaceResponse> getCreateSpaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSpace",
      requestType = dev.roundtable.v1.CreateSpaceRequest.class,
      responseType = dev.roundtable.v1.CreateSpaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateSpaceRequest,
      dev.roundtable.v1.CreateSpaceResponse> getCreateSpaceMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateSpaceRequest, dev.roundtable.v1.CreateSpaceResponse> getCreateSpaceMethod;
    if ((getCreateSpaceMethod = SpaceServiceGrpc.getCreateSpaceMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getCreateSpaceMethod = SpaceServiceGrpc.getCreateSpaceMethod) == null) {
          SpaceServiceGrpc.getCreateSpaceMethod = getCreateSpaceMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateSpaceRequest, dev.roundtable.v1.CreateSpaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSpace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateSpaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateSpaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("CreateSpace"))
              .build();
        }
      }
    }
    return getCreateSpaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetSpaceRequest,
      dev.roundtable.v1.GetSpaceResponse> getGetSpaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSpace",
      requestType = dev.roundtable.v1.GetSpaceRequest.class,
      responseType = dev.roundtable.v1.GetSpaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetSpaceRequest,
      dev.roundtable.v1.GetSpaceResponse> getGetSpaceMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetSpaceRequest, dev.roundtable.v1.GetSpaceResponse> getGetSpaceMethod;
    if ((getGetSpaceMethod = SpaceServiceGrpc.getGetSpaceMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getGetSpaceMethod = SpaceServiceGrpc.getGetSpaceMethod) == null) {
          SpaceServiceGrpc.getGetSpaceMethod = getGetSpaceMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetSpaceRequest, dev.roundtable.v1.GetSpaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSpace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSpaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSpaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("GetSpace"))
              .build();
        }
      }
    }
    return getGetSpaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListSpacesRequest,
      dev.roundtable.v1.ListSpacesResponse> getListSpacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSpaces",
      requestType = dev.roundtable.v1.ListSpacesRequest.class,
      responseType = dev.roundtable.v1.ListSpacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListSpacesRequest,
      dev.roundtable.v1.ListSpacesResponse> getListSpacesMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListSpacesRequest, dev.roundtable.v1.ListSpacesResponse> getListSpacesMethod;
    if ((getListSpacesMethod = SpaceServiceGrpc.getListSpacesMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getListSpacesMethod = SpaceServiceGrpc.getListSpacesMethod) == null) {
          SpaceServiceGrpc.getListSpacesMethod = getListSpacesMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListSpacesRequest, dev.roundtable.v1.ListSpacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSpaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSpacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSpacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("ListSpaces"))
              .build();
        }
      }
    }
    return getListSpacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSpaceRequest,
      dev.roundtable.v1.UpdateSpaceResponse> getUpdateSpaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSpace",
      requestType = dev.roundtable.v1.UpdateSpaceRequest.class,
      responseType = dev.roundtable.v1.UpdateSpaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSpaceRequest,
      dev.roundtable.v1.UpdateSpaceResponse> getUpdateSpaceMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSpaceRequest, dev.roundtable.v1.UpdateSpaceResponse> getUpdateSpaceMethod;
    if ((getUpdateSpaceMethod = SpaceServiceGrpc.getUpdateSpaceMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getUpdateSpaceMethod = SpaceServiceGrpc.getUpdateSpaceMethod) == null) {
          SpaceServiceGrpc.getUpdateSpaceMethod = getUpdateSpaceMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpdateSpaceRequest, dev.roundtable.v1.UpdateSpaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSpace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateSpaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateSpaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("UpdateSpace"))
              .build();
        }
      }
    }
    return getUpdateSpaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSpaceRequest,
      dev.roundtable.v1.DeleteSpaceResponse> getDeleteSpaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSpace",
      requestType = dev.roundtable.v1.DeleteSpaceRequest.class,
      responseType = dev.roundtable.v1.DeleteSpaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSpaceRequest,
      dev.roundtable.v1.DeleteSpaceResponse> getDeleteSpaceMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSpaceRequest, dev.roundtable.v1.DeleteSpaceResponse> getDeleteSpaceMethod;
    if ((getDeleteSpaceMethod = SpaceServiceGrpc.getDeleteSpaceMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getDeleteSpaceMethod = SpaceServiceGrpc.getDeleteSpaceMethod) == null) {
          SpaceServiceGrpc.getDeleteSpaceMethod = getDeleteSpaceMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteSpaceRequest, dev.roundtable.v1.DeleteSpaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSpace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteSpaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteSpaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("DeleteSpace"))
              .build();
        }
      }
    }
    return getDeleteSpaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.AddSpaceMemberRequest,
      dev.roundtable.v1.AddSpaceMemberResponse> getAddSpaceMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddSpaceMember",
      requestType = dev.roundtable.v1.AddSpaceMemberRequest.class,
      responseType = dev.roundtable.v1.AddSpaceMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.AddSpaceMemberRequest,
      dev.roundtable.v1.AddSpaceMemberResponse> getAddSpaceMemberMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.AddSpaceMemberRequest, dev.roundtable.v1.AddSpaceMemberResponse> getAddSpaceMemberMethod;
    if ((getAddSpaceMemberMethod = SpaceServiceGrpc.getAddSpaceMemberMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getAddSpaceMemberMethod = SpaceServiceGrpc.getAddSpaceMemberMethod) == null) {
          SpaceServiceGrpc.getAddSpaceMemberMethod = getAddSpaceMemberMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.AddSpaceMemberRequest, dev.roundtable.v1.AddSpaceMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddSpaceMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddSpaceMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddSpaceMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("AddSpaceMember"))
              .build();
        }
      }
    }
    return getAddSpaceMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSpaceMemberRequest,
      dev.roundtable.v1.UpdateSpaceMemberResponse> getUpdateSpaceMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSpaceMember",
      requestType = dev.roundtable.v1.UpdateSpaceMemberRequest.class,
      responseType = dev.roundtable.v1.UpdateSpaceMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSpaceMemberRequest,
      dev.roundtable.v1.UpdateSpaceMemberResponse> getUpdateSpaceMemberMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSpaceMemberRequest, dev.roundtable.v1.UpdateSpaceMemberResponse> getUpdateSpaceMemberMethod;
    if ((getUpdateSpaceMemberMethod = SpaceServiceGrpc.getUpdateSpaceMemberMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getUpdateSpaceMemberMethod = SpaceServiceGrpc.getUpdateSpaceMemberMethod) == null) {
          SpaceServiceGrpc.getUpdateSpaceMemberMethod = getUpdateSpaceMemberMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpdateSpaceMemberRequest, dev.roundtable.v1.UpdateSpaceMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSpaceMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateSpaceMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateSpaceMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("UpdateSpaceMember"))
              .build();
        }
      }
    }
    return getUpdateSpaceMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveSpaceMemberRequest,
      dev.roundtable.v1.RemoveSpaceMemberResponse> getRemoveSpaceMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveSpaceMember",
      requestType = dev.roundtable.v1.RemoveSpaceMemberRequest.class,
      responseType = dev.roundtable.v1.RemoveSpaceMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveSpaceMemberRequest,
      dev.roundtable.v1.RemoveSpaceMemberResponse> getRemoveSpaceMemberMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveSpaceMemberRequest, dev.roundtable.v1.RemoveSpaceMemberResponse> getRemoveSpaceMemberMethod;
    if ((getRemoveSpaceMemberMethod = SpaceServiceGrpc.getRemoveSpaceMemberMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getRemoveSpaceMemberMethod = SpaceServiceGrpc.getRemoveSpaceMemberMethod) == null) {
          SpaceServiceGrpc.getRemoveSpaceMemberMethod = getRemoveSpaceMemberMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RemoveSpaceMemberRequest, dev.roundtable.v1.RemoveSpaceMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveSpaceMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveSpaceMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveSpaceMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("RemoveSpaceMember"))
              .build();
        }
      }
    }
    return getRemoveSpaceMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListSpaceMembersRequest,
      dev.roundtable.v1.ListSpaceMembersResponse> getListSpaceMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSpaceMembers",
      requestType = dev.roundtable.v1.ListSpaceMembersRequest.class,
      responseType = dev.roundtable.v1.ListSpaceMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListSpaceMembersRequest,
      dev.roundtable.v1.ListSpaceMembersResponse> getListSpaceMembersMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListSpaceMembersRequest, dev.roundtable.v1.ListSpaceMembersResponse> getListSpaceMembersMethod;
    if ((getListSpaceMembersMethod = SpaceServiceGrpc.getListSpaceMembersMethod) == null) {
      synchronized (SpaceServiceGrpc.class) {
        if ((getListSpaceMembersMethod = SpaceServiceGrpc.getListSpaceMembersMethod) == null) {
          SpaceServiceGrpc.getListSpaceMembersMethod = getListSpaceMembersMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListSpaceMembersRequest, dev.roundtable.v1.ListSpaceMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSpaceMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSpaceMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSpaceMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SpaceServiceMethodDescriptorSupplier("ListSpaceMembers"))
              .build();
        }
      }
    }
    return getListSpaceMembersMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SpaceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SpaceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SpaceServiceStub>() {
        @java.lang.Override
        public SpaceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SpaceServiceStub(channel, callOptions);
        }
      };
    return SpaceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SpaceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SpaceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SpaceServiceBlockingV2Stub>() {
        @java.lang.Override
        public SpaceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SpaceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SpaceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SpaceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SpaceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SpaceServiceBlockingStub>() {
        @java.lang.Override
        public SpaceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SpaceServiceBlockingStub(channel, callOptions);
        }
      };
    return SpaceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SpaceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SpaceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SpaceServiceFutureStub>() {
        @java.lang.Override
        public SpaceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SpaceServiceFutureStub(channel, callOptions);
        }
      };
    return SpaceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
   * credits. Nothing of one space is visible from another: a caller who is not
   * a member of a space gets NOT_FOUND for it and everything in it.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
   *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
   *   not see it.
   * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
   *   space but their role is too low.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a space. Any authenticated user may; the caller becomes its owner.
     * </pre>
     */
    default void createSpace(dev.roundtable.v1.CreateSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateSpaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSpaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one space the caller is a member of.
     * </pre>
     */
    default void getSpace(dev.roundtable.v1.GetSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSpaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSpaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the spaces the caller is a member of, oldest first.
     * </pre>
     */
    default void listSpaces(dev.roundtable.v1.ListSpacesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSpacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSpacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a space's name or description. Owner or admin only.
     * </pre>
     */
    default void updateSpace(dev.roundtable.v1.UpdateSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSpaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSpaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a space with all its rooms and messages. Owner only.
     * </pre>
     */
    default void deleteSpace(dev.roundtable.v1.DeleteSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSpaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSpaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds an existing user to the space. Owners may grant any role; admins may
     * grant `member` or `viewer`. Adding someone who is already a member fails
     * with ALREADY_EXISTS (reason `SPACE_MEMBER_EXISTS`).
     * Strangers stay undiscoverable: owners and admins may add only users who
     * already share a space with them; any other user id is NOT_FOUND (reason
     * `USER_NOT_FOUND`), exactly like an unknown one. Server admins (with the
     * `admin` scope) may add any user to any space, member of it or not: the
     * integrating product's backend, which knows its users, brings people
     * together.
     * </pre>
     */
    default void addSpaceMember(dev.roundtable.v1.AddSpaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddSpaceMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddSpaceMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a member's role. Owners may set any role; admins may move members
     * between `member` and `viewer`. The last owner cannot be demoted
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    default void updateSpaceMember(dev.roundtable.v1.UpdateSpaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSpaceMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSpaceMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a member from the space and from every room of the space.
     * Anyone may remove themself (leave); owners may remove anyone; admins may
     * remove members and viewers. The last owner cannot leave
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    default void removeSpaceMember(dev.roundtable.v1.RemoveSpaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveSpaceMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveSpaceMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the members of a space, in the order they joined. Any member may.
     * </pre>
     */
    default void listSpaceMembers(dev.roundtable.v1.ListSpaceMembersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSpaceMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSpaceMembersMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SpaceService.
   * <pre>
   * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
   * credits. Nothing of one space is visible from another: a caller who is not
   * a member of a space gets NOT_FOUND for it and everything in it.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
   *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
   *   not see it.
   * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
   *   space but their role is too low.
   * </pre>
   */
  public static abstract class SpaceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SpaceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SpaceService.
   * <pre>
   * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
   * credits. Nothing of one space is visible from another: a caller who is not
   * a member of a space gets NOT_FOUND for it and everything in it.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
   *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
   *   not see it.
   * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
   *   space but their role is too low.
   * </pre>
   */
  public static final class SpaceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SpaceServiceStub> {
    private SpaceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SpaceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SpaceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a space. Any authenticated user may; the caller becomes its owner.
     * </pre>
     */
    public void createSpace(dev.roundtable.v1.CreateSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateSpaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSpaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one space the caller is a member of.
     * </pre>
     */
    public void getSpace(dev.roundtable.v1.GetSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSpaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSpaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the spaces the caller is a member of, oldest first.
     * </pre>
     */
    public void listSpaces(dev.roundtable.v1.ListSpacesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSpacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSpacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a space's name or description. Owner or admin only.
     * </pre>
     */
    public void updateSpace(dev.roundtable.v1.UpdateSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSpaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSpaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a space with all its rooms and messages. Owner only.
     * </pre>
     */
    public void deleteSpace(dev.roundtable.v1.DeleteSpaceRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSpaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSpaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds an existing user to the space. Owners may grant any role; admins may
     * grant `member` or `viewer`. Adding someone who is already a member fails
     * with ALREADY_EXISTS (reason `SPACE_MEMBER_EXISTS`).
     * Strangers stay undiscoverable: owners and admins may add only users who
     * already share a space with them; any other user id is NOT_FOUND (reason
     * `USER_NOT_FOUND`), exactly like an unknown one. Server admins (with the
     * `admin` scope) may add any user to any space, member of it or not: the
     * integrating product's backend, which knows its users, brings people
     * together.
     * </pre>
     */
    public void addSpaceMember(dev.roundtable.v1.AddSpaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddSpaceMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddSpaceMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a member's role. Owners may set any role; admins may move members
     * between `member` and `viewer`. The last owner cannot be demoted
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public void updateSpaceMember(dev.roundtable.v1.UpdateSpaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSpaceMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSpaceMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a member from the space and from every room of the space.
     * Anyone may remove themself (leave); owners may remove anyone; admins may
     * remove members and viewers. The last owner cannot leave
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public void removeSpaceMember(dev.roundtable.v1.RemoveSpaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveSpaceMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveSpaceMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the members of a space, in the order they joined. Any member may.
     * </pre>
     */
    public void listSpaceMembers(dev.roundtable.v1.ListSpaceMembersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSpaceMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSpaceMembersMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SpaceService.
   * <pre>
   * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
   * credits. Nothing of one space is visible from another: a caller who is not
   * a member of a space gets NOT_FOUND for it and everything in it.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
   *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
   *   not see it.
   * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
   *   space but their role is too low.
   * </pre>
   */
  public static final class SpaceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SpaceServiceBlockingV2Stub> {
    private SpaceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SpaceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SpaceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a space. Any authenticated user may; the caller becomes its owner.
     * </pre>
     */
    public dev.roundtable.v1.CreateSpaceResponse createSpace(dev.roundtable.v1.CreateSpaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one space the caller is a member of.
     * </pre>
     */
    public dev.roundtable.v1.GetSpaceResponse getSpace(dev.roundtable.v1.GetSpaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the spaces the caller is a member of, oldest first.
     * </pre>
     */
    public dev.roundtable.v1.ListSpacesResponse listSpaces(dev.roundtable.v1.ListSpacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSpacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a space's name or description. Owner or admin only.
     * </pre>
     */
    public dev.roundtable.v1.UpdateSpaceResponse updateSpace(dev.roundtable.v1.UpdateSpaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a space with all its rooms and messages. Owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteSpaceResponse deleteSpace(dev.roundtable.v1.DeleteSpaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds an existing user to the space. Owners may grant any role; admins may
     * grant `member` or `viewer`. Adding someone who is already a member fails
     * with ALREADY_EXISTS (reason `SPACE_MEMBER_EXISTS`).
     * Strangers stay undiscoverable: owners and admins may add only users who
     * already share a space with them; any other user id is NOT_FOUND (reason
     * `USER_NOT_FOUND`), exactly like an unknown one. Server admins (with the
     * `admin` scope) may add any user to any space, member of it or not: the
     * integrating product's backend, which knows its users, brings people
     * together.
     * </pre>
     */
    public dev.roundtable.v1.AddSpaceMemberResponse addSpaceMember(dev.roundtable.v1.AddSpaceMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddSpaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a member's role. Owners may set any role; admins may move members
     * between `member` and `viewer`. The last owner cannot be demoted
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public dev.roundtable.v1.UpdateSpaceMemberResponse updateSpaceMember(dev.roundtable.v1.UpdateSpaceMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateSpaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member from the space and from every room of the space.
     * Anyone may remove themself (leave); owners may remove anyone; admins may
     * remove members and viewers. The last owner cannot leave
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public dev.roundtable.v1.RemoveSpaceMemberResponse removeSpaceMember(dev.roundtable.v1.RemoveSpaceMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveSpaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the members of a space, in the order they joined. Any member may.
     * </pre>
     */
    public dev.roundtable.v1.ListSpaceMembersResponse listSpaceMembers(dev.roundtable.v1.ListSpaceMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSpaceMembersMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SpaceService.
   * <pre>
   * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
   * credits. Nothing of one space is visible from another: a caller who is not
   * a member of a space gets NOT_FOUND for it and everything in it.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
   *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
   *   not see it.
   * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
   *   space but their role is too low.
   * </pre>
   */
  public static final class SpaceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SpaceServiceBlockingStub> {
    private SpaceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SpaceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SpaceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a space. Any authenticated user may; the caller becomes its owner.
     * </pre>
     */
    public dev.roundtable.v1.CreateSpaceResponse createSpace(dev.roundtable.v1.CreateSpaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one space the caller is a member of.
     * </pre>
     */
    public dev.roundtable.v1.GetSpaceResponse getSpace(dev.roundtable.v1.GetSpaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the spaces the caller is a member of, oldest first.
     * </pre>
     */
    public dev.roundtable.v1.ListSpacesResponse listSpaces(dev.roundtable.v1.ListSpacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSpacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a space's name or description. Owner or admin only.
     * </pre>
     */
    public dev.roundtable.v1.UpdateSpaceResponse updateSpace(dev.roundtable.v1.UpdateSpaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a space with all its rooms and messages. Owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteSpaceResponse deleteSpace(dev.roundtable.v1.DeleteSpaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSpaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds an existing user to the space. Owners may grant any role; admins may
     * grant `member` or `viewer`. Adding someone who is already a member fails
     * with ALREADY_EXISTS (reason `SPACE_MEMBER_EXISTS`).
     * Strangers stay undiscoverable: owners and admins may add only users who
     * already share a space with them; any other user id is NOT_FOUND (reason
     * `USER_NOT_FOUND`), exactly like an unknown one. Server admins (with the
     * `admin` scope) may add any user to any space, member of it or not: the
     * integrating product's backend, which knows its users, brings people
     * together.
     * </pre>
     */
    public dev.roundtable.v1.AddSpaceMemberResponse addSpaceMember(dev.roundtable.v1.AddSpaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddSpaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a member's role. Owners may set any role; admins may move members
     * between `member` and `viewer`. The last owner cannot be demoted
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public dev.roundtable.v1.UpdateSpaceMemberResponse updateSpaceMember(dev.roundtable.v1.UpdateSpaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSpaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member from the space and from every room of the space.
     * Anyone may remove themself (leave); owners may remove anyone; admins may
     * remove members and viewers. The last owner cannot leave
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public dev.roundtable.v1.RemoveSpaceMemberResponse removeSpaceMember(dev.roundtable.v1.RemoveSpaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveSpaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the members of a space, in the order they joined. Any member may.
     * </pre>
     */
    public dev.roundtable.v1.ListSpaceMembersResponse listSpaceMembers(dev.roundtable.v1.ListSpaceMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSpaceMembersMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SpaceService.
   * <pre>
   * Spaces are tenants: each holds its members, rooms, REPLRs, sessions and AI
   * credits. Nothing of one space is visible from another: a caller who is not
   * a member of a space gets NOT_FOUND for it and everything in it.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`, `USER_NOT_FOUND`,
   *   `SPACE_MEMBER_NOT_FOUND`): the resource does not exist or the caller may
   *   not see it.
   * - PERMISSION_DENIED (reason `PERMISSION_DENIED`): the caller can see the
   *   space but their role is too low.
   * </pre>
   */
  public static final class SpaceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SpaceServiceFutureStub> {
    private SpaceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SpaceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SpaceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a space. Any authenticated user may; the caller becomes its owner.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateSpaceResponse> createSpace(
        dev.roundtable.v1.CreateSpaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSpaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one space the caller is a member of.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetSpaceResponse> getSpace(
        dev.roundtable.v1.GetSpaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSpaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the spaces the caller is a member of, oldest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListSpacesResponse> listSpaces(
        dev.roundtable.v1.ListSpacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSpacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a space's name or description. Owner or admin only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpdateSpaceResponse> updateSpace(
        dev.roundtable.v1.UpdateSpaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSpaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a space with all its rooms and messages. Owner only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteSpaceResponse> deleteSpace(
        dev.roundtable.v1.DeleteSpaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSpaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds an existing user to the space. Owners may grant any role; admins may
     * grant `member` or `viewer`. Adding someone who is already a member fails
     * with ALREADY_EXISTS (reason `SPACE_MEMBER_EXISTS`).
     * Strangers stay undiscoverable: owners and admins may add only users who
     * already share a space with them; any other user id is NOT_FOUND (reason
     * `USER_NOT_FOUND`), exactly like an unknown one. Server admins (with the
     * `admin` scope) may add any user to any space, member of it or not: the
     * integrating product's backend, which knows its users, brings people
     * together.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.AddSpaceMemberResponse> addSpaceMember(
        dev.roundtable.v1.AddSpaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddSpaceMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a member's role. Owners may set any role; admins may move members
     * between `member` and `viewer`. The last owner cannot be demoted
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpdateSpaceMemberResponse> updateSpaceMember(
        dev.roundtable.v1.UpdateSpaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSpaceMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a member from the space and from every room of the space.
     * Anyone may remove themself (leave); owners may remove anyone; admins may
     * remove members and viewers. The last owner cannot leave
     * (FAILED_PRECONDITION, reason `LAST_OWNER`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RemoveSpaceMemberResponse> removeSpaceMember(
        dev.roundtable.v1.RemoveSpaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveSpaceMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the members of a space, in the order they joined. Any member may.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListSpaceMembersResponse> listSpaceMembers(
        dev.roundtable.v1.ListSpaceMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSpaceMembersMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SPACE = 0;
  private static final int METHODID_GET_SPACE = 1;
  private static final int METHODID_LIST_SPACES = 2;
  private static final int METHODID_UPDATE_SPACE = 3;
  private static final int METHODID_DELETE_SPACE = 4;
  private static final int METHODID_ADD_SPACE_MEMBER = 5;
  private static final int METHODID_UPDATE_SPACE_MEMBER = 6;
  private static final int METHODID_REMOVE_SPACE_MEMBER = 7;
  private static final int METHODID_LIST_SPACE_MEMBERS = 8;

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
        case METHODID_CREATE_SPACE:
          serviceImpl.createSpace((dev.roundtable.v1.CreateSpaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateSpaceResponse>) responseObserver);
          break;
        case METHODID_GET_SPACE:
          serviceImpl.getSpace((dev.roundtable.v1.GetSpaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSpaceResponse>) responseObserver);
          break;
        case METHODID_LIST_SPACES:
          serviceImpl.listSpaces((dev.roundtable.v1.ListSpacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSpacesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SPACE:
          serviceImpl.updateSpace((dev.roundtable.v1.UpdateSpaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSpaceResponse>) responseObserver);
          break;
        case METHODID_DELETE_SPACE:
          serviceImpl.deleteSpace((dev.roundtable.v1.DeleteSpaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSpaceResponse>) responseObserver);
          break;
        case METHODID_ADD_SPACE_MEMBER:
          serviceImpl.addSpaceMember((dev.roundtable.v1.AddSpaceMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.AddSpaceMemberResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SPACE_MEMBER:
          serviceImpl.updateSpaceMember((dev.roundtable.v1.UpdateSpaceMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSpaceMemberResponse>) responseObserver);
          break;
        case METHODID_REMOVE_SPACE_MEMBER:
          serviceImpl.removeSpaceMember((dev.roundtable.v1.RemoveSpaceMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveSpaceMemberResponse>) responseObserver);
          break;
        case METHODID_LIST_SPACE_MEMBERS:
          serviceImpl.listSpaceMembers((dev.roundtable.v1.ListSpaceMembersRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSpaceMembersResponse>) responseObserver);
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
          getCreateSpaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateSpaceRequest,
              dev.roundtable.v1.CreateSpaceResponse>(
                service, METHODID_CREATE_SPACE)))
        .addMethod(
          getGetSpaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetSpaceRequest,
              dev.roundtable.v1.GetSpaceResponse>(
                service, METHODID_GET_SPACE)))
        .addMethod(
          getListSpacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListSpacesRequest,
              dev.roundtable.v1.ListSpacesResponse>(
                service, METHODID_LIST_SPACES)))
        .addMethod(
          getUpdateSpaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpdateSpaceRequest,
              dev.roundtable.v1.UpdateSpaceResponse>(
                service, METHODID_UPDATE_SPACE)))
        .addMethod(
          getDeleteSpaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteSpaceRequest,
              dev.roundtable.v1.DeleteSpaceResponse>(
                service, METHODID_DELETE_SPACE)))
        .addMethod(
          getAddSpaceMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.AddSpaceMemberRequest,
              dev.roundtable.v1.AddSpaceMemberResponse>(
                service, METHODID_ADD_SPACE_MEMBER)))
        .addMethod(
          getUpdateSpaceMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpdateSpaceMemberRequest,
              dev.roundtable.v1.UpdateSpaceMemberResponse>(
                service, METHODID_UPDATE_SPACE_MEMBER)))
        .addMethod(
          getRemoveSpaceMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RemoveSpaceMemberRequest,
              dev.roundtable.v1.RemoveSpaceMemberResponse>(
                service, METHODID_REMOVE_SPACE_MEMBER)))
        .addMethod(
          getListSpaceMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListSpaceMembersRequest,
              dev.roundtable.v1.ListSpaceMembersResponse>(
                service, METHODID_LIST_SPACE_MEMBERS)))
        .build();
  }

  private static abstract class SpaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SpaceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.SpaceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SpaceService");
    }
  }

  private static final class SpaceServiceFileDescriptorSupplier
      extends SpaceServiceBaseDescriptorSupplier {
    SpaceServiceFileDescriptorSupplier() {}
  }

  private static final class SpaceServiceMethodDescriptorSupplier
      extends SpaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SpaceServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SpaceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SpaceServiceFileDescriptorSupplier())
              .addMethod(getCreateSpaceMethod())
              .addMethod(getGetSpaceMethod())
              .addMethod(getListSpacesMethod())
              .addMethod(getUpdateSpaceMethod())
              .addMethod(getDeleteSpaceMethod())
              .addMethod(getAddSpaceMemberMethod())
              .addMethod(getUpdateSpaceMemberMethod())
              .addMethod(getRemoveSpaceMemberMethod())
              .addMethod(getListSpaceMembersMethod())
              .build();
        }
      }
    }
    return result;
  }
}
