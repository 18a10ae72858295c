/** Intercom's `X-RateLimit-*` headers, parsed. `reset` stays in UNIX seconds. */
export interface RateLimitInfo {
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  readonly reset: number | undefined;
}

/** What the raw HTTP response said, beyond the parsed data. */
export interface ResponseMeta {
  readonly status: number;
  readonly headers: Headers;
  /** The URL that answered, without credentials. */
  readonly url: string;
  readonly requestId: string | undefined;
  readonly rateLimit: RateLimitInfo;
}

export function parseRateLimit(headers: Headers): RateLimitInfo {
  return {
    limit: numberHeader(headers, "x-ratelimit-limit"),
    remaining: numberHeader(headers, "x-ratelimit-remaining"),
    reset: numberHeader(headers, "x-ratelimit-reset"),
  };
}

export function responseMeta(response: Response, bodyRequestId?: string): ResponseMeta {
  return {
    status: response.status,
    headers: response.headers,
    url: response.url,
    requestId: bodyRequestId ?? response.headers.get("x-request-id") ?? undefined,
    rateLimit: parseRateLimit(response.headers),
  };
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}
