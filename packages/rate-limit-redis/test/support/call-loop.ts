import type { Client } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import type {
  AcquireResult,
  BucketSettings,
  Observation,
  RateLimitStore,
} from "@intercom-kit/rate-limit";
import { identifyAdmin } from "../../../rate-limit/test/support/operations.js";

export interface CallRecord {
  readonly start: number;
  readonly end: number;
  /** The error's name when the call failed. */
  readonly error: string | undefined;
}

/**
 * Sends identifyAdmin from `parallel` loops, one call after another, until
 * `running()` turns false; every call is recorded. The loops stop by
 * themselves: `running` must turn false, and the test's timeout bounds it.
 */
export async function callLoop(
  client: Client,
  parallel: number,
  running: () => boolean,
  records: CallRecord[],
): Promise<void> {
  const loop = async () => {
    while (running()) {
      const start = Date.now();
      let error: string | undefined;
      try {
        await runOperation(client, identifyAdmin, {});
      } catch (failure) {
        error = failure instanceof Error ? failure.name : String(failure);
        // A failed call returns at once; pause so a failing store does not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      records.push({ start, end: Date.now(), error });
    }
  };
  await Promise.all(Array.from({ length: parallel }, loop));
}

/** A store that passes through to `store` and keeps the longest time one of its calls took. */
export function timedStore(store: RateLimitStore): RateLimitStore & { readonly longestMs: number } {
  let longestMs = 0;
  const timed = async <T>(work: Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await work;
    } finally {
      longestMs = Math.max(longestMs, Date.now() - start);
    }
  };
  return {
    acquire: (key: string, now: number, settings: BucketSettings): Promise<AcquireResult> =>
      timed(store.acquire(key, now, settings)),
    observe: (key: string, now: number, seen: Observation, settings: BucketSettings) =>
      timed(store.observe(key, now, seen, settings)),
    get longestMs() {
      return longestMs;
    },
  };
}
