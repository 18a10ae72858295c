/** Why an attempt is being retried. */
export type RetryReason = "status" | "timeout" | "network";

/**
 * Reported when an attempt is to be retried, before the wait. The wait
 * itself is ky's: `Retry-After` or the reset header on the statuses in
 * `afterStatusCodes`, otherwise backoff with jitter.
 */
export interface RetryEvent {
  readonly operationId: string;
  /** The attempt about to be made: 2 for the first retry. */
  readonly attempt: number;
  readonly reason: RetryReason;
  /** The HTTP status that caused the retry, when there was one. */
  readonly status: number | undefined;
}

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number;
  /** Statuses worth another attempt. Default 408, 429, 500, 502, 503, 504. */
  readonly statusCodes?: readonly number[];
  /**
   * Statuses whose `Retry-After` (else reset header) sets the wait. Default
   * 429 only. On the others the wait is backoff: Intercom sends
   * `X-RateLimit-Reset` with every response, and on a 5xx it says nothing;
   * ky reads it whenever `Retry-After` is missing, so a status listed here
   * waits for the window's reset too. Add 503 if a proxy sends `Retry-After`
   * on its 503s.
   */
  readonly afterStatusCodes?: readonly number[];
  /** Longest wait taken from `Retry-After` / `X-RateLimit-Reset`, in ms. Default 60000. */
  readonly maxRetryAfter?: number;
  /** First backoff step in ms; doubles on each retry, then full jitter. Default 500. */
  readonly baseDelay?: number;
  /** Upper bound of a backoff step in ms, before jitter. Default 10000. */
  readonly maxDelay?: number;
  /** Called before each wait, e.g. for metrics. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Per-call overrides, passed as `options.context.retry`; `false` turns retries off for the call. */
export type RetryOverrides = RetryOptions | false;

declare module "@intercom-kit/core" {
  /** `@intercom-kit/retry`'s per-call setting: `{ context: { retry: false } }`. */
  interface CallContext {
    /** This call's own retry options over the plugin's, or `false` for no retries. */
    readonly retry?: RetryOverrides;
  }
}

export type ResolvedRetryOptions = Required<Omit<RetryOptions, "onRetry">> &
  Pick<RetryOptions, "onRetry">;

export const RETRY_DEFAULTS: ResolvedRetryOptions = Object.freeze({
  limit: 2,
  statusCodes: Object.freeze([408, 429, 500, 502, 503, 504]),
  afterStatusCodes: Object.freeze([429]),
  // Intercom's windows are 10 s long, so a reset further away than a minute is
  // not a rate-limit wait any more; waiting longer would only hide an outage.
  maxRetryAfter: 60_000,
  baseDelay: 500,
  maxDelay: 10_000,
});

/** Plugin options, then the call's own, over the defaults. Undefined fields do not override. */
export function resolveRetryOptions(
  ...layers: readonly (RetryOptions | undefined)[]
): ResolvedRetryOptions {
  const resolved: Record<string, unknown> = { ...RETRY_DEFAULTS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (value !== undefined) resolved[key] = value;
    }
  }
  return resolved as unknown as ResolvedRetryOptions;
}
