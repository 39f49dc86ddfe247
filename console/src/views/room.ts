import {
  EventService,
  MessageOrder,
  MessageService,
  ReplrService,
  ReplyState,
  ReplyTexts,
  RoomRole,
  RoomService,
  UserService,
  timestampDate,
} from "@roundtable/sdk/web";
import type { Event, Message, Room, Roundtable } from "@roundtable/sdk/web";
import { describeError, enumLabel, when } from "../api.js";
import { fill, h } from "../dom.js";
import { actionForm, field } from "./forms.js";
import type { View } from "./view.js";

/** How often, at most, the console tells the room that its user is typing. */
const TYPING_EVERY_MS = 3000;

/**
 * A room: its messages, a send box, live events (Subscribe) with REPLR
 * replies streaming in token by token, its members and REPLRs.
 */
export function roomView(roomId: string): View {
  return async (root, { rt, signal }) => {
    const rooms = rt.client(RoomService);
    const messages = rt.client(MessageService);
    const [{ room }, { user: me }] = await Promise.all([
      rooms.getRoom({ roomId }),
      rt.client(UserService).getCurrentUser({}),
    ]);
    if (!room || !me) throw new Error("the server answered without the room or the user");

    const status = h("p", { id: "status", role: "status", "data-state": "connecting" }, "Connecting…");
    const log = h("ol", { id: "log", class: "log", "aria-live": "polite" });
    const typing = h("p", { id: "typing", class: "muted" });
    const events = h("ol", { id: "events", class: "events" });
    const side = h("aside", { class: "side" });
    const text = h("textarea", {
      id: "message-text",
      name: "text",
      rows: 2,
      placeholder: "Say something; @mention a REPLR",
      required: true,
    });
    let lastTyping = 0;
    text.addEventListener("input", () => {
      if (Date.now() - lastTyping < TYPING_EVERY_MS) return;
      lastTyping = Date.now();
      rt.client(EventService).sendTyping({ roomId }).catch(() => undefined);
    });
    text.addEventListener("keydown", (key) => {
      if (key.key === "Enter" && !key.shiftKey) {
        key.preventDefault();
        composer.requestSubmit();
      }
    });
    const composer = actionForm(
      { id: "composer", class: "composer" },
      [text, h("button", { type: "submit", id: "send" }, "Send")],
      async (values) => {
        text.value = "";
        try {
          await messages.sendMessage({ roomId, text: values.text });
        } catch (error) {
          text.value = values.text;
          throw error;
        }
      },
    );
    const title = h("h1", {}, room.name);
    fill(
      root,
      h(
        "nav",
        { class: "crumbs" },
        h("a", { href: "#/" }, "Spaces"),
        " / ",
        h("a", { href: `#/spaces/${room.spaceId}` }, "Space"),
        " / ",
        room.name,
      ),
      h(
        "div",
        { class: "room" },
        h("div", { class: "chat" }, title, status, log, typing, composer),
        side,
      ),
    );

    const refreshSide = async () => {
      const [{ room: now }, { members }, { replrs }] = await Promise.all([
        rooms.getRoom({ roomId }),
        rooms.listRoomMembers({ roomId, pageSize: 200 }),
        rt.client(ReplrService).listReplrs({ spaceId: room.spaceId, pageSize: 200 }),
      ]);
      if (!now) return;
      title.textContent = now.name;
      fill(
        side,
        now.myRole === RoomRole.UNSPECIFIED ? joinForm(rt, now, me.userId, refreshSide) : null,
        h("h2", {}, "REPLRs here"),
        h(
          "ul",
          { id: "room-replrs" },
          ...now.replrs.map((r) =>
            h(
              "li",
              {},
              h("a", { href: `#/replrs/${r.replrId}` }, `@${r.handle}`),
              " ",
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  title: "Remove from the room",
                  onclick: () => void rooms.removeReplr({ roomId, replrId: r.replrId }).then(refreshSide, showProblem),
                },
                "remove",
              ),
            ),
          ),
        ),
        now.replrs.length === 0 ? h("p", { class: "muted" }, "None yet.") : null,
        addReplrForm(rt, roomId, replrs.filter((r) => !now.replrs.some((s) => s.replrId === r.replrId)), refreshSide),
        h("h2", {}, "Members"),
        h("ul", { id: "room-members" }, ...members.map((m) => h("li", {}, `${m.displayName || m.username} (${enumLabel(RoomRole, m.role)})`))),
        h("h2", {}, "Events"),
        events,
      );
    };
    const showProblem = (error: unknown) => {
      status.textContent = describeError(error);
      status.dataset.state = "error";
    };
    await refreshSide();

    const replies = new ReplyTexts();
    const typists = new Map<string, { name: string; until: number }>();
    const showTyping = () => {
      const now = Date.now();
      for (const [id, t] of typists) if (t.until <= now) typists.delete(id);
      typing.textContent = typists.size > 0 ? `${[...typists.values()].map((t) => t.name).join(", ")} typing…` : "";
    };
    const typingTimer = setInterval(showTyping, 1000);
    signal.addEventListener("abort", () => clearInterval(typingTimer));

    const handle = (event: Event) => {
      note(events, event);
      switch (event.kind.case) {
        case "subscribed":
          status.textContent = "Live";
          status.dataset.state = "live";
          break;
        case "messageCreated":
        case "messageEdited":
        case "messageDeleted":
          show(log, event.kind.value);
          break;
        case "replyStarted":
          replies.start(event.kind.value);
          show(log, event.kind.value, replies.text(event.kind.value.messageId));
          break;
        case "replyDelta": {
          const item = itemOf(log, event.kind.value.messageId);
          const sofar = replies.apply(event.kind.value);
          if (item) setText(log, item, sofar);
          break;
        }
        case "replyCompleted":
        case "replyFailed":
        case "replyCancelled":
          replies.finish(event.kind.value);
          show(log, event.kind.value);
          break;
        case "typing": {
          const t = event.kind.value;
          if (t.userId !== me.userId) {
            const until = t.expireTime ? timestampDate(t.expireTime).getTime() : Date.now() + 5000;
            typists.set(t.userId, { name: t.username, until });
            showTyping();
          }
          break;
        }
        case "memberJoined":
        case "memberLeft":
        case "replrAdded":
        case "replrRemoved":
        case "roomUpdated":
          refreshSide().catch(showProblem);
          break;
        case "roomDeleted":
          status.textContent = "This room was deleted.";
          status.dataset.state = "deleted";
          break;
      }
    };

    // Subscribe first and load the history once live, so nothing falls in
    // between; a message already shown from an event wins over its older copy.
    let live: () => void = () => undefined;
    const subscribed = new Promise<void>((resolve) => (live = resolve));
    const follow = (async () => {
      for await (const event of rt.subscribe({ roomIds: [roomId] }, { signal })) {
        handle(event);
        if (event.kind.case === "subscribed") live();
      }
    })();
    follow.catch((error) => {
      if (!signal.aborted) showProblem(error);
    });
    await Promise.race([subscribed, follow]);
    const { messages: recent } = await messages.listMessages({ roomId, pageSize: 50, order: MessageOrder.NEWEST_FIRST });
    const older = recent
      .reverse()
      .filter((m) => itemOf(log, m.messageId) === null)
      .map((m) => item(m, replies.text(m.messageId)));
    log.prepend(...older);
    log.scrollTop = log.scrollHeight;
  };
}

function joinForm(rt: Roundtable, room: Room, userId: string, then: () => Promise<void>): HTMLElement {
  return actionForm(
    { id: "join", class: "inline" },
    [h("p", {}, "You are not a member of this room."), h("button", { type: "submit" }, "Join")],
    async () => {
      await rt.client(RoomService).addRoomMember({ roomId: room.roomId, userId, role: RoomRole.MEMBER });
      await then();
    },
  );
}

function addReplrForm(
  rt: Roundtable,
  roomId: string,
  candidates: { replrId: string; handle: string }[],
  then: () => Promise<void>,
): HTMLElement {
  if (candidates.length === 0) return h("p", { class: "muted" }, "Every REPLR of the space is here.");
  return actionForm(
    { id: "add-replr", class: "inline" },
    [
      field("Add", h("select", { name: "replrId" }, ...candidates.map((r) => h("option", { value: r.replrId }, `@${r.handle}`)))),
      h("button", { type: "submit" }, "Add REPLR"),
    ],
    async ({ replrId }) => {
      await rt.client(RoomService).addReplr({ roomId, replrId });
      await then();
    },
  );
}

/** The state a message shows: a reply's state, else sent or deleted. */
function stateOf(message: Message): string {
  if (message.deleteTime) return "deleted";
  if (message.reply) return enumLabel(ReplyState, message.reply.state);
  return "sent";
}

function itemOf(log: HTMLElement, messageId: string): HTMLLIElement | null {
  return log.querySelector<HTMLLIElement>(`li[data-message-id="${CSS.escape(messageId)}"]`);
}

function item(message: Message, streamedText?: string): HTMLLIElement {
  const li = h(
    "li",
    { "data-message-id": message.messageId },
    h("span", { class: "who" }, message.sender?.displayName || message.sender?.username || "?"),
    h("time", {}, when(message.createTime)),
    h("div", { class: "text" }),
    h("div", { class: "meta" }),
  );
  update(li, message, streamedText);
  return li;
}

function update(li: HTMLLIElement, message: Message, streamedText?: string): void {
  li.dataset.sender = message.sender?.username ?? "";
  li.dataset.state = stateOf(message);
  const streaming = message.reply?.state === ReplyState.STREAMING;
  (li.querySelector(".text") as HTMLElement).textContent = message.deleteTime
    ? "(deleted)"
    : streaming && streamedText !== undefined
      ? streamedText
      : message.text;
  const reply = message.reply;
  const meta: string[] = [];
  if (message.editTime) meta.push("edited");
  if (reply?.usage) meta.push(`${reply.usage.promptTokens} + ${reply.usage.completionTokens} tokens`);
  if (reply?.failureMessage) meta.push(`${reply.failureReason}: ${reply.failureMessage}`);
  if (message.reactions.length > 0) meta.push(message.reactions.map((r) => `${r.emoji} ${r.count}`).join(" "));
  (li.querySelector(".meta") as HTMLElement).textContent = meta.join(" · ");
}

/** Shows a message, adding it at the end the first time; keeps the view at the bottom when it was there. */
function show(log: HTMLElement, message: Message, streamedText?: string): void {
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  const existing = itemOf(log, message.messageId);
  if (existing) update(existing, message, streamedText);
  else log.append(item(message, streamedText));
  if (atBottom) log.scrollTop = log.scrollHeight;
}

function setText(log: HTMLElement, li: HTMLLIElement, text: string): void {
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  (li.querySelector(".text") as HTMLElement).textContent = text;
  if (atBottom) log.scrollTop = log.scrollHeight;
}

/** Adds a line to the event list (newest first, the last 30), leaving out deltas and heartbeats. */
function note(list: HTMLElement, event: Event): void {
  const kind = event.kind.case;
  if (kind === undefined || kind === "replyDelta" || kind === "heartbeat") return;
  const words = kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  const time = event.createTime ? timestampDate(event.createTime).toLocaleTimeString() : "";
  list.prepend(h("li", { "data-kind": kind }, h("time", {}, time), " ", words, event.seq > 0n ? ` #${event.seq}` : ""));
  while (list.children.length > 30) list.lastElementChild?.remove();
}
