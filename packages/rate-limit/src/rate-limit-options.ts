import type { RateLimitStore, WaitReason } from "./rate-limit-store.js";

/** Reported whenever the limiter holds a request back, or the server answered 429. */
export interface LimitedEvent {
  /** The bucket: a hash of the app's token, never the token. */
  readonly key: string;
  readonly operationId: string;
  /**
   * `429`: the server refused a request, and everyone sharing the store now
   * pauses. `maxWait`: this request has waited `maxWaitMs` and is sent anyway.
   */
  readonly reason: WaitReason | "429" | "maxWait";
  /** How long this request (or, for a 429, the whole bucket) waits, ms. */
  readonly waitMs: number;
}

export interface RateLimitOptions {
  /** Where budgets live. Default: a new in-memory store for this plugin. Share one to share a budget. */
  readonly store?: RateLimitStore;
  /** At most this many requests of this client in flight at once. Default: no cap. */
  readonly maxConcurrent?: number;
  /** Intercom's window length, ms. Default 10000. */
  readonly windowMs?: number;
  /** Longest time the first request (which learns the budget) holds the bucket, ms. Default 10000. */
  readonly probeMs?: number;
  /** Grants this close to a window's end are taken from the next window too, ms. Default windowMs / 20. */
  readonly edgeMs?: number;
  /**
   * Longest wait for one attempt, ms; after it the request is sent anyway.
   * Default 60000, like retry's `maxRetryAfter`.
   */
  readonly maxWaitMs?: number;
  /** Prefixes every bucket key; the rest is a hash of the token. Default `intercom-kit:rate-limit:`. */
  readonly keyPrefix?: string;
  /** Called when a request waits, and on every 429. */
  readonly onLimited?: (event: LimitedEvent) => void;
}
