import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Sandbox, startSandbox } from "@intercom-kit/sandbox";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder } from "./static-server.js";

// The page, built into dist/ by `pnpm build`, in Debian's Chromium, against the sandbox.

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const artifacts = fileURLToPath(new URL("../test-artifacts", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let sandbox: Sandbox;
let site: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1000, tokens: ["browser-token"] });
  site = await serveFolder(dist);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No sandbox as root; no background traffic, which this offline machine would refuse.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
});

describe("the contacts page in Chromium", () => {
  it("lists contacts from the sandbox, then searches them", async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    const query = new URLSearchParams({ api: sandbox.url, token: sandbox.token });
    await page.goto(`${site.url}/index.html?${query}`);

    await expect.poll(() => page.locator("#status").textContent()).toBe("20 contacts");
    const rows = page.locator("#rows tr");
    expect(await rows.count()).toBe(20);
    const firstName = (await rows.first().locator("td").first().textContent()) ?? "";
    expect(firstName).not.toBe("");

    // Search for the first contact's family name; every row must match it.
    const term = firstName.split(" ").at(-1) ?? firstName;
    await page.fill("#query", term);
    await page.click("button[type=submit]");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toMatch(new RegExp(`matching “${term}”$`));
    const matches = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")),
    );
    expect(matches.length).toBeGreaterThan(0);
    for (const [name, email] of matches) {
      expect(`${name} ${email}`.toLowerCase()).toContain(term.toLowerCase());
    }

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/contacts-page.png`, fullPage: true });
    expect(failures).toEqual([]);
  });
});
