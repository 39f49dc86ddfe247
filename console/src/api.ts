// The console's connection to the server that serves it: gRPC-Web to the
// page's own origin with the signed-in API key, kept in sessionStorage (so
// it lasts as long as the tab and no longer).
import { createRoundtable, roundtableError, timestampDate } from "@roundtable/sdk/web";
import type { Roundtable } from "@roundtable/sdk/web";
import type { Timestamp } from "@bufbuild/protobuf/wkt";

const TOKEN_KEY = "roundtable.console.apiKey";

export function savedKey(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveKey(key: string): void {
  sessionStorage.setItem(TOKEN_KEY, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** A client for the server at the page's origin. */
export function connect(key: string): Roundtable {
  return createRoundtable({ baseUrl: location.origin, token: key });
}

/** A failed call in words: status, reason, message and the fields at fault. */
export function describeError(error: unknown): string {
  const failure = roundtableError(error);
  const head = failure.reason ? `${failure.status} · ${failure.reason}` : failure.status;
  const fields = failure.fieldViolations
    .map((v) => `${v.field}: ${v.description}`)
    .filter((line) => !failure.message.includes(line));
  return [`${head}: ${failure.message}`, ...fields].join("\n");
}

/** An enum value's name, readable: SpaceRole.OWNER → "owner". */
export function enumLabel(values: object, value: number): string {
  const name = (values as Record<number, string>)[value] ?? String(value);
  return name.toLowerCase().replaceAll("_", " ");
}

/** A date and time in the reader's locale. */
export function when(time: Timestamp | undefined): string {
  return time ? timestampDate(time).toLocaleString() : "";
}

/** A date in the reader's locale. */
export function day(time: Timestamp | undefined): string {
  return time ? timestampDate(time).toLocaleDateString() : "";
}
