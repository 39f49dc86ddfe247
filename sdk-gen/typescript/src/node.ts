/**
 * Roundtable over gRPC (HTTP/2) for Node.js.
 *
 *     import { createRoundtable } from "@roundtable/sdk/node";
 */
import { createGrpcTransport } from "@connectrpc/connect-node";
import type { GrpcTransportOptions } from "@connectrpc/connect-node";
import { Roundtable, normalizeBaseUrl, roundtableInterceptors } from "./client.js";
import type { RoundtableOptions } from "./client.js";

export * from "./index.js";

/** Options of a Node client: the common ones, plus gRPC transport settings. */
export interface NodeRoundtableOptions extends RoundtableOptions {
  /** Passed to `createGrpcTransport` (HTTP/2 session, timeouts, …). */
  transport?: Omit<Partial<GrpcTransportOptions>, "baseUrl" | "interceptors">;
}

/** A Roundtable client speaking gRPC over HTTP/2. */
export function createRoundtable(options: NodeRoundtableOptions): Roundtable {
  const transport = createGrpcTransport({
    ...options.transport,
    baseUrl: normalizeBaseUrl(options.baseUrl),
    interceptors: roundtableInterceptors(options),
  });
  return new Roundtable(transport);
}
