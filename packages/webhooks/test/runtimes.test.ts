import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Bun and Deno come from their npm packages (devDependencies here). The
// fixture loads the built package, so turbo builds it before this test.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const FIXTURE = here("./fixtures/runtime-check.mjs");
const RUNTIMES = [
  { name: "Bun", command: here("../node_modules/bun/bin/bun.exe"), args: [FIXTURE] },
  {
    name: "Deno",
    command: here("../node_modules/deno/deno"),
    args: ["run", "--allow-read", "--allow-env", FIXTURE],
  },
] as const;
const SECRET = "runtime-secret-canary";

interface RuntimeReport {
  body: string;
  signature: string;
  signed: number;
  forged: number;
  seen: string[];
  userHash: string;
  jwt: string;
}

describe.each(RUNTIMES)("on $name", ({ command, args }) => {
  it("signs, verifies, dispatches and signs identity as node:crypto does", async () => {
    const { stdout } = await promisify(execFile)(command, [...args], {
      cwd: here(".."),
      timeout: 60_000,
    });
    const report = JSON.parse(stdout) as RuntimeReport;
    const hmac = (hash: string, data: string) => createHmac(hash, SECRET).update(data);
    expect(report.signature).toBe(`sha1=${hmac("sha1", report.body).digest("hex")}`);
    expect([report.signed, report.forged, report.seen]).toEqual([200, 401, ["Zoë"]]);
    expect(report.userHash).toBe(hmac("sha256", "user-1").digest("hex"));
    const [header, payload, signature] = report.jwt.split(".");
    expect(signature).toBe(hmac("sha256", `${header}.${payload}`).digest("base64url"));
  }, 90_000);
});
