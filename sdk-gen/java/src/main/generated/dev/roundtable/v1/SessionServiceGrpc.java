package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Sessions are private AI chats. A session belongs to a space (whose AI
 * credits pay for its answers) and to the user who created it, its owner.
 * The owner sends messages; the session's model answers each one, token by
 * token. Only the owner reads and writes a session; users it is shared
 * with (`ShareSession`) read it; anyone holding its public link reads it
 * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
 * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
 * who is no longer a member of the session's space.
 * How an answer is made: the session's `system_prompt`, then its most
 * recent messages, oldest first (at most 100 messages within about 6,000
 * tokens; answers in their latest version, and only those that completed;
 * the newest message always counts), go to the session's provider and
 * model. The answer is stored at once in state `STREAMING`, in the same
 * write as the message it answers; its text, token usage and charge are
 * stored together when it ends. It goes on when the caller disconnects.
 * One answer streams at a time in a session. An answer is made exactly as
 * a REPLR's reply in a room is (MessageService): the same failure reasons,
 * the same charge rule (what arrived of an answer that failed or was
 * cancelled is charged, estimated; nothing arrived, nothing is charged),
 * and answers left streaming by a server that stopped end `FAILED` with
 * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
 * another, when several replicas serve).
 * Live events: `EventService.Subscribe` with `session_ids` streams a
 * session's messages, answers (started, each delta, completed, failed or
 * cancelled, regenerated), ratings and deletions to its owner and the
 * users it is shared with, resumable from a cursor as a room's events are.
 * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
 * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
 * `SendSessionMessage` with `async` returns at once with a job id for
 * `GetSessionJob` (or `WatchSessionJob`).
 * Credits: creating a session and every AI call (answers, regenerations,
 * summaries) need the space to have AI credits left, else
 * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
 * Each answer's token usage is charged to the space when it is stored.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
 * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
 * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
 * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
 * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
 * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
 * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
 * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
 * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
 * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
 * the session's provider or model is no longer configured), UNAVAILABLE
 * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
 * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
 * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SessionServiceGrpc {

  private SessionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.SessionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CreateSessionRequest,
      dev.roundtable.v1.CreateSessionResponse> getCreateSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSession",
      requestType = dev.roundtable.v1.CreateSessionRequest.class,
      responseType = dev.roundtable.v1.CreateSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CreateSessionRequest,
      dev.roundtable.v1.CreateSessionResponse> getCreateSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CreateSessionRequest, dev.roundtable.v1.CreateSessionResponse> getCreateSessionMethod;
    if ((getCreateSessionMethod = SessionServiceGrpc.getCreateSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getCreateSessionMethod = SessionServiceGrpc.getCreateSessionMethod) == null) {
          SessionServiceGrpc.getCreateSessionMethod = getCreateSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CreateSessionRequest, dev.roundtable.v1.CreateSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CreateSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("CreateSession"))
              .build();
        }
      }
    }
    return getCreateSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionRequest,
      dev.roundtable.v1.GetSessionResponse> getGetSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSession",
      requestType = dev.roundtable.v1.GetSessionRequest.class,
      responseType = dev.roundtable.v1.GetSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionRequest,
      dev.roundtable.v1.GetSessionResponse> getGetSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionRequest, dev.roundtable.v1.GetSessionResponse> getGetSessionMethod;
    if ((getGetSessionMethod = SessionServiceGrpc.getGetSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSessionMethod = SessionServiceGrpc.getGetSessionMethod) == null) {
          SessionServiceGrpc.getGetSessionMethod = getGetSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetSessionRequest, dev.roundtable.v1.GetSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSession"))
              .build();
        }
      }
    }
    return getGetSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionsRequest,
      dev.roundtable.v1.ListSessionsResponse> getListSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSessions",
      requestType = dev.roundtable.v1.ListSessionsRequest.class,
      responseType = dev.roundtable.v1.ListSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionsRequest,
      dev.roundtable.v1.ListSessionsResponse> getListSessionsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionsRequest, dev.roundtable.v1.ListSessionsResponse> getListSessionsMethod;
    if ((getListSessionsMethod = SessionServiceGrpc.getListSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListSessionsMethod = SessionServiceGrpc.getListSessionsMethod) == null) {
          SessionServiceGrpc.getListSessionsMethod = getListSessionsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListSessionsRequest, dev.roundtable.v1.ListSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListSessions"))
              .build();
        }
      }
    }
    return getListSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSessionRequest,
      dev.roundtable.v1.UpdateSessionResponse> getUpdateSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSession",
      requestType = dev.roundtable.v1.UpdateSessionRequest.class,
      responseType = dev.roundtable.v1.UpdateSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSessionRequest,
      dev.roundtable.v1.UpdateSessionResponse> getUpdateSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.UpdateSessionRequest, dev.roundtable.v1.UpdateSessionResponse> getUpdateSessionMethod;
    if ((getUpdateSessionMethod = SessionServiceGrpc.getUpdateSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getUpdateSessionMethod = SessionServiceGrpc.getUpdateSessionMethod) == null) {
          SessionServiceGrpc.getUpdateSessionMethod = getUpdateSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.UpdateSessionRequest, dev.roundtable.v1.UpdateSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.UpdateSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("UpdateSession"))
              .build();
        }
      }
    }
    return getUpdateSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSessionRequest,
      dev.roundtable.v1.DeleteSessionResponse> getDeleteSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSession",
      requestType = dev.roundtable.v1.DeleteSessionRequest.class,
      responseType = dev.roundtable.v1.DeleteSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSessionRequest,
      dev.roundtable.v1.DeleteSessionResponse> getDeleteSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSessionRequest, dev.roundtable.v1.DeleteSessionResponse> getDeleteSessionMethod;
    if ((getDeleteSessionMethod = SessionServiceGrpc.getDeleteSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getDeleteSessionMethod = SessionServiceGrpc.getDeleteSessionMethod) == null) {
          SessionServiceGrpc.getDeleteSessionMethod = getDeleteSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteSessionRequest, dev.roundtable.v1.DeleteSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("DeleteSession"))
              .build();
        }
      }
    }
    return getDeleteSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SendSessionMessageRequest,
      dev.roundtable.v1.SendSessionMessageResponse> getSendSessionMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendSessionMessage",
      requestType = dev.roundtable.v1.SendSessionMessageRequest.class,
      responseType = dev.roundtable.v1.SendSessionMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SendSessionMessageRequest,
      dev.roundtable.v1.SendSessionMessageResponse> getSendSessionMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SendSessionMessageRequest, dev.roundtable.v1.SendSessionMessageResponse> getSendSessionMessageMethod;
    if ((getSendSessionMessageMethod = SessionServiceGrpc.getSendSessionMessageMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getSendSessionMessageMethod = SessionServiceGrpc.getSendSessionMessageMethod) == null) {
          SessionServiceGrpc.getSendSessionMessageMethod = getSendSessionMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SendSessionMessageRequest, dev.roundtable.v1.SendSessionMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendSessionMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendSessionMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendSessionMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("SendSessionMessage"))
              .build();
        }
      }
    }
    return getSendSessionMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SendSessionMessageStreamRequest,
      dev.roundtable.v1.SendSessionMessageStreamResponse> getSendSessionMessageStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendSessionMessageStream",
      requestType = dev.roundtable.v1.SendSessionMessageStreamRequest.class,
      responseType = dev.roundtable.v1.SendSessionMessageStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SendSessionMessageStreamRequest,
      dev.roundtable.v1.SendSessionMessageStreamResponse> getSendSessionMessageStreamMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SendSessionMessageStreamRequest, dev.roundtable.v1.SendSessionMessageStreamResponse> getSendSessionMessageStreamMethod;
    if ((getSendSessionMessageStreamMethod = SessionServiceGrpc.getSendSessionMessageStreamMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getSendSessionMessageStreamMethod = SessionServiceGrpc.getSendSessionMessageStreamMethod) == null) {
          SessionServiceGrpc.getSendSessionMessageStreamMethod = getSendSessionMessageStreamMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SendSessionMessageStreamRequest, dev.roundtable.v1.SendSessionMessageStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendSessionMessageStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendSessionMessageStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendSessionMessageStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("SendSessionMessageStream"))
              .build();
        }
      }
    }
    return getSendSessionMessageStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionJobRequest,
      dev.roundtable.v1.GetSessionJobResponse> getGetSessionJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSessionJob",
      requestType = dev.roundtable.v1.GetSessionJobRequest.class,
      responseType = dev.roundtable.v1.GetSessionJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionJobRequest,
      dev.roundtable.v1.GetSessionJobResponse> getGetSessionJobMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionJobRequest, dev.roundtable.v1.GetSessionJobResponse> getGetSessionJobMethod;
    if ((getGetSessionJobMethod = SessionServiceGrpc.getGetSessionJobMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSessionJobMethod = SessionServiceGrpc.getGetSessionJobMethod) == null) {
          SessionServiceGrpc.getGetSessionJobMethod = getGetSessionJobMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetSessionJobRequest, dev.roundtable.v1.GetSessionJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSessionJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSessionJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSessionJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSessionJob"))
              .build();
        }
      }
    }
    return getGetSessionJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.WatchSessionJobRequest,
      dev.roundtable.v1.WatchSessionJobResponse> getWatchSessionJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchSessionJob",
      requestType = dev.roundtable.v1.WatchSessionJobRequest.class,
      responseType = dev.roundtable.v1.WatchSessionJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.WatchSessionJobRequest,
      dev.roundtable.v1.WatchSessionJobResponse> getWatchSessionJobMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.WatchSessionJobRequest, dev.roundtable.v1.WatchSessionJobResponse> getWatchSessionJobMethod;
    if ((getWatchSessionJobMethod = SessionServiceGrpc.getWatchSessionJobMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getWatchSessionJobMethod = SessionServiceGrpc.getWatchSessionJobMethod) == null) {
          SessionServiceGrpc.getWatchSessionJobMethod = getWatchSessionJobMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.WatchSessionJobRequest, dev.roundtable.v1.WatchSessionJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchSessionJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.WatchSessionJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.WatchSessionJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("WatchSessionJob"))
              .build();
        }
      }
    }
    return getWatchSessionJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CancelSessionJobRequest,
      dev.roundtable.v1.CancelSessionJobResponse> getCancelSessionJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelSessionJob",
      requestType = dev.roundtable.v1.CancelSessionJobRequest.class,
      responseType = dev.roundtable.v1.CancelSessionJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CancelSessionJobRequest,
      dev.roundtable.v1.CancelSessionJobResponse> getCancelSessionJobMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CancelSessionJobRequest, dev.roundtable.v1.CancelSessionJobResponse> getCancelSessionJobMethod;
    if ((getCancelSessionJobMethod = SessionServiceGrpc.getCancelSessionJobMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getCancelSessionJobMethod = SessionServiceGrpc.getCancelSessionJobMethod) == null) {
          SessionServiceGrpc.getCancelSessionJobMethod = getCancelSessionJobMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CancelSessionJobRequest, dev.roundtable.v1.CancelSessionJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelSessionJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CancelSessionJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CancelSessionJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("CancelSessionJob"))
              .build();
        }
      }
    }
    return getCancelSessionJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionMessagesRequest,
      dev.roundtable.v1.ListSessionMessagesResponse> getListSessionMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSessionMessages",
      requestType = dev.roundtable.v1.ListSessionMessagesRequest.class,
      responseType = dev.roundtable.v1.ListSessionMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionMessagesRequest,
      dev.roundtable.v1.ListSessionMessagesResponse> getListSessionMessagesMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionMessagesRequest, dev.roundtable.v1.ListSessionMessagesResponse> getListSessionMessagesMethod;
    if ((getListSessionMessagesMethod = SessionServiceGrpc.getListSessionMessagesMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListSessionMessagesMethod = SessionServiceGrpc.getListSessionMessagesMethod) == null) {
          SessionServiceGrpc.getListSessionMessagesMethod = getListSessionMessagesMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListSessionMessagesRequest, dev.roundtable.v1.ListSessionMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSessionMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSessionMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSessionMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListSessionMessages"))
              .build();
        }
      }
    }
    return getListSessionMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionMessageRequest,
      dev.roundtable.v1.GetSessionMessageResponse> getGetSessionMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSessionMessage",
      requestType = dev.roundtable.v1.GetSessionMessageRequest.class,
      responseType = dev.roundtable.v1.GetSessionMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionMessageRequest,
      dev.roundtable.v1.GetSessionMessageResponse> getGetSessionMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetSessionMessageRequest, dev.roundtable.v1.GetSessionMessageResponse> getGetSessionMessageMethod;
    if ((getGetSessionMessageMethod = SessionServiceGrpc.getGetSessionMessageMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSessionMessageMethod = SessionServiceGrpc.getGetSessionMessageMethod) == null) {
          SessionServiceGrpc.getGetSessionMessageMethod = getGetSessionMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetSessionMessageRequest, dev.roundtable.v1.GetSessionMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSessionMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSessionMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSessionMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSessionMessage"))
              .build();
        }
      }
    }
    return getGetSessionMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListAnswerVersionsRequest,
      dev.roundtable.v1.ListAnswerVersionsResponse> getListAnswerVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAnswerVersions",
      requestType = dev.roundtable.v1.ListAnswerVersionsRequest.class,
      responseType = dev.roundtable.v1.ListAnswerVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListAnswerVersionsRequest,
      dev.roundtable.v1.ListAnswerVersionsResponse> getListAnswerVersionsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListAnswerVersionsRequest, dev.roundtable.v1.ListAnswerVersionsResponse> getListAnswerVersionsMethod;
    if ((getListAnswerVersionsMethod = SessionServiceGrpc.getListAnswerVersionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListAnswerVersionsMethod = SessionServiceGrpc.getListAnswerVersionsMethod) == null) {
          SessionServiceGrpc.getListAnswerVersionsMethod = getListAnswerVersionsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListAnswerVersionsRequest, dev.roundtable.v1.ListAnswerVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAnswerVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListAnswerVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListAnswerVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListAnswerVersions"))
              .build();
        }
      }
    }
    return getListAnswerVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSessionMessageRequest,
      dev.roundtable.v1.DeleteSessionMessageResponse> getDeleteSessionMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSessionMessage",
      requestType = dev.roundtable.v1.DeleteSessionMessageRequest.class,
      responseType = dev.roundtable.v1.DeleteSessionMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSessionMessageRequest,
      dev.roundtable.v1.DeleteSessionMessageResponse> getDeleteSessionMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteSessionMessageRequest, dev.roundtable.v1.DeleteSessionMessageResponse> getDeleteSessionMessageMethod;
    if ((getDeleteSessionMessageMethod = SessionServiceGrpc.getDeleteSessionMessageMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getDeleteSessionMessageMethod = SessionServiceGrpc.getDeleteSessionMessageMethod) == null) {
          SessionServiceGrpc.getDeleteSessionMessageMethod = getDeleteSessionMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteSessionMessageRequest, dev.roundtable.v1.DeleteSessionMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSessionMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteSessionMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteSessionMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("DeleteSessionMessage"))
              .build();
        }
      }
    }
    return getDeleteSessionMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RegenerateAnswerRequest,
      dev.roundtable.v1.RegenerateAnswerResponse> getRegenerateAnswerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegenerateAnswer",
      requestType = dev.roundtable.v1.RegenerateAnswerRequest.class,
      responseType = dev.roundtable.v1.RegenerateAnswerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RegenerateAnswerRequest,
      dev.roundtable.v1.RegenerateAnswerResponse> getRegenerateAnswerMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RegenerateAnswerRequest, dev.roundtable.v1.RegenerateAnswerResponse> getRegenerateAnswerMethod;
    if ((getRegenerateAnswerMethod = SessionServiceGrpc.getRegenerateAnswerMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getRegenerateAnswerMethod = SessionServiceGrpc.getRegenerateAnswerMethod) == null) {
          SessionServiceGrpc.getRegenerateAnswerMethod = getRegenerateAnswerMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RegenerateAnswerRequest, dev.roundtable.v1.RegenerateAnswerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegenerateAnswer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RegenerateAnswerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RegenerateAnswerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("RegenerateAnswer"))
              .build();
        }
      }
    }
    return getRegenerateAnswerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RateMessageRequest,
      dev.roundtable.v1.RateMessageResponse> getRateMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RateMessage",
      requestType = dev.roundtable.v1.RateMessageRequest.class,
      responseType = dev.roundtable.v1.RateMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RateMessageRequest,
      dev.roundtable.v1.RateMessageResponse> getRateMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RateMessageRequest, dev.roundtable.v1.RateMessageResponse> getRateMessageMethod;
    if ((getRateMessageMethod = SessionServiceGrpc.getRateMessageMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getRateMessageMethod = SessionServiceGrpc.getRateMessageMethod) == null) {
          SessionServiceGrpc.getRateMessageMethod = getRateMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RateMessageRequest, dev.roundtable.v1.RateMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RateMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RateMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RateMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("RateMessage"))
              .build();
        }
      }
    }
    return getRateMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SendAssistantMessageRequest,
      dev.roundtable.v1.SendAssistantMessageResponse> getSendAssistantMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendAssistantMessage",
      requestType = dev.roundtable.v1.SendAssistantMessageRequest.class,
      responseType = dev.roundtable.v1.SendAssistantMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SendAssistantMessageRequest,
      dev.roundtable.v1.SendAssistantMessageResponse> getSendAssistantMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SendAssistantMessageRequest, dev.roundtable.v1.SendAssistantMessageResponse> getSendAssistantMessageMethod;
    if ((getSendAssistantMessageMethod = SessionServiceGrpc.getSendAssistantMessageMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getSendAssistantMessageMethod = SessionServiceGrpc.getSendAssistantMessageMethod) == null) {
          SessionServiceGrpc.getSendAssistantMessageMethod = getSendAssistantMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SendAssistantMessageRequest, dev.roundtable.v1.SendAssistantMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendAssistantMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendAssistantMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendAssistantMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("SendAssistantMessage"))
              .build();
        }
      }
    }
    return getSendAssistantMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SetSessionPublicLinkRequest,
      dev.roundtable.v1.SetSessionPublicLinkResponse> getSetSessionPublicLinkMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetSessionPublicLink",
      requestType = dev.roundtable.v1.SetSessionPublicLinkRequest.class,
      responseType = dev.roundtable.v1.SetSessionPublicLinkResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SetSessionPublicLinkRequest,
      dev.roundtable.v1.SetSessionPublicLinkResponse> getSetSessionPublicLinkMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SetSessionPublicLinkRequest, dev.roundtable.v1.SetSessionPublicLinkResponse> getSetSessionPublicLinkMethod;
    if ((getSetSessionPublicLinkMethod = SessionServiceGrpc.getSetSessionPublicLinkMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getSetSessionPublicLinkMethod = SessionServiceGrpc.getSetSessionPublicLinkMethod) == null) {
          SessionServiceGrpc.getSetSessionPublicLinkMethod = getSetSessionPublicLinkMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SetSessionPublicLinkRequest, dev.roundtable.v1.SetSessionPublicLinkResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetSessionPublicLink"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SetSessionPublicLinkRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SetSessionPublicLinkResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("SetSessionPublicLink"))
              .build();
        }
      }
    }
    return getSetSessionPublicLinkMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetSharedSessionRequest,
      dev.roundtable.v1.GetSharedSessionResponse> getGetSharedSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSharedSession",
      requestType = dev.roundtable.v1.GetSharedSessionRequest.class,
      responseType = dev.roundtable.v1.GetSharedSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetSharedSessionRequest,
      dev.roundtable.v1.GetSharedSessionResponse> getGetSharedSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetSharedSessionRequest, dev.roundtable.v1.GetSharedSessionResponse> getGetSharedSessionMethod;
    if ((getGetSharedSessionMethod = SessionServiceGrpc.getGetSharedSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSharedSessionMethod = SessionServiceGrpc.getGetSharedSessionMethod) == null) {
          SessionServiceGrpc.getGetSharedSessionMethod = getGetSharedSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetSharedSessionRequest, dev.roundtable.v1.GetSharedSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSharedSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSharedSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetSharedSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSharedSession"))
              .build();
        }
      }
    }
    return getGetSharedSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListSharedSessionMessagesRequest,
      dev.roundtable.v1.ListSharedSessionMessagesResponse> getListSharedSessionMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSharedSessionMessages",
      requestType = dev.roundtable.v1.ListSharedSessionMessagesRequest.class,
      responseType = dev.roundtable.v1.ListSharedSessionMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListSharedSessionMessagesRequest,
      dev.roundtable.v1.ListSharedSessionMessagesResponse> getListSharedSessionMessagesMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListSharedSessionMessagesRequest, dev.roundtable.v1.ListSharedSessionMessagesResponse> getListSharedSessionMessagesMethod;
    if ((getListSharedSessionMessagesMethod = SessionServiceGrpc.getListSharedSessionMessagesMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListSharedSessionMessagesMethod = SessionServiceGrpc.getListSharedSessionMessagesMethod) == null) {
          SessionServiceGrpc.getListSharedSessionMessagesMethod = getListSharedSessionMessagesMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListSharedSessionMessagesRequest, dev.roundtable.v1.ListSharedSessionMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSharedSessionMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSharedSessionMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSharedSessionMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListSharedSessionMessages"))
              .build();
        }
      }
    }
    return getListSharedSessionMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ShareSessionRequest,
      dev.roundtable.v1.ShareSessionResponse> getShareSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ShareSession",
      requestType = dev.roundtable.v1.ShareSessionRequest.class,
      responseType = dev.roundtable.v1.ShareSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ShareSessionRequest,
      dev.roundtable.v1.ShareSessionResponse> getShareSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ShareSessionRequest, dev.roundtable.v1.ShareSessionResponse> getShareSessionMethod;
    if ((getShareSessionMethod = SessionServiceGrpc.getShareSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getShareSessionMethod = SessionServiceGrpc.getShareSessionMethod) == null) {
          SessionServiceGrpc.getShareSessionMethod = getShareSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ShareSessionRequest, dev.roundtable.v1.ShareSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ShareSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ShareSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ShareSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ShareSession"))
              .build();
        }
      }
    }
    return getShareSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionSharesRequest,
      dev.roundtable.v1.ListSessionSharesResponse> getListSessionSharesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSessionShares",
      requestType = dev.roundtable.v1.ListSessionSharesRequest.class,
      responseType = dev.roundtable.v1.ListSessionSharesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionSharesRequest,
      dev.roundtable.v1.ListSessionSharesResponse> getListSessionSharesMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListSessionSharesRequest, dev.roundtable.v1.ListSessionSharesResponse> getListSessionSharesMethod;
    if ((getListSessionSharesMethod = SessionServiceGrpc.getListSessionSharesMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListSessionSharesMethod = SessionServiceGrpc.getListSessionSharesMethod) == null) {
          SessionServiceGrpc.getListSessionSharesMethod = getListSessionSharesMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListSessionSharesRequest, dev.roundtable.v1.ListSessionSharesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSessionShares"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSessionSharesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListSessionSharesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListSessionShares"))
              .build();
        }
      }
    }
    return getListSessionSharesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RevokeSessionShareRequest,
      dev.roundtable.v1.RevokeSessionShareResponse> getRevokeSessionShareMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeSessionShare",
      requestType = dev.roundtable.v1.RevokeSessionShareRequest.class,
      responseType = dev.roundtable.v1.RevokeSessionShareResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RevokeSessionShareRequest,
      dev.roundtable.v1.RevokeSessionShareResponse> getRevokeSessionShareMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RevokeSessionShareRequest, dev.roundtable.v1.RevokeSessionShareResponse> getRevokeSessionShareMethod;
    if ((getRevokeSessionShareMethod = SessionServiceGrpc.getRevokeSessionShareMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getRevokeSessionShareMethod = SessionServiceGrpc.getRevokeSessionShareMethod) == null) {
          SessionServiceGrpc.getRevokeSessionShareMethod = getRevokeSessionShareMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RevokeSessionShareRequest, dev.roundtable.v1.RevokeSessionShareResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeSessionShare"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RevokeSessionShareRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RevokeSessionShareResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("RevokeSessionShare"))
              .build();
        }
      }
    }
    return getRevokeSessionShareMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SummarizeSessionRequest,
      dev.roundtable.v1.SummarizeSessionResponse> getSummarizeSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SummarizeSession",
      requestType = dev.roundtable.v1.SummarizeSessionRequest.class,
      responseType = dev.roundtable.v1.SummarizeSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SummarizeSessionRequest,
      dev.roundtable.v1.SummarizeSessionResponse> getSummarizeSessionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SummarizeSessionRequest, dev.roundtable.v1.SummarizeSessionResponse> getSummarizeSessionMethod;
    if ((getSummarizeSessionMethod = SessionServiceGrpc.getSummarizeSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getSummarizeSessionMethod = SessionServiceGrpc.getSummarizeSessionMethod) == null) {
          SessionServiceGrpc.getSummarizeSessionMethod = getSummarizeSessionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SummarizeSessionRequest, dev.roundtable.v1.SummarizeSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SummarizeSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SummarizeSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SummarizeSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("SummarizeSession"))
              .build();
        }
      }
    }
    return getSummarizeSessionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SessionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceStub>() {
        @java.lang.Override
        public SessionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceStub(channel, callOptions);
        }
      };
    return SessionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SessionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingV2Stub>() {
        @java.lang.Override
        public SessionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SessionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SessionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingStub>() {
        @java.lang.Override
        public SessionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceBlockingStub(channel, callOptions);
        }
      };
    return SessionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SessionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceFutureStub>() {
        @java.lang.Override
        public SessionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceFutureStub(channel, callOptions);
        }
      };
    return SessionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Sessions are private AI chats. A session belongs to a space (whose AI
   * credits pay for its answers) and to the user who created it, its owner.
   * The owner sends messages; the session's model answers each one, token by
   * token. Only the owner reads and writes a session; users it is shared
   * with (`ShareSession`) read it; anyone holding its public link reads it
   * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
   * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
   * who is no longer a member of the session's space.
   * How an answer is made: the session's `system_prompt`, then its most
   * recent messages, oldest first (at most 100 messages within about 6,000
   * tokens; answers in their latest version, and only those that completed;
   * the newest message always counts), go to the session's provider and
   * model. The answer is stored at once in state `STREAMING`, in the same
   * write as the message it answers; its text, token usage and charge are
   * stored together when it ends. It goes on when the caller disconnects.
   * One answer streams at a time in a session. An answer is made exactly as
   * a REPLR's reply in a room is (MessageService): the same failure reasons,
   * the same charge rule (what arrived of an answer that failed or was
   * cancelled is charged, estimated; nothing arrived, nothing is charged),
   * and answers left streaming by a server that stopped end `FAILED` with
   * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
   * another, when several replicas serve).
   * Live events: `EventService.Subscribe` with `session_ids` streams a
   * session's messages, answers (started, each delta, completed, failed or
   * cancelled, regenerated), ratings and deletions to its owner and the
   * users it is shared with, resumable from a cursor as a room's events are.
   * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
   * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
   * `SendSessionMessage` with `async` returns at once with a job id for
   * `GetSessionJob` (or `WatchSessionJob`).
   * Credits: creating a session and every AI call (answers, regenerations,
   * summaries) need the space to have AI credits left, else
   * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
   * Each answer's token usage is charged to the space when it is stored.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
   * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
   * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
   * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
   * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
   * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
   * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
   * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
   * the session's provider or model is no longer configured), UNAVAILABLE
   * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
   * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
   * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a session in a space, owned by the caller. Any member of the
     * space but a viewer may. The provider and model must be configured on
     * the server (see ModelService.ListModels): else INVALID_ARGUMENT with
     * reason `UNKNOWN_PROVIDER` or `UNKNOWN_MODEL`. With a `request_id`, a
     * retry returns the first session and creates nothing.
     * </pre>
     */
    default void createSession(dev.roundtable.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a session the caller owns or that is shared with them.
     * </pre>
     */
    default void getSession(dev.roundtable.v1.GetSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's sessions in a space, oldest first; or, with
     * `shared_with_me`, the sessions of others in the space shared with the
     * caller. Any member of the space.
     * </pre>
     */
    default void listSessions(dev.roundtable.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a session's settings; only the fields that are set change. The
     * owner only, and not as a space viewer. The next answer uses the new
     * settings.
     * </pre>
     */
    default void updateSession(dev.roundtable.v1.UpdateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a session with its messages, shares and public link. An answer
     * still streaming is stopped (its usage is still charged). The owner only.
     * </pre>
     */
    default void deleteSession(dev.roundtable.v1.DeleteSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the owner's message and starts the answer. Without `async`,
     * returns once the answer has ended, or after 60 seconds with the answer
     * as it stands (still `STREAMING`, its text so far: follow it with
     * GetSessionJob). With `async`, returns at once, the answer `STREAMING`.
     * A provider failure is not an error of this call: the answer ends
     * `FAILED` with `failure_reason`, and the message is kept. The owner
     * only, and not as a space viewer. While an answer streams, another
     * message fails with FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`).
     * </pre>
     */
    default void sendSessionMessage(dev.roundtable.v1.SendSessionMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendSessionMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendSessionMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * As SendSessionMessage, streaming what follows: the stored message,
     * the answer as it starts (`STREAMING`, empty), each delta of its text,
     * and the answer as it ended. When the answer fails, the failed answer is
     * sent, then the stream ends with an error carrying its
     * `failure_reason`: UNAVAILABLE for the provider's failures,
     * FAILED_PRECONDITION for `MODEL_UNAVAILABLE`. Closing the stream does
     * not stop the answer.
     * </pre>
     */
    default void sendSessionMessageStream(dev.roundtable.v1.SendSessionMessageStreamRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendSessionMessageStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendSessionMessageStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns an answer's progress, for a caller that did not wait. The job
     * id is the answer's message id. While it streams, `answer.text` holds
     * the text so far. Whoever may read the session.
     * </pre>
     */
    default void getSessionJob(dev.roundtable.v1.GetSessionJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSessionJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams an answer from where it stands: its text so far (a snapshot),
     * every further delta, then the answer as it ended (for a failed answer,
     * then UNAVAILABLE as in SendSessionMessageStream). For an answer that
     * already ended, only that. Whoever may read the session.
     * </pre>
     */
    default void watchSessionJob(dev.roundtable.v1.WatchSessionJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.WatchSessionJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchSessionJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stops an answer that is still streaming: it keeps the text so far and
     * ends `CANCELLED`. The owner only. Cancelling a cancelled answer changes
     * nothing; one that completed or failed gives FAILED_PRECONDITION
     * (`ANSWER_FINISHED`).
     * </pre>
     */
    default void cancelSessionJob(dev.roundtable.v1.CancelSessionJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CancelSessionJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelSessionJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists a session's messages: user messages, assistant messages and each
     * answer in its latest version. Oldest first unless `order` says
     * otherwise. Whoever may read the session.
     * </pre>
     */
    default void listSessionMessages(dev.roundtable.v1.ListSessionMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSessionMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one message of a session, in any version.
     * </pre>
     */
    default void getSessionMessage(dev.roundtable.v1.GetSessionMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSessionMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every version of an answer, oldest (version 1) first, given the
     * id of any of them (for a message that is not the model's answer, that
     * message alone). Whoever may read the session.
     * </pre>
     */
    default void listAnswerVersions(dev.roundtable.v1.ListAnswerVersionsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListAnswerVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAnswerVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a message. Deleting a user message deletes its answers (every
     * version); deleting an answer's latest version makes the version before
     * it the latest again. A message whose answer is still streaming gives
     * FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`). The owner only.
     * </pre>
     */
    default void deleteSessionMessage(dev.roundtable.v1.DeleteSessionMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSessionMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSessionMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Answers the session's last user message again. The answer there was
     * stays, as an earlier version (see ListAnswerVersions); the new one is
     * version n+1 and the latest. The session's last message must be that
     * user message or an answer to it (else FAILED_PRECONDITION,
     * `NOTHING_TO_REGENERATE`), and no answer may be streaming
     * (`ANSWER_IN_PROGRESS`). Waits as SendSessionMessage does, unless
     * `async`. The owner only, and not as a space viewer.
     * </pre>
     */
    default void regenerateAnswer(dev.roundtable.v1.RegenerateAnswerRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RegenerateAnswerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegenerateAnswerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Rates an assistant message, up or down, with an optional comment; a
     * new rating replaces the old; `RATING_UNSPECIFIED` removes it. The owner
     * only. A user message gives FAILED_PRECONDITION (`NOT_AN_ANSWER`), an
     * answer still streaming `ANSWER_IN_PROGRESS`.
     * </pre>
     */
    default void rateMessage(dev.roundtable.v1.RateMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RateMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRateMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds an assistant message written by a person (no AI call, no credits):
     * for a person taking over a conversation. Space owners and admins, in a
     * session they can read (their own, or one shared with them).
     * </pre>
     */
    default void sendAssistantMessage(dev.roundtable.v1.SendAssistantMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendAssistantMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendAssistantMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Turns the session's public link on or off. On: the session gets a new
     * unguessable `link_id` (or keeps the one it has), with which anyone may
     * read it without credentials (GetSharedSession). Off: the link id is
     * forgotten, and requests with it get NOT_FOUND
     * (`SESSION_LINK_NOT_FOUND`); turning it on again makes a new one. The
     * owner only.
     * </pre>
     */
    default void setSessionPublicLink(dev.roundtable.v1.SetSessionPublicLinkRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SetSessionPublicLinkResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetSessionPublicLinkMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a session by its public link. Needs no credentials; read-only.
     * Shows what the conversation is (name, title, summary, labels), not who
     * owns it nor its settings.
     * </pre>
     */
    default void getSharedSession(dev.roundtable.v1.GetSharedSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSharedSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSharedSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the messages of a session by its public link, as
     * ListSessionMessages does, without ratings or authors. Needs no
     * credentials.
     * </pre>
     */
    default void listSharedSessionMessages(dev.roundtable.v1.ListSharedSessionMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSharedSessionMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSharedSessionMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lets a member of the session's space read the session (read-only).
     * The owner only. Sharing with someone it is already shared with changes
     * nothing. The user must be a member of the space (else NOT_FOUND,
     * `USER_NOT_FOUND`); a session is shared with at most 100 users
     * (FAILED_PRECONDITION, `SESSION_SHARE_LIMIT`).
     * </pre>
     */
    default void shareSession(dev.roundtable.v1.ShareSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ShareSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getShareSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the users a session is shared with, in the order it was shared.
     * The owner only.
     * </pre>
     */
    default void listSessionShares(dev.roundtable.v1.ListSessionSharesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionSharesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSessionSharesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stops sharing a session with a user. The owner may revoke anyone's
     * share; a user it is shared with may drop their own.
     * </pre>
     */
    default void revokeSessionShare(dev.roundtable.v1.RevokeSessionShareRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RevokeSessionShareResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeSessionShareMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks the session's model for a summary and a title of the
     * conversation (its latest 200 messages within about 6,000 tokens; and,
     * with `include_labels`, a few labels), and stores them on the session
     * (labels only when asked for). The owner only, and not as a space
     * viewer; an empty session gives FAILED_PRECONDITION
     * (`NOTHING_TO_SUMMARIZE`). A provider failure is UNAVAILABLE and stores
     * nothing.
     * </pre>
     */
    default void summarizeSession(dev.roundtable.v1.SummarizeSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SummarizeSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSummarizeSessionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SessionService.
   * <pre>
   * Sessions are private AI chats. A session belongs to a space (whose AI
   * credits pay for its answers) and to the user who created it, its owner.
   * The owner sends messages; the session's model answers each one, token by
   * token. Only the owner reads and writes a session; users it is shared
   * with (`ShareSession`) read it; anyone holding its public link reads it
   * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
   * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
   * who is no longer a member of the session's space.
   * How an answer is made: the session's `system_prompt`, then its most
   * recent messages, oldest first (at most 100 messages within about 6,000
   * tokens; answers in their latest version, and only those that completed;
   * the newest message always counts), go to the session's provider and
   * model. The answer is stored at once in state `STREAMING`, in the same
   * write as the message it answers; its text, token usage and charge are
   * stored together when it ends. It goes on when the caller disconnects.
   * One answer streams at a time in a session. An answer is made exactly as
   * a REPLR's reply in a room is (MessageService): the same failure reasons,
   * the same charge rule (what arrived of an answer that failed or was
   * cancelled is charged, estimated; nothing arrived, nothing is charged),
   * and answers left streaming by a server that stopped end `FAILED` with
   * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
   * another, when several replicas serve).
   * Live events: `EventService.Subscribe` with `session_ids` streams a
   * session's messages, answers (started, each delta, completed, failed or
   * cancelled, regenerated), ratings and deletions to its owner and the
   * users it is shared with, resumable from a cursor as a room's events are.
   * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
   * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
   * `SendSessionMessage` with `async` returns at once with a job id for
   * `GetSessionJob` (or `WatchSessionJob`).
   * Credits: creating a session and every AI call (answers, regenerations,
   * summaries) need the space to have AI credits left, else
   * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
   * Each answer's token usage is charged to the space when it is stored.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
   * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
   * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
   * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
   * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
   * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
   * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
   * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
   * the session's provider or model is no longer configured), UNAVAILABLE
   * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
   * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
   * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
   * </pre>
   */
  public static abstract class SessionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SessionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SessionService.
   * <pre>
   * Sessions are private AI chats. A session belongs to a space (whose AI
   * credits pay for its answers) and to the user who created it, its owner.
   * The owner sends messages; the session's model answers each one, token by
   * token. Only the owner reads and writes a session; users it is shared
   * with (`ShareSession`) read it; anyone holding its public link reads it
   * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
   * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
   * who is no longer a member of the session's space.
   * How an answer is made: the session's `system_prompt`, then its most
   * recent messages, oldest first (at most 100 messages within about 6,000
   * tokens; answers in their latest version, and only those that completed;
   * the newest message always counts), go to the session's provider and
   * model. The answer is stored at once in state `STREAMING`, in the same
   * write as the message it answers; its text, token usage and charge are
   * stored together when it ends. It goes on when the caller disconnects.
   * One answer streams at a time in a session. An answer is made exactly as
   * a REPLR's reply in a room is (MessageService): the same failure reasons,
   * the same charge rule (what arrived of an answer that failed or was
   * cancelled is charged, estimated; nothing arrived, nothing is charged),
   * and answers left streaming by a server that stopped end `FAILED` with
   * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
   * another, when several replicas serve).
   * Live events: `EventService.Subscribe` with `session_ids` streams a
   * session's messages, answers (started, each delta, completed, failed or
   * cancelled, regenerated), ratings and deletions to its owner and the
   * users it is shared with, resumable from a cursor as a room's events are.
   * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
   * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
   * `SendSessionMessage` with `async` returns at once with a job id for
   * `GetSessionJob` (or `WatchSessionJob`).
   * Credits: creating a session and every AI call (answers, regenerations,
   * summaries) need the space to have AI credits left, else
   * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
   * Each answer's token usage is charged to the space when it is stored.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
   * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
   * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
   * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
   * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
   * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
   * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
   * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
   * the session's provider or model is no longer configured), UNAVAILABLE
   * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
   * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
   * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
   * </pre>
   */
  public static final class SessionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SessionServiceStub> {
    private SessionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session in a space, owned by the caller. Any member of the
     * space but a viewer may. The provider and model must be configured on
     * the server (see ModelService.ListModels): else INVALID_ARGUMENT with
     * reason `UNKNOWN_PROVIDER` or `UNKNOWN_MODEL`. With a `request_id`, a
     * retry returns the first session and creates nothing.
     * </pre>
     */
    public void createSession(dev.roundtable.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a session the caller owns or that is shared with them.
     * </pre>
     */
    public void getSession(dev.roundtable.v1.GetSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's sessions in a space, oldest first; or, with
     * `shared_with_me`, the sessions of others in the space shared with the
     * caller. Any member of the space.
     * </pre>
     */
    public void listSessions(dev.roundtable.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a session's settings; only the fields that are set change. The
     * owner only, and not as a space viewer. The next answer uses the new
     * settings.
     * </pre>
     */
    public void updateSession(dev.roundtable.v1.UpdateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a session with its messages, shares and public link. An answer
     * still streaming is stopped (its usage is still charged). The owner only.
     * </pre>
     */
    public void deleteSession(dev.roundtable.v1.DeleteSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the owner's message and starts the answer. Without `async`,
     * returns once the answer has ended, or after 60 seconds with the answer
     * as it stands (still `STREAMING`, its text so far: follow it with
     * GetSessionJob). With `async`, returns at once, the answer `STREAMING`.
     * A provider failure is not an error of this call: the answer ends
     * `FAILED` with `failure_reason`, and the message is kept. The owner
     * only, and not as a space viewer. While an answer streams, another
     * message fails with FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`).
     * </pre>
     */
    public void sendSessionMessage(dev.roundtable.v1.SendSessionMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendSessionMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendSessionMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * As SendSessionMessage, streaming what follows: the stored message,
     * the answer as it starts (`STREAMING`, empty), each delta of its text,
     * and the answer as it ended. When the answer fails, the failed answer is
     * sent, then the stream ends with an error carrying its
     * `failure_reason`: UNAVAILABLE for the provider's failures,
     * FAILED_PRECONDITION for `MODEL_UNAVAILABLE`. Closing the stream does
     * not stop the answer.
     * </pre>
     */
    public void sendSessionMessageStream(dev.roundtable.v1.SendSessionMessageStreamRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendSessionMessageStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSendSessionMessageStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns an answer's progress, for a caller that did not wait. The job
     * id is the answer's message id. While it streams, `answer.text` holds
     * the text so far. Whoever may read the session.
     * </pre>
     */
    public void getSessionJob(dev.roundtable.v1.GetSessionJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSessionJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams an answer from where it stands: its text so far (a snapshot),
     * every further delta, then the answer as it ended (for a failed answer,
     * then UNAVAILABLE as in SendSessionMessageStream). For an answer that
     * already ended, only that. Whoever may read the session.
     * </pre>
     */
    public void watchSessionJob(dev.roundtable.v1.WatchSessionJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.WatchSessionJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchSessionJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stops an answer that is still streaming: it keeps the text so far and
     * ends `CANCELLED`. The owner only. Cancelling a cancelled answer changes
     * nothing; one that completed or failed gives FAILED_PRECONDITION
     * (`ANSWER_FINISHED`).
     * </pre>
     */
    public void cancelSessionJob(dev.roundtable.v1.CancelSessionJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CancelSessionJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelSessionJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists a session's messages: user messages, assistant messages and each
     * answer in its latest version. Oldest first unless `order` says
     * otherwise. Whoever may read the session.
     * </pre>
     */
    public void listSessionMessages(dev.roundtable.v1.ListSessionMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSessionMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one message of a session, in any version.
     * </pre>
     */
    public void getSessionMessage(dev.roundtable.v1.GetSessionMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSessionMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every version of an answer, oldest (version 1) first, given the
     * id of any of them (for a message that is not the model's answer, that
     * message alone). Whoever may read the session.
     * </pre>
     */
    public void listAnswerVersions(dev.roundtable.v1.ListAnswerVersionsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListAnswerVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAnswerVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a message. Deleting a user message deletes its answers (every
     * version); deleting an answer's latest version makes the version before
     * it the latest again. A message whose answer is still streaming gives
     * FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`). The owner only.
     * </pre>
     */
    public void deleteSessionMessage(dev.roundtable.v1.DeleteSessionMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSessionMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSessionMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Answers the session's last user message again. The answer there was
     * stays, as an earlier version (see ListAnswerVersions); the new one is
     * version n+1 and the latest. The session's last message must be that
     * user message or an answer to it (else FAILED_PRECONDITION,
     * `NOTHING_TO_REGENERATE`), and no answer may be streaming
     * (`ANSWER_IN_PROGRESS`). Waits as SendSessionMessage does, unless
     * `async`. The owner only, and not as a space viewer.
     * </pre>
     */
    public void regenerateAnswer(dev.roundtable.v1.RegenerateAnswerRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RegenerateAnswerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegenerateAnswerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Rates an assistant message, up or down, with an optional comment; a
     * new rating replaces the old; `RATING_UNSPECIFIED` removes it. The owner
     * only. A user message gives FAILED_PRECONDITION (`NOT_AN_ANSWER`), an
     * answer still streaming `ANSWER_IN_PROGRESS`.
     * </pre>
     */
    public void rateMessage(dev.roundtable.v1.RateMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RateMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRateMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds an assistant message written by a person (no AI call, no credits):
     * for a person taking over a conversation. Space owners and admins, in a
     * session they can read (their own, or one shared with them).
     * </pre>
     */
    public void sendAssistantMessage(dev.roundtable.v1.SendAssistantMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendAssistantMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendAssistantMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Turns the session's public link on or off. On: the session gets a new
     * unguessable `link_id` (or keeps the one it has), with which anyone may
     * read it without credentials (GetSharedSession). Off: the link id is
     * forgotten, and requests with it get NOT_FOUND
     * (`SESSION_LINK_NOT_FOUND`); turning it on again makes a new one. The
     * owner only.
     * </pre>
     */
    public void setSessionPublicLink(dev.roundtable.v1.SetSessionPublicLinkRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SetSessionPublicLinkResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetSessionPublicLinkMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a session by its public link. Needs no credentials; read-only.
     * Shows what the conversation is (name, title, summary, labels), not who
     * owns it nor its settings.
     * </pre>
     */
    public void getSharedSession(dev.roundtable.v1.GetSharedSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSharedSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSharedSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the messages of a session by its public link, as
     * ListSessionMessages does, without ratings or authors. Needs no
     * credentials.
     * </pre>
     */
    public void listSharedSessionMessages(dev.roundtable.v1.ListSharedSessionMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSharedSessionMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSharedSessionMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lets a member of the session's space read the session (read-only).
     * The owner only. Sharing with someone it is already shared with changes
     * nothing. The user must be a member of the space (else NOT_FOUND,
     * `USER_NOT_FOUND`); a session is shared with at most 100 users
     * (FAILED_PRECONDITION, `SESSION_SHARE_LIMIT`).
     * </pre>
     */
    public void shareSession(dev.roundtable.v1.ShareSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ShareSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getShareSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the users a session is shared with, in the order it was shared.
     * The owner only.
     * </pre>
     */
    public void listSessionShares(dev.roundtable.v1.ListSessionSharesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionSharesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSessionSharesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stops sharing a session with a user. The owner may revoke anyone's
     * share; a user it is shared with may drop their own.
     * </pre>
     */
    public void revokeSessionShare(dev.roundtable.v1.RevokeSessionShareRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RevokeSessionShareResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeSessionShareMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks the session's model for a summary and a title of the
     * conversation (its latest 200 messages within about 6,000 tokens; and,
     * with `include_labels`, a few labels), and stores them on the session
     * (labels only when asked for). The owner only, and not as a space
     * viewer; an empty session gives FAILED_PRECONDITION
     * (`NOTHING_TO_SUMMARIZE`). A provider failure is UNAVAILABLE and stores
     * nothing.
     * </pre>
     */
    public void summarizeSession(dev.roundtable.v1.SummarizeSessionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SummarizeSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSummarizeSessionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SessionService.
   * <pre>
   * Sessions are private AI chats. A session belongs to a space (whose AI
   * credits pay for its answers) and to the user who created it, its owner.
   * The owner sends messages; the session's model answers each one, token by
   * token. Only the owner reads and writes a session; users it is shared
   * with (`ShareSession`) read it; anyone holding its public link reads it
   * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
   * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
   * who is no longer a member of the session's space.
   * How an answer is made: the session's `system_prompt`, then its most
   * recent messages, oldest first (at most 100 messages within about 6,000
   * tokens; answers in their latest version, and only those that completed;
   * the newest message always counts), go to the session's provider and
   * model. The answer is stored at once in state `STREAMING`, in the same
   * write as the message it answers; its text, token usage and charge are
   * stored together when it ends. It goes on when the caller disconnects.
   * One answer streams at a time in a session. An answer is made exactly as
   * a REPLR's reply in a room is (MessageService): the same failure reasons,
   * the same charge rule (what arrived of an answer that failed or was
   * cancelled is charged, estimated; nothing arrived, nothing is charged),
   * and answers left streaming by a server that stopped end `FAILED` with
   * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
   * another, when several replicas serve).
   * Live events: `EventService.Subscribe` with `session_ids` streams a
   * session's messages, answers (started, each delta, completed, failed or
   * cancelled, regenerated), ratings and deletions to its owner and the
   * users it is shared with, resumable from a cursor as a room's events are.
   * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
   * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
   * `SendSessionMessage` with `async` returns at once with a job id for
   * `GetSessionJob` (or `WatchSessionJob`).
   * Credits: creating a session and every AI call (answers, regenerations,
   * summaries) need the space to have AI credits left, else
   * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
   * Each answer's token usage is charged to the space when it is stored.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
   * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
   * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
   * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
   * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
   * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
   * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
   * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
   * the session's provider or model is no longer configured), UNAVAILABLE
   * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
   * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
   * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
   * </pre>
   */
  public static final class SessionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SessionServiceBlockingV2Stub> {
    private SessionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session in a space, owned by the caller. Any member of the
     * space but a viewer may. The provider and model must be configured on
     * the server (see ModelService.ListModels): else INVALID_ARGUMENT with
     * reason `UNKNOWN_PROVIDER` or `UNKNOWN_MODEL`. With a `request_id`, a
     * retry returns the first session and creates nothing.
     * </pre>
     */
    public dev.roundtable.v1.CreateSessionResponse createSession(dev.roundtable.v1.CreateSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a session the caller owns or that is shared with them.
     * </pre>
     */
    public dev.roundtable.v1.GetSessionResponse getSession(dev.roundtable.v1.GetSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's sessions in a space, oldest first; or, with
     * `shared_with_me`, the sessions of others in the space shared with the
     * caller. Any member of the space.
     * </pre>
     */
    public dev.roundtable.v1.ListSessionsResponse listSessions(dev.roundtable.v1.ListSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a session's settings; only the fields that are set change. The
     * owner only, and not as a space viewer. The next answer uses the new
     * settings.
     * </pre>
     */
    public dev.roundtable.v1.UpdateSessionResponse updateSession(dev.roundtable.v1.UpdateSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a session with its messages, shares and public link. An answer
     * still streaming is stopped (its usage is still charged). The owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteSessionResponse deleteSession(dev.roundtable.v1.DeleteSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the owner's message and starts the answer. Without `async`,
     * returns once the answer has ended, or after 60 seconds with the answer
     * as it stands (still `STREAMING`, its text so far: follow it with
     * GetSessionJob). With `async`, returns at once, the answer `STREAMING`.
     * A provider failure is not an error of this call: the answer ends
     * `FAILED` with `failure_reason`, and the message is kept. The owner
     * only, and not as a space viewer. While an answer streams, another
     * message fails with FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`).
     * </pre>
     */
    public dev.roundtable.v1.SendSessionMessageResponse sendSessionMessage(dev.roundtable.v1.SendSessionMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendSessionMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * As SendSessionMessage, streaming what follows: the stored message,
     * the answer as it starts (`STREAMING`, empty), each delta of its text,
     * and the answer as it ended. When the answer fails, the failed answer is
     * sent, then the stream ends with an error carrying its
     * `failure_reason`: UNAVAILABLE for the provider's failures,
     * FAILED_PRECONDITION for `MODEL_UNAVAILABLE`. Closing the stream does
     * not stop the answer.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.roundtable.v1.SendSessionMessageStreamResponse>
        sendSessionMessageStream(dev.roundtable.v1.SendSessionMessageStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getSendSessionMessageStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an answer's progress, for a caller that did not wait. The job
     * id is the answer's message id. While it streams, `answer.text` holds
     * the text so far. Whoever may read the session.
     * </pre>
     */
    public dev.roundtable.v1.GetSessionJobResponse getSessionJob(dev.roundtable.v1.GetSessionJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSessionJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams an answer from where it stands: its text so far (a snapshot),
     * every further delta, then the answer as it ended (for a failed answer,
     * then UNAVAILABLE as in SendSessionMessageStream). For an answer that
     * already ended, only that. Whoever may read the session.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.roundtable.v1.WatchSessionJobResponse>
        watchSessionJob(dev.roundtable.v1.WatchSessionJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchSessionJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops an answer that is still streaming: it keeps the text so far and
     * ends `CANCELLED`. The owner only. Cancelling a cancelled answer changes
     * nothing; one that completed or failed gives FAILED_PRECONDITION
     * (`ANSWER_FINISHED`).
     * </pre>
     */
    public dev.roundtable.v1.CancelSessionJobResponse cancelSessionJob(dev.roundtable.v1.CancelSessionJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelSessionJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a session's messages: user messages, assistant messages and each
     * answer in its latest version. Oldest first unless `order` says
     * otherwise. Whoever may read the session.
     * </pre>
     */
    public dev.roundtable.v1.ListSessionMessagesResponse listSessionMessages(dev.roundtable.v1.ListSessionMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSessionMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one message of a session, in any version.
     * </pre>
     */
    public dev.roundtable.v1.GetSessionMessageResponse getSessionMessage(dev.roundtable.v1.GetSessionMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSessionMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every version of an answer, oldest (version 1) first, given the
     * id of any of them (for a message that is not the model's answer, that
     * message alone). Whoever may read the session.
     * </pre>
     */
    public dev.roundtable.v1.ListAnswerVersionsResponse listAnswerVersions(dev.roundtable.v1.ListAnswerVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAnswerVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a message. Deleting a user message deletes its answers (every
     * version); deleting an answer's latest version makes the version before
     * it the latest again. A message whose answer is still streaming gives
     * FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`). The owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteSessionMessageResponse deleteSessionMessage(dev.roundtable.v1.DeleteSessionMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteSessionMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Answers the session's last user message again. The answer there was
     * stays, as an earlier version (see ListAnswerVersions); the new one is
     * version n+1 and the latest. The session's last message must be that
     * user message or an answer to it (else FAILED_PRECONDITION,
     * `NOTHING_TO_REGENERATE`), and no answer may be streaming
     * (`ANSWER_IN_PROGRESS`). Waits as SendSessionMessage does, unless
     * `async`. The owner only, and not as a space viewer.
     * </pre>
     */
    public dev.roundtable.v1.RegenerateAnswerResponse regenerateAnswer(dev.roundtable.v1.RegenerateAnswerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRegenerateAnswerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rates an assistant message, up or down, with an optional comment; a
     * new rating replaces the old; `RATING_UNSPECIFIED` removes it. The owner
     * only. A user message gives FAILED_PRECONDITION (`NOT_AN_ANSWER`), an
     * answer still streaming `ANSWER_IN_PROGRESS`.
     * </pre>
     */
    public dev.roundtable.v1.RateMessageResponse rateMessage(dev.roundtable.v1.RateMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRateMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds an assistant message written by a person (no AI call, no credits):
     * for a person taking over a conversation. Space owners and admins, in a
     * session they can read (their own, or one shared with them).
     * </pre>
     */
    public dev.roundtable.v1.SendAssistantMessageResponse sendAssistantMessage(dev.roundtable.v1.SendAssistantMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendAssistantMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Turns the session's public link on or off. On: the session gets a new
     * unguessable `link_id` (or keeps the one it has), with which anyone may
     * read it without credentials (GetSharedSession). Off: the link id is
     * forgotten, and requests with it get NOT_FOUND
     * (`SESSION_LINK_NOT_FOUND`); turning it on again makes a new one. The
     * owner only.
     * </pre>
     */
    public dev.roundtable.v1.SetSessionPublicLinkResponse setSessionPublicLink(dev.roundtable.v1.SetSessionPublicLinkRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetSessionPublicLinkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a session by its public link. Needs no credentials; read-only.
     * Shows what the conversation is (name, title, summary, labels), not who
     * owns it nor its settings.
     * </pre>
     */
    public dev.roundtable.v1.GetSharedSessionResponse getSharedSession(dev.roundtable.v1.GetSharedSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSharedSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the messages of a session by its public link, as
     * ListSessionMessages does, without ratings or authors. Needs no
     * credentials.
     * </pre>
     */
    public dev.roundtable.v1.ListSharedSessionMessagesResponse listSharedSessionMessages(dev.roundtable.v1.ListSharedSessionMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSharedSessionMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lets a member of the session's space read the session (read-only).
     * The owner only. Sharing with someone it is already shared with changes
     * nothing. The user must be a member of the space (else NOT_FOUND,
     * `USER_NOT_FOUND`); a session is shared with at most 100 users
     * (FAILED_PRECONDITION, `SESSION_SHARE_LIMIT`).
     * </pre>
     */
    public dev.roundtable.v1.ShareSessionResponse shareSession(dev.roundtable.v1.ShareSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getShareSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the users a session is shared with, in the order it was shared.
     * The owner only.
     * </pre>
     */
    public dev.roundtable.v1.ListSessionSharesResponse listSessionShares(dev.roundtable.v1.ListSessionSharesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSessionSharesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops sharing a session with a user. The owner may revoke anyone's
     * share; a user it is shared with may drop their own.
     * </pre>
     */
    public dev.roundtable.v1.RevokeSessionShareResponse revokeSessionShare(dev.roundtable.v1.RevokeSessionShareRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeSessionShareMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the session's model for a summary and a title of the
     * conversation (its latest 200 messages within about 6,000 tokens; and,
     * with `include_labels`, a few labels), and stores them on the session
     * (labels only when asked for). The owner only, and not as a space
     * viewer; an empty session gives FAILED_PRECONDITION
     * (`NOTHING_TO_SUMMARIZE`). A provider failure is UNAVAILABLE and stores
     * nothing.
     * </pre>
     */
    public dev.roundtable.v1.SummarizeSessionResponse summarizeSession(dev.roundtable.v1.SummarizeSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSummarizeSessionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SessionService.
   * <pre>
   * Sessions are private AI chats. A session belongs to a space (whose AI
   * credits pay for its answers) and to the user who created it, its owner.
   * The owner sends messages; the session's model answers each one, token by
   * token. Only the owner reads and writes a session; users it is shared
   * with (`ShareSession`) read it; anyone holding its public link reads it
   * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
   * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
   * who is no longer a member of the session's space.
   * How an answer is made: the session's `system_prompt`, then its most
   * recent messages, oldest first (at most 100 messages within about 6,000
   * tokens; answers in their latest version, and only those that completed;
   * the newest message always counts), go to the session's provider and
   * model. The answer is stored at once in state `STREAMING`, in the same
   * write as the message it answers; its text, token usage and charge are
   * stored together when it ends. It goes on when the caller disconnects.
   * One answer streams at a time in a session. An answer is made exactly as
   * a REPLR's reply in a room is (MessageService): the same failure reasons,
   * the same charge rule (what arrived of an answer that failed or was
   * cancelled is charged, estimated; nothing arrived, nothing is charged),
   * and answers left streaming by a server that stopped end `FAILED` with
   * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
   * another, when several replicas serve).
   * Live events: `EventService.Subscribe` with `session_ids` streams a
   * session's messages, answers (started, each delta, completed, failed or
   * cancelled, regenerated), ratings and deletions to its owner and the
   * users it is shared with, resumable from a cursor as a room's events are.
   * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
   * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
   * `SendSessionMessage` with `async` returns at once with a job id for
   * `GetSessionJob` (or `WatchSessionJob`).
   * Credits: creating a session and every AI call (answers, regenerations,
   * summaries) need the space to have AI credits left, else
   * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
   * Each answer's token usage is charged to the space when it is stored.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
   * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
   * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
   * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
   * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
   * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
   * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
   * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
   * the session's provider or model is no longer configured), UNAVAILABLE
   * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
   * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
   * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
   * </pre>
   */
  public static final class SessionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SessionServiceBlockingStub> {
    private SessionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session in a space, owned by the caller. Any member of the
     * space but a viewer may. The provider and model must be configured on
     * the server (see ModelService.ListModels): else INVALID_ARGUMENT with
     * reason `UNKNOWN_PROVIDER` or `UNKNOWN_MODEL`. With a `request_id`, a
     * retry returns the first session and creates nothing.
     * </pre>
     */
    public dev.roundtable.v1.CreateSessionResponse createSession(dev.roundtable.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a session the caller owns or that is shared with them.
     * </pre>
     */
    public dev.roundtable.v1.GetSessionResponse getSession(dev.roundtable.v1.GetSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's sessions in a space, oldest first; or, with
     * `shared_with_me`, the sessions of others in the space shared with the
     * caller. Any member of the space.
     * </pre>
     */
    public dev.roundtable.v1.ListSessionsResponse listSessions(dev.roundtable.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a session's settings; only the fields that are set change. The
     * owner only, and not as a space viewer. The next answer uses the new
     * settings.
     * </pre>
     */
    public dev.roundtable.v1.UpdateSessionResponse updateSession(dev.roundtable.v1.UpdateSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a session with its messages, shares and public link. An answer
     * still streaming is stopped (its usage is still charged). The owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteSessionResponse deleteSession(dev.roundtable.v1.DeleteSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the owner's message and starts the answer. Without `async`,
     * returns once the answer has ended, or after 60 seconds with the answer
     * as it stands (still `STREAMING`, its text so far: follow it with
     * GetSessionJob). With `async`, returns at once, the answer `STREAMING`.
     * A provider failure is not an error of this call: the answer ends
     * `FAILED` with `failure_reason`, and the message is kept. The owner
     * only, and not as a space viewer. While an answer streams, another
     * message fails with FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`).
     * </pre>
     */
    public dev.roundtable.v1.SendSessionMessageResponse sendSessionMessage(dev.roundtable.v1.SendSessionMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendSessionMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * As SendSessionMessage, streaming what follows: the stored message,
     * the answer as it starts (`STREAMING`, empty), each delta of its text,
     * and the answer as it ended. When the answer fails, the failed answer is
     * sent, then the stream ends with an error carrying its
     * `failure_reason`: UNAVAILABLE for the provider's failures,
     * FAILED_PRECONDITION for `MODEL_UNAVAILABLE`. Closing the stream does
     * not stop the answer.
     * </pre>
     */
    public java.util.Iterator<dev.roundtable.v1.SendSessionMessageStreamResponse> sendSessionMessageStream(
        dev.roundtable.v1.SendSessionMessageStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSendSessionMessageStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an answer's progress, for a caller that did not wait. The job
     * id is the answer's message id. While it streams, `answer.text` holds
     * the text so far. Whoever may read the session.
     * </pre>
     */
    public dev.roundtable.v1.GetSessionJobResponse getSessionJob(dev.roundtable.v1.GetSessionJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSessionJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams an answer from where it stands: its text so far (a snapshot),
     * every further delta, then the answer as it ended (for a failed answer,
     * then UNAVAILABLE as in SendSessionMessageStream). For an answer that
     * already ended, only that. Whoever may read the session.
     * </pre>
     */
    public java.util.Iterator<dev.roundtable.v1.WatchSessionJobResponse> watchSessionJob(
        dev.roundtable.v1.WatchSessionJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchSessionJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops an answer that is still streaming: it keeps the text so far and
     * ends `CANCELLED`. The owner only. Cancelling a cancelled answer changes
     * nothing; one that completed or failed gives FAILED_PRECONDITION
     * (`ANSWER_FINISHED`).
     * </pre>
     */
    public dev.roundtable.v1.CancelSessionJobResponse cancelSessionJob(dev.roundtable.v1.CancelSessionJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelSessionJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a session's messages: user messages, assistant messages and each
     * answer in its latest version. Oldest first unless `order` says
     * otherwise. Whoever may read the session.
     * </pre>
     */
    public dev.roundtable.v1.ListSessionMessagesResponse listSessionMessages(dev.roundtable.v1.ListSessionMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSessionMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one message of a session, in any version.
     * </pre>
     */
    public dev.roundtable.v1.GetSessionMessageResponse getSessionMessage(dev.roundtable.v1.GetSessionMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSessionMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every version of an answer, oldest (version 1) first, given the
     * id of any of them (for a message that is not the model's answer, that
     * message alone). Whoever may read the session.
     * </pre>
     */
    public dev.roundtable.v1.ListAnswerVersionsResponse listAnswerVersions(dev.roundtable.v1.ListAnswerVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAnswerVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a message. Deleting a user message deletes its answers (every
     * version); deleting an answer's latest version makes the version before
     * it the latest again. A message whose answer is still streaming gives
     * FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`). The owner only.
     * </pre>
     */
    public dev.roundtable.v1.DeleteSessionMessageResponse deleteSessionMessage(dev.roundtable.v1.DeleteSessionMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSessionMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Answers the session's last user message again. The answer there was
     * stays, as an earlier version (see ListAnswerVersions); the new one is
     * version n+1 and the latest. The session's last message must be that
     * user message or an answer to it (else FAILED_PRECONDITION,
     * `NOTHING_TO_REGENERATE`), and no answer may be streaming
     * (`ANSWER_IN_PROGRESS`). Waits as SendSessionMessage does, unless
     * `async`. The owner only, and not as a space viewer.
     * </pre>
     */
    public dev.roundtable.v1.RegenerateAnswerResponse regenerateAnswer(dev.roundtable.v1.RegenerateAnswerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegenerateAnswerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rates an assistant message, up or down, with an optional comment; a
     * new rating replaces the old; `RATING_UNSPECIFIED` removes it. The owner
     * only. A user message gives FAILED_PRECONDITION (`NOT_AN_ANSWER`), an
     * answer still streaming `ANSWER_IN_PROGRESS`.
     * </pre>
     */
    public dev.roundtable.v1.RateMessageResponse rateMessage(dev.roundtable.v1.RateMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRateMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds an assistant message written by a person (no AI call, no credits):
     * for a person taking over a conversation. Space owners and admins, in a
     * session they can read (their own, or one shared with them).
     * </pre>
     */
    public dev.roundtable.v1.SendAssistantMessageResponse sendAssistantMessage(dev.roundtable.v1.SendAssistantMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendAssistantMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Turns the session's public link on or off. On: the session gets a new
     * unguessable `link_id` (or keeps the one it has), with which anyone may
     * read it without credentials (GetSharedSession). Off: the link id is
     * forgotten, and requests with it get NOT_FOUND
     * (`SESSION_LINK_NOT_FOUND`); turning it on again makes a new one. The
     * owner only.
     * </pre>
     */
    public dev.roundtable.v1.SetSessionPublicLinkResponse setSessionPublicLink(dev.roundtable.v1.SetSessionPublicLinkRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetSessionPublicLinkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a session by its public link. Needs no credentials; read-only.
     * Shows what the conversation is (name, title, summary, labels), not who
     * owns it nor its settings.
     * </pre>
     */
    public dev.roundtable.v1.GetSharedSessionResponse getSharedSession(dev.roundtable.v1.GetSharedSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSharedSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the messages of a session by its public link, as
     * ListSessionMessages does, without ratings or authors. Needs no
     * credentials.
     * </pre>
     */
    public dev.roundtable.v1.ListSharedSessionMessagesResponse listSharedSessionMessages(dev.roundtable.v1.ListSharedSessionMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSharedSessionMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lets a member of the session's space read the session (read-only).
     * The owner only. Sharing with someone it is already shared with changes
     * nothing. The user must be a member of the space (else NOT_FOUND,
     * `USER_NOT_FOUND`); a session is shared with at most 100 users
     * (FAILED_PRECONDITION, `SESSION_SHARE_LIMIT`).
     * </pre>
     */
    public dev.roundtable.v1.ShareSessionResponse shareSession(dev.roundtable.v1.ShareSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getShareSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the users a session is shared with, in the order it was shared.
     * The owner only.
     * </pre>
     */
    public dev.roundtable.v1.ListSessionSharesResponse listSessionShares(dev.roundtable.v1.ListSessionSharesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSessionSharesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops sharing a session with a user. The owner may revoke anyone's
     * share; a user it is shared with may drop their own.
     * </pre>
     */
    public dev.roundtable.v1.RevokeSessionShareResponse revokeSessionShare(dev.roundtable.v1.RevokeSessionShareRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeSessionShareMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the session's model for a summary and a title of the
     * conversation (its latest 200 messages within about 6,000 tokens; and,
     * with `include_labels`, a few labels), and stores them on the session
     * (labels only when asked for). The owner only, and not as a space
     * viewer; an empty session gives FAILED_PRECONDITION
     * (`NOTHING_TO_SUMMARIZE`). A provider failure is UNAVAILABLE and stores
     * nothing.
     * </pre>
     */
    public dev.roundtable.v1.SummarizeSessionResponse summarizeSession(dev.roundtable.v1.SummarizeSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSummarizeSessionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SessionService.
   * <pre>
   * Sessions are private AI chats. A session belongs to a space (whose AI
   * credits pay for its answers) and to the user who created it, its owner.
   * The owner sends messages; the session's model answers each one, token by
   * token. Only the owner reads and writes a session; users it is shared
   * with (`ShareSession`) read it; anyone holding its public link reads it
   * without credentials (`GetSharedSession`). Everyone else gets NOT_FOUND
   * (reason `SESSION_NOT_FOUND`), as if it did not exist, and so does anyone
   * who is no longer a member of the session's space.
   * How an answer is made: the session's `system_prompt`, then its most
   * recent messages, oldest first (at most 100 messages within about 6,000
   * tokens; answers in their latest version, and only those that completed;
   * the newest message always counts), go to the session's provider and
   * model. The answer is stored at once in state `STREAMING`, in the same
   * write as the message it answers; its text, token usage and charge are
   * stored together when it ends. It goes on when the caller disconnects.
   * One answer streams at a time in a session. An answer is made exactly as
   * a REPLR's reply in a room is (MessageService): the same failure reasons,
   * the same charge rule (what arrived of an answer that failed or was
   * cancelled is charged, estimated; nothing arrived, nothing is charged),
   * and answers left streaming by a server that stopped end `FAILED` with
   * `SERVER_RESTARTED` when it starts again (`REPLICA_LOST`, taken over by
   * another, when several replicas serve).
   * Live events: `EventService.Subscribe` with `session_ids` streams a
   * session's messages, answers (started, each delta, completed, failed or
   * cancelled, regenerated), ratings and deletions to its owner and the
   * users it is shared with, resumable from a cursor as a room's events are.
   * Three ways to wait for an answer: `SendSessionMessageStream` streams it;
   * `SendSessionMessage` returns it complete (waiting at most 60 seconds);
   * `SendSessionMessage` with `async` returns at once with a job id for
   * `GetSessionJob` (or `WatchSessionJob`).
   * Credits: creating a session and every AI call (answers, regenerations,
   * summaries) need the space to have AI credits left, else
   * RESOURCE_EXHAUSTED with a QuotaFailure detail, and nothing is stored.
   * Each answer's token usage is charged to the space when it is stored.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED (except the two shared-link
   * RPCs, which need no credentials), INVALID_ARGUMENT with a BadRequest
   * detail (reasons such as `VALUE_REQUIRED`, `VALUE_TOO_LONG`,
   * `INVALID_VALUE`, `INVALID_ID`, `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `UNKNOWN_PROVIDER`, `UNKNOWN_MODEL`), NOT_FOUND (`SPACE_NOT_FOUND`,
   * `SESSION_NOT_FOUND`, `SESSION_MESSAGE_NOT_FOUND`, `SESSION_JOB_NOT_FOUND`,
   * `SESSION_LINK_NOT_FOUND`, `SESSION_SHARE_NOT_FOUND`, `USER_NOT_FOUND`),
   * PERMISSION_DENIED (reason `PERMISSION_DENIED`, e.g. a user the session
   * is shared with trying to write), RESOURCE_EXHAUSTED (AI credits spent,
   * reason `CREDITS_EXHAUSTED`), FAILED_PRECONDITION (`MODEL_UNAVAILABLE`:
   * the session's provider or model is no longer configured), UNAVAILABLE
   * (the AI provider failed; the reason names how: `PROVIDER_UNREACHABLE`,
   * `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, `PROVIDER_INTERRUPTED`,
   * `PROVIDER_MALFORMED_STREAM`, `STORAGE_ERROR`).
   * </pre>
   */
  public static final class SessionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SessionServiceFutureStub> {
    private SessionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session in a space, owned by the caller. Any member of the
     * space but a viewer may. The provider and model must be configured on
     * the server (see ModelService.ListModels): else INVALID_ARGUMENT with
     * reason `UNKNOWN_PROVIDER` or `UNKNOWN_MODEL`. With a `request_id`, a
     * retry returns the first session and creates nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CreateSessionResponse> createSession(
        dev.roundtable.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a session the caller owns or that is shared with them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetSessionResponse> getSession(
        dev.roundtable.v1.GetSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the caller's sessions in a space, oldest first; or, with
     * `shared_with_me`, the sessions of others in the space shared with the
     * caller. Any member of the space.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListSessionsResponse> listSessions(
        dev.roundtable.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a session's settings; only the fields that are set change. The
     * owner only, and not as a space viewer. The next answer uses the new
     * settings.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.UpdateSessionResponse> updateSession(
        dev.roundtable.v1.UpdateSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a session with its messages, shares and public link. An answer
     * still streaming is stopped (its usage is still charged). The owner only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteSessionResponse> deleteSession(
        dev.roundtable.v1.DeleteSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the owner's message and starts the answer. Without `async`,
     * returns once the answer has ended, or after 60 seconds with the answer
     * as it stands (still `STREAMING`, its text so far: follow it with
     * GetSessionJob). With `async`, returns at once, the answer `STREAMING`.
     * A provider failure is not an error of this call: the answer ends
     * `FAILED` with `failure_reason`, and the message is kept. The owner
     * only, and not as a space viewer. While an answer streams, another
     * message fails with FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SendSessionMessageResponse> sendSessionMessage(
        dev.roundtable.v1.SendSessionMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendSessionMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns an answer's progress, for a caller that did not wait. The job
     * id is the answer's message id. While it streams, `answer.text` holds
     * the text so far. Whoever may read the session.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetSessionJobResponse> getSessionJob(
        dev.roundtable.v1.GetSessionJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSessionJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stops an answer that is still streaming: it keeps the text so far and
     * ends `CANCELLED`. The owner only. Cancelling a cancelled answer changes
     * nothing; one that completed or failed gives FAILED_PRECONDITION
     * (`ANSWER_FINISHED`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CancelSessionJobResponse> cancelSessionJob(
        dev.roundtable.v1.CancelSessionJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelSessionJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists a session's messages: user messages, assistant messages and each
     * answer in its latest version. Oldest first unless `order` says
     * otherwise. Whoever may read the session.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListSessionMessagesResponse> listSessionMessages(
        dev.roundtable.v1.ListSessionMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSessionMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one message of a session, in any version.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetSessionMessageResponse> getSessionMessage(
        dev.roundtable.v1.GetSessionMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSessionMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every version of an answer, oldest (version 1) first, given the
     * id of any of them (for a message that is not the model's answer, that
     * message alone). Whoever may read the session.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListAnswerVersionsResponse> listAnswerVersions(
        dev.roundtable.v1.ListAnswerVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAnswerVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a message. Deleting a user message deletes its answers (every
     * version); deleting an answer's latest version makes the version before
     * it the latest again. A message whose answer is still streaming gives
     * FAILED_PRECONDITION (`ANSWER_IN_PROGRESS`). The owner only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteSessionMessageResponse> deleteSessionMessage(
        dev.roundtable.v1.DeleteSessionMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSessionMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Answers the session's last user message again. The answer there was
     * stays, as an earlier version (see ListAnswerVersions); the new one is
     * version n+1 and the latest. The session's last message must be that
     * user message or an answer to it (else FAILED_PRECONDITION,
     * `NOTHING_TO_REGENERATE`), and no answer may be streaming
     * (`ANSWER_IN_PROGRESS`). Waits as SendSessionMessage does, unless
     * `async`. The owner only, and not as a space viewer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RegenerateAnswerResponse> regenerateAnswer(
        dev.roundtable.v1.RegenerateAnswerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegenerateAnswerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Rates an assistant message, up or down, with an optional comment; a
     * new rating replaces the old; `RATING_UNSPECIFIED` removes it. The owner
     * only. A user message gives FAILED_PRECONDITION (`NOT_AN_ANSWER`), an
     * answer still streaming `ANSWER_IN_PROGRESS`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RateMessageResponse> rateMessage(
        dev.roundtable.v1.RateMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRateMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds an assistant message written by a person (no AI call, no credits):
     * for a person taking over a conversation. Space owners and admins, in a
     * session they can read (their own, or one shared with them).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SendAssistantMessageResponse> sendAssistantMessage(
        dev.roundtable.v1.SendAssistantMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendAssistantMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Turns the session's public link on or off. On: the session gets a new
     * unguessable `link_id` (or keeps the one it has), with which anyone may
     * read it without credentials (GetSharedSession). Off: the link id is
     * forgotten, and requests with it get NOT_FOUND
     * (`SESSION_LINK_NOT_FOUND`); turning it on again makes a new one. The
     * owner only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SetSessionPublicLinkResponse> setSessionPublicLink(
        dev.roundtable.v1.SetSessionPublicLinkRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetSessionPublicLinkMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a session by its public link. Needs no credentials; read-only.
     * Shows what the conversation is (name, title, summary, labels), not who
     * owns it nor its settings.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetSharedSessionResponse> getSharedSession(
        dev.roundtable.v1.GetSharedSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSharedSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the messages of a session by its public link, as
     * ListSessionMessages does, without ratings or authors. Needs no
     * credentials.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListSharedSessionMessagesResponse> listSharedSessionMessages(
        dev.roundtable.v1.ListSharedSessionMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSharedSessionMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lets a member of the session's space read the session (read-only).
     * The owner only. Sharing with someone it is already shared with changes
     * nothing. The user must be a member of the space (else NOT_FOUND,
     * `USER_NOT_FOUND`); a session is shared with at most 100 users
     * (FAILED_PRECONDITION, `SESSION_SHARE_LIMIT`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ShareSessionResponse> shareSession(
        dev.roundtable.v1.ShareSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getShareSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the users a session is shared with, in the order it was shared.
     * The owner only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListSessionSharesResponse> listSessionShares(
        dev.roundtable.v1.ListSessionSharesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSessionSharesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stops sharing a session with a user. The owner may revoke anyone's
     * share; a user it is shared with may drop their own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RevokeSessionShareResponse> revokeSessionShare(
        dev.roundtable.v1.RevokeSessionShareRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeSessionShareMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks the session's model for a summary and a title of the
     * conversation (its latest 200 messages within about 6,000 tokens; and,
     * with `include_labels`, a few labels), and stores them on the session
     * (labels only when asked for). The owner only, and not as a space
     * viewer; an empty session gives FAILED_PRECONDITION
     * (`NOTHING_TO_SUMMARIZE`). A provider failure is UNAVAILABLE and stores
     * nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SummarizeSessionResponse> summarizeSession(
        dev.roundtable.v1.SummarizeSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSummarizeSessionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SESSION = 0;
  private static final int METHODID_GET_SESSION = 1;
  private static final int METHODID_LIST_SESSIONS = 2;
  private static final int METHODID_UPDATE_SESSION = 3;
  private static final int METHODID_DELETE_SESSION = 4;
  private static final int METHODID_SEND_SESSION_MESSAGE = 5;
  private static final int METHODID_SEND_SESSION_MESSAGE_STREAM = 6;
  private static final int METHODID_GET_SESSION_JOB = 7;
  private static final int METHODID_WATCH_SESSION_JOB = 8;
  private static final int METHODID_CANCEL_SESSION_JOB = 9;
  private static final int METHODID_LIST_SESSION_MESSAGES = 10;
  private static final int METHODID_GET_SESSION_MESSAGE = 11;
  private static final int METHODID_LIST_ANSWER_VERSIONS = 12;
  private static final int METHODID_DELETE_SESSION_MESSAGE = 13;
  private static final int METHODID_REGENERATE_ANSWER = 14;
  private static final int METHODID_RATE_MESSAGE = 15;
  private static final int METHODID_SEND_ASSISTANT_MESSAGE = 16;
  private static final int METHODID_SET_SESSION_PUBLIC_LINK = 17;
  private static final int METHODID_GET_SHARED_SESSION = 18;
  private static final int METHODID_LIST_SHARED_SESSION_MESSAGES = 19;
  private static final int METHODID_SHARE_SESSION = 20;
  private static final int METHODID_LIST_SESSION_SHARES = 21;
  private static final int METHODID_REVOKE_SESSION_SHARE = 22;
  private static final int METHODID_SUMMARIZE_SESSION = 23;

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
        case METHODID_CREATE_SESSION:
          serviceImpl.createSession((dev.roundtable.v1.CreateSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CreateSessionResponse>) responseObserver);
          break;
        case METHODID_GET_SESSION:
          serviceImpl.getSession((dev.roundtable.v1.GetSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionResponse>) responseObserver);
          break;
        case METHODID_LIST_SESSIONS:
          serviceImpl.listSessions((dev.roundtable.v1.ListSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SESSION:
          serviceImpl.updateSession((dev.roundtable.v1.UpdateSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.UpdateSessionResponse>) responseObserver);
          break;
        case METHODID_DELETE_SESSION:
          serviceImpl.deleteSession((dev.roundtable.v1.DeleteSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSessionResponse>) responseObserver);
          break;
        case METHODID_SEND_SESSION_MESSAGE:
          serviceImpl.sendSessionMessage((dev.roundtable.v1.SendSessionMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SendSessionMessageResponse>) responseObserver);
          break;
        case METHODID_SEND_SESSION_MESSAGE_STREAM:
          serviceImpl.sendSessionMessageStream((dev.roundtable.v1.SendSessionMessageStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SendSessionMessageStreamResponse>) responseObserver);
          break;
        case METHODID_GET_SESSION_JOB:
          serviceImpl.getSessionJob((dev.roundtable.v1.GetSessionJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionJobResponse>) responseObserver);
          break;
        case METHODID_WATCH_SESSION_JOB:
          serviceImpl.watchSessionJob((dev.roundtable.v1.WatchSessionJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.WatchSessionJobResponse>) responseObserver);
          break;
        case METHODID_CANCEL_SESSION_JOB:
          serviceImpl.cancelSessionJob((dev.roundtable.v1.CancelSessionJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CancelSessionJobResponse>) responseObserver);
          break;
        case METHODID_LIST_SESSION_MESSAGES:
          serviceImpl.listSessionMessages((dev.roundtable.v1.ListSessionMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionMessagesResponse>) responseObserver);
          break;
        case METHODID_GET_SESSION_MESSAGE:
          serviceImpl.getSessionMessage((dev.roundtable.v1.GetSessionMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSessionMessageResponse>) responseObserver);
          break;
        case METHODID_LIST_ANSWER_VERSIONS:
          serviceImpl.listAnswerVersions((dev.roundtable.v1.ListAnswerVersionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListAnswerVersionsResponse>) responseObserver);
          break;
        case METHODID_DELETE_SESSION_MESSAGE:
          serviceImpl.deleteSessionMessage((dev.roundtable.v1.DeleteSessionMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteSessionMessageResponse>) responseObserver);
          break;
        case METHODID_REGENERATE_ANSWER:
          serviceImpl.regenerateAnswer((dev.roundtable.v1.RegenerateAnswerRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RegenerateAnswerResponse>) responseObserver);
          break;
        case METHODID_RATE_MESSAGE:
          serviceImpl.rateMessage((dev.roundtable.v1.RateMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RateMessageResponse>) responseObserver);
          break;
        case METHODID_SEND_ASSISTANT_MESSAGE:
          serviceImpl.sendAssistantMessage((dev.roundtable.v1.SendAssistantMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SendAssistantMessageResponse>) responseObserver);
          break;
        case METHODID_SET_SESSION_PUBLIC_LINK:
          serviceImpl.setSessionPublicLink((dev.roundtable.v1.SetSessionPublicLinkRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SetSessionPublicLinkResponse>) responseObserver);
          break;
        case METHODID_GET_SHARED_SESSION:
          serviceImpl.getSharedSession((dev.roundtable.v1.GetSharedSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetSharedSessionResponse>) responseObserver);
          break;
        case METHODID_LIST_SHARED_SESSION_MESSAGES:
          serviceImpl.listSharedSessionMessages((dev.roundtable.v1.ListSharedSessionMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSharedSessionMessagesResponse>) responseObserver);
          break;
        case METHODID_SHARE_SESSION:
          serviceImpl.shareSession((dev.roundtable.v1.ShareSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ShareSessionResponse>) responseObserver);
          break;
        case METHODID_LIST_SESSION_SHARES:
          serviceImpl.listSessionShares((dev.roundtable.v1.ListSessionSharesRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListSessionSharesResponse>) responseObserver);
          break;
        case METHODID_REVOKE_SESSION_SHARE:
          serviceImpl.revokeSessionShare((dev.roundtable.v1.RevokeSessionShareRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RevokeSessionShareResponse>) responseObserver);
          break;
        case METHODID_SUMMARIZE_SESSION:
          serviceImpl.summarizeSession((dev.roundtable.v1.SummarizeSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SummarizeSessionResponse>) responseObserver);
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
          getCreateSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CreateSessionRequest,
              dev.roundtable.v1.CreateSessionResponse>(
                service, METHODID_CREATE_SESSION)))
        .addMethod(
          getGetSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetSessionRequest,
              dev.roundtable.v1.GetSessionResponse>(
                service, METHODID_GET_SESSION)))
        .addMethod(
          getListSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListSessionsRequest,
              dev.roundtable.v1.ListSessionsResponse>(
                service, METHODID_LIST_SESSIONS)))
        .addMethod(
          getUpdateSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.UpdateSessionRequest,
              dev.roundtable.v1.UpdateSessionResponse>(
                service, METHODID_UPDATE_SESSION)))
        .addMethod(
          getDeleteSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteSessionRequest,
              dev.roundtable.v1.DeleteSessionResponse>(
                service, METHODID_DELETE_SESSION)))
        .addMethod(
          getSendSessionMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SendSessionMessageRequest,
              dev.roundtable.v1.SendSessionMessageResponse>(
                service, METHODID_SEND_SESSION_MESSAGE)))
        .addMethod(
          getSendSessionMessageStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.roundtable.v1.SendSessionMessageStreamRequest,
              dev.roundtable.v1.SendSessionMessageStreamResponse>(
                service, METHODID_SEND_SESSION_MESSAGE_STREAM)))
        .addMethod(
          getGetSessionJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetSessionJobRequest,
              dev.roundtable.v1.GetSessionJobResponse>(
                service, METHODID_GET_SESSION_JOB)))
        .addMethod(
          getWatchSessionJobMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.roundtable.v1.WatchSessionJobRequest,
              dev.roundtable.v1.WatchSessionJobResponse>(
                service, METHODID_WATCH_SESSION_JOB)))
        .addMethod(
          getCancelSessionJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CancelSessionJobRequest,
              dev.roundtable.v1.CancelSessionJobResponse>(
                service, METHODID_CANCEL_SESSION_JOB)))
        .addMethod(
          getListSessionMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListSessionMessagesRequest,
              dev.roundtable.v1.ListSessionMessagesResponse>(
                service, METHODID_LIST_SESSION_MESSAGES)))
        .addMethod(
          getGetSessionMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetSessionMessageRequest,
              dev.roundtable.v1.GetSessionMessageResponse>(
                service, METHODID_GET_SESSION_MESSAGE)))
        .addMethod(
          getListAnswerVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListAnswerVersionsRequest,
              dev.roundtable.v1.ListAnswerVersionsResponse>(
                service, METHODID_LIST_ANSWER_VERSIONS)))
        .addMethod(
          getDeleteSessionMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteSessionMessageRequest,
              dev.roundtable.v1.DeleteSessionMessageResponse>(
                service, METHODID_DELETE_SESSION_MESSAGE)))
        .addMethod(
          getRegenerateAnswerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RegenerateAnswerRequest,
              dev.roundtable.v1.RegenerateAnswerResponse>(
                service, METHODID_REGENERATE_ANSWER)))
        .addMethod(
          getRateMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RateMessageRequest,
              dev.roundtable.v1.RateMessageResponse>(
                service, METHODID_RATE_MESSAGE)))
        .addMethod(
          getSendAssistantMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SendAssistantMessageRequest,
              dev.roundtable.v1.SendAssistantMessageResponse>(
                service, METHODID_SEND_ASSISTANT_MESSAGE)))
        .addMethod(
          getSetSessionPublicLinkMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SetSessionPublicLinkRequest,
              dev.roundtable.v1.SetSessionPublicLinkResponse>(
                service, METHODID_SET_SESSION_PUBLIC_LINK)))
        .addMethod(
          getGetSharedSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetSharedSessionRequest,
              dev.roundtable.v1.GetSharedSessionResponse>(
                service, METHODID_GET_SHARED_SESSION)))
        .addMethod(
          getListSharedSessionMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListSharedSessionMessagesRequest,
              dev.roundtable.v1.ListSharedSessionMessagesResponse>(
                service, METHODID_LIST_SHARED_SESSION_MESSAGES)))
        .addMethod(
          getShareSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ShareSessionRequest,
              dev.roundtable.v1.ShareSessionResponse>(
                service, METHODID_SHARE_SESSION)))
        .addMethod(
          getListSessionSharesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListSessionSharesRequest,
              dev.roundtable.v1.ListSessionSharesResponse>(
                service, METHODID_LIST_SESSION_SHARES)))
        .addMethod(
          getRevokeSessionShareMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RevokeSessionShareRequest,
              dev.roundtable.v1.RevokeSessionShareResponse>(
                service, METHODID_REVOKE_SESSION_SHARE)))
        .addMethod(
          getSummarizeSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SummarizeSessionRequest,
              dev.roundtable.v1.SummarizeSessionResponse>(
                service, METHODID_SUMMARIZE_SESSION)))
        .build();
  }

  private static abstract class SessionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SessionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.SessionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SessionService");
    }
  }

  private static final class SessionServiceFileDescriptorSupplier
      extends SessionServiceBaseDescriptorSupplier {
    SessionServiceFileDescriptorSupplier() {}
  }

  private static final class SessionServiceMethodDescriptorSupplier
      extends SessionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SessionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SessionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SessionServiceFileDescriptorSupplier())
              .addMethod(getCreateSessionMethod())
              .addMethod(getGetSessionMethod())
              .addMethod(getListSessionsMethod())
              .addMethod(getUpdateSessionMethod())
              .addMethod(getDeleteSessionMethod())
              .addMethod(getSendSessionMessageMethod())
              .addMethod(getSendSessionMessageStreamMethod())
              .addMethod(getGetSessionJobMethod())
              .addMethod(getWatchSessionJobMethod())
              .addMethod(getCancelSessionJobMethod())
              .addMethod(getListSessionMessagesMethod())
              .addMethod(getGetSessionMessageMethod())
              .addMethod(getListAnswerVersionsMethod())
              .addMethod(getDeleteSessionMessageMethod())
              .addMethod(getRegenerateAnswerMethod())
              .addMethod(getRateMessageMethod())
              .addMethod(getSendAssistantMessageMethod())
              .addMethod(getSetSessionPublicLinkMethod())
              .addMethod(getGetSharedSessionMethod())
              .addMethod(getListSharedSessionMessagesMethod())
              .addMethod(getShareSessionMethod())
              .addMethod(getListSessionSharesMethod())
              .addMethod(getRevokeSessionShareMethod())
              .addMethod(getSummarizeSessionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
