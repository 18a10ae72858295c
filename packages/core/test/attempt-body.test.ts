import { type FaultServer, startFaultServer } from "@intercom-kit/test-support/fault-server";
import {
  type LoopbackServer,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  createClient,
  NetworkError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
} from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { downloadExport, retrieveContact } from "./support/operations.js";

// The body belongs to the attempt: it is read inside the per-attempt timeout
// and under the size cap, and a body that breaks off is a network failure
// that says a response had arrived. Core alone here (no retry); the fault
// suites of retry and the umbrella check what is retried.

let server: FaultServer | LoopbackServer | undefined;
afterEach(() => server?.close());

const params = { contact_id: "c1" };

async function faulty(fault: Parameters<typeof startFaultServer>[0]) {
  const started = await startFaultServer(fault);
  server = started;
  return started;
}

describe("a body that breaks off", () => {
  it.each(["reset-mid-body", "close-mid-body"] as const)(
    "%s: NetworkError saying a 200 had arrived",
    async (kind) => {
      const fault = await faulty(() => ({ kind }));
      const client = createClient({ token: "tok", baseUrl: fault.url });
      const error = await rejectionOf(runOperation(client, retrieveContact, params), NetworkError);
      expect(error.responseStatus).toBe(200);
      expect(error.message).toMatch(
        /^retrieveContact got a 200 response, but its body broke off after 100 bytes: /,
      );
      expect(fault.requests).toHaveLength(1);
    },
  );
});

describe("the per-attempt timeout covers the whole body", () => {
  it("a body that stalls after the headers times out", async () => {
    const fault = await faulty(() => ({ kind: "stall-body" }));
    const client = createClient({ token: "tok", baseUrl: fault.url, timeout: 150 });
    const started = performance.now();
    const error = await rejectionOf(runOperation(client, retrieveContact, params), TimeoutError);
    expect(performance.now() - started).toBeLessThan(150 + 1_000);
    expect(error.responseStatus).toBe(200);
    expect(error.message).toBe(
      "retrieveContact timed out after 150 ms, reading the body of its 200 response",
    );
  });

  it("a body that trickles in, each byte in time, times out as a whole", async () => {
    const fault = await faulty(() => ({ kind: "trickle-body", intervalMs: 10 }));
    const client = createClient({ token: "tok", baseUrl: fault.url, timeout: 200 });
    const started = performance.now();
    await rejectionOf(runOperation(client, retrieveContact, params), TimeoutError);
    expect(performance.now() - started).toBeLessThan(200 + 1_000);
  });

  it("no answer at all times out waiting for the headers", async () => {
    const fault = await faulty(() => ({ kind: "stall-headers" }));
    const client = createClient({ token: "tok", baseUrl: fault.url, timeout: 100 });
    const error = await rejectionOf(runOperation(client, retrieveContact, params), TimeoutError);
    expect(error.responseStatus).toBeUndefined();
    expect(error.message).toBe("retrieveContact timed out after 100 ms");
  });

  it("starts when the request is sent: a middleware's wait before it is not attempt time", async () => {
    const fault = await faulty(() => ({ kind: "ok" }));
    const client = createClient({ token: "tok", baseUrl: fault.url, timeout: 100 }).withMiddleware(
      (next) => async (request, context) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return next(request, context);
      },
    );
    await expect(runOperation(client, retrieveContact, params)).resolves.toMatchObject({
      id: "c1",
    });
  });
});

describe("the size cap, counted after decompression", () => {
  it("a gzip body that inflates past the default 16 MiB is a ResponseTooLargeError", async () => {
    const fault = await faulty(() => ({ kind: "gzip-bomb", inflatedBytes: 64 * 1024 * 1024 }));
    const client = createClient({ token: "tok", baseUrl: fault.url });
    const error = await rejectionOf(
      runOperation(client, retrieveContact, params),
      ResponseTooLargeError,
    );
    expect(error).toMatchObject({ limitBytes: 16 * 1024 * 1024, status: 200 });
  });

  it("a call can set its own cap; a body under it is read as usual", async () => {
    const fault = await faulty(() => ({ kind: "ok" }));
    const client = createClient({ token: "tok", baseUrl: fault.url });
    const options = { maxResponseBytes: 20 };
    await rejectionOf(
      runOperation(client, retrieveContact, params, options),
      ResponseTooLargeError,
    );
    await expect(runOperation(client, retrieveContact, params)).resolves.toMatchObject({
      id: "c1",
    });
  });

  it("an error body past the cap is cut there, and its status still decides", async () => {
    const page = `<html><title>Bad gateway</title>${"x".repeat(5_000)}</html>`;
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(page);
    });
    const client = createClient({ token: "tok", baseUrl: server.url, maxResponseBytes: 1_000 });
    const error = await rejectionOf(runOperation(client, retrieveContact, params), ServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(page.slice(0, 1_000));
  });

  it("a binary download is a stream for the caller, not read against the cap", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.alloc(5_000, 1));
    });
    const client = createClient({ token: "tok", baseUrl: server.url, maxResponseBytes: 1_000 });
    const stream = await runOperation<ReadableStream<Uint8Array>>(client, downloadExport, {
      job_identifier: "j1",
    });
    expect((await new Response(stream).arrayBuffer()).byteLength).toBe(5_000);
  });

  it("a binary download still stops when the caller aborts after the call resolved", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write(Buffer.alloc(100, 1)); // and never ends
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    const controller = new AbortController();
    const stream = await runOperation<ReadableStream<Uint8Array>>(
      client,
      downloadExport,
      { job_identifier: "j1" },
      { signal: controller.signal },
    );
    const reader = stream.getReader();
    expect((await reader.read()).value?.byteLength).toBe(100);
    controller.abort(new Error("enough"));
    await expect(reader.read()).rejects.toThrow();
  });

  it.each([0, -1, 1.5])("refuses maxResponseBytes %s", (maxResponseBytes) => {
    expect(() => createClient({ token: "tok", maxResponseBytes })).toThrow(/maxResponseBytes/);
  });
});

describe("a response read in the attempt", () => {
  it("keeps the URL that answered", async () => {
    const fault = await faulty(() => ({ kind: "ok" }));
    const client = createClient({ token: "tok", baseUrl: fault.url });
    const { response } = await runOperation(client, retrieveContact, params).withResponse();
    expect(response.url).toBe(`${fault.url}/contacts/c1`);
  });
});
