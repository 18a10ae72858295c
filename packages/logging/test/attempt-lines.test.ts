import { createClient, ServerError } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { retry } from "@intercom-kit/retry";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { type LogLevel, logging } from "../src/index.js";
import { captureLogger } from "./support/capture-logger.js";
import { createContact, identifyAdmin } from "./support/operations.js";

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

const rateHeaders = (remaining: number) => ({
  "x-ratelimit-limit": "100",
  "x-ratelimit-remaining": String(remaining),
  "x-ratelimit-reset": "1800000000",
  "x-request-id": `req-${remaining}`,
});

/** 503 twice, then 200: three attempts for one call. */
async function flakyServer() {
  server = await startLoopbackServer((_req, res) => {
    const n = server?.requests.length ?? 0;
    if (n < 3) sendJson(res, 503, { type: "error.list", errors: [] }, rateHeaders(100 - n));
    else sendJson(res, 200, { type: "admin", id: "1" }, rateHeaders(100 - n));
  });
  return server;
}

describe("one line per attempt", () => {
  it("logs each attempt of a retried call with its own number, status and headers", async () => {
    await flakyServer();
    const { logger, lines } = captureLogger();
    const client = createClient({ token: "tok", baseUrl: server?.url ?? "" })
      .use(logging({ logger }))
      .use(retry({ baseDelay: 1, maxDelay: 1 }));
    await runOperation(client, identifyAdmin, {});
    expect(lines.map((l) => [l.level, l.fields.attempt, l.fields.status])).toEqual([
      ["warn", 1, 503],
      ["warn", 2, 503],
      ["info", 3, 200],
    ]);
    expect(lines[2]?.fields).toMatchObject({
      operationId: "identifyAdmin",
      method: "GET",
      path: "/me",
      requestId: "req-97",
      rateLimitRemaining: 97,
    });
    expect(typeof lines[2]?.fields.durationMs).toBe("number");
    expect(lines[2]?.message).toMatch(
      /^intercom GET \/me 200 \d+ms attempt=3 op=identifyAdmin request_id=req-97 rate_limit_remaining=97$/,
    );
  });

  it("logs an attempt that got no response at error", async () => {
    const closed = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
    await closed.close();
    const { logger, lines } = captureLogger();
    const client = createClient({ token: "tok", baseUrl: closed.url }).use(logging({ logger }));
    await runOperation(client, identifyAdmin, {}).catch(() => undefined);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", fields: { attempt: 1 } });
    expect(lines[0]?.message).toMatch(/ failed .*error="TypeError: fetch failed"/);
  });

  it.each([
    ["silent", []],
    ["error", []],
    ["warn", ["warn", "warn"]],
    ["info", ["warn", "warn", "info"]],
    ["debug", ["warn", "warn", "info"]],
  ] as [LogLevel, string[]][])("at %s writes %j", async (level, expected) => {
    await flakyServer();
    const { logger, lines } = captureLogger();
    const client = createClient({ token: "tok", baseUrl: server?.url ?? "" })
      .use(retry({ baseDelay: 1, maxDelay: 1 }))
      .use(logging({ logger, level }));
    await runOperation(client, identifyAdmin, {});
    expect(lines.map((l) => l.level)).toEqual(expected);
  });

  it("writes bodies only at debug, truncated", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { type: "contact", id: "c1", name: "x".repeat(500) }),
    );
    for (const level of ["info", "debug"] as const) {
      const { logger, lines } = captureLogger();
      const client = createClient({ token: "tok", baseUrl: server.url }).use(
        logging({ logger, level, maxBodyLength: 100 }),
      );
      await runOperation(client, createContact, { email: "a@b.co" });
      if (level === "info") {
        expect(lines[0]?.fields).not.toHaveProperty("responseBody");
        expect(lines[0]?.fields).not.toHaveProperty("requestBody");
      } else {
        expect(lines[0]?.fields.requestBody).toBe('{"email":"a@b.co"}');
        const body = String(lines[0]?.fields.responseBody);
        expect(body.startsWith('{"type":"contact","id":"c1"')).toBe(true);
        expect(body).toMatch(/…\(\+\d+ chars\)$/);
        expect(body.length).toBeLessThan(130);
      }
    }
  });

  it("lets the error reach the caller unchanged", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 500, { type: "error.list", errors: [] }),
    );
    const { logger } = captureLogger();
    const client = createClient({ token: "tok", baseUrl: server.url }).use(logging({ logger }));
    await rejectionOf(runOperation(client, identifyAdmin, {}), ServerError);
  });
});
