import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { AbortError, createClient, NetworkError, TimeoutError } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { identifyAdmin } from "./support/operations.js";

let server: LoopbackServer;
afterEach(() => server?.close());

/** A server that answers after `ms`, so the client has time to give up first. */
const slowServer = (ms: number) =>
  startLoopbackServer(async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (!res.destroyed) sendJson(res, 200, { type: "admin", id: "1", email: "a@b.c" });
  });

describe("timeouts and aborts", () => {
  it("throws TimeoutError when the client timeout passes", async () => {
    server = await slowServer(1_000);
    const client = createClient({ token: "tok", baseUrl: server.url, timeout: 50 });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), TimeoutError);
    expect(error.timeoutMs).toBe(50);
    expect(error.message).toBe("identifyAdmin timed out after 50 ms");
  });

  it("lets a call override the client timeout", async () => {
    server = await slowServer(1_000);
    const client = createClient({ token: "tok", baseUrl: server.url, timeout: 10_000 });
    const error = await rejectionOf(
      runOperation(client, identifyAdmin, {}, { timeout: 30 }),
      TimeoutError,
    );
    expect(error.timeoutMs).toBe(30);
  });

  it("throws AbortError, not TimeoutError, when the caller aborts during the request", async () => {
    server = await slowServer(1_000);
    const client = createClient({ token: "tok", baseUrl: server.url, timeout: 5_000 });
    const controller = new AbortController();
    const call = runOperation(client, identifyAdmin, {}, { signal: controller.signal });
    // Abort once the server has the request, i.e. genuinely mid-flight.
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error("user navigated away"));
    const error = await rejectionOf(call, AbortError);
    expect(error.cause).toEqual(new Error("user navigated away"));
  });

  it("sends nothing when the signal is already aborted", async () => {
    server = await slowServer(0);
    const client = createClient({ token: "tok", baseUrl: server.url });
    await rejectionOf(
      runOperation(client, identifyAdmin, {}, { signal: AbortSignal.abort() }),
      AbortError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("throws NetworkError when nothing listens", async () => {
    server = await slowServer(0);
    const url = server.url;
    await server.close();
    const client = createClient({ token: "tok", baseUrl: url });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), NetworkError);
    expect(error.message).toMatch(/identifyAdmin failed before a response arrived/);
  });

  it("throws NetworkError when the connection drops mid-body", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"type":"adm');
      setTimeout(() => res.destroy(), 20);
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), NetworkError);
    expect(error.responseStatus).toBe(200);
    expect(error.message).toMatch(/identifyAdmin got a 200 response, but its body broke off/);
  });
});
