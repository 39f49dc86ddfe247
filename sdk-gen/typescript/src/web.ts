/**
 * Roundtable over gRPC-Web for browsers (the server must allow the page's
 * origin: `cors_origins`).
 *
 *     import { createRoundtable } from "@roundtable/sdk/web";
 */
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import type { GrpcWebTransportOptions } from "@connectrpc/connect-web";
import { Roundtable, normalizeBaseUrl, roundtableInterceptors } from "./client.js";
import type { RoundtableOptions } from "./client.js";

export * from "./index.js";

/** Options of a browser client: the common ones, plus gRPC-Web transport settings. */
export interface WebRoundtableOptions extends RoundtableOptions {
  /** Passed to `createGrpcWebTransport` (fetch, credentials, …). */
  transport?: Omit<Partial<GrpcWebTransportOptions>, "baseUrl" | "interceptors">;
}

/** A Roundtable client speaking gRPC-Web over fetch. */
export function createRoundtable(options: WebRoundtableOptions): Roundtable {
  const transport = createGrpcWebTransport({
    ...options.transport,
    baseUrl: normalizeBaseUrl(options.baseUrl),
    interceptors: roundtableInterceptors(options),
  });
  return new Roundtable(transport);
}
