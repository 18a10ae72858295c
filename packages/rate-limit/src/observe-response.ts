import { parseRateLimit, retryAfterMs } from "@intercom-kit/core/internal";
import type { Observation } from "./rate-limit-store.js";

/** What the limiter learns from a response's headers. */
export function observationOf(response: Response, now: number): Observation {
  const { limit, remaining, reset } = parseRateLimit(response.headers);
  return {
    status: response.status,
    limit,
    remaining,
    resetAt: reset === undefined ? undefined : reset * 1000,
    // The core's one reading of Retry-After, the same wait retry() takes.
    retryAfterMs: response.status === 429 ? retryAfterMs(response.headers, now) : undefined,
  };
}

/** No response at all: the probe, if this was it, lets go of the bucket. */
export const NO_RESPONSE: Observation = {
  status: 0,
  limit: undefined,
  remaining: undefined,
  resetAt: undefined,
  retryAfterMs: undefined,
};
