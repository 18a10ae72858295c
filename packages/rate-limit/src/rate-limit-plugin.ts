import { type Client, ConfigurationError, type Middleware, type Plugin } from "@intercom-kit/core";
import { abortableSleep } from "./abortable-sleep.js";
import { appKey } from "./app-key.js";
import { ConcurrencyGate } from "./concurrency-gate.js";
import { MemoryStore } from "./memory-store.js";
import { NO_RESPONSE, observationOf } from "./observe-response.js";
import type { RateLimitOptions } from "./rate-limit-options.js";
import type { BucketSettings } from "./rate-limit-store.js";

const DEFAULT_PREFIX = "intercom-kit:rate-limit:";

/** Retry's cap on a server-given wait too: Intercom's windows are 10 s, so a minute is plenty. */
const DEFAULT_MAX_WAIT_MS = 60_000;

/**
 * Paces every HTTP attempt (retries included) to the app's Intercom budget:
 * it learns the budget from `X-RateLimit-*`, waits for the reset when none is
 * left, and after a 429 pauses every request that shares the store.
 *
 * The limiter never fails a request itself: it only delays it, by at most
 * `maxWaitMs` per attempt, then sends it whatever the budget says and lets
 * the server's answer decide (a reset that far away is a wrong clock or a
 * wrong header, not a 10-second window). A wait ends at once when the
 * request's signal aborts. It happens before the attempt's timeout starts,
 * so waiting never turns into a `TimeoutError`.
 */
export function rateLimit(options: RateLimitOptions = {}): Plugin {
  for (const name of ["maxConcurrent", "windowMs", "probeMs", "maxWaitMs"] as const) {
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
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const { onLimited } = options;

  const middleware: Middleware = (next) => async (request, context) => {
    // The request's signal carries the caller's abort. The attempt's own
    // timeout starts after this middleware, when the request is sent.
    const signal = request.signal;
    const key = await appKey(request, prefix);
    await gate?.enter(signal);
    try {
      const deadline = Date.now() + maxWaitMs;
      for (;;) {
        const now = Date.now();
        const result = await store.acquire(key, now, settings);
        if (result.granted) break;
        const left = deadline - now;
        if (left <= 0) {
          // Waited as long as it may: send without a slot; the answer teaches the bucket.
          onLimited?.({ key, operationId: context.operationId, reason: "maxWait", waitMs: 0 });
          break;
        }
        const waitMs = Math.max(1, Math.min(result.waitMs, left));
        onLimited?.({ key, operationId: context.operationId, reason: result.reason, waitMs });
        await abortableSleep(waitMs, signal);
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
