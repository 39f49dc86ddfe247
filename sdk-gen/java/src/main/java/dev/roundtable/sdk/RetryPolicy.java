package dev.roundtable.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * How idempotent calls are retried: unary RPCs whose method name starts with {@code Get} or
 * {@code List}, on {@code UNAVAILABLE}, and on {@code DEADLINE_EXCEEDED} when the caller set no
 * deadline of its own. Nothing else is ever retried; writes carry {@code request_id} idempotency
 * keys the caller chooses.
 *
 * @param maxAttempts attempts in all, the first included; 1 turns retries off
 * @param initialBackoff the wait before the first retry; each later wait doubles, up to {@code
 *     maxBackoff}, and every wait is drawn at random between half and all of it
 * @param maxBackoff the longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  /** At most 3 attempts, waiting about 100 ms, then 200 ms. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));

  /** No retries. */
  public static final RetryPolicy DISABLED = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  /** Checks the arguments. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoffs must not be negative");
    }
  }

  /**
   * Whether a full method name ({@code package.Service/Method}) names a call that is safe to retry:
   * a {@code Get*} or {@code List*} method.
   */
  public static boolean isIdempotent(String fullMethodName) {
    String method = fullMethodName.substring(fullMethodName.lastIndexOf('/') + 1);
    return method.startsWith("Get") || method.startsWith("List");
  }
}
