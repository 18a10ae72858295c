import {
  type AcquireResult,
  type BucketSettings,
  MemoryStore,
  type Observation,
  type RateLimitStore,
} from "@intercom-kit/rate-limit";

export const PARITY_SETTINGS: BucketSettings = {
  windowMs: 10_000,
  probeMs: 5_000,
  probePollMs: 25,
  edgeMs: 2_000,
};
/** A fixed instant (a whole 10-second boundary), so sequences replay exactly. */
export const T = 1_800_000_000_000;

/** A small seeded generator, so a failing sequence can be replayed. */
export function seeded(seed: number): () => number {
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

/**
 * Runs one seeded sequence of acquires and observations on `store` and on a
 * MemoryStore, step by step, and returns both stores' answers.
 */
export async function runBoth(store: RateLimitStore, key: string, seed: number, steps: number) {
  const memory = new MemoryStore();
  const random = seeded(seed);
  let now = T;
  const fromMemory: AcquireResult[] = [];
  const fromStore: AcquireResult[] = [];
  for (let step = 0; step < steps; step += 1) {
    now += Math.floor(random() * 900);
    // The first two steps ask twice before anything is known: a probe, then a wait for it.
    if (step < 2 || random() < 0.6) {
      fromMemory.push(await memory.acquire(key, now, PARITY_SETTINGS));
      fromStore.push(await store.acquire(key, now, PARITY_SETTINGS));
    } else {
      const seen = randomObservation(random, now);
      await memory.observe(key, now, seen, PARITY_SETTINGS);
      await store.observe(key, now, seen, PARITY_SETTINGS);
    }
  }
  return { fromMemory, fromStore, memory };
}

/** Which kinds of answer a sequence went through, so a comparison means something. */
export function answerKinds(results: readonly AcquireResult[]): Set<string> {
  return new Set(results.map((r) => (r.granted ? "granted" : r.reason)));
}

/** HGETALL as numbers, whichever reply shape the client gave. */
export function hashFields(reply: unknown): Record<string, number> {
  const fields = Array.isArray(reply)
    ? Object.fromEntries(
        reply.flatMap((v, i, all) => (i % 2 === 0 ? [[String(v), String(all[i + 1])]] : [])),
      )
    : (reply as Record<string, string>);
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Number(v)]));
}
