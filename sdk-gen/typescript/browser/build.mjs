// Bundles the browser proof page (browser/src/app.ts) with the built SDK
// (dist/web.js, so run `npm run build` first) into browser/dist/.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
await mkdir(out, { recursive: true });
await build({
  entryPoints: [join(here, "src", "app.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  sourcemap: true,
  alias: { "@roundtable/sdk/web": join(here, "..", "dist", "web.js") },
  logLevel: "warning",
});
await copyFile(join(here, "index.html"), join(out, "index.html"));
console.log("browser proof built: browser/dist/");
