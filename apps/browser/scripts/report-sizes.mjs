// Prints browser bundle sizes (minified, and minified + gzipped): the budget
// workload, the same workload through intercom-client, the whole umbrella, and
// each domain package on its own. Only the workload has a budget (test/).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, gzipSize } from "./bundle.mjs";

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const packagesDir = fileURLToPath(new URL("../../../packages", import.meta.url));

// Generated domain packages are the ones that depend on the models.
const domains = readdirSync(packagesDir)
  .map((dir) => JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")))
  .filter(
    (pkg) => pkg.dependencies?.["@intercom-kit/models"] && pkg.name.startsWith("@intercom-kit/"),
  )
  .map((pkg) => pkg.name)
  .sort();

const targets = [
  ["list all contacts + retrieve one, with retry", here("src/budget/list-and-retrieve.ts")],
  ["the same through intercom-client", here("src/budget/intercom-client-equivalent.ts")],
  ["intercom-kit (umbrella, everything)", here("src/sdk.ts")],
  // The umbrella depends on every domain package, so names resolve from there.
  ...domains.map((name) => [
    name,
    { source: `export * from "${name}";`, resolveDir: join(packagesDir, "intercom-kit") },
  ]),
];

const rows = [];
for (const [label, entry] of targets) {
  const code = await bundleForBrowser(entry);
  rows.push([label, (code.length / 1024).toFixed(1), (gzipSize(code) / 1024).toFixed(1)]);
}
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${"bundle".padEnd(width)}  min KiB  gzip KiB`);
for (const [label, min, gz] of rows)
  console.log(`${label.padEnd(width)}  ${min.padStart(7)}  ${gz.padStart(8)}`);
