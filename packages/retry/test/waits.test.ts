import { AbortError, createClient } from "@intercom-kit/core";
import { retryAfterMs, runOperation } from "@intercom-kit/core/internal";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type RetryEvent, retry } from "../src/index.js";
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
    expect(events).toEqual([
      { operationId: "createContact", attempt: 2, reason: "status", status: 429 },
    ]);
  });

  it("waits for Retry-After (seconds) on a 503 when 503 is in afterStatusCodes", async () => {
    await closedUntil(
      503,
      () => ({ "retry-after": "1" }),
      (first) => first + 1000,
    );
    const client = createClient({ token: "tok", baseUrl: server?.url ?? "" }).use(
      retry({ ...fastBackoff, afterStatusCodes: [429, 503] }),
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
    // An hour's Retry-After: only the cap lets this finish within vitest's 5 s.
    server = await startLoopbackServer((_req, res) =>
      (server?.requests.length ?? 0) === 1
        ? sendJson(res, 429, limited, { "retry-after": "3600" })
        : sendJson(res, 200, admin),
    );
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      retry({ maxRetryAfter: 5 }),
    );
    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject(admin);
    expect(server.requests).toHaveLength(2);
  });

  it.each([500, 503])(
    "ignores X-RateLimit-Reset on a %i: that is not a budget wait",
    async (status) => {
      // A reset an hour away: were it honoured, this would not end within vitest's 5 s.
      const inAnHour = String(Math.ceil(Date.now() / 1000) + 3600);
      server = await startLoopbackServer((_req, res) =>
        sendJson(res, status, limited, {
          "x-ratelimit-remaining": "5",
          "x-ratelimit-reset": inAnHour,
        }),
      );
      const client = createClient({ token: "tok", baseUrl: server.url }).use(retry(fastBackoff));
      await runOperation(client, identifyAdmin, {}).catch(() => undefined);
      expect(server.requests).toHaveLength(3);
    },
  );
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

describe("ky's wait agrees with the core's one reading of the headers", () => {
  const now = () => Date.now();
  const inSeconds = (s: number) => Math.ceil(now() / 1000) + s;
  const cases: [string, () => Record<string, string>][] = [
    ["Retry-After seconds", () => ({ "retry-after": "2" })],
    [
      "Retry-After as an HTTP date",
      () => ({ "retry-after": new Date(inSeconds(3) * 1000).toUTCString() }),
    ],
    [
      "an empty Retry-After",
      () => ({ "retry-after": "", "x-ratelimit-reset": String(inSeconds(4)) }),
    ],
    ["a fractional Retry-After", () => ({ "retry-after": "1.5" })],
    [
      "Retry-After over the reset",
      () => ({ "retry-after": "1", "x-ratelimit-reset": String(inSeconds(9)) }),
    ],
    ["X-RateLimit-Reset as UNIX seconds", () => ({ "x-ratelimit-reset": String(inSeconds(4)) })],
    ["X-RateLimit-Reset as seconds to wait", () => ({ "x-ratelimit-reset": "5" })],
    ["a Retry-After over maxRetryAfter", () => ({ "retry-after": "3600" })],
  ];

  it.each(cases)("%s", async (_name, headersOf) => {
    const headers = headersOf();
    let retriedAfter: number | undefined;
    const answers = [
      new Response(JSON.stringify(limited), { status: 429, headers }),
      new Response(JSON.stringify(admin), { status: 200 }),
    ];
    const client = createClient({
      token: "tok",
      baseUrl: "http://127.0.0.1:9",
      timeout: false,
      fetch: async () => {
        // The wait ky took before this retry is the last timer it set.
        if (answers.length === 1) retriedAfter = waits.at(-1);
        return answers.shift() ?? new Response("{}");
      },
    }).use(retry({ baseDelay: 1, maxDelay: 1, maxRetryAfter: 10_000 }));
    // Record the waits ky asks for, and take them at once.
    const realSetTimeout = globalThis.setTimeout;
    const waits: number[] = [];
    const spy = vi.spyOn(globalThis, "setTimeout").mockImplementation(((
      run: () => void,
      ms?: number,
    ) => {
      waits.push(ms ?? 0);
      return realSetTimeout(run, 0);
    }) as typeof setTimeout);
    const expected = retryAfterMs(new Headers(headers), now());
    try {
      await runOperation(client, identifyAdmin, {});
    } finally {
      spy.mockRestore();
    }
    expect(answers).toHaveLength(0);
    if (expected === undefined) {
      // No server-given wait: ky's backoff, under the 1 ms ceiling.
      expect(retriedAfter).toBeLessThanOrEqual(1);
    } else {
      expect(Math.abs((retriedAfter ?? -1) - Math.min(expected, 10_000))).toBeLessThanOrEqual(50);
    }
  });
});
