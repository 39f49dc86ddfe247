package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * AI helpers that are not a conversation: summarise a room, translate text,
 * transcribe audio. Each call is one request to a configured provider
 * (named, or the server's default) and is paid for from the space's AI
 * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
 * spent). A provider failure is UNAVAILABLE with the failure's reason
 * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
 * With the built-in `offline` provider, summaries and translations are its
 * deterministic canned reply, and transcription is not available.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
 * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
 * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AssistServiceGrpc {

  private AssistServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.AssistService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.SummarizeRoomRequest,
      dev.roundtable.v1.SummarizeRoomResponse> getSummarizeRoomMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SummarizeRoom",
      requestType = dev.roundtable.v1.SummarizeRoomRequest.class,
      responseType = dev.roundtable.v1.SummarizeRoomResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.SummarizeRoomRequest,
      dev.roundtable.v1.SummarizeRoomResponse> getSummarizeRoomMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.SummarizeRoomRequest, dev.roundtable.v1.SummarizeRoomResponse> getSummarizeRoomMethod;
    if ((getSummarizeRoomMethod = AssistServiceGrpc.getSummarizeRoomMethod) == null) {
      synchronized (AssistServiceGrpc.class) {
        if ((getSummarizeRoomMethod = AssistServiceGrpc.getSummarizeRoomMethod) == null) {
          AssistServiceGrpc.getSummarizeRoomMethod = getSummarizeRoomMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.SummarizeRoomRequest, dev.roundtable.v1.SummarizeRoomResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SummarizeRoom"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SummarizeRoomRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.SummarizeRoomResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AssistServiceMethodDescriptorSupplier("SummarizeRoom"))
              .build();
        }
      }
    }
    return getSummarizeRoomMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.TranslateRequest,
      dev.roundtable.v1.TranslateResponse> getTranslateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Translate",
      requestType = dev.roundtable.v1.TranslateRequest.class,
      responseType = dev.roundtable.v1.TranslateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.TranslateRequest,
      dev.roundtable.v1.TranslateResponse> getTranslateMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.TranslateRequest, dev.roundtable.v1.TranslateResponse> getTranslateMethod;
    if ((getTranslateMethod = AssistServiceGrpc.getTranslateMethod) == null) {
      synchronized (AssistServiceGrpc.class) {
        if ((getTranslateMethod = AssistServiceGrpc.getTranslateMethod) == null) {
          AssistServiceGrpc.getTranslateMethod = getTranslateMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.TranslateRequest, dev.roundtable.v1.TranslateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Translate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.TranslateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.TranslateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AssistServiceMethodDescriptorSupplier("Translate"))
              .build();
        }
      }
    }
    return getTranslateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.TranscribeRequest,
      dev.roundtable.v1.TranscribeResponse> getTranscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Transcribe",
      requestType = dev.roundtable.v1.TranscribeRequest.class,
      responseType = dev.roundtable.v1.TranscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.TranscribeRequest,
      dev.roundtable.v1.TranscribeResponse> getTranscribeMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.TranscribeRequest, dev.roundtable.v1.TranscribeResponse> getTranscribeMethod;
    if ((getTranscribeMethod = AssistServiceGrpc.getTranscribeMethod) == null) {
      synchronized (AssistServiceGrpc.class) {
        if ((getTranscribeMethod = AssistServiceGrpc.getTranscribeMethod) == null) {
          AssistServiceGrpc.getTranscribeMethod = getTranscribeMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.TranscribeRequest, dev.roundtable.v1.TranscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Transcribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.TranscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.TranscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AssistServiceMethodDescriptorSupplier("Transcribe"))
              .build();
        }
      }
    }
    return getTranscribeMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AssistServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssistServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssistServiceStub>() {
        @java.lang.Override
        public AssistServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssistServiceStub(channel, callOptions);
        }
      };
    return AssistServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AssistServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssistServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssistServiceBlockingV2Stub>() {
        @java.lang.Override
        public AssistServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssistServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AssistServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AssistServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssistServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssistServiceBlockingStub>() {
        @java.lang.Override
        public AssistServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssistServiceBlockingStub(channel, callOptions);
        }
      };
    return AssistServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AssistServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssistServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssistServiceFutureStub>() {
        @java.lang.Override
        public AssistServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssistServiceFutureStub(channel, callOptions);
        }
      };
    return AssistServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * AI helpers that are not a conversation: summarise a room, translate text,
   * transcribe audio. Each call is one request to a configured provider
   * (named, or the server's default) and is paid for from the space's AI
   * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
   * spent). A provider failure is UNAVAILABLE with the failure's reason
   * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
   * With the built-in `offline` provider, summaries and translations are its
   * deterministic canned reply, and transcription is not available.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
   * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Summarises a room's recent messages (at most the last 200, within
     * about 6,000 tokens): a summary, a title and, with `include_labels`, a
     * few labels. Nothing is stored. Whoever may read the room, with a
     * credential of WRITE scope (the call spends the space's credits).
     * </pre>
     */
    default void summarizeRoom(dev.roundtable.v1.SummarizeRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SummarizeRoomResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSummarizeRoomMethod(), responseObserver);
    }

    /**
     * <pre>
     * Translates text into a target language. Members of the space but
     * viewers.
     * </pre>
     */
    default void translate(dev.roundtable.v1.TranslateRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.TranslateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTranslateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Transcribes speech through the provider's transcription endpoint
     * (OpenAI's `/audio/transcriptions`, which vLLM and LiteLLM offer too).
     * Members of the space but viewers. A provider without one, such as
     * `offline`, gives FAILED_PRECONDITION (`TRANSCRIPTION_UNSUPPORTED`).
     * Audio is at most 25 MiB over gRPC and gRPC-Web; REST request bodies
     * are limited to 4 MiB, so about 3 MiB of audio once base64-encoded.
     * </pre>
     */
    default void transcribe(dev.roundtable.v1.TranscribeRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.TranscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTranscribeMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AssistService.
   * <pre>
   * AI helpers that are not a conversation: summarise a room, translate text,
   * transcribe audio. Each call is one request to a configured provider
   * (named, or the server's default) and is paid for from the space's AI
   * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
   * spent). A provider failure is UNAVAILABLE with the failure's reason
   * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
   * With the built-in `offline` provider, summaries and translations are its
   * deterministic canned reply, and transcription is not available.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
   * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
   * </pre>
   */
  public static abstract class AssistServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AssistServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AssistService.
   * <pre>
   * AI helpers that are not a conversation: summarise a room, translate text,
   * transcribe audio. Each call is one request to a configured provider
   * (named, or the server's default) and is paid for from the space's AI
   * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
   * spent). A provider failure is UNAVAILABLE with the failure's reason
   * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
   * With the built-in `offline` provider, summaries and translations are its
   * deterministic canned reply, and transcription is not available.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
   * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
   * </pre>
   */
  public static final class AssistServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AssistServiceStub> {
    private AssistServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssistServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssistServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Summarises a room's recent messages (at most the last 200, within
     * about 6,000 tokens): a summary, a title and, with `include_labels`, a
     * few labels. Nothing is stored. Whoever may read the room, with a
     * credential of WRITE scope (the call spends the space's credits).
     * </pre>
     */
    public void summarizeRoom(dev.roundtable.v1.SummarizeRoomRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.SummarizeRoomResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSummarizeRoomMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Translates text into a target language. Members of the space but
     * viewers.
     * </pre>
     */
    public void translate(dev.roundtable.v1.TranslateRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.TranslateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTranslateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Transcribes speech through the provider's transcription endpoint
     * (OpenAI's `/audio/transcriptions`, which vLLM and LiteLLM offer too).
     * Members of the space but viewers. A provider without one, such as
     * `offline`, gives FAILED_PRECONDITION (`TRANSCRIPTION_UNSUPPORTED`).
     * Audio is at most 25 MiB over gRPC and gRPC-Web; REST request bodies
     * are limited to 4 MiB, so about 3 MiB of audio once base64-encoded.
     * </pre>
     */
    public void transcribe(dev.roundtable.v1.TranscribeRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.TranscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTranscribeMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AssistService.
   * <pre>
   * AI helpers that are not a conversation: summarise a room, translate text,
   * transcribe audio. Each call is one request to a configured provider
   * (named, or the server's default) and is paid for from the space's AI
   * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
   * spent). A provider failure is UNAVAILABLE with the failure's reason
   * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
   * With the built-in `offline` provider, summaries and translations are its
   * deterministic canned reply, and transcription is not available.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
   * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
   * </pre>
   */
  public static final class AssistServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AssistServiceBlockingV2Stub> {
    private AssistServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssistServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssistServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Summarises a room's recent messages (at most the last 200, within
     * about 6,000 tokens): a summary, a title and, with `include_labels`, a
     * few labels. Nothing is stored. Whoever may read the room, with a
     * credential of WRITE scope (the call spends the space's credits).
     * </pre>
     */
    public dev.roundtable.v1.SummarizeRoomResponse summarizeRoom(dev.roundtable.v1.SummarizeRoomRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSummarizeRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Translates text into a target language. Members of the space but
     * viewers.
     * </pre>
     */
    public dev.roundtable.v1.TranslateResponse translate(dev.roundtable.v1.TranslateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTranslateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Transcribes speech through the provider's transcription endpoint
     * (OpenAI's `/audio/transcriptions`, which vLLM and LiteLLM offer too).
     * Members of the space but viewers. A provider without one, such as
     * `offline`, gives FAILED_PRECONDITION (`TRANSCRIPTION_UNSUPPORTED`).
     * Audio is at most 25 MiB over gRPC and gRPC-Web; REST request bodies
     * are limited to 4 MiB, so about 3 MiB of audio once base64-encoded.
     * </pre>
     */
    public dev.roundtable.v1.TranscribeResponse transcribe(dev.roundtable.v1.TranscribeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTranscribeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AssistService.
   * <pre>
   * AI helpers that are not a conversation: summarise a room, translate text,
   * transcribe audio. Each call is one request to a configured provider
   * (named, or the server's default) and is paid for from the space's AI
   * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
   * spent). A provider failure is UNAVAILABLE with the failure's reason
   * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
   * With the built-in `offline` provider, summaries and translations are its
   * deterministic canned reply, and transcription is not available.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
   * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
   * </pre>
   */
  public static final class AssistServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AssistServiceBlockingStub> {
    private AssistServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssistServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssistServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Summarises a room's recent messages (at most the last 200, within
     * about 6,000 tokens): a summary, a title and, with `include_labels`, a
     * few labels. Nothing is stored. Whoever may read the room, with a
     * credential of WRITE scope (the call spends the space's credits).
     * </pre>
     */
    public dev.roundtable.v1.SummarizeRoomResponse summarizeRoom(dev.roundtable.v1.SummarizeRoomRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSummarizeRoomMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Translates text into a target language. Members of the space but
     * viewers.
     * </pre>
     */
    public dev.roundtable.v1.TranslateResponse translate(dev.roundtable.v1.TranslateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTranslateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Transcribes speech through the provider's transcription endpoint
     * (OpenAI's `/audio/transcriptions`, which vLLM and LiteLLM offer too).
     * Members of the space but viewers. A provider without one, such as
     * `offline`, gives FAILED_PRECONDITION (`TRANSCRIPTION_UNSUPPORTED`).
     * Audio is at most 25 MiB over gRPC and gRPC-Web; REST request bodies
     * are limited to 4 MiB, so about 3 MiB of audio once base64-encoded.
     * </pre>
     */
    public dev.roundtable.v1.TranscribeResponse transcribe(dev.roundtable.v1.TranscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTranscribeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AssistService.
   * <pre>
   * AI helpers that are not a conversation: summarise a room, translate text,
   * transcribe audio. Each call is one request to a configured provider
   * (named, or the server's default) and is paid for from the space's AI
   * credits (RESOURCE_EXHAUSTED with a QuotaFailure detail when they are
   * spent). A provider failure is UNAVAILABLE with the failure's reason
   * (`PROVIDER_UNREACHABLE`, `PROVIDER_TIMEOUT`, `PROVIDER_ERROR`, …).
   * With the built-in `offline` provider, summaries and translations are its
   * deterministic canned reply, and transcription is not available.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC: UNAUTHENTICATED, INVALID_ARGUMENT with a
   * BadRequest detail, NOT_FOUND (`SPACE_NOT_FOUND`, `ROOM_NOT_FOUND`),
   * PERMISSION_DENIED, RESOURCE_EXHAUSTED, UNAVAILABLE.
   * </pre>
   */
  public static final class AssistServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AssistServiceFutureStub> {
    private AssistServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssistServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssistServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Summarises a room's recent messages (at most the last 200, within
     * about 6,000 tokens): a summary, a title and, with `include_labels`, a
     * few labels. Nothing is stored. Whoever may read the room, with a
     * credential of WRITE scope (the call spends the space's credits).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.SummarizeRoomResponse> summarizeRoom(
        dev.roundtable.v1.SummarizeRoomRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSummarizeRoomMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Translates text into a target language. Members of the space but
     * viewers.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.TranslateResponse> translate(
        dev.roundtable.v1.TranslateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTranslateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Transcribes speech through the provider's transcription endpoint
     * (OpenAI's `/audio/transcriptions`, which vLLM and LiteLLM offer too).
     * Members of the space but viewers. A provider without one, such as
     * `offline`, gives FAILED_PRECONDITION (`TRANSCRIPTION_UNSUPPORTED`).
     * Audio is at most 25 MiB over gRPC and gRPC-Web; REST request bodies
     * are limited to 4 MiB, so about 3 MiB of audio once base64-encoded.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.TranscribeResponse> transcribe(
        dev.roundtable.v1.TranscribeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTranscribeMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SUMMARIZE_ROOM = 0;
  private static final int METHODID_TRANSLATE = 1;
  private static final int METHODID_TRANSCRIBE = 2;

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
        case METHODID_SUMMARIZE_ROOM:
          serviceImpl.summarizeRoom((dev.roundtable.v1.SummarizeRoomRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.SummarizeRoomResponse>) responseObserver);
          break;
        case METHODID_TRANSLATE:
          serviceImpl.translate((dev.roundtable.v1.TranslateRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.TranslateResponse>) responseObserver);
          break;
        case METHODID_TRANSCRIBE:
          serviceImpl.transcribe((dev.roundtable.v1.TranscribeRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.TranscribeResponse>) responseObserver);
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
          getSummarizeRoomMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.SummarizeRoomRequest,
              dev.roundtable.v1.SummarizeRoomResponse>(
                service, METHODID_SUMMARIZE_ROOM)))
        .addMethod(
          getTranslateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.TranslateRequest,
              dev.roundtable.v1.TranslateResponse>(
                service, METHODID_TRANSLATE)))
        .addMethod(
          getTranscribeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.TranscribeRequest,
              dev.roundtable.v1.TranscribeResponse>(
                service, METHODID_TRANSCRIBE)))
        .build();
  }

  private static abstract class AssistServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AssistServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.SessionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AssistService");
    }
  }

  private static final class AssistServiceFileDescriptorSupplier
      extends AssistServiceBaseDescriptorSupplier {
    AssistServiceFileDescriptorSupplier() {}
  }

  private static final class AssistServiceMethodDescriptorSupplier
      extends AssistServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AssistServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AssistServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AssistServiceFileDescriptorSupplier())
              .addMethod(getSummarizeRoomMethod())
              .addMethod(getTranslateMethod())
              .addMethod(getTranscribeMethod())
              .build();
        }
      }
    }
    return result;
  }
}
