import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createIntercom, ServerError } from "../src/index.js";

// createIntercom preinstalls retry and the rate limiter; each can be turned off.

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

/** Answers 503 to the first request and the admin afterwards, with Intercom's budget headers. */
async function flakyServer(): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits += 1;
    const reset = String(Math.floor(Date.now() / 1000) + 10);
    const headers = {
      "content-type": "application/json",
      "x-ratelimit-limit": "100",
      "x-ratelimit-remaining": "99",
      "x-ratelimit-reset": reset,
    };
    if (hits === 1) {
      res.writeHead(503, headers);
      res.end(
        JSON.stringify({
          type: "error.list",
          errors: [{ code: "service_unavailable", message: "busy" }],
        }),
      );
    } else {
      res.writeHead(200, headers);
      res.end(JSON.stringify({ type: "admin", id: "1", email: "a@example.com" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

describe("createIntercom", () => {
  it("retries a safe call after a 5xx by default", async () => {
    const server = await flakyServer();
    const intercom = createIntercom({
      token: "tok",
      baseUrl: server.url,
      retry: { limit: 2, maxRetryAfter: 50 },
    });
    const me = await intercom.admins.identify();
    expect(me?.id).toBe("1");
    expect(server.hits()).toBe(2);
  });

  it("leaves retries off when asked", async () => {
    const server = await flakyServer();
    const intercom = createIntercom({
      token: "tok",
      baseUrl: server.url,
      retry: false,
      rateLimit: false,
    });
    await expect(intercom.admins.identify()).rejects.toBeInstanceOf(ServerError);
    expect(server.hits()).toBe(1);
  });
});
