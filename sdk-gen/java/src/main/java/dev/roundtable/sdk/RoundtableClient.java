package dev.roundtable.sdk;

import dev.roundtable.v1.Event;
import dev.roundtable.v1.EventServiceGrpc;
import dev.roundtable.v1.MessageServiceGrpc;
import dev.roundtable.v1.SendMessageStreamRequest;
import dev.roundtable.v1.SendMessageStreamResponse;
import dev.roundtable.v1.SubscribeRequest;
import dev.roundtable.v1.SubscribeResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A connection to a Roundtable server that authenticates every call with a bearer token (an API key
 * {@code rtk_…} or a JWT) and retries idempotent calls ({@link RetryPolicy}).
 *
 * <p>Every generated stub is built on it with {@link #stub}:
 *
 * <pre>{@code
 * try (RoundtableClient client = RoundtableClient.connect("http://127.0.0.1:8080", apiKey)) {
 *   SpaceServiceGrpc.SpaceServiceBlockingStub spaces = client.stub(SpaceServiceGrpc::newBlockingStub);
 *   Space space = spaces.createSpace(CreateSpaceRequest.newBuilder().setName("Acme").build()).getSpace();
 * }
 * }</pre>
 *
 * <p>The streaming RPCs are also offered as iterators: {@link #sendMessageStream}, {@link
 * #subscribe} and {@link #subscribeResuming}. It is safe for concurrent use; make one per server.
 */
public final class RoundtableClient implements AutoCloseable {
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final ManagedChannel managed;
  private final Channel channel;
  private final ScheduledExecutorService scheduler;

  private RoundtableClient(ManagedChannel managed, String token, RetryPolicy retry) {
    this.managed = managed;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "roundtable-sdk-retry");
              thread.setDaemon(true);
              return thread;
            });
    // The last interceptor runs first: the token is added, then the call may be retried.
    this.channel =
        ClientInterceptors.intercept(
            managed, new RetryInterceptor(retry, scheduler), new BearerInterceptor(token));
  }

  /**
   * Connects to the server at {@code baseUrl}: {@code http://host:port} for plain-text HTTP/2
   * (h2c), or {@code https://host[:port]} for TLS checked against the JVM's trusted certificates.
   * The token is sent on every call (over plain text too: use {@code http://} only on a trusted
   * network such as loopback). The connection is made on the first call.
   */
  public static RoundtableClient connect(String baseUrl, String token) {
    return connect(baseUrl, token, RetryPolicy.DEFAULT);
  }

  /** {@link #connect(String, String)} with another retry policy. */
  public static RoundtableClient connect(String baseUrl, String token, RetryPolicy retry) {
    URI uri = parseBaseUrl(baseUrl);
    boolean secure = uri.getScheme().equals("https");
    int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(uri.getHost(), port);
    if (secure) {
      builder.useTransportSecurity();
    } else {
      builder.usePlaintext();
    }
    checkToken(token);
    return new RoundtableClient(builder.build(), token, retry);
  }

  /**
   * A client on a channel you built yourself (custom TLS, keepalive, an in-process channel in
   * tests). {@link #close} shuts the channel down.
   */
  public static RoundtableClient forChannel(ManagedChannel channel, String token, RetryPolicy retry) {
    checkToken(token);
    return new RoundtableClient(
        Objects.requireNonNull(channel, "channel"), token, Objects.requireNonNull(retry, "retry"));
  }

  /** The authenticated, retrying channel that every stub of this client uses. */
  public Channel channel() {
    return channel;
  }

  /**
   * Builds a generated stub on this client, e.g. {@code client.stub(RoomServiceGrpc::newBlockingStub)}
   * or {@code client.stub(RoomServiceGrpc::newFutureStub)}.
   */
  public <S> S stub(Function<Channel, S> factory) {
    return factory.apply(channel);
  }

  /**
   * Sends a message ({@code MessageService.SendMessageStream}) and iterates over what follows from
   * it: the stored message first, then for each reply it started its {@code reply_started}, every
   * {@code reply_delta} and its {@code reply_finished}. Closing the stream cancels the call (the
   * replies go on on the server). A failure is thrown from {@code hasNext()} as a {@link
   * io.grpc.StatusRuntimeException}.
   */
  public ServerStream<SendMessageStreamResponse> sendMessageStream(SendMessageStreamRequest request) {
    MessageServiceGrpc.MessageServiceBlockingStub stub = stub(MessageServiceGrpc::newBlockingStub);
    return ServerStream.open(() -> stub.sendMessageStream(request), Function.identity());
  }

  /**
   * Iterates over events ({@code EventService.Subscribe}) until the server ends the stream or it
   * fails; closing it cancels the call. For a subscription that survives broken connections, see
   * {@link #subscribeResuming}.
   */
  public ServerStream<Event> subscribe(SubscribeRequest request) {
    EventServiceGrpc.EventServiceBlockingStub stub = stub(EventServiceGrpc::newBlockingStub);
    return ServerStream.open(() -> stub.subscribe(request), SubscribeResponse::getEvent);
  }

  /**
   * {@link #subscribe} that keeps going: it remembers the cursor of the last event it returned and,
   * when the stream breaks ({@code UNAVAILABLE}, the server ending the stream, or a {@code
   * resync_required} event, which it does not return), subscribes again from that cursor, so the
   * caller sees every stored event once and in order. See {@link ResumingSubscription}.
   */
  public ResumingSubscription subscribeResuming(SubscribeRequest request) {
    return new ResumingSubscription(this, request);
  }

  /** Shuts the connection down, waiting up to 5 seconds for calls in flight. */
  @Override
  public void close() {
    managed.shutdown();
    scheduler.shutdownNow();
    try {
      if (!managed.awaitTermination(5, TimeUnit.SECONDS)) {
        managed.shutdownNow();
      }
    } catch (InterruptedException e) {
      managed.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  static URI parseBaseUrl(String baseUrl) {
    URI uri;
    try {
      uri = new URI(Objects.requireNonNull(baseUrl, "baseUrl"));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid base URL " + baseUrl + ": " + e.getMessage(), e);
    }
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException(
          "base URL " + baseUrl + " must start with http:// or https://");
    }
    String path = uri.getRawPath();
    if (uri.getHost() == null
        || uri.getRawUserInfo() != null
        || (path != null && !path.isEmpty() && !path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URL " + baseUrl + " must be scheme://host[:port] with nothing after it");
    }
    return uri;
  }

  static void checkToken(String token) {
    if (token == null
        || token.isEmpty()
        || !token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException(
          "the token must be non-empty printable ASCII without spaces");
    }
  }

  /** Adds {@code authorization: Bearer <token>} to every call. */
  private static final class BearerInterceptor implements ClientInterceptor {
    private final String value;

    BearerInterceptor(String token) {
      this.value = "Bearer " + token;
    }

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
        MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
      return new ForwardingClientCall.SimpleForwardingClientCall<>(
          next.newCall(method, callOptions)) {
        @Override
        public void start(Listener<RespT> responseListener, Metadata headers) {
          headers.put(AUTHORIZATION, value);
          super.start(responseListener, headers);
        }
      };
    }
  }
}
