package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The AI providers and models this server is configured with: what a REPLR
 * or a session may name as its `provider` and `model`.
 * Providers come from the server's configuration (`[providers.NAME]` tables,
 * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
 * provider is always there: it streams a deterministic reply without a
 * network, and is the default when nothing else is configured.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC of this service:
 * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
 *   expired credentials.
 * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
 *   the READ scope.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ModelServiceGrpc {

  private ModelServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.ModelService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListModelsRequest,
      dev.roundtable.v1.ListModelsResponse> getListModelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListModels",
      requestType = dev.roundtable.v1.ListModelsRequest.class,
      responseType = dev.roundtable.v1.ListModelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListModelsRequest,
      dev.roundtable.v1.ListModelsResponse> getListModelsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListModelsRequest, dev.roundtable.v1.ListModelsResponse> getListModelsMethod;
    if ((getListModelsMethod = ModelServiceGrpc.getListModelsMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getListModelsMethod = ModelServiceGrpc.getListModelsMethod) == null) {
          ModelServiceGrpc.getListModelsMethod = getListModelsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListModelsRequest, dev.roundtable.v1.ListModelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListModels"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListModelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListModelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("ListModels"))
              .build();
        }
      }
    }
    return getListModelsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ModelServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceStub>() {
        @java.lang.Override
        public ModelServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceStub(channel, callOptions);
        }
      };
    return ModelServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ModelServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceBlockingV2Stub>() {
        @java.lang.Override
        public ModelServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ModelServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ModelServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceBlockingStub>() {
        @java.lang.Override
        public ModelServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceBlockingStub(channel, callOptions);
        }
      };
    return ModelServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ModelServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceFutureStub>() {
        @java.lang.Override
        public ModelServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceFutureStub(channel, callOptions);
        }
      };
    return ModelServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The AI providers and models this server is configured with: what a REPLR
   * or a session may name as its `provider` and `model`.
   * Providers come from the server's configuration (`[providers.NAME]` tables,
   * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
   * provider is always there: it streams a deterministic reply without a
   * network, and is the default when nothing else is configured.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
   *   the READ scope.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists every configured provider, by name, with its models. Any
     * authenticated caller with the READ scope may. The list is short (it
     * comes from the configuration) and is not paged. API keys and other
     * secrets are never part of the answer.
     * </pre>
     */
    default void listModels(dev.roundtable.v1.ListModelsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListModelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListModelsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ModelService.
   * <pre>
   * The AI providers and models this server is configured with: what a REPLR
   * or a session may name as its `provider` and `model`.
   * Providers come from the server's configuration (`[providers.NAME]` tables,
   * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
   * provider is always there: it streams a deterministic reply without a
   * network, and is the default when nothing else is configured.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
   *   the READ scope.
   * </pre>
   */
  public static abstract class ModelServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ModelServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ModelService.
   * <pre>
   * The AI providers and models this server is configured with: what a REPLR
   * or a session may name as its `provider` and `model`.
   * Providers come from the server's configuration (`[providers.NAME]` tables,
   * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
   * provider is always there: it streams a deterministic reply without a
   * network, and is the default when nothing else is configured.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
   *   the READ scope.
   * </pre>
   */
  public static final class ModelServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ModelServiceStub> {
    private ModelServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every configured provider, by name, with its models. Any
     * authenticated caller with the READ scope may. The list is short (it
     * comes from the configuration) and is not paged. API keys and other
     * secrets are never part of the answer.
     * </pre>
     */
    public void listModels(dev.roundtable.v1.ListModelsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListModelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListModelsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ModelService.
   * <pre>
   * The AI providers and models this server is configured with: what a REPLR
   * or a session may name as its `provider` and `model`.
   * Providers come from the server's configuration (`[providers.NAME]` tables,
   * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
   * provider is always there: it streams a deterministic reply without a
   * network, and is the default when nothing else is configured.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
   *   the READ scope.
   * </pre>
   */
  public static final class ModelServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ModelServiceBlockingV2Stub> {
    private ModelServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every configured provider, by name, with its models. Any
     * authenticated caller with the READ scope may. The list is short (it
     * comes from the configuration) and is not paged. API keys and other
     * secrets are never part of the answer.
     * </pre>
     */
    public dev.roundtable.v1.ListModelsResponse listModels(dev.roundtable.v1.ListModelsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListModelsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ModelService.
   * <pre>
   * The AI providers and models this server is configured with: what a REPLR
   * or a session may name as its `provider` and `model`.
   * Providers come from the server's configuration (`[providers.NAME]` tables,
   * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
   * provider is always there: it streams a deterministic reply without a
   * network, and is the default when nothing else is configured.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
   *   the READ scope.
   * </pre>
   */
  public static final class ModelServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ModelServiceBlockingStub> {
    private ModelServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every configured provider, by name, with its models. Any
     * authenticated caller with the READ scope may. The list is short (it
     * comes from the configuration) and is not paged. API keys and other
     * secrets are never part of the answer.
     * </pre>
     */
    public dev.roundtable.v1.ListModelsResponse listModels(dev.roundtable.v1.ListModelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListModelsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ModelService.
   * <pre>
   * The AI providers and models this server is configured with: what a REPLR
   * or a session may name as its `provider` and `model`.
   * Providers come from the server's configuration (`[providers.NAME]` tables,
   * or `ROUNDTABLE_OPENAI_API_KEY`), never from the API. The built-in `offline`
   * provider is always there: it streams a deterministic reply without a
   * network, and is the default when nothing else is configured.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - PERMISSION_DENIED (reason `API_KEY_SCOPE_MISSING`): an API key without
   *   the READ scope.
   * </pre>
   */
  public static final class ModelServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ModelServiceFutureStub> {
    private ModelServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every configured provider, by name, with its models. Any
     * authenticated caller with the READ scope may. The list is short (it
     * comes from the configuration) and is not paged. API keys and other
     * secrets are never part of the answer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListModelsResponse> listModels(
        dev.roundtable.v1.ListModelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListModelsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_MODELS = 0;

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
        case METHODID_LIST_MODELS:
          serviceImpl.listModels((dev.roundtable.v1.ListModelsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListModelsResponse>) responseObserver);
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
          getListModelsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListModelsRequest,
              dev.roundtable.v1.ListModelsResponse>(
                service, METHODID_LIST_MODELS)))
        .build();
  }

  private static abstract class ModelServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ModelServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.ModelProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ModelService");
    }
  }

  private static final class ModelServiceFileDescriptorSupplier
      extends ModelServiceBaseDescriptorSupplier {
    ModelServiceFileDescriptorSupplier() {}
  }

  private static final class ModelServiceMethodDescriptorSupplier
      extends ModelServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ModelServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ModelServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ModelServiceFileDescriptorSupplier())
              .addMethod(getListModelsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
