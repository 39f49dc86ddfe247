// The hand-written layer without a server: bearer auth, which calls are
// retried and how often, the base URL check, and reply text assembly.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createClient, createRouterTransport } from "@connectrpc/connect";
import {
  Code,
  ConnectError,
  ReplyDeltaSchema,
  ReplyTexts,
  SpaceService,
  create,
  normalizeBaseUrl,
  roundtableInterceptors,
} from "@roundtable/sdk";

/** An in-memory SpaceService that fails the first `failures` calls of each method with `code`. */
function flakyServer(failures: number, code: Code) {
  const calls: Record<string, number> = {};
  const headers: string[] = [];
  const fail = (method: string, authorization: string | null) => {
    headers.push(authorization ?? "");
    calls[method] = (calls[method] ?? 0) + 1;
    if (calls[method] <= failures) {
      throw new ConnectError(`${method} failed on purpose`, code);
    }
  };
  const transport = createRouterTransport(
    ({ service }) => {
      service(SpaceService, {
        getSpace: (req, ctx) => {
          fail("getSpace", ctx.requestHeader.get("authorization"));
          return { space: { spaceId: req.spaceId, name: "found" } };
        },
        listSpaces: (_req, ctx) => {
          fail("listSpaces", ctx.requestHeader.get("authorization"));
          return { spaces: [] };
        },
        createSpace: (req, ctx) => {
          fail("createSpace", ctx.requestHeader.get("authorization"));
          return { space: { spaceId: "new", name: req.name } };
        },
      });
    },
    {
      transport: {
        interceptors: roundtableInterceptors({
          baseUrl: "http://127.0.0.1:1",
          token: "rtk_test",
          retry: { initialBackoffMs: 1, maxBackoffMs: 2 },
        }),
      },
    },
  );
  return { client: createClient(SpaceService, transport), calls, headers };
}

describe("retries and auth", () => {
  test("Get and List calls are retried on UNAVAILABLE, with the bearer token each time", async () => {
    const { client, calls, headers } = flakyServer(2, Code.Unavailable);
    const { space } = await client.getSpace({ spaceId: "s1" });
    assert.equal(space?.name, "found");
    await client.listSpaces({});
    assert.deepEqual(calls, { getSpace: 3, listSpaces: 3 });
    assert.ok(headers.every((h) => h === "Bearer rtk_test"));
  });

  test("retries stop after three attempts", async () => {
    const { client, calls } = flakyServer(5, Code.Unavailable);
    await assert.rejects(client.getSpace({ spaceId: "s1" }), (e: unknown) => {
      return ConnectError.from(e).code === Code.Unavailable;
    });
    assert.equal(calls.getSpace, 3);
  });

  test("writes are never retried", async () => {
    const { client, calls } = flakyServer(1, Code.Unavailable);
    await assert.rejects(client.createSpace({ name: "x" }));
    assert.equal(calls.createSpace, 1);
  });

  test("errors other than UNAVAILABLE are not retried", async () => {
    const { client, calls } = flakyServer(1, Code.NotFound);
    await assert.rejects(client.getSpace({ spaceId: "s1" }));
    assert.equal(calls.getSpace, 1);
  });
});

describe("base URL", () => {
  test("accepts http and https, drops a trailing slash", () => {
    assert.equal(normalizeBaseUrl("http://127.0.0.1:8080/"), "http://127.0.0.1:8080");
    assert.equal(normalizeBaseUrl("https://rt.example.com/api/"), "https://rt.example.com/api");
  });
  test("refuses anything else", () => {
    assert.throws(() => normalizeBaseUrl("127.0.0.1:8080"), TypeError);
    assert.throws(() => normalizeBaseUrl("ftp://host"), TypeError);
    assert.throws(() => normalizeBaseUrl("http://host/?x=1"), TypeError);
  });
  test("an empty token is refused", () => {
    assert.throws(() => roundtableInterceptors({ baseUrl: "http://h", token: " " }), TypeError);
  });
});

describe("ReplyTexts", () => {
  const delta = (sequence: number, text: string, snapshot = false) =>
    create(ReplyDeltaSchema, { messageId: "r1", roomId: "room", sequence: BigInt(sequence), text, snapshot });

  test("appends the next delta, ignores repeats and gaps, takes snapshots", () => {
    const texts = new ReplyTexts();
    assert.equal(texts.apply(delta(1, "Hello")), "Hello");
    assert.equal(texts.apply(delta(2, ",")), "Hello,");
    assert.equal(texts.apply(delta(2, ",")), "Hello,", "a repeated delta is ignored");
    assert.equal(texts.apply(delta(4, " lost")), "Hello,", "a delta after a gap is ignored");
    assert.equal(texts.apply(delta(4, "Hello, there", true)), "Hello, there", "a snapshot replaces the text");
    assert.equal(texts.apply(delta(5, "!")), "Hello, there!");
    assert.equal(texts.apply(delta(3, "Hel", true)), "Hello, there!", "an older snapshot is ignored");
    assert.equal(texts.sequence("r1"), 5n);
  });
});
