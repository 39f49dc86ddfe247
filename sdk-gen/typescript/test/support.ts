import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Code, roundtableError } from "@roundtable/sdk";
import type { RoundtableError } from "@roundtable/sdk";

/** The server under test, from sdk-gen/test (or set by hand). */
export function serverEnv(): { url: string; adminKey: string } {
  const url = process.env.ROUNDTABLE_URL;
  const adminKey = process.env.ROUNDTABLE_ADMIN_KEY;
  if (!url || !adminKey) {
    throw new Error("set ROUNDTABLE_URL and ROUNDTABLE_ADMIN_KEY (sdk-gen/test does)");
  }
  return { url, adminKey };
}

/** A short random suffix for names that must be unique on a shared server. */
export function suffix(): string {
  return randomBytes(4).toString("hex");
}

/** Awaits a call that must fail and returns its decoded status. */
export async function failure(call: Promise<unknown>): Promise<RoundtableError> {
  try {
    await call;
  } catch (error) {
    return roundtableError(error);
  }
  assert.fail("the call succeeded but should have failed");
}

/** Asserts a decoded error's code and reason. */
export function assertStatus(error: RoundtableError, code: Code, reason: string): void {
  assert.equal(error.code, code, `expected ${Code[code]}, got ${Code[error.code]}: ${error.message}`);
  assert.equal(error.reason, reason, `reason of ${error.status}: ${error.message}`);
  assert.equal(error.domain, "roundtable");
}

/** Rejects after `ms` unless `promise` settles first. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
