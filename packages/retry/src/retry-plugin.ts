import { type Client, ConfigurationError, type Plugin } from "@intercom-kit/core";
import { decideRetry } from "./retry-decision.js";
import {
  type ResolvedRetryOptions,
  type RetryOptions,
  type RetryOverrides,
  resolveRetryOptions,
} from "./retry-options.js";

/** ky's options, as the core's `withKyOptions` takes them; no direct dependency on ky. */
type KyOptions = Parameters<Client["withKyOptions"]>[0];
type KyRetry = Exclude<NonNullable<KyOptions["retry"]>, number>;

/** Every method: which attempts may be repeated is decided in `shouldRetry`, per operation. */
const ALL_METHODS = ["get", "post", "put", "patch", "delete", "head", "options"];

/**
 * Retries failed attempts with ky's own retry loop, so the waits, the abort
 * handling and the `beforeRetry` hooks are ky's. An `init` hook builds the
 * retry settings for each call, because the decision depends on the operation
 * (`context.retrySafe`) and on the call's own `context.retry` overrides.
 *
 * The client's middleware (rate limit, logging) runs inside ky's `fetch`, so
 * every retry passes through it again, whatever order the plugins were added in.
 */
export function retry(options: RetryOptions = {}): Plugin {
  for (const name of ["limit", "maxRetryAfter", "baseDelay", "maxDelay"] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new ConfigurationError(`retry: \`${name}\` must be a whole number >= 0`);
    }
  }
  return <TClient extends Client>(client: TClient): TClient =>
    client.withKyOptions({
      hooks: {
        init: [
          (kyOptions) => {
            const context = kyOptions.context ?? {};
            const overrides = context.retry as RetryOverrides | undefined;
            if (overrides === false) {
              kyOptions.retry = { limit: 0 };
              return;
            }
            const resolved = resolveRetryOptions(options, overrides);
            kyOptions.retry = callRetry(
              resolved,
              String(context.operationId ?? "request"),
              context.retrySafe === true,
            );
          },
        ],
      },
    });
}

/** ky retry settings for one call; the closures share the wait chosen by the decision. */
function callRetry(
  options: ResolvedRetryOptions,
  operationId: string,
  retrySafe: boolean,
): KyRetry {
  let nextDelay: number | undefined;
  return {
    limit: options.limit,
    methods: ALL_METHODS,
    // Waits are computed in `shouldRetry` (headers or backoff with jitter) and
    // handed to ky through `delay`; ky's own jitter and cap are turned off so
    // they do not apply twice.
    jitter: undefined,
    backoffLimit: Number.POSITIVE_INFINITY,
    shouldRetry: ({ error, retryCount }) => {
      const decision = decideRetry(error, retryCount, retrySafe, options);
      if (!decision.retry) return false;
      nextDelay = decision.delayMs;
      options.onRetry?.({
        operationId,
        attempt: retryCount + 1,
        reason: decision.reason,
        status: decision.status,
        delayMs: decision.delayMs,
        fromHeaders: decision.fromHeaders,
      });
      return true;
    },
    delay: (attemptCount) => {
      const delay =
        nextDelay ?? Math.min(options.maxDelay, options.baseDelay * 2 ** (attemptCount - 1));
      nextDelay = undefined;
      return delay;
    },
  };
}
