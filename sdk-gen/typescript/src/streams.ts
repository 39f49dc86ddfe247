import { Code, ConnectError } from "@connectrpc/connect";
import type { CallOptions, Client } from "@connectrpc/connect";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { EventService, Event, SubscribeRequestSchema } from "./gen/roundtable/v1/event_pb.js";
import type { Message, ReplyDelta } from "./gen/roundtable/v1/message_pb.js";
import { sleep } from "./retry.js";

/** How a resumable subscription reconnects. */
export interface SubscribeOptions {
  /** Ends the subscription: the iteration then stops without an error. */
  signal?: AbortSignal;
  /**
   * Reconnects in a row that may fail (no event in between) before the
   * subscription gives up and throws the last error. Default 5.
   */
  maxReconnects?: number;
  /** Backoff before the first reconnect, doubled for each further one in a row. Default 200 ms. */
  initialBackoffMs?: number;
  /** Upper bound of one backoff. Default 5000 ms. */
  maxBackoffMs?: number;
  /** Told before every reconnect, with the cursor it resumes from. */
  onReconnect?: (info: { cursor: string; attempt: number; error?: ConnectError }) => void;
}

/** Status codes after which a subscription resumes: the connection broke, not the request. */
const RESUMABLE = new Set<Code>([Code.Unavailable, Code.Internal, Code.Aborted, Code.Unknown]);

/**
 * `EventService.Subscribe` as an async iterable that survives broken
 * connections: it keeps the cursor of the last event it delivered and, when
 * the stream breaks or the server asks for a resync (`resync_required`),
 * subscribes again from that cursor, so every stored event arrives once and
 * in order. `resync_required` events are handled here and not delivered;
 * every other event is, `subscribed` and `heartbeat` included.
 *
 * Iterate it once. Leaving the loop (`break`) or aborting `signal` closes
 * the stream.
 */
export class ResumableSubscription implements AsyncIterable<Event> {
  #cursor: string;
  #started = false;
  readonly #client: Client<typeof EventService>;
  readonly #request: MessageInitShape<typeof SubscribeRequestSchema>;
  readonly #options: SubscribeOptions;

  constructor(
    client: Client<typeof EventService>,
    request: MessageInitShape<typeof SubscribeRequestSchema>,
    options: SubscribeOptions = {},
  ) {
    this.#client = client;
    this.#request = request;
    this.#options = options;
    this.#cursor = request.cursor ?? "";
  }

  /** The cursor to resume from: that of the last event delivered (or the one it started from). */
  get cursor(): string {
    return this.#cursor;
  }

  [Symbol.asyncIterator](): AsyncIterator<Event> {
    if (this.#started) {
      throw new Error("a ResumableSubscription can be iterated only once");
    }
    this.#started = true;
    return this.#run();
  }

  async *#run(): AsyncGenerator<Event> {
    const maxReconnects = this.#options.maxReconnects ?? 5;
    const initialBackoff = this.#options.initialBackoffMs ?? 200;
    const maxBackoff = this.#options.maxBackoffMs ?? 5000;
    const outer = this.#options.signal;
    let failures = 0;
    for (;;) {
      if (outer?.aborted) {
        return;
      }
      const connection = new AbortController();
      const forward = () => connection.abort(outer?.reason);
      outer?.addEventListener("abort", forward, { once: true });
      let error: ConnectError | undefined;
      try {
        const options: CallOptions = { signal: connection.signal };
        const stream = this.#client.subscribe({ ...this.#request, cursor: this.#cursor }, options);
        for await (const response of stream) {
          const event = response.event;
          if (event === undefined) {
            continue;
          }
          if (event.cursor !== "") {
            this.#cursor = event.cursor;
          }
          if (event.kind.case === "resyncRequired") {
            break;
          }
          failures = 0;
          yield event;
        }
      } catch (caught) {
        if (outer?.aborted) {
          return;
        }
        error = ConnectError.from(caught);
        if (!RESUMABLE.has(error.code)) {
          throw error;
        }
      } finally {
        outer?.removeEventListener("abort", forward);
        connection.abort();
      }
      failures += 1;
      if (failures > maxReconnects) {
        throw error ?? new ConnectError("the event stream kept ending without events", Code.Unavailable);
      }
      this.#options.onReconnect?.({ cursor: this.#cursor, attempt: failures, error });
      const ceiling = Math.min(maxBackoff, initialBackoff * 2 ** (failures - 1));
      try {
        await sleep(failures === 1 ? 0 : ceiling / 2 + (Math.random() * ceiling) / 2, outer);
      } catch {
        return;
      }
    }
  }
}

/**
 * The text of streaming replies, built from `reply_delta`s as the contract
 * says: a delta whose `sequence` is one more than the last applied is
 * appended, an older one is ignored, a snapshot replaces the text. Works on
 * both `EventService.Subscribe` and `MessageService.SendMessageStream`.
 */
export class ReplyTexts {
  readonly #replies = new Map<string, { text: string; sequence: bigint }>();

  /** Applies a delta; returns the reply's text after it. */
  apply(delta: ReplyDelta): string {
    const current = this.#replies.get(delta.messageId) ?? { text: "", sequence: 0n };
    if (delta.snapshot) {
      if (delta.sequence >= current.sequence) {
        this.#replies.set(delta.messageId, { text: delta.text, sequence: delta.sequence });
      }
    } else if (delta.sequence === current.sequence + 1n) {
      this.#replies.set(delta.messageId, { text: current.text + delta.text, sequence: delta.sequence });
    }
    return this.#replies.get(delta.messageId)?.text ?? current.text;
  }

  /** Starts tracking a reply (from `reply_started`), with its text so far. */
  start(reply: Message): void {
    if (!this.#replies.has(reply.messageId)) {
      this.#replies.set(reply.messageId, { text: reply.text, sequence: 0n });
    }
  }

  /** Stops tracking a reply that ended; returns the text the deltas built. */
  finish(reply: Message): string {
    const built = this.#replies.get(reply.messageId)?.text ?? "";
    this.#replies.delete(reply.messageId);
    return built;
  }

  /** The text so far of a reply, if it is tracked. */
  text(messageId: string): string | undefined {
    return this.#replies.get(messageId)?.text;
  }

  /** The last delta sequence applied to a reply (0 before any). */
  sequence(messageId: string): bigint {
    return this.#replies.get(messageId)?.sequence ?? 0n;
  }
}
