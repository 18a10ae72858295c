// Benchmark, not a test: the fault table of tools/test-support (the same one
// packages/intercom-kit/test/faults.test.ts checks) through intercom-kit
// with the umbrella's defaults (retry + rate limit), through core + retry,
// and through the official `intercom-client`, in one run. Each contender
// runs in processes of its own (contender.ts), so whatever a contender
// leaves open, or a crash, is its own. Prints, per case and per class of
// fault, what each did, and whether it met what intercom-kit must do: the
// data or an error (no hang), the same number of requests, within the bound.
//
//   pnpm turbo run build --filter=@intercom-kit/bench...
//   pnpm --filter @intercom-kit/bench bench:faults
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FAULT_CASES, type FaultCase } from "../../tools/test-support/src/fault-cases.ts";
import type { ContenderName, ContenderSummary, Measured } from "./contender.ts";

/** Slack on each case's bound, as the test gives it. */
const SLACK_MS = 1_500;
/** How long after its last line a contender's process may take to exit before it is ended. */
const EXIT_GRACE_MS = 10_000;

const CONTENDERS: readonly (readonly [ContenderName, string])[] = [
  ["kit-umbrella", "intercom-kit, umbrella defaults"],
  ["kit-core-retry", "intercom-kit, core + retry"],
  ["intercom-client", "intercom-client 7"],
];

interface ProcessRun {
  readonly results: Map<string, Measured>;
  readonly summary: ContenderSummary | undefined;
  /** ms from the summary line to exit; undefined when it had to be ended. */
  readonly exitAfterMs: number | undefined;
  readonly crash: string | undefined;
}

const contenderPath = fileURLToPath(new URL("./contender.ts", import.meta.url));

function runContender(name: ContenderName, part: "others" | "bombs"): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [contenderPath, name, part], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const results = new Map<string, Measured>();
    let summary: ContenderSummary | undefined;
    let summaryAt = 0;
    let ended = false;
    let pending = "";
    let stderr = "";
    let grace: ReturnType<typeof setTimeout> | undefined;
    // Bounded even when the contender hangs: every case has a cap, then the exit grace.
    const hard = setTimeout(() => proc.kill("SIGKILL"), 120_000);
    proc.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines.filter((l) => l.startsWith("{"))) {
        const parsed = JSON.parse(line) as Measured | ContenderSummary;
        if ("done" in parsed) {
          summary = parsed;
          summaryAt = performance.now();
          grace = setTimeout(() => {
            ended = true;
            proc.kill("SIGKILL");
          }, EXIT_GRACE_MS);
        } else {
          results.set(parsed.id, parsed);
        }
      }
    });
    proc.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    proc.on("error", reject);
    proc.on("exit", (code) => {
      clearTimeout(hard);
      clearTimeout(grace);
      resolve({
        results,
        summary,
        exitAfterMs:
          summaryAt === 0 || ended ? undefined : Math.round(performance.now() - summaryAt),
        crash: summary === undefined ? `crashed, exit ${code}: ${crashLine(stderr)}` : undefined,
      });
    });
  });
}

/** The thrown error's first two lines, e.g. an assertion and the expression that failed. */
function crashLine(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const at = lines.findIndex((line) => /^[A-Za-z]*Error\b/.test(line));
  if (at === -1) return "no summary";
  const where = stderr.includes("undici") ? " (thrown inside undici)" : "";
  return `${lines.slice(at, at + 2).join(" ")}${where}`;
}

/** Whether a contender did what intercom-kit must: the data or an error as expected, the same requests, in time. */
function meets(c: FaultCase, m: Measured | undefined): boolean {
  if (!m || m.outcome === "unsettled") return false;
  const wantData = c.expect.outcome === "data";
  return (
    (m.outcome === "data") === wantData &&
    m.requests === c.expect.requests &&
    m.elapsedMs <= c.boundMs + SLACK_MS
  );
}

const runs = new Map<ContenderName, { others: ProcessRun; bombs: ProcessRun }>();
for (const [name] of CONTENDERS) {
  const [others, bombs] = [await runContender(name, "others"), await runContender(name, "bombs")];
  runs.set(name, { others, bombs });
}
const measured = (name: ContenderName, c: FaultCase) => {
  const run = runs.get(name);
  return run?.others.results.get(c.id) ?? run?.bombs.results.get(c.id);
};

console.log(
  `fault table: ${FAULT_CASES.length} cases, each against a fresh raw-TCP server on 127.0.0.1 (Node ${process.versions.node})\n`,
);
console.log("## Per case: outcome · requests the server saw · time\n");
console.log(`| case | expected | ${CONTENDERS.map(([, label]) => label).join(" | ")} |`);
console.log(`|---|---|${CONTENDERS.map(() => "---").join("|")}|`);
for (const c of FAULT_CASES) {
  const cells = CONTENDERS.map(([name]) => {
    const m = measured(name, c);
    if (!m) return "no result (process crashed)";
    const what =
      m.outcome === "unsettled" ? `no end in ${Math.round(m.elapsedMs / 1000)} s` : m.outcome;
    return `${meets(c, m) ? "✓" : "✗"} ${what} · ${m.requests} · ${m.elapsedMs} ms`;
  });
  console.log(
    `| ${c.id} | ${c.expect.outcome} · ${c.expect.requests} · ≤ ${c.boundMs} ms | ${cells.join(" | ")} |`,
  );
}

console.log("\n## Per class of fault: cases that met what intercom-kit must do\n");
console.log(`| class | cases | ${CONTENDERS.map(([, label]) => label).join(" | ")} |`);
console.log(`|---|---:|${CONTENDERS.map(() => "---").join("|")}|`);
const classes = [...new Set(FAULT_CASES.map((c) => c.fault))];
for (const fault of classes) {
  const cases = FAULT_CASES.filter((c) => c.fault === fault);
  const cells = CONTENDERS.map(([name]) => {
    const met = cases.filter((c) => meets(c, measured(name, c))).length;
    const outcomes = new Map<string, number>();
    for (const c of cases) {
      const outcome = measured(name, c)?.outcome ?? "crash";
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    const list = [...outcomes].map(([o, n]) => `${o} ×${n}`).join(", ");
    return `${met}/${cases.length} (${list})`;
  });
  console.log(`| ${fault} | ${cases.length} | ${cells.join(" | ")} |`);
}

console.log("\n## Per process\n");
console.log(
  "| contender | unhandled rejections | exits after its last call (unsettled calls aborted) | gzip bombs (512 MiB inflated) |",
);
console.log("|---|---:|---|---|");
for (const [name, label] of CONTENDERS) {
  const run = runs.get(name);
  if (!run) continue;
  const exit =
    run.others.exitAfterMs === undefined
      ? `held open > ${EXIT_GRACE_MS / 1000} s, ended`
      : `${run.others.exitAfterMs} ms`;
  const bombs =
    run.bombs.crash ?? `peak RSS +${run.bombs.summary?.peakRssGrowthMiB ?? "?"} MiB, no crash`;
  const unhandled = (run.others.summary?.unhandled ?? 0) + (run.bombs.summary?.unhandled ?? 0);
  console.log(`| ${label} | ${unhandled} | ${exit} | ${bombs} |`);
}
