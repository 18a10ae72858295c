import { describe, expect, it } from "vitest";
import { createApiError } from "../src/errors/create-api-error.js";
import { RateLimitError } from "../src/index.js";
import { retryAfterMs } from "../src/internal.js";

const now = Date.UTC(2026, 0, 1, 12, 0, 0);
const wait = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), now);

describe("retryAfterMs: the one reading of Retry-After and the reset headers", () => {
  it.each([
    ["2", 2_000],
    ["0", 0],
    [" 3 ", 3_000],
    ["Thu, 01 Jan 2026 12:00:04 GMT", 4_000],
    ["Thursday, 01-Jan-26 12:00:05 GMT", 5_000],
    ["Thu Jan  1 12:00:06 2026", 6_000],
    ["Thu, 01 Jan 2026 11:00:00 GMT", 0],
  ])("Retry-After %j waits %i ms", (value, ms) => {
    expect(wait({ "retry-after": value })).toBe(ms);
  });

  it.each([
    "",
    "1.5",
    "-1",
    "soon",
    "2026-01-01T12:00:04Z",
    "Thu, 31 Feb 2026 12:00:04 GMT",
    "Thu, 01 Jan 2026 25:00:00 GMT",
  ])("Retry-After %j says nothing, and the reset header is not consulted", (value) => {
    expect(wait({ "retry-after": value, "x-ratelimit-reset": String(now / 1000 + 7) })).toBe(
      undefined,
    );
  });

  it("without Retry-After, reads X-RateLimit-Reset as a UNIX time, or as seconds when small", () => {
    expect(wait({ "x-ratelimit-reset": String(now / 1000 + 7) })).toBe(7_000);
    expect(wait({ "x-ratelimit-reset": String(now / 1000 - 7) })).toBe(0);
    expect(wait({ "x-ratelimit-reset": "5" })).toBe(5_000);
    expect(wait({ "ratelimit-reset": "9" })).toBe(9_000);
    expect(wait({})).toBeUndefined();
  });

  it("is what RateLimitError.retryAfterMs() answers", () => {
    const error = (headers: Record<string, string>) =>
      createApiError(
        { status: 429, statusText: "", headers: new Headers(headers), body: "" },
        { method: "GET", path: "/me", operationId: "identifyAdmin" },
      ) as RateLimitError;
    expect(error({})).toBeInstanceOf(RateLimitError);
    // An empty header used to read as 0, and HTTP dates were ignored.
    expect(error({ "retry-after": "" }).retryAfterMs(now)).toBeUndefined();
    expect(error({ "retry-after": "Thu, 01 Jan 2026 12:00:04 GMT" }).retryAfterMs(now)).toBe(4_000);
    expect(error({ "x-ratelimit-reset": String(now / 1000 + 7) }).retryAfterMs(now)).toBe(7_000);
  });
});
