import { isHTTPError, isNetworkError, isTimeoutError } from "ky";
import { createApiError } from "../errors/create-api-error.js";
import { IntercomError } from "../errors/intercom-error.js";
import { AbortError, NetworkError, TimeoutError } from "../errors/transport-errors.js";
import type { Operation } from "./operation.js";

/**
 * Turns whatever ky or fetch threw into the SDK's hierarchy. ky's own errors
 * hold the Request, and so the Authorization header: they are never kept as a
 * `cause`, so serialising or inspecting an SDK error cannot reveal the token.
 */
export function mapTransportError(
  error: unknown,
  operation: Operation,
  signal: AbortSignal | undefined,
  timeout: number | false,
): unknown {
  if (error instanceof IntercomError) return error;
  if (signal?.aborted) return new AbortError(operation.id, signal.reason);
  if (isHTTPError(error)) {
    return createApiError(
      {
        status: error.response.status,
        statusText: error.response.statusText,
        headers: error.response.headers,
        body: error.data,
      },
      { method: operation.method, path: operation.path, operationId: operation.id },
    );
  }
  if (isTimeoutError(error))
    return new TimeoutError(operation.id, timeout === false ? undefined : timeout);
  if (isNetworkError(error)) return new NetworkError(operation.id, error.cause);
  return error;
}
