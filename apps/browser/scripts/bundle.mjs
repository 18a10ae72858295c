// Shared esbuild settings: what "bundled for the browser" means everywhere here.

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles for browsers as minified ESM and returns the code; fails on any
 * Node built-in. `entry` is a file path, or `{ source, resolveDir? }` (package
 * names resolved from `resolveDir`, by default this app). `alias` swaps a
 * package for another file, to measure a bundle without it.
 */
export async function bundleForBrowser(entry, { alias } = {}) {
  const result = await buildForBrowser(entry, alias ? { alias } : {});
  return result.outputFiles[0].text;
}

/**
 * The minified bytes each input contributes to the bundle, summed by package
 * (`ky`, `@intercom-kit/core`, …), largest first.
 */
export async function bytesByPackage(entry) {
  const result = await buildForBrowser(entry, { metafile: true });
  const [output] = Object.values(result.metafile.outputs);
  const totals = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(file);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** `node_modules/.pnpm/ky@2.1.0/node_modules/ky/…` → `ky`; `../../packages/core/…` → `@intercom-kit/core`. */
function packageOf(file) {
  const dependency = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/);
  if (dependency) return dependency[1];
  const workspace = file.match(/packages\/([^/]+)\//);
  if (workspace)
    return workspace[1] === "intercom-kit" ? "intercom-kit" : `@intercom-kit/${workspace[1]}`;
  return "this app";
}

async function buildForBrowser(entry, extra) {
  const input =
    typeof entry === "string"
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.source, resolveDir: entry.resolveDir ?? appDir, loader: "ts" } };
  return build({
    ...input,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    treeShaking: true,
    write: false,
    outdir: "out",
    logLevel: "silent",
    ...extra,
  });
}

/** Minified and gzipped size in bytes, the figure the budget is about. */
export function gzipSize(code) {
  return gzipSync(Buffer.from(code), { level: 9 }).length;
}

/** Things a browser build must not reference. */
export function nodeOnlyReferences(code) {
  const found = [];
  if (/\bprocess\.(env|versions|nextTick|platform)\b/.test(code)) found.push("process");
  if (/\brequire\(/.test(code)) found.push("require()");
  if (/["']node:[a-z]/.test(code)) found.push("node: import");
  return found;
}
