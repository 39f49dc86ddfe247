package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Messages in rooms: send, read, edit, delete, react.
 * Reading needs the room to be visible to the caller (see RoomService).
 * Writing needs room membership and a space role other than viewer.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
 * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
 * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
 * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
 * (`MESSAGE_DELETED`).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MessageServiceGrpc {

  private MessageServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.MessageService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SendMessageRequest,
      dev.roundtable.v1.SendMessageResponse> getSendMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendMessage",
      requestType = dev.roundtable.v1.SendMessageRequest.class,
      responseType = dev.roundtable.v1.SendMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SendMessageRequest,
      dev.roundtable.v1.SendMessageResponse> getSendMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SendMessageRequest, dev.roundtable.v1.SendMessageResponse> getSendMessageMethod;
    if ((getSendMessageMethod = MessageServiceGrpc.getSendMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getSendMessageMethod = MessageServiceGrpc.getSendMessageMethod) == null) {
          MessageServiceGrpc.getSendMessageMethod = getSendMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SendMessageRequest, dev.roundtable.v1.SendMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("SendMessage"))
              .build();
        }
      }
    }
    return getSendMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SendMessageStreamRequest,
      dev.roundtable.v1.SendMessageStreamResponse> getSendMessageStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendMessageStream",
      requestType = dev.roundtable.v1.SendMessageStreamRequest.class,
      responseType = dev.roundtable.v1.SendMessageStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SendMessageStreamRequest,
      dev.roundtable.v1.SendMessageStreamResponse> getSendMessageStreamMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SendMessageStreamRequest, dev.roundtable.v1.SendMessageStreamResponse> getSendMessageStreamMethod;
    if ((getSendMessageStreamMethod = MessageServiceGrpc.getSendMessageStreamMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getSendMessageStreamMethod = MessageServiceGrpc.getSendMessageStreamMethod) == null) {
          MessageServiceGrpc.getSendMessageStreamMethod = getSendMessageStreamMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SendMessageStreamRequest, dev.roundtable.v1.SendMessageStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendMessageStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendMessageStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SendMessageStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("SendMessageStream"))
              .build();
        }
      }
    }
    return getSendMessageStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetReplyJobRequest,
      dev.roundtable.v1.GetReplyJobResponse> getGetReplyJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetReplyJob",
      requestType = dev.roundtable.v1.GetReplyJobRequest.class,
      responseType = dev.roundtable.v1.GetReplyJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetReplyJobRequest,
      dev.roundtable.v1.GetReplyJobResponse> getGetReplyJobMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetReplyJobRequest, dev.roundtable.v1.GetReplyJobResponse> getGetReplyJobMethod;
    if ((getGetReplyJobMethod = MessageServiceGrpc.getGetReplyJobMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getGetReplyJobMethod = MessageServiceGrpc.getGetReplyJobMethod) == null) {
          MessageServiceGrpc.getGetReplyJobMethod = getGetReplyJobMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetReplyJobRequest, dev.roundtable.v1.GetReplyJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetReplyJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetReplyJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetReplyJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("GetReplyJob"))
              .build();
        }
      }
    }
    return getGetReplyJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.CancelReplyRequest,
      dev.roundtable.v1.CancelReplyResponse> getCancelReplyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelReply",
      requestType = dev.roundtable.v1.CancelReplyRequest.class,
      responseType = dev.roundtable.v1.CancelReplyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.CancelReplyRequest,
      dev.roundtable.v1.CancelReplyResponse> getCancelReplyMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.CancelReplyRequest, dev.roundtable.v1.CancelReplyResponse> getCancelReplyMethod;
    if ((getCancelReplyMethod = MessageServiceGrpc.getCancelReplyMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getCancelReplyMethod = MessageServiceGrpc.getCancelReplyMethod) == null) {
          MessageServiceGrpc.getCancelReplyMethod = getCancelReplyMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.CancelReplyRequest, dev.roundtable.v1.CancelReplyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelReply"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CancelReplyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.CancelReplyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("CancelReply"))
              .build();
        }
      }
    }
    return getCancelReplyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetMessageRequest,
      dev.roundtable.v1.GetMessageResponse> getGetMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMessage",
      requestType = dev.roundtable.v1.GetMessageRequest.class,
      responseType = dev.roundtable.v1.GetMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetMessageRequest,
      dev.roundtable.v1.GetMessageResponse> getGetMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetMessageRequest, dev.roundtable.v1.GetMessageResponse> getGetMessageMethod;
    if ((getGetMessageMethod = MessageServiceGrpc.getGetMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getGetMessageMethod = MessageServiceGrpc.getGetMessageMethod) == null) {
          MessageServiceGrpc.getGetMessageMethod = getGetMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetMessageRequest, dev.roundtable.v1.GetMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("GetMessage"))
              .build();
        }
      }
    }
    return getGetMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListMessagesRequest,
      dev.roundtable.v1.ListMessagesResponse> getListMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMessages",
      requestType = dev.roundtable.v1.ListMessagesRequest.class,
      responseType = dev.roundtable.v1.ListMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListMessagesRequest,
      dev.roundtable.v1.ListMessagesResponse> getListMessagesMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListMessagesRequest, dev.roundtable.v1.ListMessagesResponse> getListMessagesMethod;
    if ((getListMessagesMethod = MessageServiceGrpc.getListMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getListMessagesMethod = MessageServiceGrpc.getListMessagesMethod) == null) {
          MessageServiceGrpc.getListMessagesMethod = getListMessagesMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListMessagesRequest, dev.roundtable.v1.ListMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("ListMessages"))
              .build();
        }
      }
    }
    return getListMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.EditMessageRequest,
      dev.roundtable.v1.EditMessageResponse> getEditMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EditMessage",
      requestType = dev.roundtable.v1.EditMessageRequest.class,
      responseType = dev.roundtable.v1.EditMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.EditMessageRequest,
      dev.roundtable.v1.EditMessageResponse> getEditMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.EditMessageRequest, dev.roundtable.v1.EditMessageResponse> getEditMessageMethod;
    if ((getEditMessageMethod = MessageServiceGrpc.getEditMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getEditMessageMethod = MessageServiceGrpc.getEditMessageMethod) == null) {
          MessageServiceGrpc.getEditMessageMethod = getEditMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.EditMessageRequest, dev.roundtable.v1.EditMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EditMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.EditMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.EditMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("EditMessage"))
              .build();
        }
      }
    }
    return getEditMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteMessageRequest,
      dev.roundtable.v1.DeleteMessageResponse> getDeleteMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMessage",
      requestType = dev.roundtable.v1.DeleteMessageRequest.class,
      responseType = dev.roundtable.v1.DeleteMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteMessageRequest,
      dev.roundtable.v1.DeleteMessageResponse> getDeleteMessageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.DeleteMessageRequest, dev.roundtable.v1.DeleteMessageResponse> getDeleteMessageMethod;
    if ((getDeleteMessageMethod = MessageServiceGrpc.getDeleteMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getDeleteMessageMethod = MessageServiceGrpc.getDeleteMessageMethod) == null) {
          MessageServiceGrpc.getDeleteMessageMethod = getDeleteMessageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.DeleteMessageRequest, dev.roundtable.v1.DeleteMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.DeleteMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("DeleteMessage"))
              .build();
        }
      }
    }
    return getDeleteMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.AddReactionRequest,
      dev.roundtable.v1.AddReactionResponse> getAddReactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddReaction",
      requestType = dev.roundtable.v1.AddReactionRequest.class,
      responseType = dev.roundtable.v1.AddReactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.AddReactionRequest,
      dev.roundtable.v1.AddReactionResponse> getAddReactionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.AddReactionRequest, dev.roundtable.v1.AddReactionResponse> getAddReactionMethod;
    if ((getAddReactionMethod = MessageServiceGrpc.getAddReactionMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getAddReactionMethod = MessageServiceGrpc.getAddReactionMethod) == null) {
          MessageServiceGrpc.getAddReactionMethod = getAddReactionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.AddReactionRequest, dev.roundtable.v1.AddReactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddReaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddReactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.AddReactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("AddReaction"))
              .build();
        }
      }
    }
    return getAddReactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveReactionRequest,
      dev.roundtable.v1.RemoveReactionResponse> getRemoveReactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveReaction",
      requestType = dev.roundtable.v1.RemoveReactionRequest.class,
      responseType = dev.roundtable.v1.RemoveReactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveReactionRequest,
      dev.roundtable.v1.RemoveReactionResponse> getRemoveReactionMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.RemoveReactionRequest, dev.roundtable.v1.RemoveReactionResponse> getRemoveReactionMethod;
    if ((getRemoveReactionMethod = MessageServiceGrpc.getRemoveReactionMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getRemoveReactionMethod = MessageServiceGrpc.getRemoveReactionMethod) == null) {
          MessageServiceGrpc.getRemoveReactionMethod = getRemoveReactionMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.RemoveReactionRequest, dev.roundtable.v1.RemoveReactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveReaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveReactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.RemoveReactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("RemoveReaction"))
              .build();
        }
      }
    }
    return getRemoveReactionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MessageServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceStub>() {
        @java.lang.Override
        public MessageServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceStub(channel, callOptions);
        }
      };
    return MessageServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MessageServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingV2Stub>() {
        @java.lang.Override
        public MessageServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MessageServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MessageServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingStub>() {
        @java.lang.Override
        public MessageServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceBlockingStub(channel, callOptions);
        }
      };
    return MessageServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MessageServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceFutureStub>() {
        @java.lang.Override
        public MessageServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceFutureStub(channel, callOptions);
        }
      };
    return MessageServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Messages in rooms: send, read, edit, delete, react.
   * Reading needs the room to be visible to the caller (see RoomService).
   * Writing needs room membership and a space role other than viewer.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
   * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
   * (`MESSAGE_DELETED`).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Posts a message to a room. The text is trimmed and must be 1–4000
     * characters, unless attachments are present, when it may be empty.
     * `&#64;username` mentions of room members are recorded in `mentions`, and
     * `&#64;handle` mentions of the room's REPLRs in `replr_mentions`.
     * With a `request_id`, a retry returns the first message and creates
     * nothing. The message is durable when this returns.
     * A message from a person starts a reply from each of the room's REPLRs
     * whose `reply_mode` says so (see ReplrService); a message from a REPLR
     * starts replies only from REPLRs it mentions, at most 3 replies deep, so
     * personas never loop. Each reply is stored at once, in the same
     * transaction as the message, as a message in state
     * `REPLY_STATE_STREAMING` (listed in `replies`), acknowledged by a 💭
     * reaction from its REPLR on the message, and streams as events
     * (`reply_started`, `reply_delta`, then `reply_completed`,
     * `reply_failed` or `reply_cancelled`). Replies go on when the caller
     * disconnects. Each reply's tokens (prompt and completion) are charged
     * to the space's AI credits when it ends (see CreditService). When the
     * credits are spent, a message that would start a reply is refused with
     * RESOURCE_EXHAUSTED (reason `CREDITS_EXHAUSTED`, a QuotaFailure detail)
     * and nothing is stored; REPLRs a reply mentions then stay silent.
     * </pre>
     */
    default void sendMessage(dev.roundtable.v1.SendMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sends a message as SendMessage does, then streams what follows from
     * it: first the stored message, then for each reply it started its
     * `reply_started`, every `reply_delta` and its final `reply_finished`.
     * The stream ends when every reply has finished. Closing the stream does
     * not stop the replies.
     * </pre>
     */
    default void sendMessageStream(dev.roundtable.v1.SendMessageStreamRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendMessageStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendMessageStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a reply's progress: for a caller that sent a message without
     * waiting and polls instead. The job id is the reply message's id (from
     * `SendMessageResponse.replies`). While the reply streams, `reply.text`
     * holds the text so far (asked of a replica other than the one running
     * it: as far as that replica heard it, or empty if it did not hear the
     * reply from its start).
     * </pre>
     */
    default void getReplyJob(dev.roundtable.v1.GetReplyJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetReplyJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetReplyJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stops a reply that is still streaming: it keeps the text so far and
     * ends in state `REPLY_STATE_CANCELLED`. The author of the message it
     * answers, the room's owners and admins, and the space's owners and
     * admins may. Cancelling a cancelled reply changes nothing; a reply that
     * already completed or failed gives FAILED_PRECONDITION
     * (`REPLY_FINISHED`). Any replica may be asked: the one running the reply
     * stops it. A reply that streams but that no server runs (its server
     * stopped, and it has not been ended yet) gives FAILED_PRECONDITION
     * (`REPLY_NOT_RUNNING`); try again shortly.
     * </pre>
     */
    default void cancelReply(dev.roundtable.v1.CancelReplyRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CancelReplyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelReplyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one message.
     * </pre>
     */
    default void getMessage(dev.roundtable.v1.GetMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists a room's messages, oldest first unless `order` says otherwise.
     * Deleted messages are listed in place, with their content emptied.
     * </pre>
     */
    default void listMessages(dev.roundtable.v1.ListMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces a message's text (and mentions); sets `edit_time`. Only its
     * author may, and not once it is deleted.
     * </pre>
     */
    default void editMessage(dev.roundtable.v1.EditMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.EditMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEditMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a message: sets `delete_time`, empties its text,
     * attachments and mentions, and keeps it in place in the list. Its author
     * or a room owner or admin may. Deleting a deleted message succeeds and
     * changes nothing.
     * </pre>
     */
    default void deleteMessage(dev.roundtable.v1.DeleteMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds the caller's reaction. `emoji` must be exactly one emoji (skin tone
     * and ZWJ sequences count as one). Reacting twice with the same emoji
     * changes nothing.
     * </pre>
     */
    default void addReaction(dev.roundtable.v1.AddReactionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddReactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddReactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes the caller's own reaction; nobody can remove another user's.
     * Removing a reaction that is not there changes nothing.
     * </pre>
     */
    default void removeReaction(dev.roundtable.v1.RemoveReactionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveReactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveReactionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MessageService.
   * <pre>
   * Messages in rooms: send, read, edit, delete, react.
   * Reading needs the room to be visible to the caller (see RoomService).
   * Writing needs room membership and a space role other than viewer.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
   * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
   * (`MESSAGE_DELETED`).
   * </pre>
   */
  public static abstract class MessageServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MessageServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MessageService.
   * <pre>
   * Messages in rooms: send, read, edit, delete, react.
   * Reading needs the room to be visible to the caller (see RoomService).
   * Writing needs room membership and a space role other than viewer.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
   * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
   * (`MESSAGE_DELETED`).
   * </pre>
   */
  public static final class MessageServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MessageServiceStub> {
    private MessageServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Posts a message to a room. The text is trimmed and must be 1–4000
     * characters, unless attachments are present, when it may be empty.
     * `&#64;username` mentions of room members are recorded in `mentions`, and
     * `&#64;handle` mentions of the room's REPLRs in `replr_mentions`.
     * With a `request_id`, a retry returns the first message and creates
     * nothing. The message is durable when this returns.
     * A message from a person starts a reply from each of the room's REPLRs
     * whose `reply_mode` says so (see ReplrService); a message from a REPLR
     * starts replies only from REPLRs it mentions, at most 3 replies deep, so
     * personas never loop. Each reply is stored at once, in the same
     * transaction as the message, as a message in state
     * `REPLY_STATE_STREAMING` (listed in `replies`), acknowledged by a 💭
     * reaction from its REPLR on the message, and streams as events
     * (`reply_started`, `reply_delta`, then `reply_completed`,
     * `reply_failed` or `reply_cancelled`). Replies go on when the caller
     * disconnects. Each reply's tokens (prompt and completion) are charged
     * to the space's AI credits when it ends (see CreditService). When the
     * credits are spent, a message that would start a reply is refused with
     * RESOURCE_EXHAUSTED (reason `CREDITS_EXHAUSTED`, a QuotaFailure detail)
     * and nothing is stored; REPLRs a reply mentions then stay silent.
     * </pre>
     */
    public void sendMessage(dev.roundtable.v1.SendMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sends a message as SendMessage does, then streams what follows from
     * it: first the stored message, then for each reply it started its
     * `reply_started`, every `reply_delta` and its final `reply_finished`.
     * The stream ends when every reply has finished. Closing the stream does
     * not stop the replies.
     * </pre>
     */
    public void sendMessageStream(dev.roundtable.v1.SendMessageStreamRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SendMessageStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSendMessageStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a reply's progress: for a caller that sent a message without
     * waiting and polls instead. The job id is the reply message's id (from
     * `SendMessageResponse.replies`). While the reply streams, `reply.text`
     * holds the text so far (asked of a replica other than the one running
     * it: as far as that replica heard it, or empty if it did not hear the
     * reply from its start).
     * </pre>
     */
    public void getReplyJob(dev.roundtable.v1.GetReplyJobRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetReplyJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetReplyJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stops a reply that is still streaming: it keeps the text so far and
     * ends in state `REPLY_STATE_CANCELLED`. The author of the message it
     * answers, the room's owners and admins, and the space's owners and
     * admins may. Cancelling a cancelled reply changes nothing; a reply that
     * already completed or failed gives FAILED_PRECONDITION
     * (`REPLY_FINISHED`). Any replica may be asked: the one running the reply
     * stops it. A reply that streams but that no server runs (its server
     * stopped, and it has not been ended yet) gives FAILED_PRECONDITION
     * (`REPLY_NOT_RUNNING`); try again shortly.
     * </pre>
     */
    public void cancelReply(dev.roundtable.v1.CancelReplyRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.CancelReplyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelReplyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one message.
     * </pre>
     */
    public void getMessage(dev.roundtable.v1.GetMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists a room's messages, oldest first unless `order` says otherwise.
     * Deleted messages are listed in place, with their content emptied.
     * </pre>
     */
    public void listMessages(dev.roundtable.v1.ListMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces a message's text (and mentions); sets `edit_time`. Only its
     * author may, and not once it is deleted.
     * </pre>
     */
    public void editMessage(dev.roundtable.v1.EditMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.EditMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEditMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a message: sets `delete_time`, empties its text,
     * attachments and mentions, and keeps it in place in the list. Its author
     * or a room owner or admin may. Deleting a deleted message succeeds and
     * changes nothing.
     * </pre>
     */
    public void deleteMessage(dev.roundtable.v1.DeleteMessageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds the caller's reaction. `emoji` must be exactly one emoji (skin tone
     * and ZWJ sequences count as one). Reacting twice with the same emoji
     * changes nothing.
     * </pre>
     */
    public void addReaction(dev.roundtable.v1.AddReactionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.AddReactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddReactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes the caller's own reaction; nobody can remove another user's.
     * Removing a reaction that is not there changes nothing.
     * </pre>
     */
    public void removeReaction(dev.roundtable.v1.RemoveReactionRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveReactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveReactionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MessageService.
   * <pre>
   * Messages in rooms: send, read, edit, delete, react.
   * Reading needs the room to be visible to the caller (see RoomService).
   * Writing needs room membership and a space role other than viewer.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
   * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
   * (`MESSAGE_DELETED`).
   * </pre>
   */
  public static final class MessageServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MessageServiceBlockingV2Stub> {
    private MessageServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Posts a message to a room. The text is trimmed and must be 1–4000
     * characters, unless attachments are present, when it may be empty.
     * `&#64;username` mentions of room members are recorded in `mentions`, and
     * `&#64;handle` mentions of the room's REPLRs in `replr_mentions`.
     * With a `request_id`, a retry returns the first message and creates
     * nothing. The message is durable when this returns.
     * A message from a person starts a reply from each of the room's REPLRs
     * whose `reply_mode` says so (see ReplrService); a message from a REPLR
     * starts replies only from REPLRs it mentions, at most 3 replies deep, so
     * personas never loop. Each reply is stored at once, in the same
     * transaction as the message, as a message in state
     * `REPLY_STATE_STREAMING` (listed in `replies`), acknowledged by a 💭
     * reaction from its REPLR on the message, and streams as events
     * (`reply_started`, `reply_delta`, then `reply_completed`,
     * `reply_failed` or `reply_cancelled`). Replies go on when the caller
     * disconnects. Each reply's tokens (prompt and completion) are charged
     * to the space's AI credits when it ends (see CreditService). When the
     * credits are spent, a message that would start a reply is refused with
     * RESOURCE_EXHAUSTED (reason `CREDITS_EXHAUSTED`, a QuotaFailure detail)
     * and nothing is stored; REPLRs a reply mentions then stay silent.
     * </pre>
     */
    public dev.roundtable.v1.SendMessageResponse sendMessage(dev.roundtable.v1.SendMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a message as SendMessage does, then streams what follows from
     * it: first the stored message, then for each reply it started its
     * `reply_started`, every `reply_delta` and its final `reply_finished`.
     * The stream ends when every reply has finished. Closing the stream does
     * not stop the replies.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.roundtable.v1.SendMessageStreamResponse>
        sendMessageStream(dev.roundtable.v1.SendMessageStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getSendMessageStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a reply's progress: for a caller that sent a message without
     * waiting and polls instead. The job id is the reply message's id (from
     * `SendMessageResponse.replies`). While the reply streams, `reply.text`
     * holds the text so far (asked of a replica other than the one running
     * it: as far as that replica heard it, or empty if it did not hear the
     * reply from its start).
     * </pre>
     */
    public dev.roundtable.v1.GetReplyJobResponse getReplyJob(dev.roundtable.v1.GetReplyJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetReplyJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops a reply that is still streaming: it keeps the text so far and
     * ends in state `REPLY_STATE_CANCELLED`. The author of the message it
     * answers, the room's owners and admins, and the space's owners and
     * admins may. Cancelling a cancelled reply changes nothing; a reply that
     * already completed or failed gives FAILED_PRECONDITION
     * (`REPLY_FINISHED`). Any replica may be asked: the one running the reply
     * stops it. A reply that streams but that no server runs (its server
     * stopped, and it has not been ended yet) gives FAILED_PRECONDITION
     * (`REPLY_NOT_RUNNING`); try again shortly.
     * </pre>
     */
    public dev.roundtable.v1.CancelReplyResponse cancelReply(dev.roundtable.v1.CancelReplyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelReplyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one message.
     * </pre>
     */
    public dev.roundtable.v1.GetMessageResponse getMessage(dev.roundtable.v1.GetMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a room's messages, oldest first unless `order` says otherwise.
     * Deleted messages are listed in place, with their content emptied.
     * </pre>
     */
    public dev.roundtable.v1.ListMessagesResponse listMessages(dev.roundtable.v1.ListMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces a message's text (and mentions); sets `edit_time`. Only its
     * author may, and not once it is deleted.
     * </pre>
     */
    public dev.roundtable.v1.EditMessageResponse editMessage(dev.roundtable.v1.EditMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEditMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a message: sets `delete_time`, empties its text,
     * attachments and mentions, and keeps it in place in the list. Its author
     * or a room owner or admin may. Deleting a deleted message succeeds and
     * changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.DeleteMessageResponse deleteMessage(dev.roundtable.v1.DeleteMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds the caller's reaction. `emoji` must be exactly one emoji (skin tone
     * and ZWJ sequences count as one). Reacting twice with the same emoji
     * changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.AddReactionResponse addReaction(dev.roundtable.v1.AddReactionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddReactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the caller's own reaction; nobody can remove another user's.
     * Removing a reaction that is not there changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.RemoveReactionResponse removeReaction(dev.roundtable.v1.RemoveReactionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveReactionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MessageService.
   * <pre>
   * Messages in rooms: send, read, edit, delete, react.
   * Reading needs the room to be visible to the caller (see RoomService).
   * Writing needs room membership and a space role other than viewer.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
   * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
   * (`MESSAGE_DELETED`).
   * </pre>
   */
  public static final class MessageServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MessageServiceBlockingStub> {
    private MessageServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Posts a message to a room. The text is trimmed and must be 1–4000
     * characters, unless attachments are present, when it may be empty.
     * `&#64;username` mentions of room members are recorded in `mentions`, and
     * `&#64;handle` mentions of the room's REPLRs in `replr_mentions`.
     * With a `request_id`, a retry returns the first message and creates
     * nothing. The message is durable when this returns.
     * A message from a person starts a reply from each of the room's REPLRs
     * whose `reply_mode` says so (see ReplrService); a message from a REPLR
     * starts replies only from REPLRs it mentions, at most 3 replies deep, so
     * personas never loop. Each reply is stored at once, in the same
     * transaction as the message, as a message in state
     * `REPLY_STATE_STREAMING` (listed in `replies`), acknowledged by a 💭
     * reaction from its REPLR on the message, and streams as events
     * (`reply_started`, `reply_delta`, then `reply_completed`,
     * `reply_failed` or `reply_cancelled`). Replies go on when the caller
     * disconnects. Each reply's tokens (prompt and completion) are charged
     * to the space's AI credits when it ends (see CreditService). When the
     * credits are spent, a message that would start a reply is refused with
     * RESOURCE_EXHAUSTED (reason `CREDITS_EXHAUSTED`, a QuotaFailure detail)
     * and nothing is stored; REPLRs a reply mentions then stay silent.
     * </pre>
     */
    public dev.roundtable.v1.SendMessageResponse sendMessage(dev.roundtable.v1.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a message as SendMessage does, then streams what follows from
     * it: first the stored message, then for each reply it started its
     * `reply_started`, every `reply_delta` and its final `reply_finished`.
     * The stream ends when every reply has finished. Closing the stream does
     * not stop the replies.
     * </pre>
     */
    public java.util.Iterator<dev.roundtable.v1.SendMessageStreamResponse> sendMessageStream(
        dev.roundtable.v1.SendMessageStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSendMessageStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a reply's progress: for a caller that sent a message without
     * waiting and polls instead. The job id is the reply message's id (from
     * `SendMessageResponse.replies`). While the reply streams, `reply.text`
     * holds the text so far (asked of a replica other than the one running
     * it: as far as that replica heard it, or empty if it did not hear the
     * reply from its start).
     * </pre>
     */
    public dev.roundtable.v1.GetReplyJobResponse getReplyJob(dev.roundtable.v1.GetReplyJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetReplyJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops a reply that is still streaming: it keeps the text so far and
     * ends in state `REPLY_STATE_CANCELLED`. The author of the message it
     * answers, the room's owners and admins, and the space's owners and
     * admins may. Cancelling a cancelled reply changes nothing; a reply that
     * already completed or failed gives FAILED_PRECONDITION
     * (`REPLY_FINISHED`). Any replica may be asked: the one running the reply
     * stops it. A reply that streams but that no server runs (its server
     * stopped, and it has not been ended yet) gives FAILED_PRECONDITION
     * (`REPLY_NOT_RUNNING`); try again shortly.
     * </pre>
     */
    public dev.roundtable.v1.CancelReplyResponse cancelReply(dev.roundtable.v1.CancelReplyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelReplyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one message.
     * </pre>
     */
    public dev.roundtable.v1.GetMessageResponse getMessage(dev.roundtable.v1.GetMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a room's messages, oldest first unless `order` says otherwise.
     * Deleted messages are listed in place, with their content emptied.
     * </pre>
     */
    public dev.roundtable.v1.ListMessagesResponse listMessages(dev.roundtable.v1.ListMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces a message's text (and mentions); sets `edit_time`. Only its
     * author may, and not once it is deleted.
     * </pre>
     */
    public dev.roundtable.v1.EditMessageResponse editMessage(dev.roundtable.v1.EditMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEditMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a message: sets `delete_time`, empties its text,
     * attachments and mentions, and keeps it in place in the list. Its author
     * or a room owner or admin may. Deleting a deleted message succeeds and
     * changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.DeleteMessageResponse deleteMessage(dev.roundtable.v1.DeleteMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds the caller's reaction. `emoji` must be exactly one emoji (skin tone
     * and ZWJ sequences count as one). Reacting twice with the same emoji
     * changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.AddReactionResponse addReaction(dev.roundtable.v1.AddReactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddReactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the caller's own reaction; nobody can remove another user's.
     * Removing a reaction that is not there changes nothing.
     * </pre>
     */
    public dev.roundtable.v1.RemoveReactionResponse removeReaction(dev.roundtable.v1.RemoveReactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveReactionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MessageService.
   * <pre>
   * Messages in rooms: send, read, edit, delete, react.
   * Reading needs the room to be visible to the caller (see RoomService).
   * Writing needs room membership and a space role other than viewer.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail (reasons such as `MESSAGE_EMPTY`, `MESSAGE_TOO_LONG`,
   * `INVALID_EMOJI`, `INVALID_ID`), NOT_FOUND (`ROOM_NOT_FOUND`,
   * `MESSAGE_NOT_FOUND`), PERMISSION_DENIED, FAILED_PRECONDITION
   * (`MESSAGE_DELETED`).
   * </pre>
   */
  public static final class MessageServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MessageServiceFutureStub> {
    private MessageServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Posts a message to a room. The text is trimmed and must be 1–4000
     * characters, unless attachments are present, when it may be empty.
     * `&#64;username` mentions of room members are recorded in `mentions`, and
     * `&#64;handle` mentions of the room's REPLRs in `replr_mentions`.
     * With a `request_id`, a retry returns the first message and creates
     * nothing. The message is durable when this returns.
     * A message from a person starts a reply from each of the room's REPLRs
     * whose `reply_mode` says so (see ReplrService); a message from a REPLR
     * starts replies only from REPLRs it mentions, at most 3 replies deep, so
     * personas never loop. Each reply is stored at once, in the same
     * transaction as the message, as a message in state
     * `REPLY_STATE_STREAMING` (listed in `replies`), acknowledged by a 💭
     * reaction from its REPLR on the message, and streams as events
     * (`reply_started`, `reply_delta`, then `reply_completed`,
     * `reply_failed` or `reply_cancelled`). Replies go on when the caller
     * disconnects. Each reply's tokens (prompt and completion) are charged
     * to the space's AI credits when it ends (see CreditService). When the
     * credits are spent, a message that would start a reply is refused with
     * RESOURCE_EXHAUSTED (reason `CREDITS_EXHAUSTED`, a QuotaFailure detail)
     * and nothing is stored; REPLRs a reply mentions then stay silent.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SendMessageResponse> sendMessage(
        dev.roundtable.v1.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a reply's progress: for a caller that sent a message without
     * waiting and polls instead. The job id is the reply message's id (from
     * `SendMessageResponse.replies`). While the reply streams, `reply.text`
     * holds the text so far (asked of a replica other than the one running
     * it: as far as that replica heard it, or empty if it did not hear the
     * reply from its start).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetReplyJobResponse> getReplyJob(
        dev.roundtable.v1.GetReplyJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetReplyJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stops a reply that is still streaming: it keeps the text so far and
     * ends in state `REPLY_STATE_CANCELLED`. The author of the message it
     * answers, the room's owners and admins, and the space's owners and
     * admins may. Cancelling a cancelled reply changes nothing; a reply that
     * already completed or failed gives FAILED_PRECONDITION
     * (`REPLY_FINISHED`). Any replica may be asked: the one running the reply
     * stops it. A reply that streams but that no server runs (its server
     * stopped, and it has not been ended yet) gives FAILED_PRECONDITION
     * (`REPLY_NOT_RUNNING`); try again shortly.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.CancelReplyResponse> cancelReply(
        dev.roundtable.v1.CancelReplyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelReplyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one message.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetMessageResponse> getMessage(
        dev.roundtable.v1.GetMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists a room's messages, oldest first unless `order` says otherwise.
     * Deleted messages are listed in place, with their content emptied.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListMessagesResponse> listMessages(
        dev.roundtable.v1.ListMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces a message's text (and mentions); sets `edit_time`. Only its
     * author may, and not once it is deleted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.EditMessageResponse> editMessage(
        dev.roundtable.v1.EditMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEditMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a message: sets `delete_time`, empties its text,
     * attachments and mentions, and keeps it in place in the list. Its author
     * or a room owner or admin may. Deleting a deleted message succeeds and
     * changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.DeleteMessageResponse> deleteMessage(
        dev.roundtable.v1.DeleteMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds the caller's reaction. `emoji` must be exactly one emoji (skin tone
     * and ZWJ sequences count as one). Reacting twice with the same emoji
     * changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.AddReactionResponse> addReaction(
        dev.roundtable.v1.AddReactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddReactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes the caller's own reaction; nobody can remove another user's.
     * Removing a reaction that is not there changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.RemoveReactionResponse> removeReaction(
        dev.roundtable.v1.RemoveReactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveReactionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SEND_MESSAGE = 0;
  private static final int METHODID_SEND_MESSAGE_STREAM = 1;
  private static final int METHODID_GET_REPLY_JOB = 2;
  private static final int METHODID_CANCEL_REPLY = 3;
  private static final int METHODID_GET_MESSAGE = 4;
  private static final int METHODID_LIST_MESSAGES = 5;
  private static final int METHODID_EDIT_MESSAGE = 6;
  private static final int METHODID_DELETE_MESSAGE = 7;
  private static final int METHODID_ADD_REACTION = 8;
  private static final int METHODID_REMOVE_REACTION = 9;

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
        case METHODID_SEND_MESSAGE:
          serviceImpl.sendMessage((dev.roundtable.v1.SendMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SendMessageResponse>) responseObserver);
          break;
        case METHODID_SEND_MESSAGE_STREAM:
          serviceImpl.sendMessageStream((dev.roundtable.v1.SendMessageStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SendMessageStreamResponse>) responseObserver);
          break;
        case METHODID_GET_REPLY_JOB:
          serviceImpl.getReplyJob((dev.roundtable.v1.GetReplyJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetReplyJobResponse>) responseObserver);
          break;
        case METHODID_CANCEL_REPLY:
          serviceImpl.cancelReply((dev.roundtable.v1.CancelReplyRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.CancelReplyResponse>) responseObserver);
          break;
        case METHODID_GET_MESSAGE:
          serviceImpl.getMessage((dev.roundtable.v1.GetMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetMessageResponse>) responseObserver);
          break;
        case METHODID_LIST_MESSAGES:
          serviceImpl.listMessages((dev.roundtable.v1.ListMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListMessagesResponse>) responseObserver);
          break;
        case METHODID_EDIT_MESSAGE:
          serviceImpl.editMessage((dev.roundtable.v1.EditMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.EditMessageResponse>) responseObserver);
          break;
        case METHODID_DELETE_MESSAGE:
          serviceImpl.deleteMessage((dev.roundtable.v1.DeleteMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.DeleteMessageResponse>) responseObserver);
          break;
        case METHODID_ADD_REACTION:
          serviceImpl.addReaction((dev.roundtable.v1.AddReactionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.AddReactionResponse>) responseObserver);
          break;
        case METHODID_REMOVE_REACTION:
          serviceImpl.removeReaction((dev.roundtable.v1.RemoveReactionRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.RemoveReactionResponse>) responseObserver);
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
          getSendMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SendMessageRequest,
              dev.roundtable.v1.SendMessageResponse>(
                service, METHODID_SEND_MESSAGE)))
        .addMethod(
          getSendMessageStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.roundtable.v1.SendMessageStreamRequest,
              dev.roundtable.v1.SendMessageStreamResponse>(
                service, METHODID_SEND_MESSAGE_STREAM)))
        .addMethod(
          getGetReplyJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetReplyJobRequest,
              dev.roundtable.v1.GetReplyJobResponse>(
                service, METHODID_GET_REPLY_JOB)))
        .addMethod(
          getCancelReplyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.CancelReplyRequest,
              dev.roundtable.v1.CancelReplyResponse>(
                service, METHODID_CANCEL_REPLY)))
        .addMethod(
          getGetMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetMessageRequest,
              dev.roundtable.v1.GetMessageResponse>(
                service, METHODID_GET_MESSAGE)))
        .addMethod(
          getListMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListMessagesRequest,
              dev.roundtable.v1.ListMessagesResponse>(
                service, METHODID_LIST_MESSAGES)))
        .addMethod(
          getEditMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.EditMessageRequest,
              dev.roundtable.v1.EditMessageResponse>(
                service, METHODID_EDIT_MESSAGE)))
        .addMethod(
          getDeleteMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.DeleteMessageRequest,
              dev.roundtable.v1.DeleteMessageResponse>(
                service, METHODID_DELETE_MESSAGE)))
        .addMethod(
          getAddReactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.AddReactionRequest,
              dev.roundtable.v1.AddReactionResponse>(
                service, METHODID_ADD_REACTION)))
        .addMethod(
          getRemoveReactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.RemoveReactionRequest,
              dev.roundtable.v1.RemoveReactionResponse>(
                service, METHODID_REMOVE_REACTION)))
        .build();
  }

  private static abstract class MessageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MessageServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.MessageProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MessageService");
    }
  }

  private static final class MessageServiceFileDescriptorSupplier
      extends MessageServiceBaseDescriptorSupplier {
    MessageServiceFileDescriptorSupplier() {}
  }

  private static final class MessageServiceMethodDescriptorSupplier
      extends MessageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MessageServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MessageServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MessageServiceFileDescriptorSupplier())
              .addMethod(getSendMessageMethod())
              .addMethod(getSendMessageStreamMethod())
              .addMethod(getGetReplyJobMethod())
              .addMethod(getCancelReplyMethod())
              .addMethod(getGetMessageMethod())
              .addMethod(getListMessagesMethod())
              .addMethod(getEditMessageMethod())
              .addMethod(getDeleteMessageMethod())
              .addMethod(getAddReactionMethod())
              .addMethod(getRemoveReactionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
