import type { RateLimitInfo } from "../operation/response-meta.js";
import { retryAfterMs } from "../operation/retry-after.js";
import type { ApiErrorItem } from "./api-error-body.js";
import { IntercomError } from "./intercom-error.js";

export interface ApiErrorInit {
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  /** The path template of the operation, e.g. `/contacts/{contact_id}`: no ids, no query. */
  readonly path: string;
  readonly operationId: string;
  readonly requestId: string | undefined;
  readonly errors: readonly ApiErrorItem[];
  readonly headers: Headers;
  readonly body: unknown;
  readonly rateLimit: RateLimitInfo;
}

/** Intercom answered with a status outside 2xx. Subclasses name the common ones. */
export class ApiError extends IntercomError {
  override name = "ApiError";
  readonly status: number;
  readonly requestId: string | undefined;
  readonly errors: readonly ApiErrorItem[];
  readonly headers: Headers;
  /** The body as received: parsed JSON, or text when it was not JSON. */
  readonly body: unknown;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly rateLimit: RateLimitInfo;

  constructor(init: ApiErrorInit) {
    super(describe(init));
    this.status = init.status;
    this.requestId = init.requestId;
    this.errors = init.errors;
    this.headers = init.headers;
    this.body = init.body;
    this.operationId = init.operationId;
    this.method = init.method;
    this.path = init.path;
    this.rateLimit = init.rateLimit;
  }

  /** The first error code, the one Intercom's docs key their advice on. */
  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      operationId: this.operationId,
      method: this.method,
      path: this.path,
      errors: this.errors,
      body: this.body,
    };
  }
}

export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
}
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
}
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
export class ServerError extends ApiError {
  override name = "ServerError";
}

/**
 * 410 Gone. Intercom answers it for a contact merged into another, with
 * `Link: </contacts/{id}>; rel="canonical"` pointing at the survivor.
 */
export class GoneError extends ApiError {
  override name = "GoneError";
  /** The canonical link target, e.g. `/contacts/5f7…`, when the API sent one. */
  readonly canonicalLink: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init);
    this.canonicalLink = canonicalLink(init.headers.get("link"));
  }
}

/**
 * 410 `contact_merged`: the contact was merged into another, which
 * `canonicalId` names (from the `Link` header). Follow it yourself, or with
 * `followMergedContacts()` of `@intercom-kit/contacts`.
 */
export class ContactMergedError extends GoneError {
  override name = "ContactMergedError";
  /** The id of the contact this one was merged into, when the `Link` header named one. */
  readonly canonicalId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init);
    this.canonicalId = canonicalContactId(this.canonicalLink);
  }
}

/**
 * The contact id of a canonical link, `</contacts/{id}>` (absolute or not);
 * `undefined` for a link to anything else.
 */
export function canonicalContactId(link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  let path: string;
  try {
    path = new URL(link, "https://api.intercom.io").pathname;
  } catch {
    return undefined;
  }
  const match = /\/contacts\/([^/]+)\/?$/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** 429: Intercom did not process the request; it is safe to send again after `reset`. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";

  /**
   * How long Intercom asked to wait, in ms: `Retry-After` (seconds or an
   * HTTP date), else `X-RateLimit-Reset`. The same reading the retry plugin
   * (through ky) and the rate limiter use; `undefined` when it did not say.
   */
  retryAfterMs(now = Date.now()): number | undefined {
    return retryAfterMs(this.headers, now);
  }
}

function describe(init: ApiErrorInit): string {
  const detail = init.errors
    .map((e) => `${e.code}${e.field ? ` (${e.field})` : ""}: ${e.message}`)
    .join("; ");
  const status = `${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
  const request = init.requestId ? ` [request ${init.requestId}]` : "";
  return `${init.method} ${init.path} failed with ${status}${detail ? ` — ${detail}` : ""}${request}`;
}

/** The target of `Link: <…>; rel="canonical"`, or `undefined`. */
export function canonicalLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const match = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (match?.[2] && /rel="?canonical"?/i.test(match[2])) return match[1];
  }
  return undefined;
}
