/**
 * Error codes that mean no byte of the request reached the server, so even a
 * create cannot have happened: the connection was never made.
 * Node (undici) puts them on the `cause` of its `TypeError: fetch failed`.
 */
const NOT_CONNECTED_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Deno and Bun say it in words instead of codes. */
const NOT_CONNECTED_MESSAGE = /connection refused|failed to lookup address|dns error/i;

/** Whether a network failure happened before the request was sent. Walks the `cause` chain. */
export function failedBeforeSending(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NOT_CONNECTED_CODES.has(code)) return true;
    if (NOT_CONNECTED_MESSAGE.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
