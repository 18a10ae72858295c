import { IntercomError } from "./intercom-error.js";

/**
 * One attempt took longer than the per-attempt timeout: no answer arrived,
 * or its body had not finished arriving (`responseStatus` then says which
 * status it had). Time spent waiting for a rate limiter or before a retry is
 * not attempt time, so a request that was never sent never times out.
 */
export class TimeoutError extends IntercomError {
  override name = "TimeoutError";
  readonly timeoutMs: number | undefined;
  /** The status of the response whose body was still arriving; undefined when no response had. */
  readonly responseStatus: number | undefined;

  constructor(operationId: string, timeoutMs: number | undefined, responseStatus?: number) {
    const after = timeoutMs === undefined ? "" : ` after ${timeoutMs} ms`;
    const reading =
      responseStatus === undefined ? "" : `, reading the body of its ${responseStatus} response`;
    super(`${operationId} timed out${after}${reading}`);
    this.timeoutMs = timeoutMs;
    this.responseStatus = responseStatus;
  }
}

/** The caller's `AbortSignal` fired. `cause` holds the signal's reason. */
export class AbortError extends IntercomError {
  override name = "AbortError";

  constructor(operationId: string, reason: unknown) {
    super(`${operationId} was aborted`, { cause: reason });
  }
}

/** What had arrived when the connection broke off mid-body. */
export interface PartialResponse {
  readonly status: number;
  /** How much of the body had arrived, when known. */
  readonly receivedBytes?: number;
}

/**
 * The connection failed: before any HTTP answer (DNS, refused or reset
 * connection, TLS), or after the headers, while the body was arriving
 * (`responseStatus` is then set: the server had answered, so a create it
 * answered may have happened).
 */
export class NetworkError extends IntercomError {
  override name = "NetworkError";
  /** The status of the response whose body broke off; undefined when no response arrived. */
  readonly responseStatus: number | undefined;

  constructor(operationId: string, cause: unknown, partial?: PartialResponse) {
    const reason = cause instanceof Error ? causeMessage(cause) : String(cause);
    super(
      partial === undefined
        ? `${operationId} failed before a response arrived: ${reason}`
        : `${operationId} got a ${partial.status} response, but its body broke off${partial.receivedBytes === undefined ? "" : ` after ${partial.receivedBytes} bytes`}: ${reason}`,
      { cause },
    );
    this.responseStatus = partial?.status;
  }
}

/**
 * A response body grew past `maxResponseBytes`, counted after decompression,
 * so a small compressed body cannot grow without bound in memory. The rest
 * of the body was not read.
 */
export class ResponseTooLargeError extends IntercomError {
  override name = "ResponseTooLargeError";
  readonly operationId: string;
  readonly limitBytes: number;
  readonly status: number;

  constructor(operationId: string, limitBytes: number, status: number) {
    super(
      `${operationId}: the ${status} response's body is larger than maxResponseBytes (${limitBytes} bytes)`,
    );
    this.operationId = operationId;
    this.limitBytes = limitBytes;
    this.status = status;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      operationId: this.operationId,
      limitBytes: this.limitBytes,
      status: this.status,
    };
  }
}

/** Node's undici says only "fetch failed" and keeps the useful part in `cause`. */
function causeMessage(error: Error): string {
  const inner = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${inner}`;
}
