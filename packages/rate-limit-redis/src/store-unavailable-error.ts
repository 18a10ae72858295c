import { IntercomError } from "@intercom-kit/core";

/**
 * Redis did not answer a rate-limit command: it refused the connection,
 * replied with an error, or took longer than `commandTimeoutMs`. With the
 * `fail` outage policy a call that cannot take its slot rejects with this,
 * before anything is sent to Intercom; `cause` holds what the client said.
 */
export class StoreUnavailableError extends IntercomError {
  override name = "StoreUnavailableError";

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`rate-limit store unavailable: ${reason}`, options);
  }
}

/** The error to report for whatever a Redis command failed with. */
export function unavailable(error: unknown): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(reason, { cause: error });
}
