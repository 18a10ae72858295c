/**
 * How long a response asks the client to wait, in ms, or undefined when it
 * does not say. `Retry-After` wins (seconds or an HTTP date); on a 429,
 * Intercom's `X-RateLimit-Reset` (UNIX seconds, the end of the current
 * window) says when the budget comes back.
 */
export function headerWait(
  headers: Headers,
  status: number,
  now: number = Date.now(),
): number | undefined {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  // The reset header comes with every Intercom response; it only says when a
  // retry can succeed when the failure was the budget running out.
  if (status !== 429) return undefined;
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

/** Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"). */
export function backoffWait(
  attempt: number,
  baseDelay: number,
  maxDelay: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
