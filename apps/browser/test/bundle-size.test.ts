import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleForBrowser, gzipSize, nodeOnlyReferences } from "../scripts/bundle.mjs";

const entry = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The budget for "list all contacts + retrieve one, with the retry plugin",
// minified and gzipped for browsers. See docs/bundle-size.md for why it is
// not the 8 KiB first aimed at, and what the figure is made of.
const BUDGET_BYTES = 20.25 * 1024;

// Each bundle is built once and shared by the tests that read it.
const bundles = new Map<string, Promise<string>>();
const bundleOf = (path: string): Promise<string> => {
  const built = bundles.get(path) ?? bundleForBrowser(entry(path));
  bundles.set(path, built);
  return built;
};

describe("browser bundle", () => {
  it("list + retrieve with retry stays within its budget", async () => {
    const code = await bundleOf("src/budget/list-and-retrieve.ts");
    const size = gzipSize(code);
    console.log(`list + retrieve + retry: ${(size / 1024).toFixed(2)} KiB gzipped`);
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("is browser-safe: no Node built-ins, no process", async () => {
    for (const file of ["src/budget/list-and-retrieve.ts", "src/sdk.ts"]) {
      const code = await bundleOf(file);
      expect(nodeOnlyReferences(code)).toEqual([]);
    }
  });
});
