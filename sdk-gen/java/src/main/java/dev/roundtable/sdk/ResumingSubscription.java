package dev.roundtable.sdk;

import dev.roundtable.v1.Event;
import dev.roundtable.v1.SubscribeRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A subscription that survives broken connections: it remembers the cursor of the last event it
 * returned and, when the stream breaks ({@code UNAVAILABLE}, the server ending the stream, or a
 * {@code resync_required} event, which it does not return), subscribes again from that cursor, so
 * the caller sees every stored event once and in order. Each new subscription returns its own
 * {@code subscribed} event after its replay. It waits between attempts (from 100 ms, doubling, at
 * most 5 s) and ends only when closed, or by throwing another error (such as {@code
 * PERMISSION_DENIED}) from {@code hasNext()}.
 */
public final class ResumingSubscription implements Iterator<Event>, AutoCloseable {
  private static final long INITIAL_BACKOFF_MILLIS = 100;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  private final RoundtableClient client;
  private final SubscribeRequest request;
  private String cursor;
  private volatile ServerStream<Event> current;
  private Event next;
  private long backoffMillis = INITIAL_BACKOFF_MILLIS;
  private volatile boolean closed;

  ResumingSubscription(RoundtableClient client, SubscribeRequest request) {
    this.client = client;
    this.request = request;
    this.cursor = request.getCursor();
  }

  /** The cursor to resume from: that of the last event returned (or the one asked for). */
  public synchronized String cursor() {
    return cursor;
  }

  @Override
  public synchronized boolean hasNext() {
    while (next == null && !closed) {
      if (current == null) {
        current = client.subscribe(request.toBuilder().setCursor(cursor).build());
      }
      try {
        if (!current.hasNext()) {
          restart();
          continue;
        }
        Event event = current.next();
        if (event.hasResyncRequired()) {
          if (!event.getCursor().isEmpty()) {
            cursor = event.getCursor();
          }
          restart();
          continue;
        }
        if (!event.getCursor().isEmpty()) {
          cursor = event.getCursor();
        }
        backoffMillis = INITIAL_BACKOFF_MILLIS;
        next = event;
      } catch (StatusRuntimeException e) {
        if (closed) {
          break;
        }
        if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
          current.close();
          current = null;
          throw e;
        }
        restart();
      }
    }
    return next != null;
  }

  @Override
  public synchronized Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Event event = next;
    next = null;
    return event;
  }

  /** Ends the subscription; a {@code hasNext()} blocked in another thread returns false. */
  @Override
  public void close() {
    closed = true;
    ServerStream<Event> stream = current;
    if (stream != null) {
      stream.close();
    }
  }

  private void restart() {
    current.close();
    current = null;
    long half = backoffMillis / 2;
    long wait = half + ThreadLocalRandom.current().nextLong(backoffMillis - half + 1);
    backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Status.CANCELLED.withDescription("interrupted").withCause(e).asRuntimeException();
    }
  }
}
