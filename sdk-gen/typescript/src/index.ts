/**
 * The Roundtable SDK, transport-neutral part: the generated messages and
 * service descriptors of every `roundtable.v1` file, the `Roundtable`
 * client, stream helpers and error decoding. Create a client with
 * `@roundtable/sdk/node` or `@roundtable/sdk/web`.
 */
export * from "./gen/index.js";
export { Roundtable, bearerAuthInterceptor, normalizeBaseUrl, roundtableInterceptors } from "./client.js";
export type { RoundtableOptions, TokenSource } from "./client.js";
export { isIdempotentMethod, retryInterceptor } from "./retry.js";
export type { RetryOptions } from "./retry.js";
export { ReplyTexts, ResumableSubscription } from "./streams.js";
export type { SubscribeOptions } from "./streams.js";
export { roundtableError } from "./errors.js";
export type { RoundtableError } from "./errors.js";
export { Code, ConnectError } from "@connectrpc/connect";
export type { CallOptions, Client, Interceptor, Transport } from "@connectrpc/connect";
export { create, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
export { timestampDate, timestampFromDate } from "@bufbuild/protobuf/wkt";
