import { failedBeforeSending } from "./failed-before-sending.js";
import type { ResolvedRetryOptions, RetryReason } from "./retry-options.js";

export type RetryDecision =
  | { readonly retry: false }
  | { readonly retry: true; readonly reason: RetryReason; readonly status: number | undefined };

const NO_RETRY: RetryDecision = { retry: false };

/**
 * Whether an attempt may be sent again: the one thing this plugin decides.
 * How long to wait first is ky's (see `retry-plugin.ts`). ky's errors are
 * recognised by name, as ky's own type guards do, so this package needs no
 * runtime copy of ky.
 *
 * - 429: any method; Intercom did not process the request.
 * - Other listed statuses and timeouts: only operations that are safe to send twice.
 * - Network errors: safe operations always; others only when the connection
 *   was never made, because a dropped connection may have carried a create.
 *   A body that broke off after the headers is a network error too, and the
 *   server had answered: a create is never sent again then.
 * - 413: never; a body too large stays too large.
 */
export function decideRetry(
  error: unknown,
  retrySafe: boolean,
  options: ResolvedRetryOptions,
): RetryDecision {
  const name = error instanceof Error ? error.name : undefined;
  if (name === "HTTPError") {
    const status = (error as { response?: Response }).response?.status;
    if (status === undefined || status === 413 || !options.statusCodes.includes(status)) {
      return NO_RETRY;
    }
    return status === 429 || retrySafe ? { retry: true, reason: "status", status } : NO_RETRY;
  }
  if (name === "TimeoutError") {
    return retrySafe ? { retry: true, reason: "timeout", status: undefined } : NO_RETRY;
  }
  if (name === "NetworkError") {
    return retrySafe || failedBeforeSending(error)
      ? { retry: true, reason: "network", status: undefined }
      : NO_RETRY;
  }
  // Anything else (an abort, a body over the size cap, a bug in a hook) is not transient.
  return NO_RETRY;
}
