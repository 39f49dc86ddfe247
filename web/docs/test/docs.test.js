// The API reference at /docs in headless Chromium (Debian's, through
// playwright-core), against the live server at $ROUNDTABLE_URL: the page
// renders SendMessage with its body fields and its errors, and "Try it
// out" with a bearer key creates a space, which the API then returns.
// Nothing is fetched from another origin.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const url = process.env.ROUNDTABLE_URL;
const adminKey = process.env.ROUNDTABLE_ADMIN_KEY;
const SCREENSHOTS = process.env.ROUNDTABLE_DOCS_SCREENSHOTS ?? "";

/** A REST call with a bearer credential; the JSON answer. */
async function api(method, path, token, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  assert.equal(response.status, 200, `${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** Opens an operation of the page, as a reader clicks it in the contents. */
async function open(page, tag, operationId) {
  const id = `operations-${tag}-${operationId}`;
  await page.click(`#contents a[href="#${id}"]`);
  const block = page.locator(`#${id}`);
  await block.locator(".opblock-body").waitFor({ timeout: 10_000 });
  return block;
}

describe("the API reference at /docs", () => {
  let browser;
  let page;
  let userKey = "";
  const elsewhere = [];
  const problems = [];

  before(async () => {
    assert.ok(url, "set ROUNDTABLE_URL (run.sh does)");
    assert.ok(adminKey, "set ROUNDTABLE_ADMIN_KEY (run.sh does)");
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    // A user of its own, with a key of the default scopes: what a reader pastes in.
    const tag = Date.now().toString(36);
    const { user } = await api("POST", "/v1/users", adminKey, {
      username: `docs_${tag}`,
      display_name: "Docs reader",
    });
    ({ secret: userKey } = await api("POST", "/v1/api-keys", adminKey, {
      user_id: user.user_id,
      name: "docs try-it",
    }));

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const origin = new URL(url).origin;
    await page.route("**/*", (route) => {
      const target = route.request().url();
      if (new URL(target).origin === origin || target.startsWith("data:")) {
        return route.continue();
      }
      elsewhere.push(target);
      return route.abort();
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${url}/docs`);
    await page.waitForSelector("#contents:not([hidden]) a", { timeout: 20_000 });
  });

  after(async () => {
    if (SCREENSHOTS && page) await page.screenshot({ path: `${SCREENSHOTS}/docs.png`, fullPage: false });
    await browser?.close();
  });

  test("the contents list every service, and SendMessage shows its body fields and errors", async () => {
    const services = await page.locator("#contents h2").allTextContents();
    for (const service of ["SpaceService", "RoomService", "MessageService", "EventService", "SessionService"]) {
      assert.ok(services.includes(service), `${service} in the contents: ${services}`);
    }
    const block = await open(page, "MessageService", "MessageService_SendMessage");
    assert.equal(
      (await block.locator(".opblock-summary-description").textContent())?.trim(),
      "Posts a message to a room.",
    );
    // The comments' markdown is rendered: `request_id` is code, not backticks.
    const description = block.locator(".opblock-description .renderedMarkdown");
    assert.ok((await description.locator("code", { hasText: "request_id" }).count()) > 0);
    assert.ok(!(await description.textContent()).includes("`"), "no raw backticks");

    const body = block.locator(".opblock-section-request-body");
    await body.locator(".model-box").first().waitFor();
    // The body's own fields (level 1 of the JSON Schema view), each with its type.
    const fields = body.locator(
      'article[data-json-schema-level="1"] > .json-schema-2020-12-head .json-schema-2020-12__title',
    );
    const names = (await fields.allTextContents()).map((f) => f.replace(/\*$/, "").trim());
    for (const field of ["text", "request_id", "attachments", "wait_for_replies"]) {
      assert.ok(names.includes(field), `body field ${field}: ${names}`);
    }
    const text = await body.textContent();
    assert.match(text, /1–4000 characters after trimming/, "field descriptions from the .proto comments");
    assert.match(text, /≤ 4000 characters/, "text limits");

    const responses = await block.locator(".responses-table .response-col_status").allTextContents();
    for (const status of ["200", "400", "401", "404", "429"]) {
      assert.ok(responses.some((s) => s.trim().startsWith(status)), `response ${status}: ${responses}`);
    }
    const notFound = await block.locator('.responses-table tr[data-code="404"]').textContent();
    assert.match(notFound, /ROOM_NOT_FOUND/);
  });

  test("a streaming operation lists its stream's media types", async () => {
    const block = await open(page, "MessageService", "MessageService_SendMessageStream");
    const types = await block.locator('.responses-table tr[data-code="200"] select option').allTextContents();
    assert.ok(types.includes("text/event-stream"), `200 media types: ${types}`);
    assert.ok(types.includes("application/x-ndjson"), `200 media types: ${types}`);
  });

  test("try it out with a bearer key creates a space", async () => {
    await page.click(".auth-wrapper .authorize");
    const dialog = page.locator(".modal-ux");
    await dialog.locator("input").first().fill(userKey);
    await dialog.locator("button.authorize").click();
    await dialog.locator("button.btn-done").click();

    const block = await open(page, "SpaceService", "SpaceService_CreateSpace");
    await block.locator("button.try-out__btn").click();
    const name = `Made in the docs ${Date.now()}`;
    await block.locator("textarea.body-param__text").fill(JSON.stringify({ name }));
    await block.locator("button.execute").click();
    const live = block.locator(".live-responses-table .response");
    await live.first().waitFor({ timeout: 15_000 });
    assert.equal((await live.locator(".response-col_status").first().textContent())?.trim(), "200");
    const answer = JSON.parse(await live.locator(".response-col_description pre").first().textContent());
    const spaceId = answer.space.space_id;
    assert.match(spaceId, /^[0-9a-f-]{36}$/);

    const { space } = await api("GET", `/v1/spaces/${spaceId}`, userKey);
    assert.equal(space.name, name, "the space exists, and the key's user is in it");
    assert.deepEqual(elsewhere, [], "the page fetched nothing from another origin");
    assert.deepEqual(problems, [], "no page errors");
  });
});
