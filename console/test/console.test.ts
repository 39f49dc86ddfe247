// The console in headless Chromium against a live server ($ROUNDTABLE_URL,
// admin key $ROUNDTABLE_ADMIN_KEY; console/test.sh starts one): a fresh
// user signs in on /console, creates a space, a REPLR and a room, adds the
// REPLR to the room, mentions it, and watches its reply stream in. A
// MutationObserver installed by the test (not by the page) records every
// text the reply showed. The screenshot goes to $ROUNDTABLE_CONSOLE_SCREENSHOT
// (default console/test-output/console.png).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const here = dirname(fileURLToPath(import.meta.url));
const screenshot = resolve(process.env.ROUNDTABLE_CONSOLE_SCREENSHOT ?? join(here, "..", "..", "test-output", "console.png"));
const url = (process.env.ROUNDTABLE_URL ?? "").replace(/\/+$/, "");
const adminKey = process.env.ROUNDTABLE_ADMIN_KEY ?? "";
const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const handle = `helper_${tag}`;

/** A REST call as the admin (the gateway's JSON); throws on an error status. */
async function api(method: string, path: string, body?: unknown, key = adminKey): Promise<any> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

describe("web console (gRPC-Web in Chromium)", () => {
  let browser: Browser;
  let page: Page;
  let userKey = "";
  const problems: string[] = [];

  before(async () => {
    assert.ok(url && adminKey, "set ROUNDTABLE_URL and ROUNDTABLE_ADMIN_KEY (console/test.sh does)");
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    const { user } = await api("POST", "/v1/users", { username: `console_${tag}`, display_name: "Console Tester" });
    const created = await api("POST", "/v1/api-keys", {
      user_id: user.user_id,
      name: "console test",
      scopes: ["API_KEY_SCOPE_READ", "API_KEY_SCOPE_WRITE"],
    });
    userKey = created.secret;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      const seen: Record<string, string[]> = {};
      (window as unknown as { __replyTexts: typeof seen }).__replyTexts = seen;
      const record = () => {
        document.querySelectorAll<HTMLLIElement>("#log li[data-message-id]").forEach((item) => {
          const text = item.querySelector(".text")?.textContent ?? "";
          const texts = (seen[item.dataset.messageId ?? ""] ??= []);
          if (texts[texts.length - 1] !== text) texts.push(text);
        });
      };
      document.addEventListener("DOMContentLoaded", () => {
        new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
  });

  after(async () => {
    await browser?.close();
    if (problems.length > 0) console.log(problems.join("\n"));
  });

  test("a wrong key is refused with the server's reason", async () => {
    await page.goto(`${url}/console`);
    await page.fill("#api-key", "rtk_not_a_key");
    await page.click("#sign-in button[type=submit]");
    const error = await page.waitForSelector("#sign-in-error:not(:empty)", { timeout: 10_000 });
    assert.match((await error.textContent()) ?? "", /UNAUTHENTICATED/);
  });

  test("signing in shows the user and their spaces", async () => {
    await page.fill("#api-key", userKey);
    await page.click("#sign-in button[type=submit]");
    await page.waitForSelector("#signed-in >> text=Console Tester", { timeout: 10_000 });
    await page.waitForSelector("h1 >> text=Spaces");
  });

  test("a space, a REPLR and a room are created from the console", async () => {
    await page.fill("#new-space input[name=name]", `Console ${tag}`);
    await page.click("#new-space button[type=submit]");
    await page.waitForSelector(`h1 >> text=Console ${tag}`);
    await page.waitForSelector("#credit-balance");

    await page.click("#new-replr");
    await page.fill("#replr-form input[name=handle]", handle);
    await page.fill("#replr-form input[name=displayName]", "Helper");
    await page.fill("#replr-form textarea[name=systemPrompt]", "You help people test consoles.");
    await page.click("#replr-form button[type=submit]");
    await page.waitForSelector(`#replrs a.replr-link >> text=@${handle}`);

    await page.fill("#new-room input[name=name]", "Launch plans");
    await page.click("#new-room button[type=submit]");
    await page.waitForSelector('#status[data-state="live"]', { timeout: 15_000 });

    await page.selectOption("#add-replr select[name=replrId]", { label: `@${handle}` });
    await page.click("#add-replr button[type=submit]");
    await page.waitForSelector(`#room-replrs >> text=@${handle}`, { timeout: 10_000 });
    await page.waitForSelector('#events li[data-kind="replrAdded"]', { timeout: 10_000 });
  });

  test("mentioning the REPLR shows its reply streaming in", async () => {
    await page.fill("#message-text", `Hi @${handle}, what should we launch first?`);
    await page.click("#send");
    await page.waitForSelector('#log li[data-state="sent"] >> text=what should we launch first', { timeout: 10_000 });
    const reply = await page.waitForSelector(`#log li[data-sender="${handle}"][data-state="complete"]`, {
      timeout: 30_000,
    });
    const replyId = (await reply.getAttribute("data-message-id")) ?? "";
    const shown = (await reply.$eval(".text", (node) => node.textContent)) ?? "";
    const texts: string[] = await page.evaluate(
      (id) => (window as unknown as { __replyTexts: Record<string, string[]> }).__replyTexts[id] ?? [],
      replyId,
    );
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);

    const { message: stored } = await api("GET", `/v1/messages/${replyId}`, undefined, userKey);
    assert.equal(stored.reply.state, "REPLY_STATE_COMPLETE");
    assert.ok(stored.text.length > 0);
    assert.equal(shown, stored.text, "the page ends with the stored reply");
    const growing = texts.filter((t) => t !== "");
    const partial = growing.filter((t) => t !== stored.text);
    assert.ok(partial.length >= 2, `the reply grew over at least 2 updates before it was complete, saw ${partial.length}`);
    for (let i = 1; i < growing.length; i++) {
      assert.ok(growing[i].startsWith(growing[i - 1]) && growing[i].length > growing[i - 1].length, "each text extends the one before");
    }
    assert.equal(growing[growing.length - 1], stored.text);
  });

  test("the space shows the usage the reply was charged", async () => {
    await page.click(`nav.crumbs a[href^="#/spaces/"]`);
    await page.waitForSelector("#credits td >> text=charge", { timeout: 10_000 });
    await page.click("#sign-out");
    await page.waitForSelector("#api-key");
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, "signing out forgets the key");
  });
});
