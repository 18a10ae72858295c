// Shared esbuild settings: what "bundled for the browser" means everywhere here.

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles for browsers as minified ESM and returns the code; fails on any
 * Node built-in. `entry` is a file path, or `{ source, resolveDir? }` (package
 * names resolved from `resolveDir`, by default this app).
 */
export async function bundleForBrowser(entry) {
  const input =
    typeof entry === "string"
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.source, resolveDir: entry.resolveDir ?? appDir, loader: "ts" } };
  const result = await build({
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
  });
  return result.outputFiles[0].text;
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
