import { CLIENT_STATE, type Client } from "../client/client.js";
import { IntercomError } from "../errors/intercom-error.js";
import { AbortError, NetworkError } from "../errors/transport-errors.js";
import { redactDeep } from "../redaction/redact-deep.js";
import { checkResponse } from "../validation/check-response.js";
import { validateInput } from "../validation/validate-input.js";
import { type ApiPromise, type ApiResult, toApiPromise } from "./api-promise.js";
import { buildRequest } from "./build-request.js";
import { callToken } from "./call-token.js";
import type { Operation, RequestOptions } from "./operation.js";
import { readBody } from "./read-body.js";
import { responseMeta } from "./response-meta.js";
import { type Outgoing, send, type Target } from "./send.js";

/**
 * What every generated operation function calls: validate the params, send,
 * read the body by its response kind, check it against the schema.
 */
export function runOperation<T>(
  client: Client,
  operation: Operation,
  params: object | undefined,
  options?: RequestOptions,
): ApiPromise<T> {
  return toApiPromise(
    execute<T>(client, operation, { params: (params ?? {}) as Record<string, unknown> }, options),
  );
}

/** One request and its checked body; used by `runOperation` and by every page of a paginator. */
export async function execute<T>(
  client: Client,
  operation: Operation,
  target: Target,
  options: RequestOptions | undefined,
): Promise<ApiResult<T>> {
  // Both checks throw before the token is asked for and before anything is sent.
  if ("params" in target) validateInput(operation, target.params);
  const outgoing = "url" in target ? target.url : buildRequest(operation, target.params);
  const token = await callToken(client[CLIENT_STATE], operation, options?.signal);
  try {
    return await sendAndRead<T>(client, operation, outgoing, token, options);
  } catch (error) {
    // Some proxies and error pages echo the Authorization header back; whatever
    // this call throws (message, stack, body, headers, causes) loses its token.
    throw redactDeep(error, [token]);
  }
}

async function sendAndRead<T>(
  client: Client,
  operation: Operation,
  outgoing: Outgoing,
  token: string,
  options: RequestOptions | undefined,
): Promise<ApiResult<T>> {
  const state = client[CLIENT_STATE];
  const response = await send(client, operation, outgoing, token, options);
  const data = await readBody(operation, response).catch((error: unknown) => {
    throw mapBodyError(error, operation, response.status, options?.signal);
  });
  if (operation.response === "json") {
    checkResponse(state, operation, data, options?.validation ?? state.config.validation);
  }
  const requestId =
    typeof data === "object" &&
    data !== null &&
    "request_id" in data &&
    typeof data.request_id === "string"
      ? data.request_id
      : undefined;
  return { data: data as T, response: responseMeta(response, requestId) };
}

/**
 * The attempt already read the body of every response it fetched; this is
 * for one a middleware made up (a cache, a stub) whose body stream fails.
 * A body cut off mid-read is a transport failure, not bad data.
 */
function mapBodyError(
  error: unknown,
  operation: Operation,
  status: number,
  signal: AbortSignal | undefined,
): unknown {
  if (error instanceof IntercomError) return error;
  if (signal?.aborted) return new AbortError(operation.id, signal.reason);
  return new NetworkError(operation.id, error, { status });
}
