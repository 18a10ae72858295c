import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));

describe("demo", () => {
  it("runs the whole tour against the local emulator under Node", async () => {
    const env = { ...process.env, INTERCOM_TOKEN: "", NO_COLOR: "1" };
    const { stdout } = await run(process.execPath, [main], { env, timeout: 60_000 });
    expect(stdout).toContain("Demo Admin <admin@example.com>");
    expect(stdout).toContain("7 contacts in 3 pages");
    expect(stdout).toMatch(/name\s+Ada Lovelace/);
    expect(stdout).toContain("handled NotFoundError: status 404, code not_found");
    expect(stdout.trimEnd().endsWith("Done.")).toBe(true);
  });
});
