import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ACQUIRE_SCRIPT, OBSERVE_SCRIPT, RedisStore } from "../src/index.js";
import { scriptSha } from "../src/script-sha.js";
import { answerKinds, hashFields, PARITY_SETTINGS, runBoth, T } from "./support/parity.js";
import { type ConnectedClient, connectRedis, SINGLE_KINDS } from "./support/redis-clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis?.stop());

const settings = PARITY_SETTINGS;

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
    const key = `bucket-${kind}`;
    const run = await runBoth(store, key, kind === "ioredis" ? 7 : 11, 400);
    expect(run.fromStore).toEqual(run.fromMemory);
    // The sequence went through every kind of answer, so the comparison means something.
    expect(answerKinds(run.fromMemory)).toEqual(new Set(["granted", "window", "blocked", "probe"]));
    const fields = hashFields(await connected.command(["HGETALL", key]));
    expect(fields).toEqual(run.memory.peek(key));
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
