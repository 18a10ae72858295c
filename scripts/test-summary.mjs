// Adds up the vitest JSON reports every package wrote during `turbo run test`
// (restored from turbo's cache for cached packages) and prints one closing
// line for the whole suite, e.g. "tests: 120 passed, 0 failed, 2 skipped".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const groups = ["packages", "apps", "tools"];
const dirs = groups.flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group)).map((name) => join(root, group, name))
    : [],
);
dirs.push(join(root, "bench"));

let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const dir of dirs) {
  const file = join(dir, "test-artifacts", "vitest.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (reports === 0) {
  console.error("No vitest reports found: did any test run?");
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
