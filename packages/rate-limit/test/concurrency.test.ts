import { ConfigurationError, createClient } from "@intercom-kit/core";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, describe, expect, it } from "vitest";
import { rateLimit } from "../src/index.js";
import { runWorkload } from "./support/workload.js";

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

/** A server that holds each request 20 ms and records the most it held at once. */
async function countingServer() {
  let active = 0;
  const peak = { value: 0 };
  server = await startLoopbackServer(async (_req, res) => {
    active += 1;
    peak.value = Math.max(peak.value, active);
    await new Promise((resolve) => setTimeout(resolve, 20));
    active -= 1;
    sendJson(res, 200, { type: "admin", id: "1" });
  });
  return { url: server.url, peak };
}

describe("concurrency cap", () => {
  it("keeps at most maxConcurrent requests in flight", async () => {
    const { url, peak } = await countingServer();
    const client = createClient({ token: "tok", baseUrl: url }).use(
      rateLimit({ maxConcurrent: 2 }),
    );
    const result = await runWorkload(client, 12, 6);
    expect(result.failed).toBe(0);
    expect(peak.value).toBe(2);
  });

  it("without a cap, the same workload runs more than 2 at once (the test can fail)", async () => {
    const { url, peak } = await countingServer();
    const client = createClient({ token: "tok", baseUrl: url }).use(rateLimit());
    await runWorkload(client, 12, 6);
    // Up to 6 loops overlap; a loaded machine may start them further apart
    // than a request is held, so only "more than the cap" is certain.
    expect(peak.value).toBeGreaterThan(2);
  });
});

describe("options", () => {
  it.each([0, -1, 1.5, Number.NaN])("rejects maxConcurrent %s when the plugin is made", (value) => {
    expect(() => rateLimit({ maxConcurrent: value })).toThrow(ConfigurationError);
  });
});
