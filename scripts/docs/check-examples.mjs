#!/usr/bin/env node
// Type-checks the `@example` of every generated operation function: each one
// becomes a module of one temp project that imports the workspace packages
// by name, and one strict `tsc --noEmit` checks them all. An operation
// without an example fails too, so a generator change cannot drop them.
// Needs the packages built (`pnpm build`). Usage: node scripts/docs/check-examples.mjs
import { rm } from "node:fs/promises";
import { operationExamples } from "./lib/operation-examples.mjs";
import { createTempProject } from "./lib/temp-project.mjs";
import { typeCheck } from "./lib/type-check.mjs";

const started = performance.now();
const examples = await operationExamples();
const missing = examples.filter((example) => example.code === undefined);
const files = Object.fromEntries(
  examples
    .filter((example) => example.code !== undefined)
    .map((example) => [`${example.operation}.ts`, `${example.code}\n`]),
);
const bySnippet = new Map(examples.map((example) => [`${example.operation}.ts`, example]));
const project = await createTempProject("intercom-kit-examples-", files);
let failed = missing.length;
try {
  for (const example of missing)
    console.error(`${example.file}: ${example.operation} has no @example`);
  const errors = await typeCheck(project);
  for (const [snippet, lines] of errors) {
    const example = bySnippet.get(snippet);
    console.error(
      example
        ? `${example.file}: the @example of ${example.operation} does not type-check`
        : snippet,
    );
    for (const line of lines) console.error(`  ${line}`);
    failed++;
  }
} finally {
  await rm(project, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failed > 0) {
  console.error(`${failed} of ${examples.length} operation examples failed (${seconds}s)`);
  process.exit(1);
}
console.log(`${examples.length} operation examples type-check (${seconds}s)`);
