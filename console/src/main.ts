// The Roundtable web console: sign in with an API key, then browse by the
// address's hash (#/spaces/…, #/rooms/…), so the server needs to serve only
// /console/index.html and its two assets.
import { UserService } from "@roundtable/sdk/web";
import { connect, describeError, forgetKey, saveKey, savedKey } from "./api.js";
import { fill, h } from "./dom.js";
import type { View } from "./views/view.js";
import { signInView } from "./views/signin.js";
import { spacesView } from "./views/spaces.js";
import { spaceView } from "./views/space.js";
import { roomView } from "./views/room.js";
import { replrView } from "./views/replr.js";
import { sessionView } from "./views/session.js";

/** Routes: a pattern of the hash and the view it shows. */
const ROUTES: [RegExp, (...ids: string[]) => View][] = [
  [/^#?\/?$/, () => spacesView],
  [/^#\/spaces\/([^/]+)$/, (spaceId) => spaceView(spaceId)],
  [/^#\/spaces\/([^/]+)\/replrs\/new$/, (spaceId) => replrView({ spaceId })],
  [/^#\/replrs\/([^/]+)$/, (replrId) => replrView({ replrId })],
  [/^#\/rooms\/([^/]+)$/, (roomId) => roomView(roomId)],
  [/^#\/sessions\/([^/]+)$/, (sessionId) => sessionView(sessionId)],
];

const header = document.getElementById("header") as HTMLElement;
const main = document.getElementById("main") as HTMLElement;
let leaving: AbortController | null = null;

async function show(): Promise<void> {
  leaving?.abort();
  const current = new AbortController();
  leaving = current;
  const key = savedKey();
  if (key === null) {
    fill(header);
    await signInView(main, { signIn, signal: current.signal });
    return;
  }
  const rt = connect(key);
  const route = ROUTES.find(([pattern]) => pattern.test(location.hash));
  if (route === undefined) {
    fill(main, h("p", { class: "error" }, `Nothing here: ${location.hash}`), h("a", { href: "#/" }, "Spaces"));
    return;
  }
  const ids = (location.hash.match(route[0]) ?? []).slice(1).map(decodeURIComponent);
  fill(main, h("p", { class: "muted" }, "Loading…"));
  try {
    await route[1](...ids)(main, { rt, signal: current.signal });
  } catch (error) {
    if (!current.signal.aborted) {
      fill(main, h("p", { class: "error", role: "alert" }, describeError(error)), h("a", { href: "#/" }, "Back to spaces"));
    }
  }
}

/** Checks a key with GetCurrentUser; keeps it only if the server accepts it. */
async function signIn(key: string): Promise<void> {
  const { user } = await connect(key).client(UserService).getCurrentUser({});
  saveKey(key);
  showUser(user?.displayName || user?.username || "?");
  location.hash = "#/";
  await show();
}

function showUser(name: string): void {
  fill(
    header,
    h("a", { class: "brand", href: "#/" }, "Roundtable"),
    h("span", { class: "user", id: "signed-in" }, name),
    h("button", { type: "button", id: "sign-out", onclick: signOut }, "Sign out"),
  );
}

function signOut(): void {
  forgetKey();
  location.hash = "";
  void show();
}

async function start(): Promise<void> {
  const key = savedKey();
  if (key !== null) {
    try {
      const { user } = await connect(key).client(UserService).getCurrentUser({});
      showUser(user?.displayName || user?.username || "?");
    } catch {
      forgetKey();
    }
  }
  window.addEventListener("hashchange", () => void show());
  await show();
}

void start();
