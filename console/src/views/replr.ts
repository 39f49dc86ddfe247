import { ModelService, ReplrService, ReplyMode } from "@roundtable/sdk/web";
import type { Replr } from "@roundtable/sdk/web";
import { enumLabel } from "../api.js";
import { fill, h } from "../dom.js";
import { actionForm, enumSelect, field } from "./forms.js";
import type { View } from "./view.js";

/** Creates a REPLR in a space (`spaceId`) or edits one (`replrId`). */
export function replrView(target: { spaceId: string } | { replrId: string }): View {
  return async (root, { rt }) => {
    const service = rt.client(ReplrService);
    const replr: Replr | undefined = "replrId" in target ? (await service.getReplr(target)).replr : undefined;
    const spaceId = replr?.spaceId ?? ("spaceId" in target ? target.spaceId : "");
    const { providers } = await rt.client(ModelService).listModels({});

    const text = (name: string, value: string, extra: Record<string, string | number | boolean> = {}) =>
      h("input", { name, value, ...extra });
    const form = actionForm(
      { id: "replr-form", class: "card stacked" },
      [
        field("Handle (for @mentions)", text("handle", replr?.handle ?? "", { required: true, pattern: "[A-Za-z0-9_]{3,32}" })),
        field("Display name", text("displayName", replr?.displayName ?? "", { maxlength: 100 })),
        field("Description", text("description", replr?.description ?? "", { maxlength: 1000 })),
        field("Avatar URL (https://)", text("avatarUrl", replr?.avatarUrl ?? "", { type: "url" })),
        field("System prompt", h("textarea", { name: "systemPrompt", rows: 5, maxlength: 8000 }, replr?.systemPrompt ?? "")),
        field("Provider (empty: the server's default)", text("provider", replr?.provider ?? "", { list: "providers" })),
        field("Model (empty: the provider's default)", text("model", replr?.model ?? "", { list: "models" })),
        field("Temperature (0–2)", text("temperature", String(replr?.temperature ?? 1), { type: "number", min: 0, max: 2, step: 0.1 })),
        field("Max tokens", text("maxTokens", String(replr?.maxTokens ?? 1024), { type: "number", min: 1, max: 32768 })),
        field(
          "Answers",
          enumSelect("replyMode", ReplyMode, replr?.replyMode ?? ReplyMode.ON_MENTION, (v) => enumLabel(ReplyMode, v)),
        ),
        h("datalist", { id: "providers" }, ...providers.map((p) => h("option", { value: p.name }))),
        h("datalist", { id: "models" }, ...providers.flatMap((p) => p.models.map((m) => h("option", { value: m })))),
        h("button", { type: "submit" }, replr ? "Save" : "Create REPLR"),
      ],
      async (values) => {
        const settings = {
          handle: values.handle,
          displayName: values.displayName || values.handle,
          description: values.description,
          avatarUrl: values.avatarUrl,
          systemPrompt: values.systemPrompt,
          provider: values.provider,
          model: values.model,
          temperature: Number(values.temperature),
          maxTokens: Number(values.maxTokens),
          replyMode: Number(values.replyMode) as ReplyMode,
        };
        if (replr) {
          await service.updateReplr({ replrId: replr.replrId, ...settings });
        } else {
          await service.createReplr({ spaceId, ...settings });
        }
        location.hash = `#/spaces/${spaceId}`;
      },
    );
    fill(
      root,
      h("nav", { class: "crumbs" }, h("a", { href: "#/" }, "Spaces"), " / ", h("a", { href: `#/spaces/${spaceId}` }, "Space")),
      h("h1", {}, replr ? `@${replr.handle}` : "New REPLR"),
      form,
    );
  };
}
