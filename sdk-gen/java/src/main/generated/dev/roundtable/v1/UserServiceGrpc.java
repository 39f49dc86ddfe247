package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Users and their API keys.
 * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
 * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
 * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
 * configured leeway, 5 s by default): HS256 with the server's configured
 * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
 * server is configured with; with an issuer or audience configured, `iss`
 * or `aud` must match. Revoking an API key, deleting its user, or the
 * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
 * as their last item).
 * Rules every RPC of every service follows:
 * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
 *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
 *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
 * - Text holds no control characters: NUL, the other C0 controls and DEL
 *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
 *   tab, line feed and carriage return are allowed only in text of several
 *   lines (message text, descriptions, prompts, comments, reasons), not in
 *   names.
 * - A request that is not a valid protobuf (or JSON) encoding of its type
 *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
 *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
 *   Transcribe) is OUT_OF_RANGE.
 * - Errors quote at most 100 characters of an offending value.
 * - Page tokens are opaque and belong to the list that issued them (its
 *   container, filters and order); any other is INVALID_ARGUMENT (reason
 *   `INVALID_PAGE_TOKEN`).
 * - Calls are rate limited per credential and per client address, with
 *   separate budgets for reads, writes and AI work, and a user holds a
 *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
 *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
 *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
 * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
 * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
 * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
 * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class UserServiceGrpc {

  private UserServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.UserService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateUserRequest,
      dev.roundtable.v1.CreateUserResponse> getCreateUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateUser",
      requestType = dev.roundtable.v1.CreateUserRequest.class,
      responseType = dev.roundtable.v1.CreateUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateUserRequest,
      dev.roundtable.v1.CreateUserResponse> getCreateUserMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateUserRequest, dev.roundtable.v1.CreateUserResponse> getCreateUserMethod;
    if ((getCreateUserMethod = UserServiceGrpc.getCreateUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getCreateUserMethod = UserServiceGrpc.getCreateUserMethod) == null) {
          UserServiceGrpc.getCreateUserMethod = getCreateUserMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateUserRequest, dev.roundtable.v1.CreateUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("CreateUser"))
              .build();
        }
      }
    }
    return getCreateUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetUserRequest,
      dev.roundtable.v1.GetUserResponse> getGetUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUser",
      requestType = dev.roundtable.v1.GetUserRequest.class,
      responseType = dev.roundtable.v1.GetUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetUserRequest,
      dev.roundtable.v1.GetUserResponse> getGetUserMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetUserRequest, dev.roundtable.v1.GetUserResponse> getGetUserMethod;
    if ((getGetUserMethod = UserServiceGrpc.getGetUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getGetUserMethod = UserServiceGrpc.getGetUserMethod) == null) {
          UserServiceGrpc.getGetUserMethod = getGetUserMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetUserRequest, dev.roundtable.v1.GetUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("GetUser"))
              .build();
        }
      }
    }
    return getGetUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetCurrentUserRequest,
      dev.roundtable.v1.GetCurrentUserResponse> getGetCurrentUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCurrentUser",
      requestType = dev.roundtable.v1.GetCurrentUserRequest.class,
      responseType = dev.roundtable.v1.GetCurrentUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetCurrentUserRequest,
      dev.roundtable.v1.GetCurrentUserResponse> getGetCurrentUserMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetCurrentUserRequest, dev.roundtable.v1.GetCurrentUserResponse> getGetCurrentUserMethod;
    if ((getGetCurrentUserMethod = UserServiceGrpc.getGetCurrentUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getGetCurrentUserMethod = UserServiceGrpc.getGetCurrentUserMethod) == null) {
          UserServiceGrpc.getGetCurrentUserMethod = getGetCurrentUserMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetCurrentUserRequest, dev.roundtable.v1.GetCurrentUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCurrentUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetCurrentUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetCurrentUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("GetCurrentUser"))
              .build();
        }
      }
    }
    return getGetCurrentUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListUsersRequest,
      dev.roundtable.v1.ListUsersResponse> getListUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListUsers",
      requestType = dev.roundtable.v1.ListUsersRequest.class,
      responseType = dev.roundtable.v1.ListUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListUsersRequest,
      dev.roundtable.v1.ListUsersResponse> getListUsersMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListUsersRequest, dev.roundtable.v1.ListUsersResponse> getListUsersMethod;
    if ((getListUsersMethod = UserServiceGrpc.getListUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getListUsersMethod = UserServiceGrpc.getListUsersMethod) == null) {
          UserServiceGrpc.getListUsersMethod = getListUsersMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListUsersRequest, dev.roundtable.v1.ListUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("ListUsers"))
              .build();
        }
      }
    }
    return getListUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateApiKeyRequest,
      dev.roundtable.v1.CreateApiKeyResponse> getCreateApiKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateApiKey",
      requestType = dev.roundtable.v1.CreateApiKeyRequest.class,
      responseType = dev.roundtable.v1.CreateApiKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateApiKeyRequest,
      dev.roundtable.v1.CreateApiKeyResponse> getCreateApiKeyMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateApiKeyRequest, dev.roundtable.v1.CreateApiKeyResponse> getCreateApiKeyMethod;
    if ((getCreateApiKeyMethod = UserServiceGrpc.getCreateApiKeyMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getCreateApiKeyMethod = UserServiceGrpc.getCreateApiKeyMethod) == null) {
          UserServiceGrpc.getCreateApiKeyMethod = getCreateApiKeyMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateApiKeyRequest, dev.roundtable.v1.CreateApiKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateApiKey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateApiKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateApiKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("CreateApiKey"))
              .build();
        }
      }
    }
    return getCreateApiKeyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListApiKeysRequest,
      dev.roundtable.v1.ListApiKeysResponse> getListApiKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListApiKeys",
      requestType = dev.roundtable.v1.ListApiKeysRequest.class,
      responseType = dev.roundtable.v1.ListApiKeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListApiKeysRequest,
      dev.roundtable.v1.ListApiKeysResponse> getListApiKeysMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListApiKeysRequest, dev.roundtable.v1.ListApiKeysResponse> getListApiKeysMethod;
    if ((getListApiKeysMethod = UserServiceGrpc.getListApiKeysMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getListApiKeysMethod = UserServiceGrpc.getListApiKeysMethod) == null) {
          UserServiceGrpc.getListApiKeysMethod = getListApiKeysMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListApiKeysRequest, dev.roundtable.v1.ListApiKeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListApiKeys"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListApiKeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListApiKeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("ListApiKeys"))
              .build();
        }
      }
    }
    return getListApiKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RevokeApiKeyRequest,
      dev.roundtable.v1.RevokeApiKeyResponse> getRevokeApiKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeApiKey",
      requestType = dev.roundtable.v1.RevokeApiKeyRequest.class,
      responseType = dev.roundtable.v1.RevokeApiKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RevokeApiKeyRequest,
      dev.roundtable.v1.RevokeApiKeyResponse> getRevokeApiKeyMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RevokeApiKeyRequest, dev.roundtable.v1.RevokeApiKeyResponse> getRevokeApiKeyMethod;
    if ((getRevokeApiKeyMethod = UserServiceGrpc.getRevokeApiKeyMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getRevokeApiKeyMethod = UserServiceGrpc.getRevokeApiKeyMethod) == null) {
          UserServiceGrpc.getRevokeApiKeyMethod = getRevokeApiKeyMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RevokeApiKeyRequest, dev.roundtable.v1.RevokeApiKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeApiKey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RevokeApiKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RevokeApiKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("RevokeApiKey"))
              .build();
        }
      }
    }
    return getRevokeApiKeyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateUserRequest,
      dev.roundtable.v1.UpdateUserResponse> getUpdateUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateUser",
      requestType = dev.roundtable.v1.UpdateUserRequest.class,
      responseType = dev.roundtable.v1.UpdateUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateUserRequest,
      dev.roundtable.v1.UpdateUserResponse> getUpdateUserMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateUserRequest, dev.roundtable.v1.UpdateUserResponse> getUpdateUserMethod;
    if ((getUpdateUserMethod = UserServiceGrpc.getUpdateUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getUpdateUserMethod = UserServiceGrpc.getUpdateUserMethod) == null) {
          UserServiceGrpc.getUpdateUserMethod = getUpdateUserMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpdateUserRequest, dev.roundtable.v1.UpdateUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("UpdateUser"))
              .build();
        }
      }
    }
    return getUpdateUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateUserTokenRequest,
      dev.roundtable.v1.CreateUserTokenResponse> getCreateUserTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateUserToken",
      requestType = dev.roundtable.v1.CreateUserTokenRequest.class,
      responseType = dev.roundtable.v1.CreateUserTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateUserTokenRequest,
      dev.roundtable.v1.CreateUserTokenResponse> getCreateUserTokenMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateUserTokenRequest, dev.roundtable.v1.CreateUserTokenResponse> getCreateUserTokenMethod;
    if ((getCreateUserTokenMethod = UserServiceGrpc.getCreateUserTokenMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getCreateUserTokenMethod = UserServiceGrpc.getCreateUserTokenMethod) == null) {
          UserServiceGrpc.getCreateUserTokenMethod = getCreateUserTokenMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateUserTokenRequest, dev.roundtable.v1.CreateUserTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateUserToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateUserTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateUserTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("CreateUserToken"))
              .build();
        }
      }
    }
    return getCreateUserTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpsertUsersRequest,
      dev.roundtable.v1.UpsertUsersResponse> getUpsertUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpsertUsers",
      requestType = dev.roundtable.v1.UpsertUsersRequest.class,
      responseType = dev.roundtable.v1.UpsertUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpsertUsersRequest,
      dev.roundtable.v1.UpsertUsersResponse> getUpsertUsersMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpsertUsersRequest, dev.roundtable.v1.UpsertUsersResponse> getUpsertUsersMethod;
    if ((getUpsertUsersMethod = UserServiceGrpc.getUpsertUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getUpsertUsersMethod = UserServiceGrpc.getUpsertUsersMethod) == null) {
          UserServiceGrpc.getUpsertUsersMethod = getUpsertUsersMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpsertUsersRequest, dev.roundtable.v1.UpsertUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpsertUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpsertUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpsertUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("UpsertUsers"))
              .build();
        }
      }
    }
    return getUpsertUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteUserRequest,
      dev.roundtable.v1.DeleteUserResponse> getDeleteUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteUser",
      requestType = dev.roundtable.v1.DeleteUserRequest.class,
      responseType = dev.roundtable.v1.DeleteUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteUserRequest,
      dev.roundtable.v1.DeleteUserResponse> getDeleteUserMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteUserRequest, dev.roundtable.v1.DeleteUserResponse> getDeleteUserMethod;
    if ((getDeleteUserMethod = UserServiceGrpc.getDeleteUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getDeleteUserMethod = UserServiceGrpc.getDeleteUserMethod) == null) {
          UserServiceGrpc.getDeleteUserMethod = getDeleteUserMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteUserRequest, dev.roundtable.v1.DeleteUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("DeleteUser"))
              .build();
        }
      }
    }
    return getDeleteUserMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UserServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceStub>() {
        @java.lang.Override
        public UserServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceStub(channel, callOptions);
        }
      };
    return UserServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static UserServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingV2Stub>() {
        @java.lang.Override
        public UserServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return UserServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UserServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub>() {
        @java.lang.Override
        public UserServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceBlockingStub(channel, callOptions);
        }
      };
    return UserServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UserServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub>() {
        @java.lang.Override
        public UserServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceFutureStub(channel, callOptions);
        }
      };
    return UserServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Users and their API keys.
   * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
   * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
   * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
   * configured leeway, 5 s by default): HS256 with the server's configured
   * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
   * server is configured with; with an issuer or audience configured, `iss`
   * or `aud` must match. Revoking an API key, deleting its user, or the
   * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
   * as their last item).
   * Rules every RPC of every service follows:
   * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
   *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
   *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
   * - Text holds no control characters: NUL, the other C0 controls and DEL
   *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
   *   tab, line feed and carriage return are allowed only in text of several
   *   lines (message text, descriptions, prompts, comments, reasons), not in
   *   names.
   * - A request that is not a valid protobuf (or JSON) encoding of its type
   *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
   *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
   *   Transcribe) is OUT_OF_RANGE.
   * - Errors quote at most 100 characters of an offending value.
   * - Page tokens are opaque and belong to the list that issued them (its
   *   container, filters and order); any other is INVALID_ARGUMENT (reason
   *   `INVALID_PAGE_TOKEN`).
   * - Calls are rate limited per credential and per client address, with
   *   separate budgets for reads, writes and AI work, and a user holds a
   *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
   *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
   *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
   * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
   * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
   * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
   * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a user (a person or a service account). Server admins only.
     * A taken username fails with ALREADY_EXISTS (reason `USERNAME_TAKEN`).
     * </pre>
     */
    default void createUser(dev.roundtable.v1.CreateUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a user the caller can see: themself, anyone who shares a space
     * with them, or anyone for a server admin. Others are NOT_FOUND.
     * </pre>
     */
    default void getUser(dev.roundtable.v1.GetUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the calling user.
     * </pre>
     */
    default void getCurrentUser(dev.roundtable.v1.GetCurrentUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetCurrentUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCurrentUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every user, oldest first. Server admins only.
     * </pre>
     */
    default void listUsers(dev.roundtable.v1.ListUsersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates an API key. The secret is in the response and nowhere else, ever:
     * the server keeps only its SHA-256 hash. A key acts as its user, limited to
     * its scopes. Server admins may create keys for other users.
     * </pre>
     */
    default void createApiKey(dev.roundtable.v1.CreateApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateApiKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateApiKeyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's API keys (or, for a server admin, another user's),
     * without their secrets, oldest first. Revoked keys are listed too.
     * </pre>
     */
    default void listApiKeys(dev.roundtable.v1.ListApiKeysRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListApiKeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListApiKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes an API key at once. The owner of the key or a server admin may.
     * Revoking a revoked key changes nothing and succeeds.
     * </pre>
     */
    default void revokeApiKey(dev.roundtable.v1.RevokeApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RevokeApiKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeApiKeyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a user's display name, or (server admins only) whether they
     * are a server admin. Users may change their own display name; server
     * admins anyone's. Only the fields set change. An admin may not take
     * away their own admin rights (FAILED_PRECONDITION, reason
     * `CANNOT_DEMOTE_SELF`), so a server always keeps one. New names show at
     * once wherever the user appears (messages, members).
     * </pre>
     */
    default void updateUser(dev.roundtable.v1.UpdateUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Mints a user JWT for a user: a short-lived credential a product's
     * backend hands to its browser or app, without writing JWT code. Server
     * admins only. The token is HS256 with the server's JWT secret and
     * carries `sub` (the user id), `iat`, `exp` and, when the server is
     * configured with them, `iss` and `aud`; it acts as the user with read and
     * write scopes. A JWT cannot be revoked before it expires: keep lifetimes
     * short. FAILED_PRECONDITION (reason `JWT_SECRET_NOT_CONFIGURED`) when the
     * server has no JWT secret.
     * </pre>
     */
    default void createUserToken(dev.roundtable.v1.CreateUserTokenRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateUserTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateUserTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates or updates the users of a product, by the product's own ids:
     * each item is matched on `external_id` (unique per server); a match is
     * updated to what the item says (username, display name, avatar,
     * metadata: every field, so an item means the same on every call), an
     * unknown `external_id` makes a new user. Server admins only. At most
     * 100 items; the batch is one write: every item is applied or none is.
     * Sending the same batch again changes nothing and returns the same
     * users. New users are not server admins; an update keeps the admin flag
     * as it is. A username another user holds fails the whole batch with
     * ALREADY_EXISTS (reason `USERNAME_TAKEN`, the item's field in the
     * message); two items with the same `external_id` or username are
     * INVALID_ARGUMENT (reason `DUPLICATE_VALUE`).
     * </pre>
     */
    default void upsertUsers(dev.roundtable.v1.UpsertUsersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpsertUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpsertUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a user and what identifies them, as privacy law asks; server
     * admins only. The caller chooses what becomes of the user's messages
     * (required): deleted (their text, attachments and mentions erased, as
     * DeleteMessage does, and a `message_deleted` event for each) or
     * anonymised (kept, with their sender replaced by the deleted-user
     * sender: id `00000000-0000-0000-0000-000000000000`, display name
     * `Deleted user`, no username). Either way the messages are unlinked
     * from the user, in the event log too: events already stored that carry
     * them are rewritten the same way and lose their actor.
     * Also in the same write: the user leaves every space and room (a
     * `member_left` event in each room), their reactions are removed (a
     * `reaction_removed` event each), their read markers, AI chat sessions
     * and shares are deleted, and their API keys go. Open streams made with
     * their keys or JWTs end at once (UNAUTHENTICATED), and their
     * credentials stop working. REPLRs they made stay with their spaces.
     * FAILED_PRECONDITION when the user is the only owner of a space (reason
     * `LAST_OWNER`, the spaces listed in the message: make someone else an
     * owner or delete the space first) or is the caller (reason
     * `CANNOT_DELETE_SELF`). Deleting a deleted user is NOT_FOUND.
     * </pre>
     */
    default void deleteUser(dev.roundtable.v1.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteUserMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service UserService.
   * <pre>
   * Users and their API keys.
   * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
   * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
   * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
   * configured leeway, 5 s by default): HS256 with the server's configured
   * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
   * server is configured with; with an issuer or audience configured, `iss`
   * or `aud` must match. Revoking an API key, deleting its user, or the
   * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
   * as their last item).
   * Rules every RPC of every service follows:
   * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
   *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
   *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
   * - Text holds no control characters: NUL, the other C0 controls and DEL
   *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
   *   tab, line feed and carriage return are allowed only in text of several
   *   lines (message text, descriptions, prompts, comments, reasons), not in
   *   names.
   * - A request that is not a valid protobuf (or JSON) encoding of its type
   *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
   *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
   *   Transcribe) is OUT_OF_RANGE.
   * - Errors quote at most 100 characters of an offending value.
   * - Page tokens are opaque and belong to the list that issued them (its
   *   container, filters and order); any other is INVALID_ARGUMENT (reason
   *   `INVALID_PAGE_TOKEN`).
   * - Calls are rate limited per credential and per client address, with
   *   separate budgets for reads, writes and AI work, and a user holds a
   *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
   *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
   *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
   * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
   * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
   * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
   * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
   * </pre>
   */
  public static abstract class UserServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return UserServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service UserService.
   * <pre>
   * Users and their API keys.
   * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
   * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
   * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
   * configured leeway, 5 s by default): HS256 with the server's configured
   * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
   * server is configured with; with an issuer or audience configured, `iss`
   * or `aud` must match. Revoking an API key, deleting its user, or the
   * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
   * as their last item).
   * Rules every RPC of every service follows:
   * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
   *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
   *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
   * - Text holds no control characters: NUL, the other C0 controls and DEL
   *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
   *   tab, line feed and carriage return are allowed only in text of several
   *   lines (message text, descriptions, prompts, comments, reasons), not in
   *   names.
   * - A request that is not a valid protobuf (or JSON) encoding of its type
   *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
   *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
   *   Transcribe) is OUT_OF_RANGE.
   * - Errors quote at most 100 characters of an offending value.
   * - Page tokens are opaque and belong to the list that issued them (its
   *   container, filters and order); any other is INVALID_ARGUMENT (reason
   *   `INVALID_PAGE_TOKEN`).
   * - Calls are rate limited per credential and per client address, with
   *   separate budgets for reads, writes and AI work, and a user holds a
   *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
   *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
   *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
   * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
   * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
   * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
   * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
   * </pre>
   */
  public static final class UserServiceStub
      extends io.grpc.stub.AbstractAsyncStub<UserServiceStub> {
    private UserServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user (a person or a service account). Server admins only.
     * A taken username fails with ALREADY_EXISTS (reason `USERNAME_TAKEN`).
     * </pre>
     */
    public void createUser(dev.roundtable.v1.CreateUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a user the caller can see: themself, anyone who shares a space
     * with them, or anyone for a server admin. Others are NOT_FOUND.
     * </pre>
     */
    public void getUser(dev.roundtable.v1.GetUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the calling user.
     * </pre>
     */
    public void getCurrentUser(dev.roundtable.v1.GetCurrentUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetCurrentUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCurrentUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every user, oldest first. Server admins only.
     * </pre>
     */
    public void listUsers(dev.roundtable.v1.ListUsersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates an API key. The secret is in the response and nowhere else, ever:
     * the server keeps only its SHA-256 hash. A key acts as its user, limited to
     * its scopes. Server admins may create keys for other users.
     * </pre>
     */
    public void createApiKey(dev.roundtable.v1.CreateApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateApiKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateApiKeyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's API keys (or, for a server admin, another user's),
     * without their secrets, oldest first. Revoked keys are listed too.
     * </pre>
     */
    public void listApiKeys(dev.roundtable.v1.ListApiKeysRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListApiKeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListApiKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes an API key at once. The owner of the key or a server admin may.
     * Revoking a revoked key changes nothing and succeeds.
     * </pre>
     */
    public void revokeApiKey(dev.roundtable.v1.RevokeApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RevokeApiKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeApiKeyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a user's display name, or (server admins only) whether they
     * are a server admin. Users may change their own display name; server
     * admins anyone's. Only the fields set change. An admin may not take
     * away their own admin rights (FAILED_PRECONDITION, reason
     * `CANNOT_DEMOTE_SELF`), so a server always keeps one. New names show at
     * once wherever the user appears (messages, members).
     * </pre>
     */
    public void updateUser(dev.roundtable.v1.UpdateUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Mints a user JWT for a user: a short-lived credential a product's
     * backend hands to its browser or app, without writing JWT code. Server
     * admins only. The token is HS256 with the server's JWT secret and
     * carries `sub` (the user id), `iat`, `exp` and, when the server is
     * configured with them, `iss` and `aud`; it acts as the user with read and
     * write scopes. A JWT cannot be revoked before it expires: keep lifetimes
     * short. FAILED_PRECONDITION (reason `JWT_SECRET_NOT_CONFIGURED`) when the
     * server has no JWT secret.
     * </pre>
     */
    public void createUserToken(dev.roundtable.v1.CreateUserTokenRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateUserTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateUserTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates or updates the users of a product, by the product's own ids:
     * each item is matched on `external_id` (unique per server); a match is
     * updated to what the item says (username, display name, avatar,
     * metadata: every field, so an item means the same on every call), an
     * unknown `external_id` makes a new user. Server admins only. At most
     * 100 items; the batch is one write: every item is applied or none is.
     * Sending the same batch again changes nothing and returns the same
     * users. New users are not server admins; an update keeps the admin flag
     * as it is. A username another user holds fails the whole batch with
     * ALREADY_EXISTS (reason `USERNAME_TAKEN`, the item's field in the
     * message); two items with the same `external_id` or username are
     * INVALID_ARGUMENT (reason `DUPLICATE_VALUE`).
     * </pre>
     */
    public void upsertUsers(dev.roundtable.v1.UpsertUsersRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpsertUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpsertUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a user and what identifies them, as privacy law asks; server
     * admins only. The caller chooses what becomes of the user's messages
     * (required): deleted (their text, attachments and mentions erased, as
     * DeleteMessage does, and a `message_deleted` event for each) or
     * anonymised (kept, with their sender replaced by the deleted-user
     * sender: id `00000000-0000-0000-0000-000000000000`, display name
     * `Deleted user`, no username). Either way the messages are unlinked
     * from the user, in the event log too: events already stored that carry
     * them are rewritten the same way and lose their actor.
     * Also in the same write: the user leaves every space and room (a
     * `member_left` event in each room), their reactions are removed (a
     * `reaction_removed` event each), their read markers, AI chat sessions
     * and shares are deleted, and their API keys go. Open streams made with
     * their keys or JWTs end at once (UNAUTHENTICATED), and their
     * credentials stop working. REPLRs they made stay with their spaces.
     * FAILED_PRECONDITION when the user is the only owner of a space (reason
     * `LAST_OWNER`, the spaces listed in the message: make someone else an
     * owner or delete the space first) or is the caller (reason
     * `CANNOT_DELETE_SELF`). Deleting a deleted user is NOT_FOUND.
     * </pre>
     */
    public void deleteUser(dev.roundtable.v1.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service UserService.
   * <pre>
   * Users and their API keys.
   * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
   * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
   * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
   * configured leeway, 5 s by default): HS256 with the server's configured
   * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
   * server is configured with; with an issuer or audience configured, `iss`
   * or `aud` must match. Revoking an API key, deleting its user, or the
   * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
   * as their last item).
   * Rules every RPC of every service follows:
   * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
   *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
   *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
   * - Text holds no control characters: NUL, the other C0 controls and DEL
   *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
   *   tab, line feed and carriage return are allowed only in text of several
   *   lines (message text, descriptions, prompts, comments, reasons), not in
   *   names.
   * - A request that is not a valid protobuf (or JSON) encoding of its type
   *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
   *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
   *   Transcribe) is OUT_OF_RANGE.
   * - Errors quote at most 100 characters of an offending value.
   * - Page tokens are opaque and belong to the list that issued them (its
   *   container, filters and order); any other is INVALID_ARGUMENT (reason
   *   `INVALID_PAGE_TOKEN`).
   * - Calls are rate limited per credential and per client address, with
   *   separate budgets for reads, writes and AI work, and a user holds a
   *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
   *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
   *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
   * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
   * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
   * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
   * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
   * </pre>
   */
  public static final class UserServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<UserServiceBlockingV2Stub> {
    private UserServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user (a person or a service account). Server admins only.
     * A taken username fails with ALREADY_EXISTS (reason `USERNAME_TAKEN`).
     * </pre>
     */
    public dev.roundtable.v1.CreateUserResponse createUser(dev.roundtable.v1.CreateUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a user the caller can see: themself, anyone who shares a space
     * with them, or anyone for a server admin. Others are NOT_FOUND.
     * </pre>
     */
    public dev.roundtable.v1.GetUserResponse getUser(dev.roundtable.v1.GetUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the calling user.
     * </pre>
     */
    public dev.roundtable.v1.GetCurrentUserResponse getCurrentUser(dev.roundtable.v1.GetCurrentUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCurrentUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every user, oldest first. Server admins only.
     * </pre>
     */
    public dev.roundtable.v1.ListUsersResponse listUsers(dev.roundtable.v1.ListUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates an API key. The secret is in the response and nowhere else, ever:
     * the server keeps only its SHA-256 hash. A key acts as its user, limited to
     * its scopes. Server admins may create keys for other users.
     * </pre>
     */
    public dev.roundtable.v1.CreateApiKeyResponse createApiKey(dev.roundtable.v1.CreateApiKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's API keys (or, for a server admin, another user's),
     * without their secrets, oldest first. Revoked keys are listed too.
     * </pre>
     */
    public dev.roundtable.v1.ListApiKeysResponse listApiKeys(dev.roundtable.v1.ListApiKeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListApiKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes an API key at once. The owner of the key or a server admin may.
     * Revoking a revoked key changes nothing and succeeds.
     * </pre>
     */
    public dev.roundtable.v1.RevokeApiKeyResponse revokeApiKey(dev.roundtable.v1.RevokeApiKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a user's display name, or (server admins only) whether they
     * are a server admin. Users may change their own display name; server
     * admins anyone's. Only the fields set change. An admin may not take
     * away their own admin rights (FAILED_PRECONDITION, reason
     * `CANNOT_DEMOTE_SELF`), so a server always keeps one. New names show at
     * once wherever the user appears (messages, members).
     * </pre>
     */
    public dev.roundtable.v1.UpdateUserResponse updateUser(dev.roundtable.v1.UpdateUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Mints a user JWT for a user: a short-lived credential a product's
     * backend hands to its browser or app, without writing JWT code. Server
     * admins only. The token is HS256 with the server's JWT secret and
     * carries `sub` (the user id), `iat`, `exp` and, when the server is
     * configured with them, `iss` and `aud`; it acts as the user with read and
     * write scopes. A JWT cannot be revoked before it expires: keep lifetimes
     * short. FAILED_PRECONDITION (reason `JWT_SECRET_NOT_CONFIGURED`) when the
     * server has no JWT secret.
     * </pre>
     */
    public dev.roundtable.v1.CreateUserTokenResponse createUserToken(dev.roundtable.v1.CreateUserTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateUserTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates or updates the users of a product, by the product's own ids:
     * each item is matched on `external_id` (unique per server); a match is
     * updated to what the item says (username, display name, avatar,
     * metadata: every field, so an item means the same on every call), an
     * unknown `external_id` makes a new user. Server admins only. At most
     * 100 items; the batch is one write: every item is applied or none is.
     * Sending the same batch again changes nothing and returns the same
     * users. New users are not server admins; an update keeps the admin flag
     * as it is. A username another user holds fails the whole batch with
     * ALREADY_EXISTS (reason `USERNAME_TAKEN`, the item's field in the
     * message); two items with the same `external_id` or username are
     * INVALID_ARGUMENT (reason `DUPLICATE_VALUE`).
     * </pre>
     */
    public dev.roundtable.v1.UpsertUsersResponse upsertUsers(dev.roundtable.v1.UpsertUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpsertUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user and what identifies them, as privacy law asks; server
     * admins only. The caller chooses what becomes of the user's messages
     * (required): deleted (their text, attachments and mentions erased, as
     * DeleteMessage does, and a `message_deleted` event for each) or
     * anonymised (kept, with their sender replaced by the deleted-user
     * sender: id `00000000-0000-0000-0000-000000000000`, display name
     * `Deleted user`, no username). Either way the messages are unlinked
     * from the user, in the event log too: events already stored that carry
     * them are rewritten the same way and lose their actor.
     * Also in the same write: the user leaves every space and room (a
     * `member_left` event in each room), their reactions are removed (a
     * `reaction_removed` event each), their read markers, AI chat sessions
     * and shares are deleted, and their API keys go. Open streams made with
     * their keys or JWTs end at once (UNAUTHENTICATED), and their
     * credentials stop working. REPLRs they made stay with their spaces.
     * FAILED_PRECONDITION when the user is the only owner of a space (reason
     * `LAST_OWNER`, the spaces listed in the message: make someone else an
     * owner or delete the space first) or is the caller (reason
     * `CANNOT_DELETE_SELF`). Deleting a deleted user is NOT_FOUND.
     * </pre>
     */
    public dev.roundtable.v1.DeleteUserResponse deleteUser(dev.roundtable.v1.DeleteUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteUserMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service UserService.
   * <pre>
   * Users and their API keys.
   * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
   * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
   * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
   * configured leeway, 5 s by default): HS256 with the server's configured
   * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
   * server is configured with; with an issuer or audience configured, `iss`
   * or `aud` must match. Revoking an API key, deleting its user, or the
   * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
   * as their last item).
   * Rules every RPC of every service follows:
   * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
   *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
   *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
   * - Text holds no control characters: NUL, the other C0 controls and DEL
   *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
   *   tab, line feed and carriage return are allowed only in text of several
   *   lines (message text, descriptions, prompts, comments, reasons), not in
   *   names.
   * - A request that is not a valid protobuf (or JSON) encoding of its type
   *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
   *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
   *   Transcribe) is OUT_OF_RANGE.
   * - Errors quote at most 100 characters of an offending value.
   * - Page tokens are opaque and belong to the list that issued them (its
   *   container, filters and order); any other is INVALID_ARGUMENT (reason
   *   `INVALID_PAGE_TOKEN`).
   * - Calls are rate limited per credential and per client address, with
   *   separate budgets for reads, writes and AI work, and a user holds a
   *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
   *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
   *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
   * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
   * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
   * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
   * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
   * </pre>
   */
  public static final class UserServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<UserServiceBlockingStub> {
    private UserServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user (a person or a service account). Server admins only.
     * A taken username fails with ALREADY_EXISTS (reason `USERNAME_TAKEN`).
     * </pre>
     */
    public dev.roundtable.v1.CreateUserResponse createUser(dev.roundtable.v1.CreateUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a user the caller can see: themself, anyone who shares a space
     * with them, or anyone for a server admin. Others are NOT_FOUND.
     * </pre>
     */
    public dev.roundtable.v1.GetUserResponse getUser(dev.roundtable.v1.GetUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the calling user.
     * </pre>
     */
    public dev.roundtable.v1.GetCurrentUserResponse getCurrentUser(dev.roundtable.v1.GetCurrentUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCurrentUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every user, oldest first. Server admins only.
     * </pre>
     */
    public dev.roundtable.v1.ListUsersResponse listUsers(dev.roundtable.v1.ListUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates an API key. The secret is in the response and nowhere else, ever:
     * the server keeps only its SHA-256 hash. A key acts as its user, limited to
     * its scopes. Server admins may create keys for other users.
     * </pre>
     */
    public dev.roundtable.v1.CreateApiKeyResponse createApiKey(dev.roundtable.v1.CreateApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's API keys (or, for a server admin, another user's),
     * without their secrets, oldest first. Revoked keys are listed too.
     * </pre>
     */
    public dev.roundtable.v1.ListApiKeysResponse listApiKeys(dev.roundtable.v1.ListApiKeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListApiKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes an API key at once. The owner of the key or a server admin may.
     * Revoking a revoked key changes nothing and succeeds.
     * </pre>
     */
    public dev.roundtable.v1.RevokeApiKeyResponse revokeApiKey(dev.roundtable.v1.RevokeApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a user's display name, or (server admins only) whether they
     * are a server admin. Users may change their own display name; server
     * admins anyone's. Only the fields set change. An admin may not take
     * away their own admin rights (FAILED_PRECONDITION, reason
     * `CANNOT_DEMOTE_SELF`), so a server always keeps one. New names show at
     * once wherever the user appears (messages, members).
     * </pre>
     */
    public dev.roundtable.v1.UpdateUserResponse updateUser(dev.roundtable.v1.UpdateUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Mints a user JWT for a user: a short-lived credential a product's
     * backend hands to its browser or app, without writing JWT code. Server
     * admins only. The token is HS256 with the server's JWT secret and
     * carries `sub` (the user id), `iat`, `exp` and, when the server is
     * configured with them, `iss` and `aud`; it acts as the user with read and
     * write scopes. A JWT cannot be revoked before it expires: keep lifetimes
     * short. FAILED_PRECONDITION (reason `JWT_SECRET_NOT_CONFIGURED`) when the
     * server has no JWT secret.
     * </pre>
     */
    public dev.roundtable.v1.CreateUserTokenResponse createUserToken(dev.roundtable.v1.CreateUserTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateUserTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates or updates the users of a product, by the product's own ids:
     * each item is matched on `external_id` (unique per server); a match is
     * updated to what the item says (username, display name, avatar,
     * metadata: every field, so an item means the same on every call), an
     * unknown `external_id` makes a new user. Server admins only. At most
     * 100 items; the batch is one write: every item is applied or none is.
     * Sending the same batch again changes nothing and returns the same
     * users. New users are not server admins; an update keeps the admin flag
     * as it is. A username another user holds fails the whole batch with
     * ALREADY_EXISTS (reason `USERNAME_TAKEN`, the item's field in the
     * message); two items with the same `external_id` or username are
     * INVALID_ARGUMENT (reason `DUPLICATE_VALUE`).
     * </pre>
     */
    public dev.roundtable.v1.UpsertUsersResponse upsertUsers(dev.roundtable.v1.UpsertUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpsertUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user and what identifies them, as privacy law asks; server
     * admins only. The caller chooses what becomes of the user's messages
     * (required): deleted (their text, attachments and mentions erased, as
     * DeleteMessage does, and a `message_deleted` event for each) or
     * anonymised (kept, with their sender replaced by the deleted-user
     * sender: id `00000000-0000-0000-0000-000000000000`, display name
     * `Deleted user`, no username). Either way the messages are unlinked
     * from the user, in the event log too: events already stored that carry
     * them are rewritten the same way and lose their actor.
     * Also in the same write: the user leaves every space and room (a
     * `member_left` event in each room), their reactions are removed (a
     * `reaction_removed` event each), their read markers, AI chat sessions
     * and shares are deleted, and their API keys go. Open streams made with
     * their keys or JWTs end at once (UNAUTHENTICATED), and their
     * credentials stop working. REPLRs they made stay with their spaces.
     * FAILED_PRECONDITION when the user is the only owner of a space (reason
     * `LAST_OWNER`, the spaces listed in the message: make someone else an
     * owner or delete the space first) or is the caller (reason
     * `CANNOT_DELETE_SELF`). Deleting a deleted user is NOT_FOUND.
     * </pre>
     */
    public dev.roundtable.v1.DeleteUserResponse deleteUser(dev.roundtable.v1.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteUserMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service UserService.
   * <pre>
   * Users and their API keys.
   * A caller authenticates with `Authorization: Bearer &lt;credential&gt;`, where the
   * credential is either an API key (`rtk_…`, made by CreateApiKey) or a user
   * JWT (`sub` = user id, `exp` required, `nbf` checked when present, with a
   * configured leeway, 5 s by default): HS256 with the server's configured
   * secret, or RS256/ES256 signed by the identity provider whose JWKS URL the
   * server is configured with; with an issuer or audience configured, `iss`
   * or `aud` must match. Revoking an API key, deleting its user, or the
   * expiry of the key or JWT ends the streams opened with it (UNAUTHENTICATED
   * as their last item).
   * Rules every RPC of every service follows:
   * - Ids are UUIDs in their canonical form: 36 characters of lowercase hex
   *   and hyphens. Other spellings (upper case, braces, `urn:uuid:`, no
   *   hyphens) are INVALID_ARGUMENT (reason `INVALID_ID`).
   * - Text holds no control characters: NUL, the other C0 controls and DEL
   *   are INVALID_ARGUMENT (reason `INVALID_CHARACTERS`) in every field;
   *   tab, line feed and carriage return are allowed only in text of several
   *   lines (message text, descriptions, prompts, comments, reasons), not in
   *   names.
   * - A request that is not a valid protobuf (or JSON) encoding of its type
   *   is INVALID_ARGUMENT (reason `MALFORMED_REQUEST`, over REST
   *   `MALFORMED_JSON`); a request message over 1 MiB (25 MiB for
   *   Transcribe) is OUT_OF_RANGE.
   * - Errors quote at most 100 characters of an offending value.
   * - Page tokens are opaque and belong to the list that issued them (its
   *   container, filters and order); any other is INVALID_ARGUMENT (reason
   *   `INVALID_PAGE_TOKEN`).
   * - Calls are rate limited per credential and per client address, with
   *   separate budgets for reads, writes and AI work, and a user holds a
   *   bounded number of open streams: RESOURCE_EXHAUSTED (reason
   *   `RATE_LIMITED` or `TOO_MANY_STREAMS`) with a RetryInfo saying when to
   *   retry (over REST: HTTP 429 with `Retry-After` and `RateLimit-*`).
   * Errors common to every RPC: UNAUTHENTICATED (reason `UNAUTHENTICATED`),
   * INVALID_ARGUMENT with a BadRequest detail, PERMISSION_DENIED (reason
   * `PERMISSION_DENIED` or `API_KEY_SCOPE_MISSING`), NOT_FOUND
   * (`USER_NOT_FOUND`, `API_KEY_NOT_FOUND`).
   * </pre>
   */
  public static final class UserServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<UserServiceFutureStub> {
    private UserServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user (a person or a service account). Server admins only.
     * A taken username fails with ALREADY_EXISTS (reason `USERNAME_TAKEN`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateUserResponse> createUser(
        dev.roundtable.v1.CreateUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a user the caller can see: themself, anyone who shares a space
     * with them, or anyone for a server admin. Others are NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetUserResponse> getUser(
        dev.roundtable.v1.GetUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the calling user.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetCurrentUserResponse> getCurrentUser(
        dev.roundtable.v1.GetCurrentUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCurrentUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every user, oldest first. Server admins only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListUsersResponse> listUsers(
        dev.roundtable.v1.ListUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates an API key. The secret is in the response and nowhere else, ever:
     * the server keeps only its SHA-256 hash. A key acts as its user, limited to
     * its scopes. Server admins may create keys for other users.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateApiKeyResponse> createApiKey(
        dev.roundtable.v1.CreateApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateApiKeyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the caller's API keys (or, for a server admin, another user's),
     * without their secrets, oldest first. Revoked keys are listed too.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListApiKeysResponse> listApiKeys(
        dev.roundtable.v1.ListApiKeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListApiKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes an API key at once. The owner of the key or a server admin may.
     * Revoking a revoked key changes nothing and succeeds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RevokeApiKeyResponse> revokeApiKey(
        dev.roundtable.v1.RevokeApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeApiKeyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a user's display name, or (server admins only) whether they
     * are a server admin. Users may change their own display name; server
     * admins anyone's. Only the fields set change. An admin may not take
     * away their own admin rights (FAILED_PRECONDITION, reason
     * `CANNOT_DEMOTE_SELF`), so a server always keeps one. New names show at
     * once wherever the user appears (messages, members).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpdateUserResponse> updateUser(
        dev.roundtable.v1.UpdateUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Mints a user JWT for a user: a short-lived credential a product's
     * backend hands to its browser or app, without writing JWT code. Server
     * admins only. The token is HS256 with the server's JWT secret and
     * carries `sub` (the user id), `iat`, `exp` and, when the server is
     * configured with them, `iss` and `aud`; it acts as the user with read and
     * write scopes. A JWT cannot be revoked before it expires: keep lifetimes
     * short. FAILED_PRECONDITION (reason `JWT_SECRET_NOT_CONFIGURED`) when the
     * server has no JWT secret.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateUserTokenResponse> createUserToken(
        dev.roundtable.v1.CreateUserTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateUserTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates or updates the users of a product, by the product's own ids:
     * each item is matched on `external_id` (unique per server); a match is
     * updated to what the item says (username, display name, avatar,
     * metadata: every field, so an item means the same on every call), an
     * unknown `external_id` makes a new user. Server admins only. At most
     * 100 items; the batch is one write: every item is applied or none is.
     * Sending the same batch again changes nothing and returns the same
     * users. New users are not server admins; an update keeps the admin flag
     * as it is. A username another user holds fails the whole batch with
     * ALREADY_EXISTS (reason `USERNAME_TAKEN`, the item's field in the
     * message); two items with the same `external_id` or username are
     * INVALID_ARGUMENT (reason `DUPLICATE_VALUE`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpsertUsersResponse> upsertUsers(
        dev.roundtable.v1.UpsertUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpsertUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a user and what identifies them, as privacy law asks; server
     * admins only. The caller chooses what becomes of the user's messages
     * (required): deleted (their text, attachments and mentions erased, as
     * DeleteMessage does, and a `message_deleted` event for each) or
     * anonymised (kept, with their sender replaced by the deleted-user
     * sender: id `00000000-0000-0000-0000-000000000000`, display name
     * `Deleted user`, no username). Either way the messages are unlinked
     * from the user, in the event log too: events already stored that carry
     * them are rewritten the same way and lose their actor.
     * Also in the same write: the user leaves every space and room (a
     * `member_left` event in each room), their reactions are removed (a
     * `reaction_removed` event each), their read markers, AI chat sessions
     * and shares are deleted, and their API keys go. Open streams made with
     * their keys or JWTs end at once (UNAUTHENTICATED), and their
     * credentials stop working. REPLRs they made stay with their spaces.
     * FAILED_PRECONDITION when the user is the only owner of a space (reason
     * `LAST_OWNER`, the spaces listed in the message: make someone else an
     * owner or delete the space first) or is the caller (reason
     * `CANNOT_DELETE_SELF`). Deleting a deleted user is NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteUserResponse> deleteUser(
        dev.roundtable.v1.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_USER = 0;
  private static final int METHODID_GET_USER = 1;
  private static final int METHODID_GET_CURRENT_USER = 2;
  private static final int METHODID_LIST_USERS = 3;
  private static final int METHODID_CREATE_API_KEY = 4;
  private static final int METHODID_LIST_API_KEYS = 5;
  private static final int METHODID_REVOKE_API_KEY = 6;
  private static final int METHODID_UPDATE_USER = 7;
  private static final int METHODID_CREATE_USER_TOKEN = 8;
  private static final int METHODID_UPSERT_USERS = 9;
  private static final int METHODID_DELETE_USER = 10;

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
        case METHODID_CREATE_USER:
          serviceImpl.createUser((dev.roundtable.v1.CreateUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateUserResponse>) responseObserver);
          break;
        case METHODID_GET_USER:
          serviceImpl.getUser((dev.roundtable.v1.GetUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetUserResponse>) responseObserver);
          break;
        case METHODID_GET_CURRENT_USER:
          serviceImpl.getCurrentUser((dev.roundtable.v1.GetCurrentUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetCurrentUserResponse>) responseObserver);
          break;
        case METHODID_LIST_USERS:
          serviceImpl.listUsers((dev.roundtable.v1.ListUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListUsersResponse>) responseObserver);
          break;
        case METHODID_CREATE_API_KEY:
          serviceImpl.createApiKey((dev.roundtable.v1.CreateApiKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateApiKeyResponse>) responseObserver);
          break;
        case METHODID_LIST_API_KEYS:
          serviceImpl.listApiKeys((dev.roundtable.v1.ListApiKeysRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListApiKeysResponse>) responseObserver);
          break;
        case METHODID_REVOKE_API_KEY:
          serviceImpl.revokeApiKey((dev.roundtable.v1.RevokeApiKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RevokeApiKeyResponse>) responseObserver);
          break;
        case METHODID_UPDATE_USER:
          serviceImpl.updateUser((dev.roundtable.v1.UpdateUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateUserResponse>) responseObserver);
          break;
        case METHODID_CREATE_USER_TOKEN:
          serviceImpl.createUserToken((dev.roundtable.v1.CreateUserTokenRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateUserTokenResponse>) responseObserver);
          break;
        case METHODID_UPSERT_USERS:
          serviceImpl.upsertUsers((dev.roundtable.v1.UpsertUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpsertUsersResponse>) responseObserver);
          break;
        case METHODID_DELETE_USER:
          serviceImpl.deleteUser((dev.roundtable.v1.DeleteUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteUserResponse>) responseObserver);
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
          getCreateUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateUserRequest,
              dev.roundtable.v1.CreateUserResponse>(
                service, METHODID_CREATE_USER)))
        .addMethod(
          getGetUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetUserRequest,
              dev.roundtable.v1.GetUserResponse>(
                service, METHODID_GET_USER)))
        .addMethod(
          getGetCurrentUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetCurrentUserRequest,
              dev.roundtable.v1.GetCurrentUserResponse>(
                service, METHODID_GET_CURRENT_USER)))
        .addMethod(
          getListUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListUsersRequest,
              dev.roundtable.v1.ListUsersResponse>(
                service, METHODID_LIST_USERS)))
        .addMethod(
          getCreateApiKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateApiKeyRequest,
              dev.roundtable.v1.CreateApiKeyResponse>(
                service, METHODID_CREATE_API_KEY)))
        .addMethod(
          getListApiKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListApiKeysRequest,
              dev.roundtable.v1.ListApiKeysResponse>(
                service, METHODID_LIST_API_KEYS)))
        .addMethod(
          getRevokeApiKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RevokeApiKeyRequest,
              dev.roundtable.v1.RevokeApiKeyResponse>(
                service, METHODID_REVOKE_API_KEY)))
        .addMethod(
          getUpdateUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpdateUserRequest,
              dev.roundtable.v1.UpdateUserResponse>(
                service, METHODID_UPDATE_USER)))
        .addMethod(
          getCreateUserTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateUserTokenRequest,
              dev.roundtable.v1.CreateUserTokenResponse>(
                service, METHODID_CREATE_USER_TOKEN)))
        .addMethod(
          getUpsertUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpsertUsersRequest,
              dev.roundtable.v1.UpsertUsersResponse>(
                service, METHODID_UPSERT_USERS)))
        .addMethod(
          getDeleteUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteUserRequest,
              dev.roundtable.v1.DeleteUserResponse>(
                service, METHODID_DELETE_USER)))
        .build();
  }

  private static abstract class UserServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    UserServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.UserProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("UserService");
    }
  }

  private static final class UserServiceFileDescriptorSupplier
      extends UserServiceBaseDescriptorSupplier {
    UserServiceFileDescriptorSupplier() {}
  }

  private static final class UserServiceMethodDescriptorSupplier
      extends UserServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    UserServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (UserServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new UserServiceFileDescriptorSupplier())
              .addMethod(getCreateUserMethod())
              .addMethod(getGetUserMethod())
              .addMethod(getGetCurrentUserMethod())
              .addMethod(getListUsersMethod())
              .addMethod(getCreateApiKeyMethod())
              .addMethod(getListApiKeysMethod())
              .addMethod(getRevokeApiKeyMethod())
              .addMethod(getUpdateUserMethod())
              .addMethod(getCreateUserTokenMethod())
              .addMethod(getUpsertUsersMethod())
              .addMethod(getDeleteUserMethod())
              .build();
        }
      }
    }
    return result;
  }
}
