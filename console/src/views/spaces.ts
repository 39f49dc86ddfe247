import { SpaceRole, SpaceService } from "@roundtable/sdk/web";
import { enumLabel } from "../api.js";
import { fill, h } from "../dom.js";
import { actionForm, field, table } from "./forms.js";
import type { View } from "./view.js";

/** The caller's spaces, and a form for a new one. */
export const spacesView: View = async (root, { rt }) => {
  const spaces = rt.client(SpaceService);
  const { spaces: list } = await spaces.listSpaces({ pageSize: 200 });
  const create = actionForm(
    { id: "new-space", class: "inline" },
    [field("Name", h("input", { name: "name", required: true, maxlength: 100 })), h("button", { type: "submit" }, "Create space")],
    async ({ name }) => {
      const { space } = await spaces.createSpace({ name });
      location.hash = `#/spaces/${space?.spaceId}`;
    },
  );
  fill(
    root,
    h("h1", {}, "Spaces"),
    table(
      ["Space", "Your role", "Description"],
      list.map((s) => [
        h("a", { href: `#/spaces/${s.spaceId}`, class: "space-link" }, s.name),
        enumLabel(SpaceRole, s.myRole),
        s.description,
      ]),
      "No spaces yet.",
    ),
    h("h2", {}, "New space"),
    create,
  );
};
