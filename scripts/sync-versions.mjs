// After `changeset version` bumps package.json files, writes each package's
// version into the constant its code reports (the core's user agent), so the
// two never drift. Run by `pnpm version-packages`.
import { readFileSync, writeFileSync } from "node:fs";

const targets = [["packages/core/package.json", "packages/core/src/client/sdk-version.ts"]];

for (const [manifest, source] of targets) {
  const { version } = JSON.parse(readFileSync(manifest, "utf8"));
  const text = readFileSync(source, "utf8");
  const next = text.replace(/SDK_VERSION = "[^"]*"/, `SDK_VERSION = "${version}"`);
  if (next !== text) {
    writeFileSync(source, next);
    console.log(`${source}: ${version}`);
  }
}
