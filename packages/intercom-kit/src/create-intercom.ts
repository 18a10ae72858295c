import { type ClientOptions, createClient } from "@intercom-kit/core";
import { type RateLimitOptions, rateLimit } from "@intercom-kit/rate-limit";
import { type RetryOptions, retry } from "@intercom-kit/retry";
import { allDomains } from "./generated/domains.js";

/** A client with every domain facade: `client.contacts`, `client.conversations`, … */
export type IntercomClient = ReturnType<ReturnType<typeof allDomains>>;

export interface IntercomOptions extends ClientOptions {
  /** Default: `retry()` with its documented defaults; `false` leaves retries off. */
  readonly retry?: RetryOptions | false;
  /**
   * Default: `rateLimit()` on an in-memory store; pass `{ store: new RedisStore(redis) }`
   * to share one budget between processes, or `false` for no limiter.
   */
  readonly rateLimit?: RateLimitOptions | false;
}

/**
 * The one-import client: `createClient` with retry and the rate limiter
 * preinstalled, plus every domain facade. The plugins' options come through
 * here because adding `rateLimit()` again would add a second limiter.
 */
export function createIntercom(options: IntercomOptions): IntercomClient {
  const { retry: retryOptions, rateLimit: rateLimitOptions, ...clientOptions } = options;
  let client = createClient(clientOptions);
  if (retryOptions !== false) client = client.use(retry(retryOptions));
  if (rateLimitOptions !== false) client = client.use(rateLimit(rateLimitOptions));
  return client.use(allDomains());
}
