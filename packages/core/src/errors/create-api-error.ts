import { parseRateLimit } from "../operation/response-meta.js";
import { normalizeErrorBody } from "./api-error-body.js";
import {
  ApiError,
  type ApiErrorInit,
  BadRequestError,
  ConflictError,
  ContactMergedError,
  ForbiddenError,
  GoneError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "./api-errors.js";

type ApiErrorClass = new (init: ApiErrorInit) => ApiError;

/** One table for every operation: statuses mean the same thing across the API. */
const BY_STATUS: Readonly<Record<number, ApiErrorClass>> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  410: GoneError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

export interface FailedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: unknown;
}

export function createApiError(
  response: FailedResponse,
  request: { readonly method: string; readonly path: string; readonly operationId: string },
): ApiError {
  const { requestId, errors } = normalizeErrorBody(response.body);
  // Statuses map the same everywhere; one 410 code refines its class, since
  // its canonical contact is what a caller acts on.
  const ErrorClass =
    response.status === 410 && errors.some((e) => e.code === "contact_merged")
      ? ContactMergedError
      : (BY_STATUS[response.status] ?? (response.status >= 500 ? ServerError : ApiError));
  return new ErrorClass({
    status: response.status,
    statusText: response.statusText,
    method: request.method,
    path: request.path,
    operationId: request.operationId,
    requestId: requestId ?? response.headers.get("x-request-id") ?? undefined,
    errors,
    headers: response.headers,
    body: response.body,
    rateLimit: parseRateLimit(response.headers),
  });
}
