import { AbortError, createClient, RateLimitError } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
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

describe("waiting", () => {
  it("ends at once when the request's signal aborts, and sends nothing", async () => {
    // A 429 whose reset is 30 s away: only the abort ends this test within vitest's timeout.
    server = await startLoopbackServer((_req, res) =>
      sendJson(
        res,
        429,
        { type: "error.list", errors: [] },
        {
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 30),
        },
      ),
    );
    const store = new MemoryStore();
    const events: LimitedEvent[] = [];
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      rateLimit({ store, onLimited: (e) => events.push(e) }),
    );
    await rejectionOf(runOperation(client, identifyAdmin, {}), RateLimitError);

    const controller = new AbortController();
    const call = runOperation(client, identifyAdmin, {}, { signal: controller.signal });
    while (events.length < 2) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error("shutting down"));
    const error = await rejectionOf(call, AbortError);
    expect(error.cause).toEqual(new Error("shutting down"));
    expect(events.map((e) => e.reason)).toEqual(["429", "blocked"]);
    expect(server.requests).toHaveLength(1);
  });
});
