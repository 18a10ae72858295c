import { type Client, ConfigurationError, type Middleware, type Plugin } from "@intercom-kit/core";
import { abortableSleep } from "./abortable-sleep.js";
import { appKey } from "./app-key.js";
import { ConcurrencyGate } from "./concurrency-gate.js";
import { MemoryStore } from "./memory-store.js";
import { NO_RESPONSE, observationOf } from "./observe-response.js";
import type { RateLimitOptions } from "./rate-limit-options.js";
import type { BucketSettings } from "./rate-limit-store.js";

const DEFAULT_PREFIX = "intercom-kit:rate-limit:";

/**
 * Paces every HTTP attempt (retries included) to the app's Intercom budget:
 * it learns the budget from `X-RateLimit-*`, waits for the reset when none is
 * left, and after a 429 pauses every request that shares the store.
 * The limiter never fails a request itself: it only delays it, and a wait
 * ends at once when the request's signal aborts.
 */
export function rateLimit(options: RateLimitOptions = {}): Plugin {
  for (const name of ["maxConcurrent", "windowMs", "probeMs"] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new ConfigurationError(`rateLimit: \`${name}\` must be a positive whole number`);
    }
  }
  const store = options.store ?? new MemoryStore();
  const gate =
    options.maxConcurrent === undefined ? undefined : new ConcurrencyGate(options.maxConcurrent);
  const windowMs = options.windowMs ?? 10_000;
  const settings: BucketSettings = {
    windowMs,
    probeMs: options.probeMs ?? windowMs,
    probePollMs: 25,
    edgeMs: options.edgeMs ?? windowMs / 20,
  };
  const prefix = options.keyPrefix ?? DEFAULT_PREFIX;
  const { onLimited } = options;

  const middleware: Middleware = (next) => async (request, context) => {
    // The request's signal carries both the caller's abort and ky's timeout.
    const signal = request.signal;
    const key = await appKey(request, prefix);
    await gate?.enter(signal);
    try {
      for (;;) {
        const result = await store.acquire(key, Date.now(), settings);
        if (result.granted) break;
        onLimited?.({
          key,
          operationId: context.operationId,
          reason: result.reason,
          waitMs: result.waitMs,
        });
        await abortableSleep(Math.max(1, result.waitMs), signal);
      }
      let response: Response;
      try {
        response = await next(request, context);
      } catch (error) {
        await store.observe(key, Date.now(), NO_RESPONSE, settings);
        throw error;
      }
      const now = Date.now();
      const seen = observationOf(response, now);
      await store.observe(key, now, seen, settings);
      if (response.status === 429) {
        const until = seen.retryAfterMs ?? (seen.resetAt ?? now + windowMs) - now;
        onLimited?.({ key, operationId: context.operationId, reason: "429", waitMs: until });
      }
      return response;
    } finally {
      gate?.leave();
    }
  };

  return <TClient extends Client>(client: TClient): TClient => client.withMiddleware(middleware);
}
