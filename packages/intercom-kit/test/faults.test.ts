import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FAULT_CASES } from "@intercom-kit/test-support/fault-cases";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseResult, ChildSummary, Stack } from "./faults/fault-child.ts";

// Every fault of the table (tools/test-support/src/fault-cases.ts) through
// the umbrella's defaults and through core + retry, each stack in its own
// child process so that what it leaves behind is its own: the process must
// exit by itself, promptly, with no rejection unhandled. Timings are checked
// against each case's documented bound with slack; the timing goals
// themselves are in bench/faults.

/** Room for a busy machine (two cores, shared) on top of each documented bound. */
const SLACK_MS = 1_500;
/** After its last line, the child has nothing left to do: it must be gone this soon. */
const EXIT_WITHIN_MS = 1_000;
/** A 512 MiB inflated body must never be in memory: the cap is 16 MiB. */
const PEAK_RSS_GROWTH_LIMIT = 256 * 1024 * 1024;

interface ChildRun {
  readonly results: ReadonlyMap<string, CaseResult>;
  readonly summary: ChildSummary | undefined;
  readonly exitCode: number | null;
  /** From the summary line to the process's exit. */
  readonly exitAfterMs: number;
  readonly stderr: string;
}

const child = fileURLToPath(new URL("./faults/fault-child.ts", import.meta.url));

function runChild(stack: Stack): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, stack], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    // A child that never exits is the failure this test looks for; end it by its PID.
    const killer = setTimeout(() => proc.kill("SIGKILL"), 60_000);
    let stdout = "";
    let stderr = "";
    let summaryAt = 0;
    proc.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (summaryAt === 0 && stdout.includes('"done":true')) summaryAt = performance.now();
    });
    proc.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    proc.on("error", reject);
    proc.on("exit", (exitCode) => {
      clearTimeout(killer);
      const exitAfterMs =
        summaryAt === 0 ? Number.POSITIVE_INFINITY : performance.now() - summaryAt;
      const lines = stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as CaseResult | ChildSummary);
      const results = new Map<string, CaseResult>();
      let summary: ChildSummary | undefined;
      for (const line of lines) {
        if ("done" in line) summary = line;
        else results.set(line.id, line);
      }
      resolve({ results, summary, exitCode, exitAfterMs, stderr });
    });
  });
}

describe.each<Stack>(["umbrella", "core+retry"])("faults through %s", (stack) => {
  let run: ChildRun;
  beforeAll(async () => {
    run = await runChild(stack);
  }, 90_000);

  it.each(FAULT_CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const result = run.results.get(c.id);
    expect(result, run.stderr).toBeDefined();
    expect({ outcome: result?.outcome, requests: result?.requests }).toEqual({
      outcome: c.expect.outcome,
      requests: c.expect.requests,
    });
    if (c.expect.responseStatus !== undefined) {
      expect(result?.responseStatus).toBe(c.expect.responseStatus);
    }
    expect(result?.elapsedMs).toBeLessThanOrEqual(c.boundMs + SLACK_MS);
  });

  it("never sends a create twice, except after a 429 Intercom did not process", () => {
    for (const c of FAULT_CASES.filter((c) => c.target === "create")) {
      const allowed = c.fault.startsWith("429") ? 2 : 1;
      expect(run.results.get(c.id)?.requests, c.id).toBeLessThanOrEqual(allowed);
    }
  });

  it("leaves no rejection unhandled", () => {
    expect(run.summary?.unhandled).toEqual([]);
  });

  it("leaves no socket, server or timer open, and the process exits by itself, promptly", () => {
    expect(run.exitCode, run.stderr).toBe(0);
    const open = (run.summary?.resources ?? ["(no summary)"]).filter(
      (resource) => resource !== "PipeWrap" && resource !== "TTYWrap",
    );
    expect(open).toEqual([]);
    expect(run.exitAfterMs).toBeLessThan(EXIT_WITHIN_MS);
  });

  it("never holds an inflated body past the size cap in memory", () => {
    expect(run.summary?.peakRssGrowthBytes).toBeLessThan(PEAK_RSS_GROWTH_LIMIT);
  });
});
