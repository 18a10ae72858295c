import { failedBeforeSending } from "./failed-before-sending.js";
import type { ResolvedRetryOptions, RetryReason } from "./retry-options.js";
import { backoffWait, headerWait } from "./retry-wait.js";

export type RetryDecision =
  | { readonly retry: false }
  | {
      readonly retry: true;
      readonly reason: RetryReason;
      readonly status: number | undefined;
      readonly delayMs: number;
      readonly fromHeaders: boolean;
    };

const NO_RETRY: RetryDecision = { retry: false };

/**
 * Whether to send an attempt again, and after how long. ky's errors are
 * recognised by name, as ky's own type guards do, so this package needs no
 * runtime copy of ky.
 *
 * - 429: any method; Intercom did not process the request.
 * - Other listed statuses and timeouts: only operations that are safe to send twice.
 * - Network errors: safe operations always; others only when the connection
 *   was never made, because a dropped connection may have carried a create.
 */
export function decideRetry(
  error: unknown,
  retryNumber: number,
  retrySafe: boolean,
  options: ResolvedRetryOptions,
): RetryDecision {
  const backoff = () => backoffWait(retryNumber, options.baseDelay, options.maxDelay);
  const name = error instanceof Error ? error.name : undefined;

  if (name === "HTTPError") {
    const response = (error as { response?: Response }).response;
    if (!response || !options.statusCodes.includes(response.status)) return NO_RETRY;
    if (response.status !== 429 && !retrySafe) return NO_RETRY;
    const fromHeaders = headerWait(response.headers, response.status);
    return {
      retry: true,
      reason: "status",
      status: response.status,
      delayMs: fromHeaders === undefined ? backoff() : Math.min(fromHeaders, options.maxRetryAfter),
      fromHeaders: fromHeaders !== undefined,
    };
  }
  if (name === "TimeoutError") {
    return retrySafe ? waitBackoff("timeout", backoff()) : NO_RETRY;
  }
  if (name === "NetworkError") {
    return retrySafe || failedBeforeSending(error) ? waitBackoff("network", backoff()) : NO_RETRY;
  }
  // Anything else (an abort, a bug in a hook or middleware) is not transient.
  return NO_RETRY;
}

function waitBackoff(reason: RetryReason, delayMs: number): RetryDecision {
  return { retry: true, reason, status: undefined, delayMs, fromHeaders: false };
}
