package dev.roundtable.sdk;

import io.grpc.Context;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A server-streaming call as an {@link Iterator}: {@code hasNext()} blocks until the next item
 * arrives or the stream ends, and throws {@link io.grpc.StatusRuntimeException} when the call
 * fails. {@link #close()} cancels the call; use it in try-with-resources.
 *
 * @param <T> what each item is
 */
public final class ServerStream<T> implements Iterator<T>, AutoCloseable {
  private final Context.CancellableContext context;
  private final Iterator<?> responses;
  private final Function<Object, T> map;

  private ServerStream(Context.CancellableContext context, Iterator<?> responses, Function<Object, T> map) {
    this.context = context;
    this.responses = responses;
    this.map = map;
  }

  /** Starts a blocking server-streaming call bound to a context this stream cancels on close. */
  @SuppressWarnings("unchecked")
  static <R, T> ServerStream<T> open(Supplier<Iterator<R>> start, Function<R, T> map) {
    Context.CancellableContext context = Context.current().withCancellation();
    Context previous = context.attach();
    Iterator<R> responses;
    try {
      responses = start.get();
    } catch (RuntimeException e) {
      context.cancel(e);
      throw e;
    } finally {
      context.detach(previous);
    }
    return new ServerStream<>(context, responses, (Function<Object, T>) map);
  }

  @Override
  public boolean hasNext() {
    return responses.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return map.apply(responses.next());
  }

  /** Cancels the call (if it is still going); the iterator then throws CANCELLED. */
  @Override
  public void close() {
    context.cancel(null);
  }
}
