import { AbortError, createClient } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { backoffWait, headerWait, type RetryEvent, retry } from "../src/index.js";
import { createContact, identifyAdmin } from "./support/operations.js";

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

const admin = { type: "admin", id: "1" };
const limited = { type: "error.list", errors: [{ code: "rate_limit_exceeded", message: "" }] };

/**
 * Answers `status` until `openAt` (ms), then 200. A client that retries before
 * the time its headers named gets `status` again, so counting the requests
 * shows whether the wait honoured the headers: no clock is read by the test.
 */
async function closedUntil(
  status: number,
  headersFor: (openAt: number) => Record<string, string>,
  opensAt: (firstRequest: number) => number = nextWholeSecond,
) {
  let openAt = 0;
  server = await startLoopbackServer((_req, res) => {
    const now = Date.now();
    if (openAt === 0) openAt = opensAt(now);
    if (now < openAt) sendJson(res, status, limited, headersFor(openAt));
    else sendJson(res, 200, admin);
  });
  return server;
}

/** At least 300 ms away, on a whole second: X-RateLimit-Reset and HTTP dates count seconds. */
function nextWholeSecond(now: number): number {
  return Math.ceil((now + 300) / 1000) * 1000;
}

/** Backoff of at most 1 ms: only a header can make the client wait long enough. */
const fastBackoff = { baseDelay: 1, maxDelay: 1 };

describe("waits honour the server's headers", () => {
  it("waits for X-RateLimit-Reset after a 429: one retry, and it succeeds", async () => {
    const events: RetryEvent[] = [];
    await closedUntil(429, (openAt) => ({
      "x-ratelimit-limit": "10",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(openAt / 1000),
    }));
    const client = createClient({ token: "tok", baseUrl: server?.url ?? "" }).use(
      retry({ ...fastBackoff, onRetry: (e) => events.push(e) }),
    );
    await expect(runOperation(client, createContact, { email: "a@b.co" })).resolves.toMatchObject(
      admin,
    );
    expect(server?.requests).toHaveLength(2);
    expect(events).toMatchObject([{ attempt: 2, status: 429, fromHeaders: true }]);
  });

  it("waits for Retry-After (seconds) on a 503", async () => {
    await closedUntil(
      503,
      () => ({ "retry-after": "1" }),
      (first) => first + 1000,
    );
    const client = createClient({ token: "tok", baseUrl: server?.url ?? "" }).use(
      retry(fastBackoff),
    );
    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject(admin);
    expect(server?.requests).toHaveLength(2);
  });

  it("waits for Retry-After given as an HTTP date", async () => {
    await closedUntil(429, (openAt) => ({ "retry-after": new Date(openAt).toUTCString() }));
    const client = createClient({ token: "tok", baseUrl: server?.url ?? "" }).use(
      retry(fastBackoff),
    );
    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject(admin);
    expect(server?.requests).toHaveLength(2);
  });

  it("caps a header wait at maxRetryAfter", async () => {
    const events: RetryEvent[] = [];
    server = await startLoopbackServer((_req, res) =>
      (server?.requests.length ?? 0) === 1
        ? sendJson(res, 429, limited, { "retry-after": "3600" })
        : sendJson(res, 200, admin),
    );
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      retry({ maxRetryAfter: 5, onRetry: (e) => events.push(e) }),
    );
    await runOperation(client, identifyAdmin, {});
    expect(events).toMatchObject([{ delayMs: 5, fromHeaders: true }]);
  });

  it("ignores X-RateLimit-Reset on a 5xx: that is not a budget wait", async () => {
    const events: RetryEvent[] = [];
    const inAnHour = String(Math.ceil(Date.now() / 1000) + 3600);
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 500, limited, { "x-ratelimit-remaining": "5", "x-ratelimit-reset": inAnHour }),
    );
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      retry({ ...fastBackoff, onRetry: (e) => events.push(e) }),
    );
    await runOperation(client, identifyAdmin, {}).catch(() => undefined);
    expect(events.map((e) => e.fromHeaders)).toEqual([false, false]);
  });
});

describe("abort", () => {
  it("ends the wait before a retry at once, and sends nothing more", async () => {
    // A 30 s Retry-After: only the abort can end this test within vitest's 5 s timeout.
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 429, limited, { "retry-after": "30" }),
    );
    let sleeping = false;
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      retry({ onRetry: () => (sleeping = true) }),
    );
    const controller = new AbortController();
    const call = runOperation(client, identifyAdmin, {}, { signal: controller.signal });
    // onRetry runs as ky decides to retry, just before its sleep: abort lands in the sleep.
    while (!sleeping) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error("shutting down"));
    const error = await rejectionOf(call, AbortError);
    expect(error.cause).toEqual(new Error("shutting down"));
    expect(server.requests).toHaveLength(1);
  });
});

describe("wait arithmetic", () => {
  const now = Date.UTC(2026, 0, 1);
  it("reads Retry-After as seconds or a date, and the reset as UNIX seconds", () => {
    expect(headerWait(new Headers({ "retry-after": "2" }), 429, now)).toBe(2000);
    const date = new Date(now + 4000).toUTCString();
    expect(headerWait(new Headers({ "retry-after": date }), 503, now)).toBe(4000);
    const reset = new Headers({ "x-ratelimit-reset": String(now / 1000 + 7) });
    expect(headerWait(reset, 429, now)).toBe(7000);
    expect(headerWait(reset, 500, now)).toBeUndefined();
    expect(headerWait(new Headers(), 429, now)).toBeUndefined();
  });

  it("uses full jitter under a doubling ceiling", () => {
    expect(backoffWait(1, 100, 10_000, () => 0.999)).toBe(99);
    expect(backoffWait(3, 100, 10_000, () => 0.999)).toBe(399);
    expect(backoffWait(10, 100, 1_000, () => 0.999)).toBe(999);
    expect(backoffWait(3, 100, 10_000, () => 0)).toBe(0);
  });
});
