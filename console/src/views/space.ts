import {
  CreditEntryKind,
  CreditService,
  ReplrService,
  ReplyMode,
  RoomService,
  RoomVisibility,
  SessionService,
  SpaceRole,
  SpaceService,
} from "@roundtable/sdk/web";
import type { CreditEntry, Roundtable } from "@roundtable/sdk/web";
import { day, describeError, enumLabel, when } from "../api.js";
import { fill, h } from "../dom.js";
import type { Child } from "../dom.js";
import { actionForm, enumSelect, field, table } from "./forms.js";
import type { View } from "./view.js";

/** A space: its rooms, members, REPLRs, sessions and credits, each loaded on its own. */
export function spaceView(spaceId: string): View {
  return async (root, { rt }) => {
    const { space } = await rt.client(SpaceService).getSpace({ spaceId });
    fill(
      root,
      h("nav", { class: "crumbs" }, h("a", { href: "#/" }, "Spaces"), " / ", space?.name ?? ""),
      h("h1", {}, space?.name ?? ""),
      space?.description ? h("p", {}, space.description) : null,
      h(
        "div",
        { class: "grid" },
        section("Rooms", "rooms", () => rooms(rt, spaceId)),
        section("REPLRs", "replrs", () => replrs(rt, spaceId)),
        section("Members", "members", () => members(rt, spaceId)),
        section("Sessions", "sessions", () => sessions(rt, spaceId)),
        section("Credits", "credits", () => credits(rt, spaceId)),
      ),
    );
  };
}

/** A card that shows "Loading…", then what `load` made, or the error that stopped it. */
function section(title: string, id: string, load: () => Promise<Child[]>): HTMLElement {
  const body = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  load().then(
    (children) => fill(body, ...children),
    (error) => fill(body, h("p", { class: "error", role: "alert" }, describeError(error))),
  );
  return h("section", { class: "card", id }, h("h2", {}, title), body);
}

async function rooms(rt: Roundtable, spaceId: string): Promise<Child[]> {
  const service = rt.client(RoomService);
  const { rooms: list } = await service.listRooms({ spaceId, pageSize: 200 });
  const create = actionForm(
    { id: "new-room", class: "inline" },
    [
      field("Name", h("input", { name: "name", required: true, maxlength: 100 })),
      field("Visibility", enumSelect("visibility", RoomVisibility, RoomVisibility.PUBLIC, (v) => enumLabel(RoomVisibility, v))),
      h("button", { type: "submit" }, "Create room"),
    ],
    async ({ name, visibility }) => {
      const { room } = await service.createRoom({ spaceId, name, visibility: Number(visibility) });
      location.hash = `#/rooms/${room?.roomId}`;
    },
  );
  return [
    table(
      ["Room", "Visibility", "REPLRs", "Unread"],
      list.map((r) => [
        h("a", { href: `#/rooms/${r.roomId}`, class: "room-link" }, r.name),
        enumLabel(RoomVisibility, r.visibility),
        r.replrCount,
        r.unreadCount,
      ]),
      "No rooms yet.",
    ),
    create,
  ];
}

async function replrs(rt: Roundtable, spaceId: string): Promise<Child[]> {
  const { replrs: list } = await rt.client(ReplrService).listReplrs({ spaceId, pageSize: 200 });
  return [
    table(
      ["Handle", "Name", "Answers", "Model"],
      list.map((r) => [
        h("a", { href: `#/replrs/${r.replrId}`, class: "replr-link" }, `@${r.handle}`),
        r.displayName,
        enumLabel(ReplyMode, r.replyMode),
        [r.provider, r.model].filter(Boolean).join(" / ") || "default",
      ]),
      "No REPLRs yet.",
    ),
    h("a", { href: `#/spaces/${spaceId}/replrs/new`, class: "button", id: "new-replr" }, "New REPLR"),
  ];
}

async function members(rt: Roundtable, spaceId: string): Promise<Child[]> {
  const { members: list } = await rt.client(SpaceService).listSpaceMembers({ spaceId, pageSize: 200 });
  return [
    table(
      ["User", "Name", "Role", "Since"],
      list.map((m) => [m.username, m.displayName, enumLabel(SpaceRole, m.role), day(m.joinTime)]),
      "No members.",
    ),
  ];
}

async function sessions(rt: Roundtable, spaceId: string): Promise<Child[]> {
  const { sessions: list } = await rt.client(SessionService).listSessions({ spaceId, pageSize: 200 });
  return [
    table(
      ["Session", "Title", "Model", "Updated"],
      list.map((s) => [
        h("a", { href: `#/sessions/${s.sessionId}` }, s.name || "(unnamed)"),
        s.title,
        [s.provider, s.model].filter(Boolean).join(" / ") || "default",
        day(s.updateTime),
      ]),
      "No sessions of yours here.",
    ),
  ];
}

async function credits(rt: Roundtable, spaceId: string): Promise<Child[]> {
  const service = rt.client(CreditService);
  const [{ credits: balance }, { entries }] = await Promise.all([
    service.getCredits({ spaceId }),
    service.listCreditUsage({ spaceId, pageSize: 50 }),
  ]);
  return [
    h(
      "dl",
      { class: "figures" },
      h("dt", {}, "Balance"),
      h("dd", { id: "credit-balance" }, String(balance?.balance ?? 0n)),
      h("dt", {}, "Used"),
      h("dd", {}, String(balance?.usedTokens ?? 0n)),
      h("dt", {}, "Granted"),
      h("dd", {}, String(balance?.grantedTokens ?? 0n)),
    ),
    h("h3", {}, "Recent usage"),
    table(
      ["When", "Kind", "Tokens", "Balance after", "For"],
      entries.map((e) => [when(e.createTime), enumLabel(CreditEntryKind, e.kind), String(e.tokens), String(e.balanceAfter), subject(e)]),
      "No entries.",
    ),
  ];
}

function subject(entry: CreditEntry): string {
  switch (entry.subject.case) {
    case "messageId":
      return `message ${entry.subject.value}`;
    case "sessionId":
      return `session ${entry.subject.value}`;
    case "roomId":
      return `room ${entry.subject.value}`;
    case "userId":
      return `user ${entry.subject.value}`;
    default:
      return entry.reason;
  }
}
