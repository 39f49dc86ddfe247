// The browser proof: the page in browser/ (the SDK over gRPC-Web) runs in
// headless Chromium, joins a room as a fresh user, and shows a REPLR's reply
// streaming in. A MutationObserver installed by the test (not by the page)
// records every text the reply showed.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import {
  ApiKeyScope,
  MessageService,
  ReplrService,
  ReplyState,
  RoomService,
  SpaceRole,
  SpaceService,
  UserService,
} from "@roundtable/sdk";
import { createRoundtable } from "@roundtable/sdk/node";
import { serverEnv, suffix } from "./support.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const pageRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "browser", "dist");
const { url, adminKey } = serverEnv();

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

/** Serves browser/dist on a free loopback port: another origin than the API, so CORS is exercised. */
async function servePage(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = join(pageRoot, path === "" ? "index.html" : path);
    if (!file.startsWith(pageRoot) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

describe("browser proof (gRPC-Web in Chromium)", () => {
  const admin = createRoundtable({ baseUrl: url, token: adminKey });
  let browser: Browser;
  let page: Page;
  let pageServer: Server;
  let handle = "";
  let roomId = "";
  const pageProblems: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    assert.ok(existsSync(join(pageRoot, "app.js")), "build the page first: npm run build:browser");
    const tag = suffix();
    const { space } = await admin.client(SpaceService).createSpace({ name: `sdk-browser-${tag}` });
    const { room } = await admin.client(RoomService).createRoom({ spaceId: space!.spaceId, name: "Browser proof" });
    roomId = room!.roomId;
    handle = `webbot_${tag}`;
    const { replr } = await admin.client(ReplrService).createReplr({ spaceId: space!.spaceId, handle });
    await admin.client(RoomService).addReplr({ roomId, replrId: replr!.replrId });
    const users = admin.client(UserService);
    const { user } = await users.createUser({ username: `browser_${tag}`, displayName: "Browser" });
    await admin.client(SpaceService).addSpaceMember({
      spaceId: space!.spaceId,
      userId: user!.userId,
      role: SpaceRole.MEMBER,
    });
    const { secret } = await users.createApiKey({
      userId: user!.userId,
      name: "browser proof",
      scopes: [ApiKeyScope.READ, ApiKeyScope.WRITE],
    });

    const served = await servePage();
    pageServer = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    page = await browser.newPage();
    page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageProblems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      const seen: Record<string, string[]> = {};
      (window as unknown as { __replyTexts: typeof seen }).__replyTexts = seen;
      const record = () => {
        document.querySelectorAll<HTMLLIElement>("#log li[data-message-id]").forEach((item) => {
          const text = item.querySelector(".text")?.textContent ?? "";
          const id = item.dataset.messageId ?? "";
          const texts = (seen[id] ??= []);
          if (texts[texts.length - 1] !== text) texts.push(text);
        });
      };
      document.addEventListener("DOMContentLoaded", () => {
        new MutationObserver(record).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
    });
    const query = new URLSearchParams({ server: url, token: secret, room: roomId });
    await page.goto(`${served.origin}/index.html?${query}`);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => pageServer?.close(resolve));
    if (pageProblems.length > 0) {
      console.log(pageProblems.join("\n"));
    }
  });

  test("the page joins the room and shows messages live", async () => {
    await page.waitForSelector('#status[data-state="joined"]', { timeout: 15_000 });
    const { members } = await admin.client(RoomService).listRoomMembers({ roomId });
    assert.ok(members.some((m) => m.username?.startsWith("browser_")), "the page's user joined the room");
    await admin.client(MessageService).sendMessage({ roomId, text: "Welcome to the browser" });
    await page.waitForSelector('#log li[data-state="sent"] >> text=Welcome to the browser', { timeout: 10_000 });
  });

  test("a REPLR's reply streams in token by token", async () => {
    await page.fill("#text", `Hi @${handle}, what does a browser see?`);
    await page.click("#send");
    const reply = await page.waitForSelector(`#log li[data-sender="${handle}"][data-state="completed"]`, {
      timeout: 30_000,
    });
    const replyId = (await reply.getAttribute("data-message-id")) ?? "";
    const shown = (await reply.$eval(".text", (node) => node.textContent)) ?? "";
    const texts = await page.evaluate(
      (id) => (window as unknown as { __replyTexts: Record<string, string[]> }).__replyTexts[id] ?? [],
      replyId,
    );
    await page.screenshot({ path: join(pageRoot, "..", "..", "build", "browser-proof.png") });

    const { message: stored } = await admin.client(MessageService).getMessage({ messageId: replyId });
    assert.equal(stored?.reply?.state, ReplyState.COMPLETE);
    assert.equal(shown, stored?.text, "the page ends with the stored reply");
    const growing = texts.filter((t) => t !== "");
    assert.ok(growing.length >= 3, `the reply showed at least 3 growing states, saw ${growing.length}`);
    for (let i = 1; i < growing.length; i++) {
      assert.ok(growing[i].startsWith(growing[i - 1]), "each state extends the one before");
      assert.ok(growing[i].length > growing[i - 1].length);
    }
    assert.equal(growing[growing.length - 1], stored?.text);
  });
});
