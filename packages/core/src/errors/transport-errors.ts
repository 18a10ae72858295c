import { IntercomError } from "./intercom-error.js";

/** No response arrived within the timeout (per attempt). */
export class TimeoutError extends IntercomError {
  override name = "TimeoutError";
  readonly timeoutMs: number | undefined;

  constructor(operationId: string, timeoutMs: number | undefined) {
    super(`${operationId} timed out${timeoutMs === undefined ? "" : ` after ${timeoutMs} ms`}`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired. `cause` holds the signal's reason. */
export class AbortError extends IntercomError {
  override name = "AbortError";

  constructor(operationId: string, reason: unknown) {
    super(`${operationId} was aborted`, { cause: reason });
  }
}

/** The request never got an HTTP answer: DNS, refused or reset connection, TLS. */
export class NetworkError extends IntercomError {
  override name = "NetworkError";

  constructor(operationId: string, cause: unknown) {
    const reason = cause instanceof Error ? causeMessage(cause) : String(cause);
    super(`${operationId} failed before a response arrived: ${reason}`, { cause });
  }
}

/** Node's undici says only "fetch failed" and keeps the useful part in `cause`. */
function causeMessage(error: Error): string {
  const inner = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${inner}`;
}
