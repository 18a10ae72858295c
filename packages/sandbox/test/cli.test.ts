import { execFileSync } from "node:child_process";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseCliArgs } from "../src/cli/parse-cli-args.js";
import { DEFAULT_SANDBOX_TOKEN } from "../src/index.js";
import { buildCli, type RunningCli, spawnCli, stopCli } from "./support/run-cli.js";

let cli: RunningCli | undefined;
let CLI_PATH = "";
beforeAll(() => {
  CLI_PATH = buildCli("cli-build-node");
}, 120_000);
afterEach(async () => {
  if (cli) await stopCli(cli, "SIGKILL");
  cli = undefined;
});

describe("intercom-sandbox CLI", () => {
  it("starts, answers /me, and stops on SIGTERM", async () => {
    cli = await spawnCli(process.execPath, [CLI_PATH, "--port", "0", "--seed", "1000"]);
    const res = await fetch(`${cli.url}/me`, {
      headers: { Authorization: `Bearer ${DEFAULT_SANDBOX_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).type).toBe("admin");
    const code = await stopCli(cli);
    expect(code).toBe(0);
    expect(cli.output()).toContain("SIGTERM, stopping");
    cli = undefined;
  });

  it("takes tokens and fault knobs from its flags", async () => {
    cli = await spawnCli(process.execPath, [
      CLI_PATH,
      "--port",
      "0",
      "--token",
      "cli-token",
      "--error-rate",
      "1",
    ]);
    const refused = await fetch(`${cli.url}/me`, {
      headers: { Authorization: "Bearer cli-token" },
    });
    expect(refused.status).toBe(500);
  });

  it("prints its usage and exits 2 on an unknown flag", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [CLI_PATH, "--bogus"], { stdio: "pipe" });
    } catch (error) {
      const failure = error as { status: number; stderr: Buffer };
      status = failure.status;
      stderr = failure.stderr.toString();
    }
    expect(status).toBe(2);
    expect(stderr).toContain("Usage: intercom-sandbox");
  });
});

describe("CLI flags", () => {
  it("maps flags onto sandbox options", () => {
    const command = parseCliArgs([
      "--port=4010",
      "--seed=7",
      "--token=a",
      "--token=b",
      "--latency=5-50",
      "--drop-rate=0.1",
      "--rate-limit=5",
      "--rate-window=1",
      "--contacts=10",
    ]);
    expect(command).toEqual({
      kind: "start",
      options: {
        port: 4010,
        seed: 7,
        tokens: ["a", "b"],
        rateLimit: { limit: 5, windowSeconds: 1 },
        faults: { latencyMs: { min: 5, max: 50 }, dropRate: 0.1 },
        seedSizes: { contacts: 10 },
      },
    });
  });

  it("refuses a rate outside 0..1 and turns the rate limit off on request", () => {
    expect(() => parseCliArgs(["--error-rate=2"])).toThrow(/between 0 and 1/);
    const command = parseCliArgs(["--no-rate-limit"]);
    expect(command.kind === "start" && command.options.rateLimit).toBe(false);
  });
});
