// The API reference: Swagger UI (web/docs/vendor/, from the npm package
// swagger-ui-dist; see README.md) showing the server's own /openapi.json,
// with "Try it out" sending requests to this server. "Authorize" takes an
// API key (rtk_…) or a user JWT, sent as `Authorization: Bearer …`.
// Above it, a table of contents: each service (a tag) with its operations.
"use strict";

function buildContents(spec) {
  const nav = document.getElementById("contents");
  const services = nav.querySelector(".services");
  const byTag = new Map((spec.tags || []).map((tag) => [tag.name, []]));
  for (const [path, operations] of Object.entries(spec.paths || {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = (operation.tags || ["default"])[0];
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ method, path, operation });
    }
  }
  for (const [tag, operations] of byTag) {
    const section = document.createElement("section");
    const heading = document.createElement("h2");
    const tagLink = document.createElement("a");
    tagLink.href = `#operations-tag-${tag}`;
    tagLink.textContent = tag;
    heading.append(tagLink);
    const list = document.createElement("ul");
    for (const { method, path, operation } of operations) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      const id = `operations-${tag}-${operation.operationId}`;
      link.href = `#${id}`;
      link.textContent = operation.operationId.replace(`${tag}_`, "");
      link.title = `${method.toUpperCase()} ${path}: ${operation.summary || ""}`;
      link.addEventListener("click", (event) => {
        const block = document.getElementById(id);
        if (!block) return;
        event.preventDefault();
        if (!block.classList.contains("is-open")) {
          block.querySelector(".opblock-summary-control")?.click();
        }
        block.scrollIntoView({ block: "start" });
        history.replaceState(null, "", `#${id}`);
      });
      item.append(link);
      list.append(item);
    }
    section.append(heading, list);
    services.append(section);
  }
  nav.hidden = false;
}

window.addEventListener("load", () => {
  const ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    displayOperationId: true,
    defaultModelsExpandDepth: 0,
    defaultModelExpandDepth: 3,
    // Request bodies and answers open on their fields, not an example.
    defaultModelRendering: "model",
    filter: true,
    tryItOutEnabled: false,
    persistAuthorization: false,
    validatorUrl: null,
    onComplete: () => buildContents(ui.specSelectors.specJson().toJS()),
  });
  window.ui = ui;
});
