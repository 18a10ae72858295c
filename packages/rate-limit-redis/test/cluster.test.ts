import { createClient } from "@intercom-kit/core";
import { rateLimit } from "@intercom-kit/rate-limit";
import { retry } from "@intercom-kit/retry";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type BudgetServer,
  startBudgetServer,
} from "../../rate-limit/test/support/budget-server.js";
import {
  ACQUIRE_SCRIPT,
  OBSERVE_SCRIPT,
  type OutageEvent,
  type OutagePolicy,
  RedisStore,
} from "../src/index.js";
import { scriptSha } from "../src/script-sha.js";
import { type CallRecord, callLoop, timedStore } from "./support/call-loop.js";
import { answerKinds, hashFields, runBoth } from "./support/parity.js";
import { recordFigures } from "./support/record-figures.js";
import { CLUSTER_KINDS, type ConnectedClient, connectRedis } from "./support/redis-clients.js";
import {
  CLUSTER_NODE_TIMEOUT_MS,
  type RedisCluster,
  startRedisCluster,
} from "./support/redis-cluster.js";

// A real Redis Cluster on loopback: three primaries, three replicas.
let cluster: RedisCluster;
let seeds: string;
beforeAll(async () => {
  cluster = await startRedisCluster();
  seeds = cluster.nodes.map((n) => `${n.host}:${n.port}`).join(",");
}, 60_000);
afterAll(() => cluster?.stop());

/** A hash tag per primary: `{tag}` puts a key on that primary's slots. */
async function tagsOnEveryPrimary(): Promise<string[]> {
  const primaries = await cluster.primaries();
  const tags = new Map<number, string>();
  for (let i = 0; tags.size < primaries.length && i < 200; i += 1) {
    const tag = `shard-${i}`;
    const port = await cluster.primaryFor(`{${tag}}`);
    if (!tags.has(port)) tags.set(port, tag);
  }
  return [...tags.values()];
}

describe.each(CLUSTER_KINDS)("RedisStore on a Redis Cluster, with %s", (kind) => {
  let connected: ConnectedClient;
  beforeAll(async () => {
    connected = await connectRedis(kind, seeds);
  });
  afterAll(() => connected?.close());

  it("runs the same steps as the memory store on every primary, and caches its scripts there", async () => {
    const store = new RedisStore(connected.client);
    const tags = await tagsOnEveryPrimary();
    expect(tags).toHaveLength(3);
    for (const [i, tag] of tags.entries()) {
      const key = `{${tag}}:parity-${kind}`;
      const run = await runBoth(store, key, 100 + i, 150);
      expect(run.fromStore).toEqual(run.fromMemory);
      expect(answerKinds(run.fromMemory).size).toBeGreaterThanOrEqual(3);
      expect(hashFields(await connected.command(["HGETALL", key]))).toEqual(run.memory.peek(key));
    }
    // No SCRIPT LOAD: each primary got the scripts from its first EVAL.
    const shas = await Promise.all([ACQUIRE_SCRIPT, OBSERVE_SCRIPT].map(scriptSha));
    for (const port of await cluster.primaries()) {
      expect(await cluster.command(port, "SCRIPT", "EXISTS", ...shas)).toBe("1\n1\n");
    }
  });
});

// Intercom's 10-second windows, scaled down to 1 s with a budget of 40.
const WINDOW_MS = 1000;
const BUDGET = 40;
const COMMAND_TIMEOUT_MS = 500;
const RETRY_INTERVAL_MS = 250;
/**
 * How soon the limiter is back on the shared bucket after the primary dies,
 * as the README gives it: the cluster marks the node failed after
 * cluster-node-timeout, a replica wins the election within about 3 s more,
 * and each store sees it on its next try (retryIntervalMs), which may first
 * wait out one commandTimeoutMs on the dead node and, with node-redis, one
 * more while the client finds the new slot map.
 */
const DOCUMENTED_BOUND_MS =
  CLUSTER_NODE_TIMEOUT_MS + 3000 + RETRY_INTERVAL_MS + 2 * COMMAND_TIMEOUT_MS;
/** What the test allows: the bound, plus room for a loaded CI machine. */
const RESUME_BOUND_MS = DOCUMENTED_BOUND_MS + 3000;

let server: BudgetServer | undefined;
let clients: ConnectedClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  await server?.close();
});

/**
 * A hash tag whose primary has a replica in sync. Each failover test kills a
 * primary and leaves its shard without a replica, so the next test picks
 * another shard.
 */
async function tagOnAPrimaryWithAReplica(prefix: string): Promise<string> {
  for (let i = 0; i < 100; i += 1) {
    const tag = `${prefix}-${i}`;
    if (await cluster.syncedReplicaOf(await cluster.primaryFor(`{${tag}}`))) return tag;
  }
  throw new Error("no primary has a replica in sync");
}

describe.each<OutagePolicy>(["local", "fail"])("failover, outage policy %s", (policy) => {
  it("the primary of a busy bucket dies: the limiter resumes on the promoted replica within the bound", async () => {
    server = await startBudgetServer({ windowMs: WINDOW_MS, budget: BUDGET });
    const tag = await tagOnAPrimaryWithAReplica(`failover-${policy}`);
    // Every bucket key with this prefix lives in the slot of `{tag}`.
    const keyPrefix = `intercom-kit:rate-limit:{${tag}}:`;
    const victim = await cluster.primaryFor(`{${tag}}`);
    const token = `tok-failover-${policy}-${Date.now()}`;
    const events: { kind: string; at: number; event: OutageEvent }[] = [];
    const stores = [];
    const records: CallRecord[] = [];
    let running = true;
    const loops: Promise<void>[] = [];
    // One store per client library, as two processes would have, sharing one budget.
    for (const kind of CLUSTER_KINDS) {
      const connected = await connectRedis(kind, seeds);
      clients.push(connected);
      const store = timedStore(
        new RedisStore(connected.client, {
          outage: policy,
          commandTimeoutMs: COMMAND_TIMEOUT_MS,
          retryIntervalMs: RETRY_INTERVAL_MS,
          onOutage: (event) => events.push({ kind, at: Date.now(), event }),
        }),
      );
      stores.push(store);
      const client = createClient({ token, baseUrl: server.url })
        .use(retry())
        .use(rateLimit({ store, windowMs: WINDOW_MS, keyPrefix }));
      loops.push(callLoop(client, 4, () => running, records));
    }

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const killedAt = Date.now();
    await cluster.kill(victim);
    // Until both stores are back on Redis (bounded), then one more second on the shared bucket.
    const upAt = (kind: string) =>
      events.find((e) => e.kind === kind && e.event.state === "up" && e.at > killedAt)?.at;
    const deadline = killedAt + RESUME_BOUND_MS + 5000;
    while (Date.now() < deadline && CLUSTER_KINDS.some((kind) => upAt(kind) === undefined)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    running = false;
    await Promise.all(loops);

    const resumeMs = Object.fromEntries(
      CLUSTER_KINDS.map((kind) => [kind, (upAt(kind) ?? Number.NaN) - killedAt]),
    );
    const lastUp = Math.max(...CLUSTER_KINDS.map((kind) => upAt(kind) ?? Number.POSITIVE_INFINITY));
    const meanwhile = records.filter((r) => r.start >= killedAt && r.start <= lastUp);
    const failed = records.filter((r) => r.error !== undefined);
    const longestStoreCallMs = Math.max(...stores.map((s) => s.longestMs));
    const newPrimary = await cluster.primaryFor(`{${tag}}`);
    const figures = {
      policy,
      clusterNodeTimeoutMs: CLUSTER_NODE_TIMEOUT_MS,
      commandTimeoutMs: COMMAND_TIMEOUT_MS,
      retryIntervalMs: RETRY_INTERVAL_MS,
      documentedBoundMs: DOCUMENTED_BOUND_MS,
      resumeMs,
      callsMeanwhile: meanwhile.length,
      callsMeanwhileFailed: meanwhile.filter((r) => r.error !== undefined).length,
      calls: records.length,
      failed: failed.length,
      failedWith: [...new Set(failed.map((r) => r.error))],
      longestStoreCallMs,
      requests: server.stats.total,
      limited: server.stats.limited,
      limitedShare: server.stats.limited / Math.max(1, server.stats.total),
    };
    await recordFigures(`failover-${policy}`, figures);

    expect(newPrimary).not.toBe(victim);
    for (const kind of CLUSTER_KINDS) {
      // While the cluster settles on its new primary the store may see it go
      // down once more; it must end up, and the states must alternate.
      const states = events.filter((e) => e.kind === kind).map((e) => e.event.state);
      expect(states.length % 2).toBe(0);
      expect(states.length).toBeGreaterThanOrEqual(2);
      states.forEach((state, i) => {
        expect(state).toBe(i % 2 === 0 ? "down" : "up");
      });
      expect(resumeMs[kind]).toBeLessThanOrEqual(RESUME_BOUND_MS);
    }
    // No call hangs: every store call ended within its timeout, give or take a busy machine.
    expect(longestStoreCallMs).toBeLessThanOrEqual(COMMAND_TIMEOUT_MS + 1000);
    expect(meanwhile.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.start > lastUp && r.error === undefined).length).toBeGreaterThan(
      0,
    );
    if (policy === "local") {
      expect(failed).toEqual([]);
      // The local buckets still pace: each process overshoots only by what it
      // sends before Intercom's remaining count reaches it (unpaced, most
      // requests would meet a 429).
      expect(figures.limitedShare).toBeLessThanOrEqual(0.15);
    } else {
      // Calls that could not take a slot failed with the typed error, and only then.
      expect(figures.failedWith).toEqual(["StoreUnavailableError"]);
      for (const r of failed) {
        expect(r.end).toBeGreaterThanOrEqual(killedAt);
        expect(r.start).toBeLessThanOrEqual(lastUp);
      }
    }
    // After the failover the shared bucket is the promoted replica's: it has
    // the learned budget, and calls made after the resume wrote to it.
    const bucketKeys = (await cluster.command(newPrimary, "--scan", "--pattern", `*{${tag}}*`))
      .trim()
      .split("\n")
      .filter(Boolean);
    expect(bucketKeys).toHaveLength(1);
    const reply = await cluster.command(newPrimary, "HGETALL", bucketKeys[0] ?? "");
    const bucket = hashFields(reply.trim().split("\n"));
    expect(bucket.limit).toBe(BUDGET);
    expect(bucket.resetAt).toBeGreaterThan(lastUp);
  }, 60_000);
});
