import { createClient } from "@intercom-kit/core";
import { rateLimit } from "@intercom-kit/rate-limit";
import { retry } from "@intercom-kit/retry";
import { afterEach, describe, expect, it } from "vitest";
import {
  type BudgetServer,
  startBudgetServer,
} from "../../rate-limit/test/support/budget-server.js";
import { type OutageEvent, type OutagePolicy, RedisStore } from "../src/index.js";
import { type CallRecord, callLoop, timedStore } from "./support/call-loop.js";
import { hashFields } from "./support/parity.js";
import { recordFigures } from "./support/record-figures.js";
import { type ConnectedClient, connectRedis, SINGLE_KINDS } from "./support/redis-clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";

// Redis stops in the middle of a run and comes back two seconds later, empty,
// on the same port. Two clients (ioredis and node-redis, as two processes
// would be) share one budget of 40 per 1-second window.
const WINDOW_MS = 1000;
const BUDGET = 40;
const COMMAND_TIMEOUT_MS = 500;
const RETRY_INTERVAL_MS = 250;
const OUTAGE_MS = 2000;
/**
 * After Redis is back, how soon the stores use it again: the clients'
 * reconnect backoff (ioredis and node-redis wait up to 2 s between tries),
 * then the store's next try. The rest is room for a loaded CI machine.
 */
const BACK_BOUND_MS = 2000 + RETRY_INTERVAL_MS + COMMAND_TIMEOUT_MS + 2500;

let redis: RedisServer | undefined;
let server: BudgetServer | undefined;
let clients: ConnectedClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  await server?.close();
  await redis?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each<OutagePolicy>(["local", "fail"])(
  "Redis stops mid-run, outage policy %s",
  (policy) => {
    it("reports the outage, keeps to the policy meanwhile, and goes back to the shared bucket", async () => {
      redis = await startRedisServer();
      server = await startBudgetServer({ windowMs: WINDOW_MS, budget: BUDGET });
      const token = `tok-outage-${policy}-${Date.now()}`;
      const events: { kind: string; at: number; event: OutageEvent }[] = [];
      const stores = [];
      const records: CallRecord[] = [];
      let running = true;
      const loops: Promise<void>[] = [];
      for (const kind of SINGLE_KINDS) {
        const connected = await connectRedis(kind, redis.url);
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
          .use(rateLimit({ store, windowMs: WINDOW_MS }));
        loops.push(callLoop(client, 4, () => running, records));
      }

      await sleep(1500);
      const stoppedAt = Date.now();
      await redis.stop();
      await sleep(OUTAGE_MS);
      const limitedBefore = server.stats.limited;
      const totalBefore = server.stats.total;
      const restartedAt = Date.now();
      await redis.start();
      const upAt = (kind: string) =>
        events.find((e) => e.kind === kind && e.event.state === "up" && e.at >= restartedAt)?.at;
      const deadline = restartedAt + BACK_BOUND_MS + 5000;
      while (Date.now() < deadline && SINGLE_KINDS.some((kind) => upAt(kind) === undefined)) {
        await sleep(50);
      }
      const lastUp = Math.max(
        ...SINGLE_KINDS.map((kind) => upAt(kind) ?? Number.POSITIVE_INFINITY),
      );
      // A second and a half on the shared bucket again.
      await sleep(1500);
      running = false;
      await Promise.all(loops);

      const during = records.filter((r) => r.start >= stoppedAt && r.start < restartedAt);
      const failed = records.filter((r) => r.error !== undefined);
      const succeeded = records.length - failed.length;
      const figures = {
        policy,
        outageMs: OUTAGE_MS,
        commandTimeoutMs: COMMAND_TIMEOUT_MS,
        retryIntervalMs: RETRY_INTERVAL_MS,
        backAfterRestartMs: Object.fromEntries(
          SINGLE_KINDS.map((kind) => [kind, (upAt(kind) ?? Number.NaN) - restartedAt]),
        ),
        callsDuringOutage: during.length,
        callsDuringOutageFailed: during.filter((r) => r.error !== undefined).length,
        calls: records.length,
        failed: failed.length,
        failedWith: [...new Set(failed.map((r) => r.error))],
        longestStoreCallMs: Math.max(...stores.map((s) => s.longestMs)),
        requests: server.stats.total,
        limited: server.stats.limited,
        limitedShare: server.stats.limited / Math.max(1, server.stats.total),
        requestsByTheEndOfTheOutage: totalBefore,
        limitedByTheEndOfTheOutage: limitedBefore,
      };
      await recordFigures(`outage-${policy}`, figures);

      for (const kind of SINGLE_KINDS) {
        const states = events.filter((e) => e.kind === kind);
        expect(states.map((e) => e.event.state)).toEqual(["down", "up"]);
        expect(states[0]?.at).toBeGreaterThanOrEqual(stoppedAt);
        expect((upAt(kind) ?? Number.POSITIVE_INFINITY) - restartedAt).toBeLessThanOrEqual(
          BACK_BOUND_MS,
        );
      }
      // No call waited on the dead Redis for longer than the timeout (and a busy machine's slack).
      expect(figures.longestStoreCallMs).toBeLessThanOrEqual(COMMAND_TIMEOUT_MS + 1000);
      expect(during.length).toBeGreaterThan(0);
      // Calls went on after Redis came back, on the shared bucket again: the new
      // (empty) Redis holds it, with the budget learned anew.
      expect(
        records.filter((r) => r.start > lastUp && r.error === undefined).length,
      ).toBeGreaterThan(0);
      const [connected] = clients;
      const keys = (await connected?.command(["KEYS", "intercom-kit:rate-limit:*"])) as string[];
      expect(keys).toHaveLength(1);
      const bucket = hashFields(await connected?.command(["HGETALL", keys[0] ?? ""]));
      expect(bucket.limit).toBe(BUDGET);
      expect(bucket.resetAt).toBeGreaterThan(lastUp);

      if (policy === "local") {
        // Every call went on, its slot taken in its own process's memory meanwhile.
        expect(failed).toEqual([]);
        // The local buckets still pace: each process overshoots only by what it
        // sends before Intercom's remaining count reaches it (unpaced, most
        // requests would meet a 429).
        expect(figures.limitedShare).toBeLessThanOrEqual(0.15);
      } else {
        // Calls that could not take a slot failed with the typed error, only
        // while Redis was away, and never reached Intercom.
        expect(figures.failedWith).toEqual(["StoreUnavailableError"]);
        for (const r of failed) {
          expect(r.end).toBeGreaterThanOrEqual(stoppedAt);
          expect(r.start).toBeLessThanOrEqual(lastUp);
        }
        expect(figures.callsDuringOutageFailed).toBeGreaterThan(0);
        expect(server.stats.ok).toBe(succeeded);
      }
    }, 60_000);
  },
);
