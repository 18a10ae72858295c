import type { LimitedEvent } from "@intercom-kit/rate-limit";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, describe, expect, it } from "vitest";
import { AbortError, createIntercom, ServerError } from "../src/index.js";

// createIntercom preinstalls retry and the rate limiter; each can be turned off.

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

const admin = { type: "admin", id: "1", email: "a@example.com" };
const busy = { type: "error.list", errors: [{ code: "service_unavailable", message: "busy" }] };

/** Intercom's budget headers: `remaining` requests left in a window that resets in 10 s. */
function budget(remaining: number): Record<string, string> {
  return {
    "x-ratelimit-limit": "100",
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 10),
  };
}

/**
 * Answers 503 to the first `failures` requests and the admin afterwards. The
 * 503 carries `Retry-After: 0`, so retries with the default backoff do not wait.
 */
async function flakyServer(failures: number): Promise<LoopbackServer> {
  let hits = 0;
  server = await startLoopbackServer((_req, res) => {
    hits += 1;
    if (hits <= failures) sendJson(res, 503, busy, { ...budget(99), "retry-after": "0" });
    else sendJson(res, 200, admin, budget(99));
  });
  return server;
}

/** Answers the admin with no budget left in the current window. */
async function spentServer(): Promise<LoopbackServer> {
  server = await startLoopbackServer((_req, res) => sendJson(res, 200, admin, budget(0)));
  return server;
}

describe("createIntercom: retry", () => {
  it("retries a safe call after a 5xx by default", async () => {
    const { url, requests } = await flakyServer(1);
    const intercom = createIntercom({ token: "tok", baseUrl: url });
    const me = await intercom.admins.identify();
    expect(me?.id).toBe("1");
    expect(requests).toHaveLength(2);
  });

  it("gives up after retry's default two retries", async () => {
    const { url, requests } = await flakyServer(Number.POSITIVE_INFINITY);
    const intercom = createIntercom({ token: "tok", baseUrl: url });
    await expect(intercom.admins.identify()).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(3);
  });

  it("passes its retry options to the preinstalled retry", async () => {
    const { url, requests } = await flakyServer(Number.POSITIVE_INFINITY);
    const intercom = createIntercom({ token: "tok", baseUrl: url, retry: { limit: 1 } });
    await expect(intercom.admins.identify()).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(2);
  });

  it("leaves retries off when asked", async () => {
    const { url, requests } = await flakyServer(1);
    const intercom = createIntercom({
      token: "tok",
      baseUrl: url,
      retry: false,
      rateLimit: false,
    });
    await expect(intercom.admins.identify()).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });
});

describe("createIntercom: rate limiter", () => {
  it("holds a request back once the budget is spent, and reports it to onLimited", async () => {
    const { url, requests } = await spentServer();
    const events: LimitedEvent[] = [];
    const controller = new AbortController();
    const intercom = createIntercom({
      token: "tok",
      baseUrl: url,
      // The wait until the reset (up to 10 s) is reported first; aborting it ends the test at once.
      rateLimit: {
        onLimited: (event) => {
          events.push(event);
          controller.abort();
        },
      },
    });
    await intercom.admins.identify();
    await expect(
      intercom.admins.identify(undefined, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(1);
    expect(events).toEqual([
      expect.objectContaining({ operationId: "identifyAdmin", reason: "window" }),
    ]);
    expect(events[0]?.waitMs).toBeGreaterThan(0);
    expect(events[0]?.waitMs).toBeLessThanOrEqual(10_000);
  });

  it("holds a request back by default", async () => {
    const { url, requests } = await spentServer();
    const intercom = createIntercom({ token: "tok", baseUrl: url });
    await intercom.admins.identify();
    const second = intercom.admins.identify(undefined, { signal: AbortSignal.timeout(300) });
    await expect(second).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(1);
  });

  it("sends at once when turned off", async () => {
    const { url, requests } = await spentServer();
    const intercom = createIntercom({ token: "tok", baseUrl: url, rateLimit: false });
    await intercom.admins.identify();
    await intercom.admins.identify();
    expect(requests).toHaveLength(2);
  });
});
