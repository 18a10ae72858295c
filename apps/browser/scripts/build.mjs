// Builds dist/: the page (index.html, style.css, page.js) and the standalone
// browser-safe SDK bundle (intercom-kit.browser.js), and refuses to write a
// bundle that references Node-only globals.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, gzipSize, nodeOnlyReferences } from "./bundle.mjs";

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
mkdirSync(here("dist"), { recursive: true });
cpSync(here("public"), here("dist"), { recursive: true });

for (const [entry, name] of [
  ["src/page/main.ts", "page.js"],
  ["src/sdk.ts", "intercom-kit.browser.js"],
]) {
  const code = await bundleForBrowser(here(entry));
  const bad = nodeOnlyReferences(code);
  if (bad.length > 0) {
    console.error(`${name} is not browser-safe: it references ${bad.join(", ")}`);
    process.exit(1);
  }
  writeFileSync(here(`dist/${name}`), code);
  console.log(
    `${name}: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipSize(code) / 1024).toFixed(1)} KiB gzipped`,
  );
}
