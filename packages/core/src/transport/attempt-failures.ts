import { NetworkError as KyNetworkError, TimeoutError as KyTimeoutError } from "ky";

/**
 * The failures an attempt reports to ky, in ky's own classes, so that ky's
 * retry loop (and a retry plugin deciding by error name) treats them as the
 * timeouts and network errors they are. The core turns them into its own
 * errors once ky is done (see `mapTransportError`); ky's errors hold the
 * `Request`, so they are never kept as a cause.
 */

/** The per-attempt timeout passed: before the headers, or while the body was arriving. */
export class AttemptTimeout extends KyTimeoutError {
  readonly timeoutMs: number;
  /** The status whose body was still arriving; undefined while waiting for headers. */
  readonly responseStatus: number | undefined;

  constructor(request: Request, timeoutMs: number, responseStatus: number | undefined) {
    super(request);
    this.timeoutMs = timeoutMs;
    this.responseStatus = responseStatus;
    // ky's message names the URL, query string included; an attempt's does not need it.
    this.message =
      responseStatus === undefined
        ? `attempt timed out after ${timeoutMs} ms waiting for a response`
        : `attempt timed out after ${timeoutMs} ms reading the body of a ${responseStatus} response`;
  }
}

/** The connection broke off while a response's body was arriving. The cause of an `AttemptNetworkFailure`. */
export class BodyInterrupted extends Error {
  override name = "BodyInterrupted";
  readonly status: number;
  readonly receivedBytes: number;

  constructor(status: number, receivedBytes: number, cause: unknown) {
    super(`the ${status} response's body broke off after ${receivedBytes} bytes`, { cause });
    this.status = status;
    this.receivedBytes = receivedBytes;
  }
}

/** A network failure mid-body, as ky's `NetworkError` (which ky retries like any other). */
export function bodyInterrupted(request: Request, interruption: BodyInterrupted): KyNetworkError {
  return new KyNetworkError(request, { cause: interruption });
}
