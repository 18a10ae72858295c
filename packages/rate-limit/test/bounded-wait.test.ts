import { createClient, RateLimitError } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { retry } from "@intercom-kit/retry";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { type LimitedEvent, MemoryStore, rateLimit } from "../src/index.js";
import { identifyAdmin } from "./support/operations.js";

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

const limited = { type: "error.list", errors: [{ code: "rate_limit_exceeded", message: "" }] };
const admin = { type: "admin", id: "1" };

/** 429 with these headers for the first `refusals` requests, then 200 with a roomy budget. */
async function refusing(refusals: number, headers: () => Record<string, string>) {
  server = await startLoopbackServer((_req, res) =>
    (server?.requests.length ?? 0) <= refusals
      ? sendJson(res, 429, limited, {
          "x-ratelimit-limit": "10",
          "x-ratelimit-remaining": "0",
          ...headers(),
        })
      : sendJson(res, 200, admin),
  );
  return server;
}

describe("the limiter's wait", () => {
  it("is bounded by maxWaitMs: then the request is sent, and the server decides", async () => {
    // The reset is 30 s away: only the bound ends this within vitest's 5 s.
    const served = await refusing(1, () => ({
      "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 30),
    }));
    const events: LimitedEvent[] = [];
    const client = createClient({ token: "tok", baseUrl: served.url }).use(
      rateLimit({ store: new MemoryStore(), maxWaitMs: 200, onLimited: (e) => events.push(e) }),
    );
    await rejectionOf(runOperation(client, identifyAdmin, {}), RateLimitError);
    const started = performance.now();
    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject(admin);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(served.requests).toHaveLength(2);
    expect(events.map((e) => e.reason)).toEqual(["429", "blocked", "maxWait"]);
  });

  it("is not attempt time: a wait longer than the timeout ends in data, not TimeoutError", async () => {
    // Retry-After 1 s, but the window resets about 2 s later: retry() waits
    // the second, then the limiter holds the retry until the reset. The
    // 300 ms per-attempt timeout must not count either wait.
    const served = await refusing(1, () => ({
      "retry-after": "1",
      "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 2),
    }));
    const client = createClient({ token: "tok", baseUrl: served.url, timeout: 300 })
      .use(retry())
      .use(rateLimit());
    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject(admin);
    expect(served.requests).toHaveLength(2);
  });
});

describe("options", () => {
  it.each([0, -1, 1.5])("refuses maxWaitMs %s", (maxWaitMs) => {
    expect(() => rateLimit({ maxWaitMs })).toThrow(/maxWaitMs/);
  });
});
