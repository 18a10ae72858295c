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
 * Retries failed attempts with ky's own retry loop. The plugin decides only
 * whether an attempt may be repeated (`decideRetry`, per operation and
 * error); ky decides how long to wait, from `Retry-After`, `RateLimit-Reset`
 * or `X-RateLimit-Reset` on the statuses in `afterStatusCodes`, and
 * otherwise from its backoff with full jitter, and ends the wait when the
 * call's signal aborts. An `init` hook builds the settings for each call,
 * since the decision depends on the operation (`context.retrySafe`) and on
 * the call's own `context.retry` overrides.
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

/** ky retry settings for one call: the plugin's decision, ky's timing. */
function callRetry(
  options: ResolvedRetryOptions,
  operationId: string,
  retrySafe: boolean,
): KyRetry {
  return {
    limit: options.limit,
    methods: ALL_METHODS,
    statusCodes: [...options.statusCodes],
    afterStatusCodes: [...options.afterStatusCodes],
    maxRetryAfter: options.maxRetryAfter,
    // The plugin has already said no to the timeouts it must not repeat.
    retryOnTimeout: true,
    // Full jitter under min(maxDelay, baseDelay × 2^(n−1)); ky applies the jitter.
    delay: (attemptCount) =>
      Math.min(options.maxDelay, options.baseDelay * 2 ** Math.max(0, attemptCount - 1)),
    jitter: true,
    backoffLimit: options.maxDelay,
    shouldRetry: ({ error, retryCount }) => {
      const decision = decideRetry(error, retrySafe, options);
      if (!decision.retry) return false;
      options.onRetry?.({
        operationId,
        attempt: retryCount + 1,
        reason: decision.reason,
        status: decision.status,
      });
      // Not `true`: that would make ky skip the timing headers and back off.
      return undefined;
    },
  };
}
