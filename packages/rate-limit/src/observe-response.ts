import { parseRateLimit } from "@intercom-kit/core/internal";
import type { Observation } from "./rate-limit-store.js";

/** What the limiter learns from a response's headers. */
export function observationOf(response: Response, now: number): Observation {
  const { limit, remaining, reset } = parseRateLimit(response.headers);
  return {
    status: response.status,
    limit,
    remaining,
    resetAt: reset === undefined ? undefined : reset * 1000,
    retryAfterMs: retryAfterMs(response.headers.get("retry-after"), now),
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

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
