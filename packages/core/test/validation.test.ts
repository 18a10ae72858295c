import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type CoreLogger,
  createClient,
  type Drift,
  RequestValidationError,
  ResponseValidationError,
} from "../src/index.js";
import { runOperation } from "../src/internal.js";
import {
  createContact,
  identifyAdmin,
  listContacts,
  retrieveContact,
} from "./support/operations.js";

let server: LoopbackServer;
let responseBody: unknown;

beforeEach(async () => {
  server = await startLoopbackServer((_req, res) => sendJson(res, 200, responseBody));
});
afterEach(() => server.close());

describe("input validation", () => {
  it("names every bad path and sends nothing", async () => {
    const client = createClient({ token: "tok", baseUrl: server.url });
    const error = await rejectionOf(
      runOperation(client, createContact, {
        email: "not-an-email",
        role: "admin",
        favourite_colour: "blue",
      }),
      RequestValidationError,
    );
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "email",
      "favourite_colour",
      "role",
    ]);
    expect(error.message).toMatch(/^Invalid params for createContact: /);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a missing required path param before sending", async () => {
    const client = createClient({ token: "tok", baseUrl: server.url });
    const error = await rejectionOf(
      runOperation(client, retrieveContact, {}),
      RequestValidationError,
    );
    expect(error.issues.map((i) => i.path)).toEqual(["contact_id"]);
    expect(server.requests).toHaveLength(0);
  });

  it("sends the params as given when they are valid", async () => {
    responseBody = { type: "contact", id: "c1", created_at: 1700000000 };
    const client = createClient({ token: "tok", baseUrl: server.url });
    await runOperation(client, createContact, {
      email: "ada@example.com",
      custom_attributes: { score: 9.5, vip: true },
    });
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      email: "ada@example.com",
      custom_attributes: { score: 9.5, vip: true },
    });
  });
});

describe("response validation", () => {
  const drifted = {
    type: "admin",
    id: 42,
    email: "ada@example.com",
    brand_new_field: { nested: [1, 2] },
  };

  it("keeps unknown fields and leaves the data untouched", async () => {
    responseBody = { ...drifted, id: "42" };
    const client = createClient({ token: "tok", baseUrl: server.url, validation: "strict" });
    expect(await runOperation(client, identifyAdmin, {})).toEqual(responseBody);
  });

  it("strict: throws, and the error keeps every field", async () => {
    responseBody = drifted;
    const client = createClient({ token: "tok", baseUrl: server.url, validation: "strict" });
    const error = await rejectionOf(
      runOperation(client, identifyAdmin, {}),
      ResponseValidationError,
    );
    expect(error.issues).toEqual([{ path: "id", message: expect.stringContaining("string") }]);
    expect(error.data).toEqual(drifted);
  });

  it("warn (the default): returns the data and logs each schema path once", async () => {
    responseBody = drifted;
    const logger: CoreLogger = { warn: vi.fn() };
    const client = createClient({ token: "tok", baseUrl: server.url, logger });
    expect(await runOperation(client, identifyAdmin, {})).toEqual(drifted);
    expect(await runOperation(client, identifyAdmin, {})).toEqual(drifted);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(vi.mocked(logger.warn).mock.calls[0]?.[0]).toBe(
      "[intercom-kit] identifyAdmin answered number at id where its schema expects string; the data is returned as sent",
    );
  });

  it("warn: one wrong field across a 50-item page is one line, with the items folded", async () => {
    const contacts = Array.from({ length: 50 }, (_, i) => ({
      type: "contact",
      id: `c${i}`,
      created_at: 1700000000,
      owner_id: 900 + i,
    }));
    responseBody = { type: "list", data: contacts };
    const logger: CoreLogger = { warn: vi.fn() };
    const client = createClient({ token: "tok", baseUrl: server.url, logger });
    const page = await runOperation(client, listContacts, {});
    expect(page).toEqual(responseBody);
    await runOperation(client, listContacts, {});
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const [message, details] = vi.mocked(logger.warn).mock.calls[0] ?? [];
    expect(message).toBe(
      "[intercom-kit] listContacts answered number at data[].owner_id where its schema expects string (50 items); the data is returned as sent",
    );
    expect(details).toEqual({
      operationId: "listContacts",
      path: "data[].owner_id",
      expected: "string",
      received: "number",
      occurrences: 50,
    });
    // Only the kind of value is reported, never the value.
    expect(JSON.stringify(vi.mocked(logger.warn).mock.calls)).not.toContain("949");
  });

  it("warn with onDrift: every answer's drift goes to the callback, not the logger", async () => {
    responseBody = drifted;
    const logger: CoreLogger = { warn: vi.fn() };
    const seen: Drift[] = [];
    const client = createClient({
      token: "tok",
      baseUrl: server.url,
      logger,
      onDrift: (drift) => seen.push(drift),
    });
    await runOperation(client, identifyAdmin, {});
    await runOperation(client, identifyAdmin, {});
    expect(seen).toEqual([
      {
        operationId: "identifyAdmin",
        path: "id",
        expected: "string",
        received: "number",
        occurrences: 1,
      },
      {
        operationId: "identifyAdmin",
        path: "id",
        expected: "string",
        received: "number",
        occurrences: 1,
      },
    ]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("off: returns the data and says nothing", async () => {
    responseBody = drifted;
    const logger: CoreLogger = { warn: vi.fn() };
    const client = createClient({ token: "tok", baseUrl: server.url, validation: "off", logger });
    expect(await runOperation(client, identifyAdmin, {})).toEqual(drifted);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("a call can choose its own mode", async () => {
    responseBody = drifted;
    const client = createClient({ token: "tok", baseUrl: server.url, validation: "off" });
    await expect(
      runOperation(client, identifyAdmin, {}, { validation: "strict" }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it.each(["off", "warn", "strict"] as const)(
    "an empty body where JSON is expected is an error in %s mode",
    async (validation) => {
      await server.close();
      server = await startLoopbackServer((req, res) => {
        res.writeHead(req.method === "DELETE" ? 204 : 200, { "content-type": "application/json" });
        res.end();
      });
      const client = createClient({ token: "tok", baseUrl: server.url, validation });
      const error = await rejectionOf(
        runOperation(client, identifyAdmin, {}),
        ResponseValidationError,
      );
      expect(error.issues).toEqual([
        { path: "(root)", message: "body is empty (status 200); JSON was expected" },
      ]);
      expect(error.data).toBe("");
      // Even a 204, when the operation says it answers JSON.
      await rejectionOf(
        runOperation(client, { ...identifyAdmin, method: "DELETE" }, {}),
        ResponseValidationError,
      );
    },
  );

  it("invalid JSON is an error in every mode, carrying the raw text", async () => {
    await server.close();
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"type":"admin","id":');
    });
    const client = createClient({ token: "tok", baseUrl: server.url, validation: "off" });
    const error = await rejectionOf(
      runOperation(client, identifyAdmin, {}),
      ResponseValidationError,
    );
    expect(error.data).toBe('{"type":"admin","id":');
  });
});
