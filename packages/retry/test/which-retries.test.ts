import {
  ApiError,
  type CallContext,
  ConfigurationError,
  createClient,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { retry } from "../src/index.js";
import {
  createContact,
  identifyAdmin,
  searchContacts,
  updateContact,
} from "./support/operations.js";

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

const errorBody = { type: "error.list", errors: [{ code: "x", message: "y" }] };
/** Backoff of at most 1 ms, so counting attempts stays quick. */
const fast = retry({ baseDelay: 1, maxDelay: 1 });

/** A server that always answers `status`, and counts the POST /contacts it received. */
async function alwaysStatus(status: number) {
  server = await startLoopbackServer((_req, res) => sendJson(res, status, errorBody));
  return createClient({ token: "tok", baseUrl: server.url }).use(fast);
}

describe("which attempts are retried (default limit 2)", () => {
  it.each([408, 429, 500, 502, 503, 504])("GET on %i: 3 attempts", async (status) => {
    const client = await alwaysStatus(status);
    await rejectionOf(runOperation(client, identifyAdmin, {}), ApiError);
    expect(server?.requests).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 409, 410, 422, 501])("GET on %i: 1 attempt", async (status) => {
    const client = await alwaysStatus(status);
    await rejectionOf(runOperation(client, identifyAdmin, {}), ApiError);
    expect(server?.requests).toHaveLength(1);
  });

  it.each([408, 500, 502, 503, 504])(
    "a create POST on %i is sent once: the server counts one create",
    async (status) => {
      const client = await alwaysStatus(status);
      await rejectionOf(runOperation(client, createContact, { email: "a@b.co" }), ApiError);
      const creates = server?.requests.filter((r) => r.method === "POST" && r.path === "/contacts");
      expect(creates).toHaveLength(1);
    },
  );

  it("a create POST on 429 is retried: Intercom did not process it", async () => {
    const client = await alwaysStatus(429);
    await rejectionOf(runOperation(client, createContact, { email: "a@b.co" }), RateLimitError);
    expect(server?.requests).toHaveLength(3);
  });

  it.each([
    ["search POST", searchContacts],
    ["PUT", updateContact],
  ] as const)("a retry-safe %s on 503 is retried", async (_name, operation) => {
    const client = await alwaysStatus(503);
    await rejectionOf(runOperation(client, operation, { contact_id: "c1" }), ServerError);
    expect(server?.requests).toHaveLength(3);
  });

  it("succeeds when a later attempt does, and the caller sees only the success", async () => {
    server = await startLoopbackServer((_req, res) =>
      (server?.requests.length ?? 0) < 3
        ? sendJson(res, 502, errorBody)
        : sendJson(res, 200, { type: "admin", id: "1" }),
    );
    const client = createClient({ token: "tok", baseUrl: server.url }).use(fast);
    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject({ id: "1" });
    expect(server.requests).toHaveLength(3);
  });
});

describe("timeouts and network failures", () => {
  /**
   * Answers after 3 s, long after the 200 ms client timeout. Attempts are
   * counted where they are sent: on a loaded machine a timed-out attempt may
   * not have reached the server yet, so the server can only see fewer.
   */
  async function slow() {
    server = await startLoopbackServer(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      if (!res.destroyed) sendJson(res, 200, { type: "admin", id: "1" });
    });
    const sent = { attempts: 0 };
    const client = createClient({
      token: "tok",
      baseUrl: server.url,
      timeout: 200,
      fetch: (input, init) => {
        sent.attempts += 1;
        return fetch(input, init);
      },
    }).use(fast);
    return { client, sent };
  }

  it("retries a safe operation after a timeout", async () => {
    const { client, sent } = await slow();
    await rejectionOf(runOperation(client, identifyAdmin, {}), TimeoutError);
    expect(sent.attempts).toBe(3);
    expect(server?.requests.length).toBeLessThanOrEqual(3);
  });

  it("never repeats a create after a timeout", async () => {
    const { client, sent } = await slow();
    await rejectionOf(runOperation(client, createContact, { email: "a@b.co" }), TimeoutError);
    expect(sent.attempts).toBe(1);
    expect(server?.requests.length).toBeLessThanOrEqual(1);
  });

  /** Reads the whole request, then drops the connection without answering. */
  async function dropsAfterReading() {
    server = await startLoopbackServer((_req, res) => {
      res.socket?.destroy();
    });
    return createClient({ token: "tok", baseUrl: server.url }).use(fast);
  }

  it("never repeats a create whose connection dropped after it was sent", async () => {
    const client = await dropsAfterReading();
    await rejectionOf(runOperation(client, createContact, { email: "a@b.co" }), NetworkError);
    expect(server?.requests).toHaveLength(1);
  });

  it("retries a safe operation whose connection dropped", async () => {
    const client = await dropsAfterReading();
    await rejectionOf(runOperation(client, identifyAdmin, {}), NetworkError);
    expect(server?.requests).toHaveLength(3);
  });

  it("retries a create when the connection was refused, so nothing was sent", async () => {
    // A port that was just listening and is now closed: connections are refused.
    const closed = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
    await closed.close();
    let attempts = 0;
    const client = createClient({ token: "tok", baseUrl: closed.url })
      .use(fast)
      .withMiddleware((next) => (request, context) => {
        attempts = context.attempt;
        return next(request, context);
      });
    await rejectionOf(runOperation(client, createContact, { email: "a@b.co" }), NetworkError);
    expect(attempts).toBe(3);
  });
});

describe("per-call overrides", () => {
  it.each<[CallContext, number]>([
    [{ retry: false }, 1],
    [{ retry: { limit: 0 } }, 1],
    [{ retry: { limit: 4 } }, 5],
    [{ retry: { statusCodes: [404] } }, 1],
  ])("context %j: %i attempts on 503", async (context, attempts) => {
    const client = await alwaysStatus(503);
    await rejectionOf(runOperation(client, identifyAdmin, {}, { context }), ApiError);
    expect(server?.requests).toHaveLength(attempts);
  });

  it("a per-call status list can add a status", async () => {
    const client = await alwaysStatus(404);
    const context = { retry: { statusCodes: [404] } };
    await rejectionOf(runOperation(client, identifyAdmin, {}, { context }), ApiError);
    expect(server?.requests).toHaveLength(3);
  });

  it("plugin options set the client's default", async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 500, errorBody));
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      retry({ limit: 1, baseDelay: 1 }),
    );
    await rejectionOf(runOperation(client, identifyAdmin, {}), ServerError);
    expect(server.requests).toHaveLength(2);
  });

  it("a later retry() replaces an earlier one, e.g. the umbrella's preinstalled defaults", async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 500, errorBody));
    const client = createClient({ token: "tok", baseUrl: server.url })
      .use(retry({ limit: 1, baseDelay: 1 }))
      .use(retry({ limit: 3, baseDelay: 1 }));
    await rejectionOf(runOperation(client, identifyAdmin, {}), ServerError);
    expect(server.requests).toHaveLength(4);
  });

  it("without the plugin, nothing is retried", async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 503, errorBody));
    const client = createClient({ token: "tok", baseUrl: server.url });
    await rejectionOf(runOperation(client, identifyAdmin, {}), ServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("options", () => {
  it.each([{ limit: -1 }, { limit: 1.5 }, { maxRetryAfter: -5 }, { baseDelay: Number.NaN }])(
    "rejects %j when the plugin is made",
    (options) => {
      expect(() => retry(options)).toThrow(ConfigurationError);
    },
  );
});
