import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type BudgetServer,
  fullWindowCounts,
  startBudgetServer,
} from "../../rate-limit/test/support/budget-server.js";
import { recordFigures } from "./support/record-figures.js";
import { CLUSTER_KINDS, type ClientKind, SINGLE_KINDS } from "./support/redis-clients.js";
import { type RedisCluster, startRedisCluster } from "./support/redis-cluster.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";
import { startWorker, type WorkerProcess } from "./support/worker-process.js";

// Four processes, one app, one budget on one Redis: one redis-server, then a
// Redis Cluster. Intercom's 10-second windows are scaled down to 1-second
// windows with a budget of 40, so a run spans a handful of windows in a few
// seconds.
const WINDOW_MS = 1000;
const BUDGET = 40;

let redis: RedisServer;
let clusterSeeds = "";
let server: BudgetServer | undefined;
let workers: WorkerProcess[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis?.stop());
afterEach(async () => {
  for (const worker of workers) worker.kill();
  await Promise.all(workers.map((w) => w.done));
  workers = [];
  await server?.close();
});

function workerEnv(runMs: number, redisClient: ClientKind, probeMs = WINDOW_MS) {
  return {
    BASE_URL: server?.url ?? "",
    // A URL, or a cluster's seed nodes.
    REDIS_URL: redisClient.endsWith("-cluster") ? clusterSeeds : redis.url,
    REDIS_CLIENT: redisClient,
    TOKEN: `tok-multi-${Math.random().toString(36).slice(2)}`,
    RUN_MS: String(runMs),
    PARALLEL: "4",
    WINDOW_MS: String(WINDOW_MS),
    PROBE_MS: String(probeMs),
  };
}

/** Starts `count` workers with the same app token, alternating ioredis and node-redis. */
function startWorkers(count: number, runMs: number, token?: string, kinds = SINGLE_KINDS) {
  const started: WorkerProcess[] = [];
  for (let i = 0; i < count; i += 1) {
    const env = workerEnv(runMs, kinds[i % kinds.length] ?? "ioredis");
    const worker = startWorker(`w${i}`, { ...env, ...(token ? { TOKEN: token } : {}) });
    started.push(worker);
    workers.push(worker);
  }
  return started;
}

/** Keeps the figures of a run in test-artifacts/, for the record; nothing reads them back. */
function record(name: string, stats: BudgetServer["stats"], since = 0) {
  const counts = steadyWindowCounts(stats, since);
  return recordFigures(name, {
    total: stats.total,
    ok: stats.ok,
    limited: stats.limited,
    limitedShare: stats.total === 0 ? 0 : stats.limited / stats.total,
    budgetPerWindow: BUDGET,
    okPerFullWindow: counts,
    budgetUsed: average(counts) / BUDGET,
  });
}

/**
 * The steady state: whole windows from the second one after every worker was
 * sending (`since`, ms). A cluster client takes longer to connect than a
 * single one, four processes on a busy machine do not all start in the same
 * window, and a fresh process's first window of calls runs cold (JIT,
 * connections); a run with `since` 0 counts every whole window.
 */
function steadyWindowCounts(stats: BudgetServer["stats"], since: number): number[] {
  const from = since === 0 ? Number.NEGATIVE_INFINITY : Math.floor(since / WINDOW_MS) + 1;
  const windows = fullWindowCounts(stats);
  const first = Math.min(...stats.okPerWindow.keys()) + 1;
  return windows.filter((_, i) => first + i > from);
}

function average(counts: readonly number[]): number {
  return counts.length === 0 ? 0 : counts.reduce((a, b) => a + b, 0) / counts.length;
}

function expectFullWindows(counts: readonly number[]) {
  expect(counts.length).toBeGreaterThanOrEqual(3);
  expect(average(counts)).toBeGreaterThanOrEqual(0.9 * BUDGET);
  for (const count of counts) expect(count).toBeLessThanOrEqual(BUDGET);
}

/** The budget test: four workers, one token, 6 s. */
async function shareOneBudget(name: string, kinds: readonly ClientKind[]) {
  server = await startBudgetServer({ windowMs: WINDOW_MS, budget: BUDGET });
  const token = `tok-shared-${name}-${Date.now()}`;
  const started = startWorkers(4, 6000, token, kinds);
  // A worker that dies before its first success ends this wait too (and fails below).
  const allSending = Promise.all(started.map((w) => Promise.race([w.started, w.done]))).then(() =>
    Date.now(),
  );
  const runs = await Promise.all(started.map((w) => w.done));
  for (const run of runs) {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.result).toMatchObject({ failed: 0 });
  }
  const { stats } = server;
  const since = await allSending;
  await record(name, stats, since);
  expect(stats.ok).toBe(runs.reduce((sum, r) => sum + (r.result?.succeeded ?? 0), 0));
  expect(stats.limited).toBeLessThanOrEqual(0.02 * stats.total);
  expectFullWindows(steadyWindowCounts(stats, since));
}

describe("4 processes sharing a store on a Redis Cluster (3 primaries, 3 replicas)", () => {
  let cluster: RedisCluster | undefined;
  beforeAll(async () => {
    cluster = await startRedisCluster();
    clusterSeeds = cluster.nodes.map((n) => `${n.host}:${n.port}`).join(",");
  }, 60_000);
  afterAll(() => cluster?.stop());

  it("stay within the budget: ≤2% see a 429, none surfaces, ≥90% of the budget is used", async () => {
    await shareOneBudget("four-processes-cluster", CLUSTER_KINDS);
  }, 30_000);
});

describe("4 processes sharing one Redis store", () => {
  it("stay within the budget: ≤2% see a 429, none surfaces, ≥90% of the budget is used", async () => {
    await shareOneBudget("four-processes", SINGLE_KINDS);
  }, 30_000);

  it("keep going when one of them is killed mid-run", async () => {
    server = await startBudgetServer({ windowMs: WINDOW_MS, budget: BUDGET });
    const token = `tok-killed-${Date.now()}`;
    const [victim, ...survivors] = startWorkers(4, 5000, token);
    await victim?.started;
    // Let it get well into the run, holding slots and mid-request, then crash it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    victim?.kill();
    const killed = await victim?.done;
    expect(killed?.code).toBeNull(); // it really died, without a result
    const runs = await Promise.all(survivors.map((w) => w.done));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.result).toMatchObject({ failed: 0 });
    }
    await record("one-killed", server.stats);
    expect(server.stats.limited).toBeLessThanOrEqual(0.02 * server.stats.total);
    expectFullWindows(fullWindowCounts(server.stats));
  }, 30_000);

  it("are not blocked by a worker that crashed while it held the probe", async () => {
    server = await startBudgetServer({
      windowMs: WINDOW_MS,
      budget: BUDGET,
      // The first worker's request hangs, so it holds the probe when it dies.
      hold: (request) => request.headers["x-worker"] === "w0",
    });
    const token = `tok-probe-${Date.now()}`;
    const [holder] = startWorkers(1, 60_000, token);
    while (server.stats.held === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    holder?.kill();
    await holder?.done;
    const others = ["w1", "w2", "w3"].map((name, i) => {
      const env = workerEnv(2000, i % 2 === 0 ? "ioredis" : "node-redis");
      const worker = startWorker(name, { ...env, TOKEN: token });
      workers.push(worker);
      return worker;
    });
    const runs = await Promise.all(others.map((w) => w.done));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.result?.failed).toBe(0);
      expect(run.result?.succeeded).toBeGreaterThan(0);
    }
  }, 30_000);
});
