#!/usr/bin/env node
// Builds the published package in the current directory: one bundled ES
// module per `exports` entry (shared code goes to a chunk beside them), with
// bundled declarations and maps, by tsdown (rolldown + rolldown-plugin-dts).
// Every package runs this one script, so the settings live here only; why a
// bundle and not one file per source file: docs/benchmarks.md.
//
// The entries come from package.json, so adding a subpath export is enough:
// `./dist/rows.js` is built from `src/rows.ts`. A package with a `bin`
// launcher also gets `src/cli.ts` built to `dist/cli.js`, which the launcher
// imports.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsdown";

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));

/** `./dist/rows.js` → entry name `rows`, source `src/rows.ts`. */
function entriesOf(manifest) {
  const entries = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === "./package.json") continue;
    const file = typeof target === "string" ? target : target.default;
    const match = /^\.\/dist\/(.+)\.js$/.exec(file ?? "");
    if (!match)
      throw new Error(`${manifest.name}: export ${subpath} does not point into dist/: ${file}`);
    // rolldown-plugin-dts writes a nested entry's declarations at the top of
    // dist/ (app/x.js gets x.d.ts), so each entry is a top-level file.
    if (match[1].includes("/"))
      throw new Error(
        `${manifest.name}: export ${subpath} must be a file at the top of dist/: ${file}`,
      );
    entries[match[1]] = `src/${match[1]}.ts`;
  }
  if (manifest.bin && existsSync(join(cwd, "src/cli.ts"))) entries.cli = "src/cli.ts";
  return entries;
}

await build({
  cwd,
  config: false,
  entry: entriesOf(pkg),
  format: "esm",
  // Neutral: the packages run on Node, Bun, Deno, workers and browsers, and
  // every bare import stays external below, so nothing is resolved for a platform.
  platform: "neutral",
  target: "es2022",
  outDir: "dist",
  // `.js` and `.d.ts`, as `exports` name them (the packages are `type: module`).
  fixedExtension: false,
  hash: false,
  // Code two entries share (core's main and internal entries) goes to one
  // chunk under a fixed name, so the output is the same from build to build.
  outputOptions: { chunkFileNames: "_chunks/[name].js" },
  clean: true,
  // The same maps `tsc` shipped (tsconfig.base.json: sourceMap, declarationMap);
  // they point into the shipped `src/`, so go-to-definition lands in the source.
  sourcemap: true,
  tsconfig: "tsconfig.build.json",
  dts: { sourcemap: true },
  // A package never inlines another: every bare specifier (ky, valibot,
  // other @intercom-kit/* packages, csv-parse, node:*) stays an import, as
  // it was with `tsc`. Only the package's own relative modules are bundled.
  deps: { neverBundle: [/^[^./]/] },
  treeshake: true,
  report: false,
  logLevel: "warn",
  // The declaration step is most of the time; rolldown's warning saying so is noise.
  checks: { pluginTimings: false },
  failOnWarn: false,
});

// The declaration printer puts a member's one-line doc comment at the end of
// the line before it when that line closes an inline object type
// (`} | undefined; /** In the JSON body. */`). There TypeScript reads it as a
// trailing comment of the previous member, so editors and typedoc lose the
// member's doc. Each such comment goes back onto its own line. (Declaration
// maps of the lines after it then point a line or so early.)
for (const file of readdirSync(join(cwd, "dist"), { recursive: true })) {
  if (!String(file).endsWith(".d.ts")) continue;
  const path = join(cwd, "dist", String(file));
  const text = readFileSync(path, "utf8");
  const fixed = text.replace(
    /^([ \t]*)(.*;)[ \t]+(\/\*\*(?:(?!\*\/).)*\*\/)[ \t]*$/gm,
    "$1$2\n$1$3",
  );
  if (fixed !== text) writeFileSync(path, fixed);
}
