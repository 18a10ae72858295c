import type { ClientState } from "../client/client.js";
import { IntercomError } from "../errors/intercom-error.js";
import { AbortError } from "../errors/transport-errors.js";
import type { Operation } from "./operation.js";

/**
 * The token for one call, asked for once (a supplier may rotate it between
 * calls): every attempt sends it, and every error of the call is redacted
 * with it. A signal that has already fired stops the call before the
 * supplier runs; one that fires while it runs turns its failure into an abort.
 */
export async function callToken(
  state: ClientState,
  operation: Operation,
  signal: AbortSignal | undefined,
): Promise<string> {
  try {
    signal?.throwIfAborted();
    return await state.token();
  } catch (error) {
    if (error instanceof IntercomError) throw error;
    if (signal?.aborted) throw new AbortError(operation.id, signal.reason);
    throw error;
  }
}
