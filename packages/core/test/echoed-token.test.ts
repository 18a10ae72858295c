import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  createClient,
  IntercomError,
  NetworkError,
  REDACTED,
  ResponseValidationError,
} from "../src/index.js";
import { paginate, runOperation } from "../src/internal.js";
import { identifyAdmin, listContacts } from "./support/operations.js";

// Some proxies and error pages echo the request back, Authorization included.
// Every error below is built from such an answer; none may still hold the token.

const CANARY = "tok_CANARY_e7c2a9_0123456789";
let server: LoopbackServer | undefined;
afterEach(() => server?.close());

/** The token that reached the server, so the echo uses the token of the actual request. */
const sentToken = (req: RecordedRequest) => String(req.headers.authorization).slice(7);

/** Every way an error, and each error on its cause chain, can end up in a log. */
function everyRendering(error: unknown): string {
  const out: string[] = [inspect(error, { depth: 10 }), inspect(error, { showHidden: true })];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    const e = current as Error & Partial<ApiError>;
    out.push(String(e), e.message, e.stack ?? "", JSON.stringify(e) ?? "");
    if (e.headers instanceof Headers) out.push(JSON.stringify([...e.headers]));
    out.push(JSON.stringify(e.body) ?? "", JSON.stringify(e.errors) ?? "");
    current = e.cause;
  }
  return out.join("\n");
}

function expectNoToken(error: unknown, token = CANARY): void {
  const text = everyRendering(error);
  expect(text).not.toContain(token);
  // Nor a piece of it, which a message cut short could leave behind.
  expect(text).not.toContain(token.slice(0, 12));
}

type Echo = (res: ServerResponse, token: string) => void;

const ECHOES: [string, Echo][] = [
  [
    "in the error.list message",
    (res, token) =>
      sendJson(res, 401, {
        type: "error.list",
        request_id: "req-1",
        errors: [{ code: "unauthorized", message: `Access Token Invalid: Bearer ${token}` }],
      }),
  ],
  [
    "in other body fields and keys",
    (res, token) =>
      sendJson(res, 400, {
        type: "error.list",
        errors: [{ code: token, message: "bad", field: token }],
        echo: { headers: { authorization: `Bearer ${token}` }, [token]: [token] },
      }),
  ],
  [
    "in response headers, Authorization included",
    (res, token) =>
      sendJson(
        res,
        502,
        { type: "error.list", errors: [] },
        {
          authorization: `Bearer ${token}`,
          "x-echo-authorization": `Bearer ${token}`,
          "x-request-id": `req-${token}`,
          link: `</contacts/${token}>; rel="canonical"`,
        },
      ),
  ],
  [
    "in the status text",
    (res, token) => {
      res.writeHead(500, `Bad token ${token}`, { "content-type": "application/json" });
      res.end("{}");
    },
  ],
  [
    "in an HTML error page, where the message is cut short",
    (res, token) => {
      res.writeHead(503, { "content-type": "text/html" });
      res.end(`<html><title>${"x".repeat(180)} ${token}</title><body>${token}</body></html>`);
    },
  ],
  [
    "in a plain text body",
    (res, token) => {
      res.writeHead(403, { "content-type": "text/plain" });
      res.end(`proxy refused Authorization: Bearer ${token}`);
    },
  ],
];

describe("a server that echoes the token back", () => {
  it.each(ECHOES)("API error: token %s", async (_label, echo) => {
    server = await startLoopbackServer((req, res) => echo(res, sentToken(req)));
    const client = createClient({ token: CANARY, baseUrl: server.url });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), ApiError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY}`);
    expectNoToken(error);
    expect(everyRendering(error)).toContain(REDACTED);
    expect(error.headers.get("authorization")).toBeOneOf([null, REDACTED]);
  });

  it("redacts the token a supplier gave for that very call", async () => {
    server = await startLoopbackServer((req, res) =>
      sendJson(res, 401, {
        type: "error.list",
        errors: [{ code: "unauthorized", message: `bad token ${sentToken(req)}` }],
      }),
    );
    let n = 0;
    const client = createClient({
      token: async () => `${CANARY}_rotated_${++n}`,
      baseUrl: server.url,
    });
    for (const expected of [`${CANARY}_rotated_1`, `${CANARY}_rotated_2`]) {
      const error = await rejectionOf(runOperation(client, identifyAdmin, {}), ApiError);
      expect(error.message).toContain(`bad token ${REDACTED}`);
      expectNoToken(error, expected);
    }
  });

  it("on a later page of a paginated call", async () => {
    server = await startLoopbackServer((req, res) => {
      if (!req.query.has("starting_after")) {
        sendJson(res, 200, { type: "list", data: [], pages: { next: { starting_after: "p2" } } });
      } else {
        sendJson(res, 500, { type: "error.list", errors: [{ code: "x", message: CANARY }] });
      }
    });
    const client = createClient({ token: CANARY, baseUrl: server.url });
    const first = await paginate(client, listContacts, {});
    const error = await rejectionOf(first.nextPage(), ApiError);
    expectNoToken(error);
  });

  it("in a success body that fails strict validation, or is not JSON", async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.path === "/me") sendJson(res, 200, { type: "admin", id: 1, email: CANARY });
      else res.end(`not json ${CANARY}`);
    });
    const client = createClient({ token: CANARY, baseUrl: server.url, validation: "strict" });
    const mismatch = await rejectionOf(
      runOperation(client, identifyAdmin, {}),
      ResponseValidationError,
    );
    const notJson = await rejectionOf(
      runOperation(client, { ...identifyAdmin, path: "/text" }, {}),
      ResponseValidationError,
    );
    for (const error of [mismatch, notJson]) {
      expectNoToken(error);
      expect(inspect(error.data)).toContain(REDACTED);
    }
  });

  it("in the cause chain of a network failure", async () => {
    // A fetch (or proxy agent) whose failure repeats the request's headers.
    const leakyFetch: typeof fetch = async (input) => {
      const auth = new Request(input).headers.get("authorization");
      const detail = new Error(`proxy CONNECT refused; sent ${auth}`);
      throw new TypeError("fetch failed", { cause: detail });
    };
    const client = createClient({
      token: CANARY,
      baseUrl: "http://127.0.0.1:9",
      fetch: leakyFetch,
    });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), NetworkError);
    expect(error.message).toContain(`sent Bearer ${REDACTED}`);
    expect(((error.cause as Error).cause as Error).message).toContain(REDACTED);
    expectNoToken(error);
  });

  it("in an error the runtime raises about the token itself", async () => {
    // Headers refuse a value with CR/LF, and quote it in their TypeError.
    const token = `${CANARY}\r\nX-Injected: 1`;
    const client = createClient({ token, baseUrl: "http://127.0.0.1:9" });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), Error);
    expect(error).not.toBeInstanceOf(IntercomError);
    expectNoToken(error, token);
    expect(everyRendering(error)).not.toContain(CANARY);
  });
});
