import { isHTTPError, isNetworkError, isTimeoutError } from "ky";
import { createApiError } from "../errors/create-api-error.js";
import { IntercomError } from "../errors/intercom-error.js";
import { AbortError, NetworkError, TimeoutError } from "../errors/transport-errors.js";
import { redactDeep } from "../redaction/redact-deep.js";
import { redactHeaders } from "../redaction/redact-headers.js";
import { redactSecrets } from "../redaction/redact-secrets.js";
import { AttemptTimeout, BodyInterrupted } from "../transport/attempt-failures.js";
import type { Operation } from "./operation.js";

/**
 * Turns whatever ky or fetch threw into the SDK's hierarchy. ky's own errors
 * hold the Request, and so the Authorization header: they are never kept as a
 * `cause`, so serialising or inspecting an SDK error cannot reveal the token.
 *
 * A server or proxy may also echo the token back, in the body, a header or the
 * status text. An API error is therefore built from a response with `secrets`
 * already replaced, before its message cuts the body short: a cut made first
 * could leave part of a token that no longer matches.
 */
export function mapTransportError(
  error: unknown,
  operation: Operation,
  signal: AbortSignal | undefined,
  timeout: number | false,
  secrets: readonly string[],
): unknown {
  if (error instanceof IntercomError) return error;
  if (signal?.aborted) return new AbortError(operation.id, signal.reason);
  if (isHTTPError(error)) {
    return createApiError(
      {
        status: error.response.status,
        statusText: redactSecrets(error.response.statusText, secrets),
        headers: redactHeaders(error.response.headers, secrets),
        body: redactDeep(error.data, secrets),
      },
      { method: operation.method, path: operation.path, operationId: operation.id },
    );
  }
  if (isTimeoutError(error)) {
    const status = error instanceof AttemptTimeout ? error.responseStatus : undefined;
    return new TimeoutError(operation.id, timeout === false ? undefined : timeout, status);
  }
  if (isNetworkError(error)) {
    const { cause } = error;
    return cause instanceof BodyInterrupted
      ? new NetworkError(operation.id, cause.cause, cause)
      : new NetworkError(operation.id, cause);
  }
  return error;
}
