import { createClient } from "@connectrpc/connect";
import type { CallOptions, Client, Interceptor, Transport } from "@connectrpc/connect";
import type { DescService, MessageInitShape } from "@bufbuild/protobuf";
import { EventService } from "./gen/roundtable/v1/event_pb.js";
import type { SubscribeRequestSchema } from "./gen/roundtable/v1/event_pb.js";
import { MessageService } from "./gen/roundtable/v1/message_pb.js";
import type { SendMessageStreamRequestSchema, SendMessageStreamResponse } from "./gen/roundtable/v1/message_pb.js";
import { retryInterceptor } from "./retry.js";
import type { RetryOptions } from "./retry.js";
import { ResumableSubscription } from "./streams.js";
import type { SubscribeOptions } from "./streams.js";

/** A bearer token (`rtk_…` API key or a JWT), or a function giving the current one. */
export type TokenSource = string | (() => string | Promise<string>);

/** What every Roundtable client is made from. */
export interface RoundtableOptions {
  /** The server, e.g. `https://roundtable.example.com` or `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Sent as `authorization: Bearer …` on every call. */
  token: TokenSource;
  /** Retries of idempotent calls (`Get…`, `List…`); `false` turns them off. */
  retry?: RetryOptions | false;
  /** More interceptors, run inside the retry and auth ones (so once per attempt). */
  interceptors?: Interceptor[];
}

/** Checks a base URL and returns it without a trailing slash. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute http:// or https:// URL, not ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`baseUrl must use http:// or https://, not ${url.protocol}`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new TypeError("baseUrl takes no query or fragment");
  }
  return url.toString().replace(/\/+$/, "");
}

/** Sets `authorization: Bearer <token>` on every call. */
export function bearerAuthInterceptor(token: TokenSource): Interceptor {
  if (typeof token === "string" && token.trim() === "") {
    throw new TypeError("token must not be empty");
  }
  return (next) => async (req) => {
    const value = typeof token === "string" ? token : await token();
    req.header.set("authorization", `Bearer ${value}`);
    return next(req);
  };
}

/** The interceptors a Roundtable client runs: retries (outermost), bearer auth, then the caller's. */
export function roundtableInterceptors(options: RoundtableOptions): Interceptor[] {
  const interceptors: Interceptor[] = [];
  if (options.retry !== false) {
    interceptors.push(retryInterceptor(options.retry ?? {}));
  }
  interceptors.push(bearerAuthInterceptor(options.token));
  interceptors.push(...(options.interceptors ?? []));
  return interceptors;
}

/**
 * A connection to one Roundtable server. `client(Service)` gives a typed
 * client of any service of the contract; `subscribe` and
 * `sendMessageStream` add stream helpers. Build it with `createRoundtable`
 * from `@roundtable/sdk/node` (gRPC) or `@roundtable/sdk/web` (gRPC-Web).
 */
export class Roundtable {
  readonly transport: Transport;
  readonly #clients = new Map<string, unknown>();

  constructor(transport: Transport) {
    this.transport = transport;
  }

  /** A typed client of a service, e.g. `rt.client(SpaceService).createSpace({ name })`. */
  client<T extends DescService>(service: T): Client<T> {
    let client = this.#clients.get(service.typeName) as Client<T> | undefined;
    if (client === undefined) {
      client = createClient(service, this.transport);
      this.#clients.set(service.typeName, client);
    }
    return client;
  }

  /**
   * Events of rooms or a space as an async iterable that resumes from the
   * last cursor when the connection breaks (see ResumableSubscription).
   */
  subscribe(
    request: MessageInitShape<typeof SubscribeRequestSchema>,
    options: SubscribeOptions = {},
  ): ResumableSubscription {
    return new ResumableSubscription(this.client(EventService), request, options);
  }

  /**
   * Sends a message and yields what follows from it: the stored message,
   * then each reply's `reply_started`, `reply_delta`s and `reply_finished`.
   * Leaving the loop closes the stream; the replies go on.
   */
  sendMessageStream(
    request: MessageInitShape<typeof SendMessageStreamRequestSchema>,
    options: CallOptions = {},
  ): AsyncIterable<SendMessageStreamResponse> {
    return this.client(MessageService).sendMessageStream(request, options);
  }
}
