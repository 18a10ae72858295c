// Serves the built docs site (docs/api) on 127.0.0.1 and saves screenshots of
// its landing page, one operation page and one guide into
// test-artifacts/docs-screenshots/, with Debian's chromium driven by
// playwright-core (a dev dependency of apps/browser). It also types into the
// site's search and fails unless a guide and the operation are found, since
// typedoc's search runs only in a browser. Run after `pnpm api-docs`.
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const site = join(repoRoot, "docs", "api");
const outDir = join(repoRoot, "test-artifacts", "docs-screenshots");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const { chromium } = createRequire(join(repoRoot, "apps", "browser", "package.json"))(
  "playwright-core",
);

const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};
const server = createServer((request, response) => {
  const path = normalize(
    decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname),
  );
  const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(site + sep)) return response.writeHead(403).end();
  try {
    const body = readFileSync(file);
    response
      .writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" })
      .end(body);
  } catch {
    response.writeHead(404).end("not found");
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  // No sandbox as root; no background traffic, which an offline machine would refuse.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-sync",
  ],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on("pageerror", (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed to load ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  mkdirSync(outDir, { recursive: true });

  const shots = [
    ["landing.png", "/index.html", "npm install intercom-kit"],
    [
      "operation-retrieveContact.png",
      "/functions/_intercom-kit_contacts.retrieveContact.html",
      "retrieveContact",
    ],
    ["guide-getting-started.png", "/documents/Getting_started.html", "Getting started"],
  ];
  for (const [name, path, expected] of shots) {
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    // The navigation tree is filled in by script; wait for it so the shot shows it.
    await page.waitForSelector(".tsd-navigation a", { timeout: 10_000 }).catch(() => {
      problems.push(`${path}: the navigation did not render`);
    });
    const text = (await page.locator("body").textContent()) ?? "";
    if (!text.includes(expected)) problems.push(`${path}: "${expected}" is not on the page`);
    await page.screenshot({ path: join(outDir, name) });
    console.log(`docs screenshot: ${join("test-artifacts", "docs-screenshots", name)}`);
  }

  // Search: a guide's title and an operation's name must both be found.
  for (const [query, expected] of [
    ["pagination", "Pagination"],
    ["retrieveContact", "retrieveContact"],
  ]) {
    await page.goto(`${base}/index.html`, { waitUntil: "load" });
    await page.click("#tsd-search-trigger");
    await page.fill("#tsd-search-input", query);
    const results = page.locator("#tsd-search-results li");
    await results
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    const found = await results.allInnerTexts();
    if (!found.some((result) => result.includes(expected))) {
      problems.push(
        `search for "${query}" did not find "${expected}" (got ${found.length} results)`,
      );
    }
    if (query === "pagination")
      await page.screenshot({ path: join(outDir, "search-pagination.png") });
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(`docs screenshots: ${problems.length} problems`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  "docs site: pages render with their navigation, and search finds guides and operations",
);
