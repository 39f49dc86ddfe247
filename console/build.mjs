// Bundles the console (src/main.ts, with the TypeScript SDK's sources from
// ../sdk-gen/typescript/src) into ../web/console/: index.html, console.js
// and console.css. The output is committed (the server embeds it), so the
// build is deterministic: minified, no source map, no absolute paths, and
// every package the SDK imports is taken from this folder's node_modules
// (the pinned versions of package-lock.json), whether or not the SDK has
// node_modules of its own.
import { build } from "esbuild";
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "web", "console");
const sdk = join(here, "..", "sdk-gen", "typescript", "src");

/** Resolves the SDK's bare imports (@bufbuild/…, @connectrpc/…) from here. */
const packagesFromHere = {
  name: "packages-from-console",
  setup(build) {
    build.onResolve({ filter: /^@(bufbuild|connectrpc)\// }, async (args) => {
      if (args.pluginData === "from-console") return undefined;
      return build.resolve(args.path, { kind: args.kind, resolveDir: here, pluginData: "from-console" });
    });
  },
};

await mkdir(out, { recursive: true });
for (const name of await readdir(out)) {
  if (name !== "README.md") await rm(join(out, name), { recursive: true });
}
await build({
  entryPoints: { console: join(here, "src", "main.ts") },
  outdir: out,
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  legalComments: "none",
  charset: "utf8",
  alias: { "@roundtable/sdk/web": join(sdk, "web.ts") },
  plugins: [packagesFromHere],
  logLevel: "warning",
});
await build({
  entryPoints: { console: join(here, "src", "style.css") },
  outdir: out,
  bundle: true,
  minify: true,
  charset: "utf8",
  logLevel: "warning",
});
await copyFile(join(here, "index.html"), join(out, "index.html"));
console.log("console built: web/console/");
