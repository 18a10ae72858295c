import { ConfigurationError } from "@intercom-kit/core";
import type { BucketSettings } from "@intercom-kit/rate-limit";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OutageEvent, RedisStore, StoreUnavailableError } from "../src/index.js";
import { type ConnectedClient, connectRedis } from "./support/redis-clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";

// The policy's rules, with a client wrapper that can stop answering or refuse
// on demand; outage.test.ts stops a real redis-server mid-run.

const settings: BucketSettings = { windowMs: 1000, probeMs: 1000, probePollMs: 25, edgeMs: 50 };
const TIMEOUT_MS = 100;
const RETRY_MS = 50;

let redis: RedisServer;
let real: ConnectedClient;
beforeAll(async () => {
  redis = await startRedisServer();
  real = await connectRedis("ioredis", redis.url);
});
afterAll(async () => {
  await real?.close();
  await redis?.stop();
});

type Mode = "answer" | "hang" | "refuse";

/** A client that answers through the real Redis, never answers, or refuses, as `mode` says. */
function switchable() {
  const state = { mode: "answer" as Mode, sent: [] as string[] };
  const client = {
    call: (command: string, ...args: string[]): Promise<unknown> => {
      state.sent.push(command);
      if (state.mode === "hang") return new Promise(() => undefined);
      if (state.mode === "refuse") return Promise.reject(new Error("connect ECONNREFUSED"));
      return real.command([command, ...args]);
    },
  };
  return { state, client };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const freshKey = () => `outage-policy-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe("outage policy fail", () => {
  it("rejects with StoreUnavailableError once Redis has not answered within the timeout", async () => {
    const { state, client } = switchable();
    const events: OutageEvent[] = [];
    const store = new RedisStore(client, {
      outage: "fail",
      commandTimeoutMs: TIMEOUT_MS,
      onOutage: (e) => events.push(e),
    });
    state.mode = "hang";
    const started = Date.now();
    const error = await rejectionOf(
      store.acquire(freshKey(), Date.now(), settings),
      StoreUnavailableError,
    );
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(waited).toBeLessThan(TIMEOUT_MS + 1000);
    expect(error.message).toBe(
      `rate-limit store unavailable: Redis did not answer within ${TIMEOUT_MS} ms`,
    );
    expect(events).toMatchObject([{ state: "down", policy: "fail" }]);
  });

  it("names what the client said when Redis refuses, and tries Redis again on every call", async () => {
    const { state, client } = switchable();
    const events: OutageEvent[] = [];
    const store = new RedisStore(client, { outage: "fail", onOutage: (e) => events.push(e) });
    const key = freshKey();
    state.mode = "refuse";
    const error = await rejectionOf(
      store.acquire(key, Date.now(), settings),
      StoreUnavailableError,
    );
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.cause).toBeInstanceOf(Error);
    await rejectionOf(store.acquire(key, Date.now(), settings), StoreUnavailableError);
    state.mode = "answer";
    await expect(store.acquire(key, Date.now(), settings)).resolves.toEqual({ granted: true });
    expect(events.map((e) => e.state)).toEqual(["down", "up"]);
  });

  it("never fails a call whose response has arrived: a failed observe is only reported", async () => {
    const { state, client } = switchable();
    const events: OutageEvent[] = [];
    const store = new RedisStore(client, {
      outage: "fail",
      commandTimeoutMs: TIMEOUT_MS,
      onOutage: (e) => events.push(e),
    });
    const key = freshKey();
    await store.acquire(key, Date.now(), settings);
    state.mode = "hang";
    const seen = { status: 200, limit: 5, remaining: 4, resetAt: Date.now() + 1000 };
    await expect(
      store.observe(key, Date.now(), { ...seen, retryAfterMs: undefined }, settings),
    ).resolves.toBeUndefined();
    expect(events).toMatchObject([{ state: "down" }]);
  });
});

describe("outage policy local (the default)", () => {
  it("takes slots from an in-memory bucket while Redis is down, and goes back once it answers", async () => {
    const { state, client } = switchable();
    const events: OutageEvent[] = [];
    const store = new RedisStore(client, {
      commandTimeoutMs: TIMEOUT_MS,
      retryIntervalMs: RETRY_MS,
      onOutage: (e) => events.push(e),
    });
    const key = freshKey();
    const seen = (remaining: number) => ({
      status: 200,
      limit: 3,
      remaining,
      resetAt: Date.now() + 60_000,
      retryAfterMs: undefined,
    });
    await store.acquire(key, Date.now(), settings);
    await store.observe(key, Date.now(), seen(2), settings);

    state.mode = "hang";
    // The first call waits out the timeout, then takes its slot locally: a new
    // bucket, so this is its probe.
    const started = Date.now();
    await expect(store.acquire(key, Date.now(), settings)).resolves.toEqual({ granted: true });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    expect(events).toMatchObject([{ state: "down", policy: "local" }]);
    // From now on calls do not wait for Redis at all.
    state.sent.length = 0;
    const quick = Date.now();
    await store.observe(key, Date.now(), seen(1), settings);
    await expect(store.acquire(key, Date.now(), settings)).resolves.toEqual({ granted: true });
    await expect(store.acquire(key, Date.now(), settings)).resolves.toMatchObject({
      granted: false,
      reason: "window",
    });
    expect(Date.now() - quick).toBeLessThan(TIMEOUT_MS);
    expect(state.sent.filter((c) => c !== "PTTL")).toEqual([]);

    state.mode = "answer";
    // The next call after the retry interval sends one read; its answer ends the outage.
    for (let i = 0; i < 100 && events.length < 2; i += 1) {
      await store.acquire(key, Date.now(), settings);
      await sleep(RETRY_MS / 2);
    }
    expect(events.map((e) => e.state)).toEqual(["down", "up"]);
    const up = events[1];
    expect(up?.state === "up" && up.downMs).toBeGreaterThan(0);
    // The shared bucket again: the one Redis kept, with the 2 slots it had
    // left, where the local bucket has none.
    state.sent.length = 0;
    await expect(store.acquire(key, Date.now(), settings)).resolves.toEqual({ granted: true });
    expect(state.sent).toEqual(["EVALSHA"]);
    await expect(store.acquire(key, Date.now(), settings)).resolves.toEqual({ granted: true });
    await expect(store.acquire(key, Date.now(), settings)).resolves.toMatchObject({
      granted: false,
      reason: "window",
    });
  });

  it("tries Redis at most once per retry interval while it stays down", async () => {
    const { state, client } = switchable();
    const store = new RedisStore(client, {
      commandTimeoutMs: TIMEOUT_MS,
      retryIntervalMs: 200,
    });
    const key = freshKey();
    state.mode = "refuse";
    await store.acquire(key, Date.now(), settings);
    state.sent.length = 0;
    const until = Date.now() + 500;
    while (Date.now() < until) {
      await store.acquire(key, Date.now(), settings);
      await sleep(10);
    }
    // 500 ms at one try per 200 ms: 2 or 3 reads, never one per call.
    expect(state.sent.every((c) => c === "PTTL")).toBe(true);
    expect(state.sent.length).toBeGreaterThanOrEqual(1);
    expect(state.sent.length).toBeLessThanOrEqual(3);
  });
});

describe("options", () => {
  it.each([
    { commandTimeoutMs: 0 },
    { commandTimeoutMs: 1.5 },
    { retryIntervalMs: -1 },
    { outage: "ignore" as never },
  ])("rejects %o when the store is made", (options) => {
    expect(() => new RedisStore(real.client, options)).toThrow(ConfigurationError);
  });
});
