#!/usr/bin/env node
// Checks every ```ts / ```js block of the READMEs and guides (the files
// lib/code-blocks.mjs lists): each one not marked `ignore` becomes a module
// of one temp project that imports the workspace packages by name, and one
// strict `tsc --noEmit` checks them all; then each plain block (no
// `no-run`) runs with Node, in its own process with a timeout. A runnable
// block starts the sandbox itself, so what is checked is what a reader
// pastes. The convention is in docs/docs.md. Needs the packages built
// (`pnpm build`). Usage: node scripts/docs/check-code-blocks.mjs [file.md …]
import { rm } from "node:fs/promises";
import {
  BLOCK_COMPILER_OPTIONS,
  documentationBlocks,
  importedPackages,
  snippetPath,
} from "./lib/code-blocks.mjs";
import { runSnippets } from "./lib/run-snippets.mjs";
import { createTempProject, linkDependencies, workspacePackages } from "./lib/temp-project.mjs";
import { typeCheck } from "./lib/type-check.mjs";

const started = performance.now();
const only = process.argv.slice(2);
const blocks = (await documentationBlocks()).filter(
  (block) => only.length === 0 || only.includes(block.file),
);
const where = (block, line = 0) => `${block.file}:${block.line + line}`;
const invalid = blocks.filter((block) => block.mode === "invalid");
const ignored = blocks.filter((block) => block.mode === "ignore");
const checked = blocks.filter((block) => block.mode === "run" || block.mode === "check");
const runnable = checked.filter((block) => block.mode === "run");
const byPath = new Map(checked.map((block) => [snippetPath(block), block]));

let failed = invalid.length;
for (const block of invalid) console.error(`${where(block)}: ${block.reason}`);
const project = await createTempProject(
  "intercom-kit-code-blocks-",
  Object.fromEntries(checked.map((block) => [snippetPath(block), `${block.code}\n`])),
  { compilerOptions: BLOCK_COMPILER_OPTIONS },
);
// What the blocks import besides the workspace (valibot, ioredis, …), linked
// from where the workspace installed it.
const workspace = new Set((await workspacePackages()).map(({ name }) => name));
await linkDependencies(
  project,
  [...new Set(checked.flatMap((block) => importedPackages(block.code)))].filter(
    (name) => !workspace.has(name),
  ),
);
let typeSeconds;
let runSeconds = "0.0";
try {
  const errors = await typeCheck(project);
  typeSeconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const [path, lines] of errors) {
    const block = byPath.get(path);
    console.error(block ? `${where(block)}: the block does not type-check` : path);
    for (const line of lines) {
      // `snippets/README.md/L26.ts(3,7): error …` → `README.md:28:7: error …`
      const at = /^snippets\/.+?\((\d+),(\d+)\): (.*)$/.exec(line);
      console.error(
        `  ${block && at ? `${where(block, Number(at[1]))}:${at[2]}: ${at[3]}` : line}`,
      );
    }
    failed++;
  }
  // A block that does not type-check is not run: its error is already named.
  const toRun = runnable.map(snippetPath).filter((path) => !errors.has(path));
  const runStarted = performance.now();
  const results = await runSnippets(project, toRun);
  runSeconds = ((performance.now() - runStarted) / 1000).toFixed(1);
  for (const [path, result] of results) {
    if (result.ok) continue;
    console.error(`${where(byPath.get(path))}: the block does not run (${result.ms} ms)`);
    for (const line of result.output.split("\n").slice(0, 30)) console.error(`  ${line}`);
    failed++;
  }
} finally {
  await rm(project, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary =
  `${blocks.length} code blocks: ${checked.length} type-checked (${typeSeconds}s), ` +
  `${runnable.length} of them run against the sandbox (${runSeconds}s), ${ignored.length} ignored`;
for (const block of ignored) console.log(`  ignored ${where(block)}: ${block.reason}`);
if (failed > 0) {
  console.error(`${summary}; ${failed} failed (${seconds}s)`);
  process.exit(1);
}
console.log(`${summary} (${seconds}s)`);
