package dev.roundtable.sdk;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries idempotent unary calls as a {@link RetryPolicy} says. It holds the request of each call it
 * may retry, and delivers the response only once an attempt has ended, so the caller sees one
 * call. Every other call passes straight through.
 */
final class RetryInterceptor implements ClientInterceptor {
  private final RetryPolicy policy;
  private final ScheduledExecutorService scheduler;

  RetryInterceptor(RetryPolicy policy, ScheduledExecutorService scheduler) {
    this.policy = policy;
    this.scheduler = scheduler;
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    if (policy.maxAttempts() <= 1
        || method.getType() != MethodDescriptor.MethodType.UNARY
        || !RetryPolicy.isIdempotent(method.getFullMethodName())) {
      return next.newCall(method, callOptions);
    }
    boolean callerDeadline =
        callOptions.getDeadline() != null || Context.current().getDeadline() != null;
    return new RetryingCall<>(method, callOptions, next, callerDeadline);
  }

  private boolean retryable(Status status, boolean callerDeadline) {
    return switch (status.getCode()) {
      case UNAVAILABLE -> true;
      case DEADLINE_EXCEEDED -> !callerDeadline;
      default -> false;
    };
  }

  private final class RetryingCall<ReqT, RespT> extends ClientCall<ReqT, RespT> {
    private final MethodDescriptor<ReqT, RespT> method;
    private final CallOptions callOptions;
    private final Channel next;
    private final boolean callerDeadline;
    private final Object lock = new Object();

    // Guarded by lock.
    private Listener<RespT> listener;
    private Metadata headers;
    private ReqT request;
    private int requested;
    private int attempt;
    private long backoffNanos = policy.initialBackoff().toNanos();
    private ClientCall<ReqT, RespT> current;
    private ScheduledFuture<?> pending;
    private boolean cancelled;

    RetryingCall(
        MethodDescriptor<ReqT, RespT> method,
        CallOptions callOptions,
        Channel next,
        boolean callerDeadline) {
      this.method = method;
      this.callOptions = callOptions;
      this.next = next;
      this.callerDeadline = callerDeadline;
    }

    @Override
    public void start(Listener<RespT> responseListener, Metadata headers) {
      synchronized (lock) {
        this.listener = responseListener;
        this.headers = headers;
      }
    }

    @Override
    public void request(int numMessages) {
      ClientCall<ReqT, RespT> call;
      synchronized (lock) {
        requested += numMessages;
        call = current;
      }
      if (call != null) {
        call.request(numMessages);
      }
    }

    @Override
    public void sendMessage(ReqT message) {
      synchronized (lock) {
        if (request != null) {
          throw new IllegalStateException("a unary call sends one message");
        }
        request = message;
      }
    }

    @Override
    public void halfClose() {
      startAttempt();
    }

    @Override
    public void cancel(String message, Throwable cause) {
      ClientCall<ReqT, RespT> call;
      Listener<RespT> idle = null;
      synchronized (lock) {
        if (cancelled) {
          return;
        }
        cancelled = true;
        call = current;
        if (pending != null) {
          pending.cancel(false);
          pending = null;
        }
        if (call == null) {
          // Before the first attempt or between two: no call will report the cancellation.
          idle = listener;
        }
      }
      if (call != null) {
        call.cancel(message, cause);
      } else if (idle != null) {
        idle.onClose(Status.CANCELLED.withDescription(message).withCause(cause), new Metadata());
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    private void startAttempt() {
      ClientCall<ReqT, RespT> call;
      Metadata attemptHeaders = new Metadata();
      int toRequest;
      ReqT message;
      synchronized (lock) {
        if (cancelled) {
          return;
        }
        attempt++;
        pending = null;
        call = next.newCall(method, callOptions);
        current = call;
        attemptHeaders.merge(headers);
        toRequest = requested;
        message = request;
      }
      call.start(new AttemptListener(), attemptHeaders);
      if (toRequest > 0) {
        call.request(toRequest);
      }
      if (message != null) {
        call.sendMessage(message);
      }
      call.halfClose();
    }

    /** Holds an attempt's answer until it ends, then delivers it or retries. */
    private final class AttemptListener extends Listener<RespT> {
      private Metadata responseHeaders;
      private RespT response;

      @Override
      public void onHeaders(Metadata headers) {
        responseHeaders = headers;
      }

      @Override
      public void onMessage(RespT message) {
        response = message;
      }

      @Override
      public void onClose(Status status, Metadata trailers) {
        Listener<RespT> target;
        synchronized (lock) {
          if (!status.isOk()
              && response == null
              && !cancelled
              && attempt < policy.maxAttempts()
              && retryable(status, callerDeadline)) {
            long half = backoffNanos / 2;
            long wait = half + ThreadLocalRandom.current().nextLong(backoffNanos - half + 1);
            backoffNanos = Math.min(backoffNanos * 2, policy.maxBackoff().toNanos());
            current = null;
            pending = scheduler.schedule(RetryingCall.this::startAttempt, wait, TimeUnit.NANOSECONDS);
            return;
          }
          target = listener;
        }
        if (responseHeaders != null) {
          target.onHeaders(responseHeaders);
        }
        if (response != null) {
          target.onMessage(response);
        }
        target.onClose(status, trailers);
      }
    }
  }
}
