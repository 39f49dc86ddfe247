import { Code, ConnectError } from "@connectrpc/connect";
import type { Interceptor } from "@connectrpc/connect";

/** How idempotent calls are retried. */
export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  /** Backoff before the second attempt, doubled for each further one. Default 100 ms. */
  initialBackoffMs?: number;
  /** Upper bound of one backoff. Default 2000 ms. */
  maxBackoffMs?: number;
}

const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 3,
  initialBackoffMs: 100,
  maxBackoffMs: 2000,
};

/** Whether a method may be retried: a unary `Get…` or `List…` call, which changes nothing. */
export function isIdempotentMethod(methodName: string): boolean {
  return /^(Get|List)[A-Z]/.test(methodName);
}

/**
 * Retries unary `Get…`/`List…` calls that failed with `UNAVAILABLE`, or with
 * `DEADLINE_EXCEEDED` when the caller set no deadline of its own, with
 * exponential backoff and full jitter. Every other call goes through once.
 */
export function retryInterceptor(options: RetryOptions = {}): Interceptor {
  const settings = { ...DEFAULT_RETRY, ...options };
  if (!Number.isInteger(settings.maxAttempts) || settings.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a whole number of at least 1, not ${settings.maxAttempts}`);
  }
  return (next) => async (req) => {
    if (req.stream || !isIdempotentMethod(req.method.name)) {
      return next(req);
    }
    const ownDeadline = req.header.has("grpc-timeout") || req.header.has("connect-timeout-ms");
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(req);
      } catch (error) {
        const code = ConnectError.from(error).code;
        const retryable = code === Code.Unavailable || (code === Code.DeadlineExceeded && !ownDeadline);
        if (!retryable || attempt >= settings.maxAttempts || req.signal.aborted) {
          throw error;
        }
        const ceiling = Math.min(settings.maxBackoffMs, settings.initialBackoffMs * 2 ** (attempt - 1));
        await sleep(Math.random() * ceiling, req.signal);
      }
    }
  };
}

/** Waits `ms`, or less when `signal` aborts (then rejects with its reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(ConnectError.from(signal.reason ?? new Error("aborted"), Code.Canceled));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(ConnectError.from(signal?.reason ?? new Error("aborted"), Code.Canceled));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
