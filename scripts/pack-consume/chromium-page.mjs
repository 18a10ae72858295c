// Runs a browser bundle in real Chromium (Debian's, driven by the workspace's
// playwright-core, as apps/browser's e2e test does). The page is served from
// 127.0.0.1 so its fetches to the sandbox are real cross-origin requests, which
// the sandbox answers with CORS headers (Intercom's API does not).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>running</title><script type="module" src="bundle.js"></script>';

/**
 * @param {{ chromium: any, executablePath: string, bundle: string, query: URLSearchParams, timeoutMs?: number }} options
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
export async function runInChromium({
  chromium,
  executablePath,
  bundle,
  query,
  timeoutMs = 60_000,
}) {
  const script = readFileSync(bundle);
  const server = createServer((request, response) => {
    const js = request.url?.startsWith("/bundle.js");
    response.writeHead(200, { "content-type": js ? "text/javascript" : "text/html" });
    response.end(js ? script : PAGE);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  let browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      // No sandbox as root; no background traffic, which an offline machine refuses.
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    const page = await browser.newPage();
    const log = [];
    page.on("pageerror", (error) => log.push(`pageerror: ${error.message}`));
    page.on("console", (message) => log.push(`console.${message.type()}: ${message.text()}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/?${query}`);
    await page.waitForFunction(() => document.title !== "running", null, { timeout: timeoutMs });
    const ok = (await page.title()) === "passed";
    const body = (await page.textContent("body")) ?? "";
    return { ok, output: [body, ...log].join("\n") };
  } finally {
    await browser?.close();
    server.close();
  }
}
