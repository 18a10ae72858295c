import {
  type LoopbackServer,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import {
  attachTags,
  createDataEvent,
  deleteTag,
  downloadExport,
  getRecording,
  getTranscript,
  identifyAdmin,
} from "./support/operations.js";

let server: LoopbackServer;
afterEach(() => server.close());

describe("response kinds", () => {
  it("text: returns the transcript as a string", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("Agent: hello\nCustomer: hi");
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    expect(await runOperation(client, getTranscript, { call_id: "9" })).toBe(
      "Agent: hello\nCustomer: hi",
    );
    expect(server.requests[0]?.headers.accept).toBe("text/plain");
    // A caller's own Accept still wins.
    await runOperation(client, getTranscript, { call_id: "9" }, { headers: { Accept: "*/*" } });
    expect(server.requests[1]?.headers.accept).toBe("*/*");
  });

  it("redirect: returns the target and never follows it with the token", async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.path.startsWith("/calls/")) {
        res.writeHead(302, { location: `${server.url}/storage/rec.mp3?sig=abc` });
        res.end();
      } else {
        res.end("audio");
      }
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    expect(await runOperation(client, getRecording, { call_id: "9" })).toBe(
      `${server.url}/storage/rec.mp3?sig=abc`,
    );
    expect(server.requests.map((r) => r.path)).toEqual(["/calls/9/recording"]);
  });

  it("empty: resolves undefined for 202 and 204", async () => {
    server = await startLoopbackServer((req, res) => {
      res.writeHead(req.method === "POST" ? 202 : 204);
      res.end();
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    expect(
      await runOperation(client, createDataEvent, { event_name: "x", created_at: 1 }),
    ).toBeUndefined();
  });

  it("empty: resolves undefined for the bodiless 200 of DELETE /tags/{tag_id}", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-length": "0" });
      res.end();
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    expect(await runOperation(client, deleteTag, { tag_id: "7" })).toBeUndefined();
    expect(server.requests[0]).toMatchObject({ method: "DELETE", path: "/tags/7" });
  });

  it("empty: still hands over a body if one arrives", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"unexpected":true}');
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    expect(await runOperation(client, createDataEvent, { event_name: "x" })).toEqual({
      unexpected: true,
    });
  });

  it("binary: returns a stream of the download", async () => {
    const bytes = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff]);
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(bytes);
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    const stream = await runOperation<ReadableStream<Uint8Array>>(client, downloadExport, {
      job_identifier: "j1",
    });
    const received = Buffer.from(await new Response(stream).arrayBuffer());
    expect(received.equals(bytes)).toBe(true);
    expect(server.requests[0]?.headers.accept).toBe("application/octet-stream");
  });

  it("a whole-body param is sent as the JSON body", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"type":"tag","id":"1","name":"vip"}');
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    await runOperation(client, attachTags, { body: { name: "vip", users: [{ id: "c1" }] } });
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      name: "vip",
      users: [{ id: "c1" }],
    });
    expect(server.requests[0]?.headers["content-type"]).toMatch(/application\/json/);
  });

  it("withResponse: gives status, headers, rate limit and request id", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "x-ratelimit-limit": "1000",
        "x-ratelimit-remaining": "999",
        "x-ratelimit-reset": "1700000010",
        "x-request-id": "hdr-req",
      });
      res.end('{"type":"admin","id":"1","email":"a@b.c"}');
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    const { data, response } = await runOperation(client, identifyAdmin, {}).withResponse();
    expect(data).toMatchObject({ id: "1" });
    expect(response.status).toBe(200);
    expect(response.requestId).toBe("hdr-req");
    expect(response.rateLimit).toEqual({ limit: 1000, remaining: 999, reset: 1700000010 });
    expect(response.headers.get("content-type")).toBe("application/json");
  });
});
