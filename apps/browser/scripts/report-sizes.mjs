// Prints browser bundle sizes (minified, and minified + gzipped): the budget
// workload, the same workload through intercom-client, ky alone, the workload
// without ky, the whole umbrella, the webhook helpers and each domain package
// on its own; then what each package contributes to the workload. Only the
// workload has a budget (test/).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, bytesByPackage, gzipSize } from "./bundle.mjs";

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const packagesDir = fileURLToPath(new URL("../../../packages", import.meta.url));

// The domain packages are the ones the operation catalogue names.
const { catalog } = await import("intercom-kit/catalog");
const domains = [...new Set(catalog.map((operation) => operation.package))].sort();

const workload = here("src/budget/list-and-retrieve.ts");
const withoutKy = { alias: { ky: here("scripts/ky-stub.mjs") } };
const targets = [
  ["list all contacts + retrieve one, with retry", workload],
  ["the same through intercom-client", here("src/budget/intercom-client-equivalent.ts")],
  // ky resolves from the core, which depends on it.
  [
    "ky alone (ky.create())",
    {
      source: 'import ky from "ky"; export const api = ky.create({});',
      resolveDir: join(packagesDir, "core"),
    },
  ],
  ["the workload with ky stubbed out", workload, withoutKy],
  ["intercom-kit (umbrella, everything)", here("src/sdk.ts")],
  // Webhooks as a worker that only receives them would bundle them: no transport.
  ...[
    ["webhooks: verifySignature only", "export { verifySignature }"],
    ["webhooks: createWebhookHandler", "export { createWebhookHandler }"],
    ["webhooks: messengerJwt", "export { messengerJwt }"],
  ].map(([label, names]) => [
    label,
    { source: `${names} from "@intercom-kit/webhooks";`, resolveDir: here(".") },
  ]),
  // The umbrella depends on every domain package, so names resolve from there.
  ...domains.map((name) => [
    name,
    { source: `export * from "${name}";`, resolveDir: join(packagesDir, "intercom-kit") },
  ]),
];

const rows = [];
for (const [label, entry, options] of targets) {
  const code = await bundleForBrowser(entry, options);
  rows.push([label, (code.length / 1024).toFixed(1), (gzipSize(code) / 1024).toFixed(1)]);
}
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${"bundle".padEnd(width)}  min KiB  gzip KiB`);
for (const [label, min, gz] of rows)
  console.log(`${label.padEnd(width)}  ${min.padStart(7)}  ${gz.padStart(8)}`);

console.log("\nthe workload's minified bytes by package");
for (const [name, bytes] of await bytesByPackage(workload))
  console.log(`${name.padEnd(width)}  ${(bytes / 1024).toFixed(1).padStart(7)}`);
