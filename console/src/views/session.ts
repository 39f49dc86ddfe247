import { SessionMessageRole, SessionMessageState, SessionService } from "@roundtable/sdk/web";
import { enumLabel, when } from "../api.js";
import { fill, h } from "../dom.js";
import type { View } from "./view.js";

/** A private AI session and its messages, oldest first. */
export function sessionView(sessionId: string): View {
  return async (root, { rt }) => {
    const service = rt.client(SessionService);
    const [{ session }, { messages }] = await Promise.all([
      service.getSession({ sessionId }),
      service.listSessionMessages({ sessionId, pageSize: 200 }),
    ]);
    fill(
      root,
      h(
        "nav",
        { class: "crumbs" },
        h("a", { href: "#/" }, "Spaces"),
        " / ",
        h("a", { href: `#/spaces/${session?.spaceId}` }, "Space"),
        " / ",
        session?.name ?? "",
      ),
      h("h1", {}, session?.name || session?.title || "Session"),
      h("p", { class: "muted" }, [session?.provider, session?.model].filter(Boolean).join(" / ") || "default model"),
      session?.summary ? h("p", { class: "card" }, session.summary) : null,
      h(
        "ol",
        { class: "log" },
        ...messages.map((m) =>
          h(
            "li",
            { "data-state": enumLabel(SessionMessageState, m.state) },
            h("span", { class: "who" }, enumLabel(SessionMessageRole, m.role)),
            h("time", {}, when(m.createTime)),
            h("div", { class: "text" }, m.text),
            m.failureMessage ? h("div", { class: "error" }, `${m.failureReason}: ${m.failureMessage}`) : null,
          ),
        ),
      ),
      messages.length === 0 ? h("p", { class: "muted" }, "No messages.") : null,
    );
  };
}
