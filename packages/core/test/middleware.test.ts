import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, type Middleware, ServerError } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { createContact, identifyAdmin } from "./support/operations.js";

let server: LoopbackServer;
afterEach(() => server.close());

const admin = { type: "admin", id: "1", email: "a@b.c" };

function tracing(name: string, log: string[]): Middleware {
  return (next) => async (request, context) => {
    log.push(`${name}>${context.attempt}`);
    const response = await next(request, context);
    log.push(`${name}<${context.attempt}:${response.status}`);
    return response;
  };
}

/** ky's retry, switched on the way a retry plugin does it. */
const kyRetry = { retry: { limit: 2, delay: () => 1, methods: ["get", "post"] } };

describe("middleware", () => {
  it("wraps each attempt, first added outermost", async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, admin));
    const log: string[] = [];
    const client = createClient({ token: "tok", baseUrl: server.url })
      .withMiddleware(tracing("a", log))
      .withMiddleware(tracing("b", log));
    await runOperation(client, identifyAdmin, {});
    expect(log).toEqual(["a>1", "b>1", "b<1:200", "a<1:200"]);
  });

  it("runs once per attempt, retries included", async () => {
    server = await startLoopbackServer((_req, res) =>
      server.requests.length < 3
        ? sendJson(res, 503, { type: "error.list", errors: [] })
        : sendJson(res, 200, admin),
    );
    const log: string[] = [];
    const client = createClient({ token: "tok", baseUrl: server.url })
      .withKyOptions(kyRetry)
      .withMiddleware(tracing("m", log));
    await runOperation(client, identifyAdmin, {});
    expect(server.requests).toHaveLength(3);
    expect(log).toEqual(["m>1", "m<1:503", "m>2", "m<2:503", "m>3", "m<3:200"]);
  });

  it("gives every attempt of one call the same call key, and the next call another", async () => {
    server = await startLoopbackServer((_req, res) =>
      server.requests.length === 1
        ? sendJson(res, 503, { type: "error.list", errors: [] })
        : sendJson(res, 200, admin),
    );
    const keys: object[] = [];
    const client = createClient({ token: "tok", baseUrl: server.url })
      .withKyOptions(kyRetry)
      .withMiddleware((next) => (request, context) => {
        keys.push(context.call);
        return next(request, context);
      });
    await runOperation(client, identifyAdmin, {});
    await runOperation(client, identifyAdmin, {});
    expect(keys).toHaveLength(3);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("tells the middleware the operation and whether it is safe to retry", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { type: "contact", id: "c", created_at: 1 }),
    );
    const seen: unknown[] = [];
    // One canned answer serves two operations; checking it against both schemas is not the point here.
    const client = createClient({
      token: "tok",
      baseUrl: server.url,
      validation: "off",
    }).withMiddleware((next) => (request, context) => {
      seen.push({
        id: context.operationId,
        retrySafe: context.retrySafe,
        method: request.method,
      });
      return next(request, context);
    });
    await runOperation(client, identifyAdmin, {});
    await runOperation(client, createContact, { email: "a@b.co" });
    expect(seen).toEqual([
      { id: "identifyAdmin", retrySafe: true, method: "GET" },
      { id: "createContact", retrySafe: false, method: "POST" },
    ]);
  });

  it("can answer without the network, and can change the request", async () => {
    server = await startLoopbackServer((req, res) =>
      sendJson(res, 200, { ...admin, seen: req.headers["x-trace"] }),
    );
    const client = createClient({ token: "tok", baseUrl: server.url }).withMiddleware(
      (next) => (request, context) => {
        const traced = new Request(request);
        traced.headers.set("x-trace", "t-1");
        return next(traced, context);
      },
    );
    expect(await runOperation(client, identifyAdmin, {})).toMatchObject({ seen: "t-1" });

    const cached = createClient({ token: "tok", baseUrl: server.url }).withMiddleware(
      () => async () => Response.json({ ...admin, id: "from-cache" }),
    );
    expect(await runOperation(cached, identifyAdmin, {})).toMatchObject({ id: "from-cache" });
    expect(server.requests).toHaveLength(1);
  });

  it("sees the final failure when retries run out", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 500, { type: "error.list", errors: [] }),
    );
    let attempts = 0;
    const client = createClient({ token: "tok", baseUrl: server.url })
      .withKyOptions(kyRetry)
      .withMiddleware((next) => (request, context) => {
        attempts = context.attempt;
        return next(request, context);
      });
    await expect(runOperation(client, identifyAdmin, {})).rejects.toBeInstanceOf(ServerError);
    expect(attempts).toBe(3);
  });
});

describe("plugins", () => {
  it("add typed members that follow the client's later middleware", async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, admin));
    const admins = () => (client: ReturnType<typeof createClient>) =>
      client.extend((c) => ({
        admins: { me: () => runOperation<typeof admin>(c, identifyAdmin, {}) },
      }));
    const log: string[] = [];
    // The facade is added before the middleware, and must still go through it.
    const client = createClient({ token: "tok", baseUrl: server.url })
      .use(admins())
      .withMiddleware(tracing("late", log));
    const me = await client.admins.me();
    expect(me.email).toBe("a@b.c");
    expect(log).toEqual(["late>1", "late<1:200"]);
  });

  it("may not replace the client's own members", () => {
    const client = createClient({ token: "tok" });
    expect(() => client.extend(() => ({ use: 1 }))).toThrow(/may not replace/);
  });
});
