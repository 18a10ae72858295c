/** How the limiter models Intercom's windows; passed to the store on every call. */
export interface BucketSettings {
  /**
   * The length of one rate-limit window in ms. Intercom spreads each minute's
   * budget over 10-second windows, so the default is 10000. Used to roll the
   * window forward on the server's grid until a response says otherwise.
   */
  readonly windowMs: number;
  /**
   * Until the budget is known, one request (the probe) goes alone; this is
   * how long it holds the bucket at most, so a crashed probe frees it.
   */
  readonly probeMs: number;
  /** How often requests waiting behind a probe look again. */
  readonly probePollMs: number;
  /**
   * A request granted this close to a window's end may reach Intercom after
   * the reset and count against the next window; such grants are carried
   * over and taken from the next window's budget.
   */
  readonly edgeMs: number;
}

/** Why a request has to wait. */
export type WaitReason = "window" | "blocked" | "probe";

export type AcquireResult =
  | { readonly granted: true }
  | { readonly granted: false; readonly waitMs: number; readonly reason: WaitReason };

/** What one response (or failure) told the limiter. Times are ms since the epoch. */
export interface Observation {
  /** The HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  /** `X-RateLimit-Reset`, converted to ms. */
  readonly resetAt: number | undefined;
  /** On a 429, how long it asked to wait, in ms: `Retry-After`, else the reset header. */
  readonly retryAfterMs: number | undefined;
}

/**
 * Where buckets live. Both calls must be atomic per key: with many processes
 * on one store, a slot is taken by exactly one request. `now` comes from the
 * caller so every store compares times on the same clock as the waits.
 */
export interface RateLimitStore {
  /** Take one request slot from the bucket, or say how long to wait before asking again. */
  acquire(key: string, now: number, settings: BucketSettings): Promise<AcquireResult>;
  /** Learn from a response: the budget, what remains, when the window resets, a 429. */
  observe(
    key: string,
    now: number,
    observation: Observation,
    settings: BucketSettings,
  ): Promise<void>;
}
