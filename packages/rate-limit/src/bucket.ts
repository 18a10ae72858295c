import type { AcquireResult, BucketSettings, Observation } from "./rate-limit-store.js";

/**
 * One app's budget as the limiter models it: a shadow of Intercom's own
 * counter. `limit` is 0 until a response teaches it, and -1 when responses
 * carry no rate-limit headers at all (then nothing is held back).
 * The Redis store keeps the same fields and runs the same steps in Lua.
 */
export interface Bucket {
  limit: number;
  remaining: number;
  /** End of the current window, ms; 0 when unknown. */
  resetAt: number;
  /** After a 429: nobody sends before this, ms. */
  blockedUntil: number;
  /** While the budget is unknown: the probe's lease, ms. */
  probeUntil: number;
  /** Slots granted in the last `edgeMs` of the current window: they may land in the next one. */
  carried: number;
}

export const UNKNOWN_LIMIT = 0;
export const NO_LIMIT = -1;

export function emptyBucket(): Bucket {
  return {
    limit: UNKNOWN_LIMIT,
    remaining: 0,
    resetAt: 0,
    blockedUntil: 0,
    probeUntil: 0,
    carried: 0,
  };
}

/** Takes a slot, or says how long to wait. Mutates `bucket`. */
export function takeSlot(bucket: Bucket, now: number, settings: BucketSettings): AcquireResult {
  if (bucket.blockedUntil > now) {
    return { granted: false, waitMs: bucket.blockedUntil - now, reason: "blocked" };
  }
  if (bucket.limit === NO_LIMIT) return { granted: true };
  if (bucket.limit === UNKNOWN_LIMIT) {
    // One request learns the budget before a burst can overrun it.
    if (bucket.probeUntil > now) {
      const waitMs = Math.min(bucket.probeUntil - now, settings.probePollMs);
      return { granted: false, waitMs, reason: "probe" };
    }
    bucket.probeUntil = now + settings.probeMs;
    return { granted: true };
  }
  if (bucket.resetAt <= now) {
    // The window ended: Intercom's windows are fixed, so the next one ends a
    // whole number of windows after the last reset we were told.
    const windows =
      bucket.resetAt === 0 ? 1 : Math.floor((now - bucket.resetAt) / settings.windowMs) + 1;
    bucket.resetAt =
      bucket.resetAt === 0 ? now + settings.windowMs : bucket.resetAt + windows * settings.windowMs;
    // Grants from the end of the window just closed may be counted in this one.
    bucket.remaining = windows === 1 ? Math.max(0, bucket.limit - bucket.carried) : bucket.limit;
    bucket.carried = 0;
  }
  if (bucket.remaining > 0) {
    bucket.remaining -= 1;
    if (bucket.resetAt - now < settings.edgeMs) bucket.carried += 1;
    return { granted: true };
  }
  return { granted: false, waitMs: bucket.resetAt - now, reason: "window" };
}

/** Learns from a response. Mutates `bucket`. */
export function learn(
  bucket: Bucket,
  now: number,
  seen: Observation,
  settings: BucketSettings,
): void {
  bucket.probeUntil = 0;
  if (seen.limit !== undefined && seen.limit > 0) bucket.limit = seen.limit;
  if (seen.status === 429) {
    // Intercom did not process it, and every request sharing the budget
    // would meet the same answer: all of them pause until the reset.
    const until =
      seen.retryAfterMs !== undefined
        ? now + seen.retryAfterMs
        : (seen.resetAt ?? now + settings.windowMs);
    bucket.blockedUntil = Math.max(bucket.blockedUntil, until);
    bucket.remaining = 0;
    if (seen.resetAt !== undefined && seen.resetAt > bucket.resetAt) {
      // The refused window is spent anyway: nothing carries past it.
      bucket.resetAt = seen.resetAt;
      bucket.carried = 0;
    }
    return;
  }
  if (seen.status === 0) return; // no response: nothing learned, the probe is released
  if (seen.remaining === undefined || seen.resetAt === undefined) {
    if (bucket.limit === UNKNOWN_LIMIT) bucket.limit = NO_LIMIT;
    return;
  }
  if (seen.resetAt > bucket.resetAt) {
    // A window newer than the one modelled: the server's count wins, less the
    // grants carried over from the old window's end that it may not have seen.
    bucket.resetAt = seen.resetAt;
    bucket.remaining = Math.max(0, seen.remaining - bucket.carried);
    bucket.carried = 0;
  } else if (seen.resetAt === bucket.resetAt) {
    // Same window: requests granted but not yet counted by the server make the
    // local count the lower one; other processes' requests make the server's lower.
    bucket.remaining = Math.min(bucket.remaining, seen.remaining);
  }
  // An older window: a slow response from before the reset; it says nothing now.
}

/** When the bucket stops mattering: after this it may be forgotten. */
export function bucketExpiry(bucket: Bucket, now: number, settings: BucketSettings): number {
  // Keep the learned limit for a few windows, so a steady workload never probes again.
  return (
    Math.max(now, bucket.resetAt, bucket.blockedUntil, bucket.probeUntil) + 6 * settings.windowMs
  );
}
