// The scenario every SDK runs against a live server (sdk-gen/README.md):
// setup, a reply token by token, paging, react/edit/delete, resume from a
// cursor, and documented errors.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import {
  Code,
  ConnectError,
  EventService,
  MessageService,
  ReplrService,
  ReplyMode,
  ReplyState,
  ReplyTexts,
  RoomService,
  SpaceService,
  UserService,
} from "@roundtable/sdk";
import type { Event, Interceptor, Message, ReplyDelta, Roundtable } from "@roundtable/sdk";
import { createRoundtable } from "@roundtable/sdk/node";
import { assertStatus, failure, serverEnv, suffix, within } from "./support.js";

const { url, adminKey } = serverEnv();

describe("Roundtable scenario (TypeScript, gRPC)", () => {
  const rt: Roundtable = createRoundtable({ baseUrl: url, token: adminKey });
  const messages = rt.client(MessageService);
  let roomId = "";
  let replrId = "";
  let handle = "";
  /** Every message of the room, in the order the server stored them. */
  const sent: string[] = [];

  before(async () => {
    const tag = suffix();
    const { space } = await rt.client(SpaceService).createSpace({ name: `sdk-typescript-${tag}` });
    assert.ok(space);
    const { room } = await rt.client(RoomService).createRoom({ spaceId: space.spaceId, name: "scenario" });
    assert.ok(room);
    roomId = room.roomId;
    handle = `sdkbot_${tag}`;
    const { replr } = await rt.client(ReplrService).createReplr({
      spaceId: space.spaceId,
      handle,
      systemPrompt: "You help test SDKs. Answer briefly.",
      replyMode: ReplyMode.ON_MENTION,
    });
    assert.ok(replr);
    replrId = replr.replrId;
    await rt.client(RoomService).addReplr({ roomId, replrId });
    const { room: withReplr } = await rt.client(RoomService).getRoom({ roomId });
    assert.deepEqual(
      withReplr?.replrs.map((r) => r.replrId),
      [replrId],
    );
  });

  test("a reply streams token by token and matches the stored text", async (t) => {
    // Follow the room's events too: the same reply arrives there as
    // reply_started, reply_delta… and reply_completed.
    const watching = new AbortController();
    t.after(() => watching.abort());
    const subscription = rt.subscribe({ roomIds: [roomId] }, { signal: watching.signal });
    const iterator = subscription[Symbol.asyncIterator]();
    const first = await within(10_000, "subscribed", iterator.next());
    assert.equal(first.value?.kind.case, "subscribed");
    const fromEvents = (async () => {
      const texts = new ReplyTexts();
      const seen: Event[] = [];
      for (;;) {
        const { value: event, done } = await iterator.next();
        assert.ok(!done, "the subscription ended early");
        seen.push(event);
        switch (event.kind.case) {
          case "replyStarted":
            texts.start(event.kind.value);
            break;
          case "replyDelta":
            texts.apply(event.kind.value);
            break;
          case "replyCompleted":
            return { built: texts.finish(event.kind.value), reply: event.kind.value, seen };
          case "replyFailed":
          case "replyCancelled":
            assert.fail(`the reply ended as ${event.kind.case}: ${event.kind.value.reply?.failureMessage}`);
        }
      }
    })();

    const items: { case: string; at: number }[] = [];
    let mine: Message | undefined;
    let started: Message | undefined;
    let finished: Message | undefined;
    const deltas: ReplyDelta[] = [];
    const deltaTimes: number[] = [];
    const stream = rt.sendMessageStream({
      roomId,
      text: `Hello @${handle}, please say something about SDKs.`,
    });
    await within(30_000, "SendMessageStream", (async () => {
      for await (const item of stream) {
        items.push({ case: item.kind.case ?? "none", at: Date.now() });
        switch (item.kind.case) {
          case "message":
            mine = item.kind.value;
            break;
          case "replyStarted":
            started = item.kind.value;
            break;
          case "replyDelta":
            deltas.push(item.kind.value);
            deltaTimes.push(Date.now());
            break;
          case "replyFinished":
            finished = item.kind.value;
            break;
        }
      }
    })());

    assert.equal(items[0]?.case, "message", "the stored message comes first");
    assert.ok(mine);
    assert.deepEqual(
      mine.replrMentions.map((m) => m.replrId),
      [replrId],
    );
    assert.ok(started, "reply_started arrived");
    assert.equal(started.reply?.state, ReplyState.STREAMING);
    assert.equal(started.reply?.inReplyTo, mine.messageId);
    assert.equal(started.sender?.id, replrId);
    assert.ok(deltas.length >= 2, `at least two deltas, got ${deltas.length}`);
    deltas.forEach((delta, i) => {
      assert.equal(delta.messageId, started?.messageId);
      assert.equal(delta.sequence, BigInt(i + 1), "delta sequences run 1, 2, 3… without gaps");
      assert.equal(delta.snapshot, false);
    });
    assert.ok(
      deltaTimes[deltaTimes.length - 1] - deltaTimes[0] >= 50,
      "the deltas arrive over time, not in one batch",
    );
    assert.ok(finished, "reply_finished arrived");
    assert.equal(items[items.length - 1]?.case, "replyFinished", "reply_finished comes last");
    assert.equal(finished.messageId, started.messageId);
    assert.equal(finished.reply?.state, ReplyState.COMPLETE);
    const concatenated = deltas.map((d) => d.text).join("");
    assert.equal(concatenated, finished.text);
    assert.ok(finished.text.length > 0);

    const { message: stored } = await messages.getMessage({ messageId: finished.messageId });
    assert.equal(stored?.text, concatenated);
    assert.equal(stored?.reply?.state, ReplyState.COMPLETE);
    const job = await messages.getReplyJob({ jobId: finished.messageId });
    assert.equal(job.done, true);
    assert.equal(job.reply?.text, concatenated);

    const viaEvents = await within(30_000, "reply_completed event", fromEvents);
    watching.abort();
    assert.equal(viaEvents.reply.messageId, finished.messageId);
    assert.equal(viaEvents.built, concatenated, "the deltas of the event stream build the same text");
    assert.equal(viaEvents.reply.text, concatenated);
    sent.push(mine.messageId, finished.messageId);
  });

  test("messages list in pages", async () => {
    if (sent.length === 0) {
      // The reply test failed before storing anything; page over what we send here.
      const { messages: before } = await messages.listMessages({ roomId, pageSize: 200 });
      sent.push(...before.map((m) => m.messageId));
    }
    for (const text of ["one", "two", "three"]) {
      const { message } = await messages.sendMessage({ roomId, text: `page ${text}` });
      assert.ok(message);
      sent.push(message.messageId);
    }
    const listed: string[] = [];
    let pageToken = "";
    let pages = 0;
    do {
      const page = await messages.listMessages({ roomId, pageSize: 2, pageToken });
      assert.ok(page.messages.length <= 2);
      listed.push(...page.messages.map((m) => m.messageId));
      pageToken = page.nextPageToken;
      pages += 1;
      assert.ok(pages <= 50, "paging ends");
    } while (pageToken !== "");
    assert.deepEqual(listed, sent, "every message once, in the order sent");
    assert.ok(pages >= 2);
  });

  test("react, edit, delete", async () => {
    const { message } = await messages.sendMessage({ roomId, text: "to be changed" });
    assert.ok(message);
    const reacted = await messages.addReaction({ messageId: message.messageId, emoji: "👍" });
    assert.deepEqual(
      reacted.message?.reactions.map((r) => [r.emoji, r.count, r.reactedByMe]),
      [["👍", 1, true]],
    );
    const edited = await messages.editMessage({ messageId: message.messageId, text: "changed" });
    assert.equal(edited.message?.text, "changed");
    assert.ok(edited.message?.editTime, "edit_time is set");
    const deleted = await messages.deleteMessage({ messageId: message.messageId });
    assert.ok(deleted.message?.deleteTime, "delete_time is set");
    assert.equal(deleted.message?.text, "");
    const { message: fetched } = await messages.getMessage({ messageId: message.messageId });
    assert.ok(fetched?.deleteTime);
  });

  test("a dropped subscription resumes from its cursor with exactly the missed events", async () => {
    const events = rt.client(EventService);
    const connection = new AbortController();
    let cursor = "";
    let messageA = "";
    await within(15_000, "first subscription", (async () => {
      const stream = events.subscribe({ roomIds: [roomId] }, { signal: connection.signal });
      let sentA = false;
      for await (const { event } of stream) {
        if (event?.kind.case === "subscribed" && !sentA) {
          sentA = true;
          const { message } = await messages.sendMessage({ roomId, text: "message A" });
          messageA = message?.messageId ?? "";
        } else if (event?.kind.case === "messageCreated" && event.kind.value.messageId === messageA) {
          cursor = event.cursor;
          break; // leaving the loop drops the connection
        }
      }
    })());
    connection.abort();
    assert.notEqual(cursor, "");

    const { message: b } = await messages.sendMessage({ roomId, text: "message B" });
    const { message: c } = await messages.sendMessage({ roomId, text: "message C" });
    assert.ok(b && c);
    await messages.addReaction({ messageId: b.messageId, emoji: "🎉" });

    const missed = await collectUntilSubscribed(rt, roomId, cursor);
    assert.deepEqual(missed.map(describeEvent), [
      `messageCreated ${b.messageId}`,
      `messageCreated ${c.messageId}`,
      `reactionAdded ${b.messageId} 🎉`,
    ]);

    // The helper also resumes by itself when the connection breaks: cut
    // the first stream after two events and it continues from the cursor.
    const cutting = createRoundtable({
      baseUrl: url,
      token: adminKey,
      interceptors: [breakStreamAfter(2)],
    });
    const reconnects: string[] = [];
    const resumed = await collectUntilSubscribed(cutting, roomId, cursor, (info) => reconnects.push(info.cursor));
    assert.deepEqual(resumed.map(describeEvent), missed.map(describeEvent));
    assert.equal(reconnects.length, 1, "one reconnect");
    assert.equal(reconnects[0], missed[1]?.cursor, "resumed from the cursor of the last event delivered");
  });

  test("bad input gives the documented status and reason", async () => {
    const empty = await failure(messages.sendMessage({ roomId, text: "   " }));
    assertStatus(empty, Code.InvalidArgument, "MESSAGE_EMPTY");
    assert.equal(empty.status, "INVALID_ARGUMENT");
    assert.deepEqual(
      empty.fieldViolations.map((v) => [v.field, v.reason]),
      [["text", "MESSAGE_EMPTY"]],
    );

    const missing = await failure(
      rt.client(RoomService).getRoom({ roomId: "01890000-0000-7000-8000-000000000000" }),
    );
    assertStatus(missing, Code.NotFound, "ROOM_NOT_FOUND");
    assert.equal(missing.metadata.resource, "room");

    const stranger = createRoundtable({ baseUrl: url, token: "rtk_not_a_real_key", retry: false });
    const unauthenticated = await failure(stranger.client(UserService).getCurrentUser({}));
    assertStatus(unauthenticated, Code.Unauthenticated, "UNAUTHENTICATED");
  });

});

/** Resubscribes from `cursor` and returns the events before `subscribed`. */
async function collectUntilSubscribed(
  rt: Roundtable,
  roomId: string,
  cursor: string,
  onReconnect?: (info: { cursor: string }) => void,
): Promise<Event[]> {
  const stop = new AbortController();
  const collected: Event[] = [];
  await within(15_000, "resumed subscription", (async () => {
    for await (const event of rt.subscribe({ roomIds: [roomId], cursor }, { signal: stop.signal, onReconnect })) {
      if (event.kind.case === "subscribed") {
        break;
      }
      if (event.kind.case !== "heartbeat") {
        collected.push(event);
      }
    }
  })());
  stop.abort();
  return collected;
}

function describeEvent(event: Event): string {
  switch (event.kind.case) {
    case "messageCreated":
      return `messageCreated ${event.kind.value.messageId}`;
    case "reactionAdded":
      return `reactionAdded ${event.kind.value.messageId} ${event.kind.value.emoji}`;
    default:
      return event.kind.case ?? "empty";
  }
}

/** Breaks the first Subscribe stream after `count` messages, as a dropped connection would. */
function breakStreamAfter(count: number): Interceptor {
  let broken = false;
  return (next) => async (req) => {
    const res = await next(req);
    if (!res.stream || req.method.name !== "Subscribe" || broken) {
      return res;
    }
    broken = true;
    const source = res.message;
    async function* cut() {
      let delivered = 0;
      for await (const message of source) {
        if (delivered === count) {
          throw new ConnectError("connection cut by the test", Code.Unavailable);
        }
        delivered += 1;
        yield message;
      }
    }
    return { ...res, message: cut() };
  };
}
