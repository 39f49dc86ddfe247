package dev.roundtable.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * AI credits: each space has a balance, counted in tokens (prompt tokens
 * plus completion tokens, as the provider reports them or, when it does not,
 * as Roundtable estimates them). AI work in a space (REPLR replies in its
 * rooms, session replies, summaries and the like) is paid from the space's
 * balance:
 * - Before AI work starts, the balance is checked. When it is 0 or less the
 *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
 *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
 *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
 *   of the request is stored.
 * - When the work ends, the tokens it used are charged: the balance goes
 *   down and a CHARGE entry is added to the ledger, in the same transaction
 *   that stores the work's result. A reply or session answer that fails
 *   or is cancelled is charged for what arrived (estimated), nothing when
 *   nothing arrived. A reply that starts with a positive
 *   balance always completes, so the balance may end below zero by at most
 *   the usage of the replies that were running; the next check refuses.
 * A new space starts with the server's initial balance (configuration key
 * `credits.initial_balance`, environment variable
 * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
 * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
 * credits were introduced started with 1,000,000 tokens and no ledger
 * entry. There is no "unlimited" setting: an operator who does not want to
 * count sets a large initial balance and grants more as needed. Only server
 * admins add credits (GrantCredits); space owners cannot grant their own
 * space credits.
 * Every RPC follows the rules listed under UserService (ids, text, page
 * tokens, rate limits).
 * Errors common to every RPC of this service:
 * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
 *   expired credentials.
 * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
 * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
 *   caller may not see it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class CreditServiceGrpc {

  private CreditServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "roundtable.v1.CreditService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GetCreditsRequest,
      dev.roundtable.v1.GetCreditsResponse> getGetCreditsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCredits",
      requestType = dev.roundtable.v1.GetCreditsRequest.class,
      responseType = dev.roundtable.v1.GetCreditsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GetCreditsRequest,
      dev.roundtable.v1.GetCreditsResponse> getGetCreditsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GetCreditsRequest, dev.roundtable.v1.GetCreditsResponse> getGetCreditsMethod;
    if ((getGetCreditsMethod = CreditServiceGrpc.getGetCreditsMethod) == null) {
      synchronized (CreditServiceGrpc.class) {
        if ((getGetCreditsMethod = CreditServiceGrpc.getGetCreditsMethod) == null) {
          CreditServiceGrpc.getGetCreditsMethod = getGetCreditsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GetCreditsRequest, dev.roundtable.v1.GetCreditsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCredits"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetCreditsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GetCreditsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CreditServiceMethodDescriptorSupplier("GetCredits"))
              .build();
        }
      }
    }
    return getGetCreditsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.GrantCreditsRequest,
      dev.roundtable.v1.GrantCreditsResponse> getGrantCreditsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GrantCredits",
      requestType = dev.roundtable.v1.GrantCreditsRequest.class,
      responseType = dev.roundtable.v1.GrantCreditsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.GrantCreditsRequest,
      dev.roundtable.v1.GrantCreditsResponse> getGrantCreditsMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.GrantCreditsRequest, dev.roundtable.v1.GrantCreditsResponse> getGrantCreditsMethod;
    if ((getGrantCreditsMethod = CreditServiceGrpc.getGrantCreditsMethod) == null) {
      synchronized (CreditServiceGrpc.class) {
        if ((getGrantCreditsMethod = CreditServiceGrpc.getGrantCreditsMethod) == null) {
          CreditServiceGrpc.getGrantCreditsMethod = getGrantCreditsMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.GrantCreditsRequest, dev.roundtable.v1.GrantCreditsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GrantCredits"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GrantCreditsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.GrantCreditsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CreditServiceMethodDescriptorSupplier("GrantCredits"))
              .build();
        }
      }
    }
    return getGrantCreditsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.roundtable.v1.ListCreditUsageRequest,
      dev.roundtable.v1.ListCreditUsageResponse> getListCreditUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCreditUsage",
      requestType = dev.roundtable.v1.ListCreditUsageRequest.class,
      responseType = dev.roundtable.v1.ListCreditUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.roundtable.v1.ListCreditUsageRequest,
      dev.roundtable.v1.ListCreditUsageResponse> getListCreditUsageMethod() {
    io.grpc.MethodDescriptor<dev.roundtable.v1.ListCreditUsageRequest, dev.roundtable.v1.ListCreditUsageResponse> getListCreditUsageMethod;
    if ((getListCreditUsageMethod = CreditServiceGrpc.getListCreditUsageMethod) == null) {
      synchronized (CreditServiceGrpc.class) {
        if ((getListCreditUsageMethod = CreditServiceGrpc.getListCreditUsageMethod) == null) {
          CreditServiceGrpc.getListCreditUsageMethod = getListCreditUsageMethod =
              io.grpc.MethodDescriptor.<dev.roundtable.v1.ListCreditUsageRequest, dev.roundtable.v1.ListCreditUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCreditUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListCreditUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.roundtable.v1.ListCreditUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CreditServiceMethodDescriptorSupplier("ListCreditUsage"))
              .build();
        }
      }
    }
    return getListCreditUsageMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CreditServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CreditServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CreditServiceStub>() {
        @java.lang.Override
        public CreditServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CreditServiceStub(channel, callOptions);
        }
      };
    return CreditServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static CreditServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CreditServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CreditServiceBlockingV2Stub>() {
        @java.lang.Override
        public CreditServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CreditServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return CreditServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CreditServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CreditServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CreditServiceBlockingStub>() {
        @java.lang.Override
        public CreditServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CreditServiceBlockingStub(channel, callOptions);
        }
      };
    return CreditServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CreditServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CreditServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CreditServiceFutureStub>() {
        @java.lang.Override
        public CreditServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CreditServiceFutureStub(channel, callOptions);
        }
      };
    return CreditServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * AI credits: each space has a balance, counted in tokens (prompt tokens
   * plus completion tokens, as the provider reports them or, when it does not,
   * as Roundtable estimates them). AI work in a space (REPLR replies in its
   * rooms, session replies, summaries and the like) is paid from the space's
   * balance:
   * - Before AI work starts, the balance is checked. When it is 0 or less the
   *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
   *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
   *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
   *   of the request is stored.
   * - When the work ends, the tokens it used are charged: the balance goes
   *   down and a CHARGE entry is added to the ledger, in the same transaction
   *   that stores the work's result. A reply or session answer that fails
   *   or is cancelled is charged for what arrived (estimated), nothing when
   *   nothing arrived. A reply that starts with a positive
   *   balance always completes, so the balance may end below zero by at most
   *   the usage of the replies that were running; the next check refuses.
   * A new space starts with the server's initial balance (configuration key
   * `credits.initial_balance`, environment variable
   * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
   * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
   * credits were introduced started with 1,000,000 tokens and no ledger
   * entry. There is no "unlimited" setting: an operator who does not want to
   * count sets a large initial balance and grants more as needed. Only server
   * admins add credits (GrantCredits); space owners cannot grant their own
   * space credits.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
   *   caller may not see it.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Returns a space's credit balance and totals. Any member of the space may
     * (viewers too), and so may server admins (with an ADMIN-scoped key)
     * whether or not they are members.
     * </pre>
     */
    default void getCredits(dev.roundtable.v1.GetCreditsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetCreditsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCreditsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds credits to a space's balance and records a GRANT ledger entry.
     * Server admins only, with an ADMIN-scoped key: anyone else gets
     * PERMISSION_DENIED (reason `PERMISSION_DENIED`, or
     * `API_KEY_SCOPE_MISSING` for an admin's key without the ADMIN scope),
     * space owners included. A grant that would take the balance above
     * 1,000,000,000,000,000 tokens fails with FAILED_PRECONDITION (reason
     * `CREDITS_BALANCE_LIMIT`). With a `request_id`, a retry returns the first
     * grant and adds nothing; reusing a `request_id` for a different grant
     * fails with INVALID_ARGUMENT (reason `REQUEST_ID_REUSED`).
     * </pre>
     */
    default void grantCredits(dev.roundtable.v1.GrantCreditsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GrantCreditsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGrantCreditsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists a space's credit ledger, newest first: its initial balance, the
     * grants and the charges for AI work. Charges name the message or session
     * they paid for, which not every member may read, so only the space's
     * owners and admins (and server admins with the `admin` scope) may list
     * it; other members get PERMISSION_DENIED, non-members NOT_FOUND.
     * </pre>
     */
    default void listCreditUsage(dev.roundtable.v1.ListCreditUsageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListCreditUsageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCreditUsageMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service CreditService.
   * <pre>
   * AI credits: each space has a balance, counted in tokens (prompt tokens
   * plus completion tokens, as the provider reports them or, when it does not,
   * as Roundtable estimates them). AI work in a space (REPLR replies in its
   * rooms, session replies, summaries and the like) is paid from the space's
   * balance:
   * - Before AI work starts, the balance is checked. When it is 0 or less the
   *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
   *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
   *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
   *   of the request is stored.
   * - When the work ends, the tokens it used are charged: the balance goes
   *   down and a CHARGE entry is added to the ledger, in the same transaction
   *   that stores the work's result. A reply or session answer that fails
   *   or is cancelled is charged for what arrived (estimated), nothing when
   *   nothing arrived. A reply that starts with a positive
   *   balance always completes, so the balance may end below zero by at most
   *   the usage of the replies that were running; the next check refuses.
   * A new space starts with the server's initial balance (configuration key
   * `credits.initial_balance`, environment variable
   * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
   * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
   * credits were introduced started with 1,000,000 tokens and no ledger
   * entry. There is no "unlimited" setting: an operator who does not want to
   * count sets a large initial balance and grants more as needed. Only server
   * admins add credits (GrantCredits); space owners cannot grant their own
   * space credits.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
   *   caller may not see it.
   * </pre>
   */
  public static abstract class CreditServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return CreditServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service CreditService.
   * <pre>
   * AI credits: each space has a balance, counted in tokens (prompt tokens
   * plus completion tokens, as the provider reports them or, when it does not,
   * as Roundtable estimates them). AI work in a space (REPLR replies in its
   * rooms, session replies, summaries and the like) is paid from the space's
   * balance:
   * - Before AI work starts, the balance is checked. When it is 0 or less the
   *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
   *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
   *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
   *   of the request is stored.
   * - When the work ends, the tokens it used are charged: the balance goes
   *   down and a CHARGE entry is added to the ledger, in the same transaction
   *   that stores the work's result. A reply or session answer that fails
   *   or is cancelled is charged for what arrived (estimated), nothing when
   *   nothing arrived. A reply that starts with a positive
   *   balance always completes, so the balance may end below zero by at most
   *   the usage of the replies that were running; the next check refuses.
   * A new space starts with the server's initial balance (configuration key
   * `credits.initial_balance`, environment variable
   * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
   * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
   * credits were introduced started with 1,000,000 tokens and no ledger
   * entry. There is no "unlimited" setting: an operator who does not want to
   * count sets a large initial balance and grants more as needed. Only server
   * admins add credits (GrantCredits); space owners cannot grant their own
   * space credits.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
   *   caller may not see it.
   * </pre>
   */
  public static final class CreditServiceStub
      extends io.grpc.stub.AbstractAsyncStub<CreditServiceStub> {
    private CreditServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CreditServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CreditServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a space's credit balance and totals. Any member of the space may
     * (viewers too), and so may server admins (with an ADMIN-scoped key)
     * whether or not they are members.
     * </pre>
     */
    public void getCredits(dev.roundtable.v1.GetCreditsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GetCreditsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCreditsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds credits to a space's balance and records a GRANT ledger entry.
     * Server admins only, with an ADMIN-scoped key: anyone else gets
     * PERMISSION_DENIED (reason `PERMISSION_DENIED`, or
     * `API_KEY_SCOPE_MISSING` for an admin's key without the ADMIN scope),
     * space owners included. A grant that would take the balance above
     * 1,000,000,000,000,000 tokens fails with FAILED_PRECONDITION (reason
     * `CREDITS_BALANCE_LIMIT`). With a `request_id`, a retry returns the first
     * grant and adds nothing; reusing a `request_id` for a different grant
     * fails with INVALID_ARGUMENT (reason `REQUEST_ID_REUSED`).
     * </pre>
     */
    public void grantCredits(dev.roundtable.v1.GrantCreditsRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.GrantCreditsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGrantCreditsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists a space's credit ledger, newest first: its initial balance, the
     * grants and the charges for AI work. Charges name the message or session
     * they paid for, which not every member may read, so only the space's
     * owners and admins (and server admins with the `admin` scope) may list
     * it; other members get PERMISSION_DENIED, non-members NOT_FOUND.
     * </pre>
     */
    public void listCreditUsage(dev.roundtable.v1.ListCreditUsageRequest request,
        io.grpc.stub.StreamObserver<dev.roundtable.v1.ListCreditUsageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCreditUsageMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service CreditService.
   * <pre>
   * AI credits: each space has a balance, counted in tokens (prompt tokens
   * plus completion tokens, as the provider reports them or, when it does not,
   * as Roundtable estimates them). AI work in a space (REPLR replies in its
   * rooms, session replies, summaries and the like) is paid from the space's
   * balance:
   * - Before AI work starts, the balance is checked. When it is 0 or less the
   *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
   *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
   *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
   *   of the request is stored.
   * - When the work ends, the tokens it used are charged: the balance goes
   *   down and a CHARGE entry is added to the ledger, in the same transaction
   *   that stores the work's result. A reply or session answer that fails
   *   or is cancelled is charged for what arrived (estimated), nothing when
   *   nothing arrived. A reply that starts with a positive
   *   balance always completes, so the balance may end below zero by at most
   *   the usage of the replies that were running; the next check refuses.
   * A new space starts with the server's initial balance (configuration key
   * `credits.initial_balance`, environment variable
   * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
   * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
   * credits were introduced started with 1,000,000 tokens and no ledger
   * entry. There is no "unlimited" setting: an operator who does not want to
   * count sets a large initial balance and grants more as needed. Only server
   * admins add credits (GrantCredits); space owners cannot grant their own
   * space credits.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
   *   caller may not see it.
   * </pre>
   */
  public static final class CreditServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<CreditServiceBlockingV2Stub> {
    private CreditServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CreditServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CreditServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a space's credit balance and totals. Any member of the space may
     * (viewers too), and so may server admins (with an ADMIN-scoped key)
     * whether or not they are members.
     * </pre>
     */
    public dev.roundtable.v1.GetCreditsResponse getCredits(dev.roundtable.v1.GetCreditsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCreditsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds credits to a space's balance and records a GRANT ledger entry.
     * Server admins only, with an ADMIN-scoped key: anyone else gets
     * PERMISSION_DENIED (reason `PERMISSION_DENIED`, or
     * `API_KEY_SCOPE_MISSING` for an admin's key without the ADMIN scope),
     * space owners included. A grant that would take the balance above
     * 1,000,000,000,000,000 tokens fails with FAILED_PRECONDITION (reason
     * `CREDITS_BALANCE_LIMIT`). With a `request_id`, a retry returns the first
     * grant and adds nothing; reusing a `request_id` for a different grant
     * fails with INVALID_ARGUMENT (reason `REQUEST_ID_REUSED`).
     * </pre>
     */
    public dev.roundtable.v1.GrantCreditsResponse grantCredits(dev.roundtable.v1.GrantCreditsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGrantCreditsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a space's credit ledger, newest first: its initial balance, the
     * grants and the charges for AI work. Charges name the message or session
     * they paid for, which not every member may read, so only the space's
     * owners and admins (and server admins with the `admin` scope) may list
     * it; other members get PERMISSION_DENIED, non-members NOT_FOUND.
     * </pre>
     */
    public dev.roundtable.v1.ListCreditUsageResponse listCreditUsage(dev.roundtable.v1.ListCreditUsageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListCreditUsageMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service CreditService.
   * <pre>
   * AI credits: each space has a balance, counted in tokens (prompt tokens
   * plus completion tokens, as the provider reports them or, when it does not,
   * as Roundtable estimates them). AI work in a space (REPLR replies in its
   * rooms, session replies, summaries and the like) is paid from the space's
   * balance:
   * - Before AI work starts, the balance is checked. When it is 0 or less the
   *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
   *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
   *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
   *   of the request is stored.
   * - When the work ends, the tokens it used are charged: the balance goes
   *   down and a CHARGE entry is added to the ledger, in the same transaction
   *   that stores the work's result. A reply or session answer that fails
   *   or is cancelled is charged for what arrived (estimated), nothing when
   *   nothing arrived. A reply that starts with a positive
   *   balance always completes, so the balance may end below zero by at most
   *   the usage of the replies that were running; the next check refuses.
   * A new space starts with the server's initial balance (configuration key
   * `credits.initial_balance`, environment variable
   * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
   * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
   * credits were introduced started with 1,000,000 tokens and no ledger
   * entry. There is no "unlimited" setting: an operator who does not want to
   * count sets a large initial balance and grants more as needed. Only server
   * admins add credits (GrantCredits); space owners cannot grant their own
   * space credits.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
   *   caller may not see it.
   * </pre>
   */
  public static final class CreditServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<CreditServiceBlockingStub> {
    private CreditServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CreditServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CreditServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a space's credit balance and totals. Any member of the space may
     * (viewers too), and so may server admins (with an ADMIN-scoped key)
     * whether or not they are members.
     * </pre>
     */
    public dev.roundtable.v1.GetCreditsResponse getCredits(dev.roundtable.v1.GetCreditsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCreditsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds credits to a space's balance and records a GRANT ledger entry.
     * Server admins only, with an ADMIN-scoped key: anyone else gets
     * PERMISSION_DENIED (reason `PERMISSION_DENIED`, or
     * `API_KEY_SCOPE_MISSING` for an admin's key without the ADMIN scope),
     * space owners included. A grant that would take the balance above
     * 1,000,000,000,000,000 tokens fails with FAILED_PRECONDITION (reason
     * `CREDITS_BALANCE_LIMIT`). With a `request_id`, a retry returns the first
     * grant and adds nothing; reusing a `request_id` for a different grant
     * fails with INVALID_ARGUMENT (reason `REQUEST_ID_REUSED`).
     * </pre>
     */
    public dev.roundtable.v1.GrantCreditsResponse grantCredits(dev.roundtable.v1.GrantCreditsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGrantCreditsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a space's credit ledger, newest first: its initial balance, the
     * grants and the charges for AI work. Charges name the message or session
     * they paid for, which not every member may read, so only the space's
     * owners and admins (and server admins with the `admin` scope) may list
     * it; other members get PERMISSION_DENIED, non-members NOT_FOUND.
     * </pre>
     */
    public dev.roundtable.v1.ListCreditUsageResponse listCreditUsage(dev.roundtable.v1.ListCreditUsageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCreditUsageMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service CreditService.
   * <pre>
   * AI credits: each space has a balance, counted in tokens (prompt tokens
   * plus completion tokens, as the provider reports them or, when it does not,
   * as Roundtable estimates them). AI work in a space (REPLR replies in its
   * rooms, session replies, summaries and the like) is paid from the space's
   * balance:
   * - Before AI work starts, the balance is checked. When it is 0 or less the
   *   work is refused with RESOURCE_EXHAUSTED (HTTP 429), an ErrorInfo with
   *   reason `CREDITS_EXHAUSTED` (metadata `space_id`) and a QuotaFailure
   *   detail whose violation has subject `spaces/{space_id}/credits`; nothing
   *   of the request is stored.
   * - When the work ends, the tokens it used are charged: the balance goes
   *   down and a CHARGE entry is added to the ledger, in the same transaction
   *   that stores the work's result. A reply or session answer that fails
   *   or is cancelled is charged for what arrived (estimated), nothing when
   *   nothing arrived. A reply that starts with a positive
   *   balance always completes, so the balance may end below zero by at most
   *   the usage of the replies that were running; the next check refuses.
   * A new space starts with the server's initial balance (configuration key
   * `credits.initial_balance`, environment variable
   * `ROUNDTABLE_INITIAL_CREDITS`, flag `--initial-credits`; default 1,000,000
   * tokens), recorded as an INITIAL ledger entry. Spaces that existed before
   * credits were introduced started with 1,000,000 tokens and no ledger
   * entry. There is no "unlimited" setting: an operator who does not want to
   * count sets a large initial balance and grants more as needed. Only server
   * admins add credits (GrantCredits); space owners cannot grant their own
   * space credits.
   * Every RPC follows the rules listed under UserService (ids, text, page
   * tokens, rate limits).
   * Errors common to every RPC of this service:
   * - UNAUTHENTICATED (reason `UNAUTHENTICATED`): missing, unknown, revoked or
   *   expired credentials.
   * - INVALID_ARGUMENT with a BadRequest detail naming each bad field.
   * - NOT_FOUND (reason `SPACE_NOT_FOUND`): the space does not exist or the
   *   caller may not see it.
   * </pre>
   */
  public static final class CreditServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<CreditServiceFutureStub> {
    private CreditServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CreditServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CreditServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a space's credit balance and totals. Any member of the space may
     * (viewers too), and so may server admins (with an ADMIN-scoped key)
     * whether or not they are members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GetCreditsResponse> getCredits(
        dev.roundtable.v1.GetCreditsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCreditsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds credits to a space's balance and records a GRANT ledger entry.
     * Server admins only, with an ADMIN-scoped key: anyone else gets
     * PERMISSION_DENIED (reason `PERMISSION_DENIED`, or
     * `API_KEY_SCOPE_MISSING` for an admin's key without the ADMIN scope),
     * space owners included. A grant that would take the balance above
     * 1,000,000,000,000,000 tokens fails with FAILED_PRECONDITION (reason
     * `CREDITS_BALANCE_LIMIT`). With a `request_id`, a retry returns the first
     * grant and adds nothing; reusing a `request_id` for a different grant
     * fails with INVALID_ARGUMENT (reason `REQUEST_ID_REUSED`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.GrantCreditsResponse> grantCredits(
        dev.roundtable.v1.GrantCreditsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGrantCreditsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists a space's credit ledger, newest first: its initial balance, the
     * grants and the charges for AI work. Charges name the message or session
     * they paid for, which not every member may read, so only the space's
     * owners and admins (and server admins with the `admin` scope) may list
     * it; other members get PERMISSION_DENIED, non-members NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.roundtable.v1.ListCreditUsageResponse> listCreditUsage(
        dev.roundtable.v1.ListCreditUsageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCreditUsageMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_CREDITS = 0;
  private static final int METHODID_GRANT_CREDITS = 1;
  private static final int METHODID_LIST_CREDIT_USAGE = 2;

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
        case METHODID_GET_CREDITS:
          serviceImpl.getCredits((dev.roundtable.v1.GetCreditsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GetCreditsResponse>) responseObserver);
          break;
        case METHODID_GRANT_CREDITS:
          serviceImpl.grantCredits((dev.roundtable.v1.GrantCreditsRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.GrantCreditsResponse>) responseObserver);
          break;
        case METHODID_LIST_CREDIT_USAGE:
          serviceImpl.listCreditUsage((dev.roundtable.v1.ListCreditUsageRequest) request,
              (io.grpc.stub.StreamObserver<dev.roundtable.v1.ListCreditUsageResponse>) responseObserver);
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
          getGetCreditsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GetCreditsRequest,
              dev.roundtable.v1.GetCreditsResponse>(
                service, METHODID_GET_CREDITS)))
        .addMethod(
          getGrantCreditsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.GrantCreditsRequest,
              dev.roundtable.v1.GrantCreditsResponse>(
                service, METHODID_GRANT_CREDITS)))
        .addMethod(
          getListCreditUsageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.roundtable.v1.ListCreditUsageRequest,
              dev.roundtable.v1.ListCreditUsageResponse>(
                service, METHODID_LIST_CREDIT_USAGE)))
        .build();
  }

  private static abstract class CreditServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    CreditServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.roundtable.v1.CreditProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("CreditService");
    }
  }

  private static final class CreditServiceFileDescriptorSupplier
      extends CreditServiceBaseDescriptorSupplier {
    CreditServiceFileDescriptorSupplier() {}
  }

  private static final class CreditServiceMethodDescriptorSupplier
      extends CreditServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    CreditServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (CreditServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new CreditServiceFileDescriptorSupplier())
              .addMethod(getGetCreditsMethod())
              .addMethod(getGrantCreditsMethod())
              .addMethod(getListCreditUsageMethod())
              .build();
        }
      }
    }
    return result;
  }
}
