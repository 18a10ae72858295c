import {
  type AcquireResult,
  type BucketSettings,
  MemoryStore,
  type Observation,
} from "@intercom-kit/rate-limit";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ACQUIRE_SCRIPT, OBSERVE_SCRIPT, RedisStore } from "../src/index.js";
import { scriptSha } from "../src/script-sha.js";
import { type ConnectedClient, connectRedis, SINGLE_KINDS } from "./support/redis-clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis?.stop());

const settings: BucketSettings = {
  windowMs: 10_000,
  probeMs: 5_000,
  probePollMs: 25,
  edgeMs: 2_000,
};
const T = 1_800_000_000_000;

/** A small seeded generator, so a failing sequence can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomObservation(random: () => number, now: number): Observation {
  const status = [200, 200, 200, 200, 429, 0, 500][Math.floor(random() * 7)] ?? 200;
  const window = Math.floor(now / 10_000) + (random() < 0.2 ? -1 : random() < 0.2 ? 1 : 0);
  const headers = random() < 0.9;
  return {
    status,
    limit: headers ? 5 : undefined,
    remaining: headers ? Math.floor(random() * 6) : undefined,
    resetAt: headers ? (window + 1) * 10_000 : undefined,
    retryAfterMs: status === 429 && random() < 0.3 ? Math.floor(random() * 3000) : undefined,
  };
}

describe.each(SINGLE_KINDS)("RedisStore with %s", (kind) => {
  let connected: ConnectedClient;
  let store: RedisStore;
  beforeAll(async () => {
    connected = await connectRedis(kind, redis.url);
    store = new RedisStore(connected.client);
  });
  afterAll(() => connected?.close());
  afterEach(() => connected.command(["FLUSHALL"]));

  it("runs the same steps as the memory store, in Lua", async () => {
    const memory = new MemoryStore();
    const random = seeded(kind === "ioredis" ? 7 : 11);
    const key = `bucket-${kind}`;
    let now = T;
    const fromMemory: AcquireResult[] = [];
    const fromRedis: AcquireResult[] = [];
    for (let step = 0; step < 400; step += 1) {
      now += Math.floor(random() * 900);
      // The first two steps ask twice before anything is known: a probe, then a wait for it.
      if (step < 2 || random() < 0.6) {
        fromMemory.push(await memory.acquire(key, now, settings));
        fromRedis.push(await store.acquire(key, now, settings));
      } else {
        const seen = randomObservation(random, now);
        await memory.observe(key, now, seen, settings);
        await store.observe(key, now, seen, settings);
      }
    }
    expect(fromRedis).toEqual(fromMemory);
    // The sequence went through every kind of answer, so the comparison means something.
    const reasons = new Set(fromMemory.map((r) => (r.granted ? "granted" : r.reason)));
    expect(reasons).toEqual(new Set(["granted", "window", "blocked", "probe"]));
    const hash = (await connected.command(["HGETALL", key])) as unknown;
    const fields = Array.isArray(hash)
      ? Object.fromEntries(
          hash.flatMap((v, i, all) => (i % 2 === 0 ? [[String(v), String(all[i + 1])]] : [])),
        )
      : (hash as Record<string, string>);
    const expected = memory.peek(key);
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Number(v)]))).toEqual(
      expected,
    );
  });

  it("gives every bucket a TTL past the last time that matters", async () => {
    await store.acquire("ttl", T, settings);
    await store.observe(
      "ttl",
      T,
      { status: 429, limit: 5, remaining: 0, resetAt: T + 10_000, retryAfterMs: undefined },
      settings,
    );
    const ttl = Number(await connected.command(["PTTL", "ttl"]));
    expect(ttl).toBeGreaterThan(10_000);
    expect(ttl).toBeLessThanOrEqual(10_000 + 6 * settings.windowMs);
  });

  it("forgets a bucket when its TTL runs out", async () => {
    const short = { ...settings, windowMs: 20, probeMs: 20 };
    await store.acquire("short-lived", Date.now(), short);
    expect(Number(await connected.command(["EXISTS", "short-lived"]))).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(Number(await connected.command(["EXISTS", "short-lived"]))).toBe(0);
  });

  it("frees a bucket whose probe never reported back (a crashed worker)", async () => {
    expect(await store.acquire("crash", T, settings)).toEqual({ granted: true });
    expect(await store.acquire("crash", T + 10, settings)).toMatchObject({ reason: "probe" });
    // Nobody observes: the worker died. Its lease ends by itself.
    expect(await store.acquire("crash", T + settings.probeMs, settings)).toEqual({
      granted: true,
    });
  });

  it("runs its scripts again after Redis forgot them", async () => {
    await store.acquire("flush", T, settings);
    await connected.command(["SCRIPT", "FLUSH"]);
    await expect(store.acquire("flush", T + settings.probeMs, settings)).resolves.toEqual({
      granted: true,
    });
  });

  it("files its scripts under the SHA-1 Redis gives them, so it never sends SCRIPT LOAD", async () => {
    for (const script of [ACQUIRE_SCRIPT, OBSERVE_SCRIPT]) {
      expect(await connected.command(["SCRIPT", "LOAD", script])).toBe(await scriptSha(script));
    }
    await connected.command(["SCRIPT", "FLUSH"]);
    const sent: string[] = [];
    const recording = new RedisStore({
      call: (command: string, ...args: string[]) => {
        sent.push(command);
        return connected.command([command, ...args]);
      },
    });
    // The key's node lacks the script: EVALSHA, then EVAL, which caches it there.
    expect(await recording.acquire("node", T, settings)).toEqual({ granted: true });
    expect(sent).toEqual(["EVALSHA", "EVAL"]);
    sent.length = 0;
    expect(await recording.acquire("node", T + 10, settings)).toMatchObject({ reason: "probe" });
    expect(sent).toEqual(["EVALSHA"]);
  });
});
