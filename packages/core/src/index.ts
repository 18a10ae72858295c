export {
  type ApiVersion,
  DEFAULT_API_VERSION,
  type KnownApiVersion,
} from "./client/api-version.js";
export type { Client, Extension, Plugin } from "./client/client.js";
export type {
  ClientConfig,
  ClientOptions,
  CoreLogger,
  TokenSupplier,
  ValidationMode,
} from "./client/client-options.js";
export { createClient } from "./client/create-client.js";
export { REGION_BASE_URLS, type Region } from "./client/regions.js";
export { SDK_VERSION } from "./client/sdk-version.js";
export type { ApiErrorItem } from "./errors/api-error-body.js";
export {
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
} from "./errors/api-errors.js";
export { ConfigurationError, IntercomError } from "./errors/intercom-error.js";
export {
  AbortError,
  NetworkError,
  type PartialResponse,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors/transport-errors.js";
export {
  RequestValidationError,
  ResponseValidationError,
  type ValidationIssue,
} from "./errors/validation-errors.js";
export type { ApiPromise, ApiResult } from "./operation/api-promise.js";
export type {
  CallContext,
  HttpMethod,
  Operation,
  PaginationSpec,
  PaginationStrategy,
  RequestOptions,
  ResponseKind,
} from "./operation/operation.js";
export type { RateLimitInfo, ResponseMeta } from "./operation/response-meta.js";
export type { Page } from "./pagination/page.js";
export type { PagedCall } from "./pagination/paginate.js";
export { REDACTED, redactSecrets } from "./redaction/redact-secrets.js";
export type { AttemptContext, Handler, Middleware } from "./transport/middleware.js";
export type { Drift } from "./validation/drift.js";
