// Benchmark, not a test: the same rate-limited workload through intercom-kit
// (retry + rate-limit), through intercom-kit with retry only, and through the
// official `intercom-client` (which retries 429s but has no client-side
// limiter), each against a fresh loopback server enforcing Intercom's window
// budget with real 429s. Prints 429s seen, throughput and wall time, and the
// ratios from this one run.
//
//   pnpm --filter @intercom-kit/bench bench:rate-limit
//   (builds first: pnpm turbo run build --filter=@intercom-kit/bench...)
import { createClient, type Operation } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { rateLimit } from "@intercom-kit/rate-limit";
import { retry } from "@intercom-kit/retry";
import { IntercomClient } from "intercom-client";
import {
  type BudgetServer,
  startBudgetServer,
} from "../../packages/rate-limit/test/support/budget-server.ts";

const settings = {
  windowMs: Number(process.env.WINDOW_MS ?? 1000),
  budget: Number(process.env.BUDGET ?? 50),
  latencyMs: Number(process.env.LATENCY_MS ?? 10),
  calls: Number(process.env.CALLS ?? 400),
  parallel: Number(process.env.PARALLEL ?? 16),
};

const identifyAdmin: Operation = {
  id: "identifyAdmin",
  method: "GET",
  path: "/me",
  response: "json",
  retrySafe: true,
};

interface Row {
  readonly name: string;
  readonly requests: number;
  readonly limited: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly wallMs: number;
  readonly callsPerSecond: number;
}

/** `calls` calls from `parallel` loops; every outcome counted, nothing thrown. */
async function workload(call: () => Promise<unknown>) {
  let next = 0;
  let succeeded = 0;
  let failed = 0;
  const loop = async () => {
    while (next < settings.calls) {
      next += 1;
      try {
        await call();
        succeeded += 1;
      } catch {
        failed += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: settings.parallel }, loop));
  return { succeeded, failed, wallMs: performance.now() - started };
}

async function measure(name: string, run: (server: BudgetServer) => Promise<unknown>) {
  const server = await startBudgetServer(settings);
  try {
    // Start on a window boundary, so every contender meets the same windows.
    await new Promise((r) => setTimeout(r, settings.windowMs - (Date.now() % settings.windowMs)));
    const result = (await run(server)) as Awaited<ReturnType<typeof workload>>;
    return {
      name,
      requests: server.stats.total,
      limited: server.stats.limited,
      ...result,
      callsPerSecond: (result.succeeded / result.wallMs) * 1000,
    } satisfies Row;
  } finally {
    await server.close();
  }
}

const token = "bench-token";
const rows: Row[] = [];
rows.push(
  await measure("intercom-kit (retry + rate-limit)", (server) => {
    const client = createClient({ token, baseUrl: server.url })
      .use(retry())
      .use(rateLimit({ windowMs: settings.windowMs }));
    return workload(() => runOperation(client, identifyAdmin, {}));
  }),
);
rows.push(
  await measure("intercom-kit (retry only)", (server) => {
    const client = createClient({ token, baseUrl: server.url }).use(retry());
    return workload(() => runOperation(client, identifyAdmin, {}));
  }),
);
rows.push(
  await measure("intercom-client 7 (its own retries)", (server) => {
    const client = new IntercomClient({ token, baseUrl: server.url });
    return workload(() => client.admins.identify());
  }),
);

const budgetPerSecond = (settings.budget / settings.windowMs) * 1000;
console.log(
  `workload: ${settings.calls} calls from ${settings.parallel} loops; budget ${settings.budget} per ${settings.windowMs} ms window (${budgetPerSecond}/s), ${settings.latencyMs} ms server latency\n`,
);
console.table(
  rows.map((r) => ({
    client: r.name,
    "HTTP requests": r.requests,
    "429s seen": r.limited,
    "429 share": `${((r.limited / r.requests) * 100).toFixed(1)}%`,
    "calls ok": r.succeeded,
    "calls failed": r.failed,
    "wall ms": Math.round(r.wallMs),
    "ok calls/s": r.callsPerSecond.toFixed(1),
    "% of budget": `${((r.callsPerSecond / budgetPerSecond) * 100).toFixed(0)}%`,
  })),
);
const [kit, , official] = rows;
if (kit && official) {
  const ratio = (a: number, b: number) => (b === 0 ? "n/a (0)" : (a / b).toFixed(2));
  console.log("intercom-kit (retry + rate-limit) / intercom-client, same run:");
  console.log(`  429s seen:    ${ratio(kit.limited, official.limited)}`);
  console.log(`  throughput:   ${ratio(kit.callsPerSecond, official.callsPerSecond)}`);
  console.log(`  wall time:    ${ratio(kit.wallMs, official.wallMs)}`);
  console.log(`  calls failed: ${kit.failed} vs ${official.failed}`);
}
