import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ContactMergedError,
  createClient,
  ForbiddenError,
  GoneError,
  IntercomError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { retrieveContact } from "./support/operations.js";

let server: LoopbackServer;
afterEach(() => server.close());

async function failWith(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ApiError> {
  server = await startLoopbackServer((_req, res) => {
    if (typeof body === "string") {
      res.writeHead(status, { "content-type": "text/html", ...headers });
      res.end(body);
    } else {
      sendJson(res, status, body, headers);
    }
  });
  const client = createClient({ token: "tok", baseUrl: server.url });
  return rejectionOf(runOperation(client, retrieveContact, { contact_id: "c1" }), ApiError);
}

const errorList = (code: string, message: string, field?: string) => ({
  type: "error.list",
  request_id: "req-123",
  errors: [{ code, message, ...(field ? { field } : {}) }],
});

describe("API errors", () => {
  it.each([
    [400, BadRequestError, "parameter_invalid"],
    [401, UnauthorizedError, "unauthorized"],
    [403, ForbiddenError, "api_plan_restricted"],
    [404, NotFoundError, "not_found"],
    [409, ConflictError, "conflict"],
    [410, GoneError, "gone"],
    [410, ContactMergedError, "contact_merged"],
    [422, UnprocessableEntityError, "parameter_invalid"],
    [429, RateLimitError, "rate_limit_exceeded"],
    [500, ServerError, "server_error"],
    [503, ServerError, "service_unavailable"],
  ])(
    "maps %i to %o with status, request id, errors, headers and body",
    async (status, ErrorClass, code) => {
      const body = errorList(code, "Something is wrong", "email");
      const error = await failWith(status, body, { "x-ratelimit-remaining": "7" });
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(IntercomError);
      expect(error.name).toBe(ErrorClass.name);
      expect(error.status).toBe(status);
      expect(error.requestId).toBe("req-123");
      expect(error.errors).toEqual([{ code, message: "Something is wrong", field: "email" }]);
      expect(error.code).toBe(code);
      expect(error.headers.get("x-ratelimit-remaining")).toBe("7");
      expect(error.rateLimit.remaining).toBe(7);
      expect(error.body).toEqual(body);
      expect(error.operationId).toBe("retrieveContact");
      expect(error.message).toContain(`GET /contacts/{contact_id} failed with ${status}`);
      expect(error.message).toContain(`${code} (email): Something is wrong`);
      expect(error.message).toContain("[request req-123]");
    },
  );

  it("falls back to the plain ApiError for other statuses", async () => {
    const error = await failWith(418, errorList("teapot", "short and stout"));
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(418);
  });

  it("carries the canonical link of a merged contact on 410", async () => {
    const error = await failWith(410, errorList("contact_merged", "merged"), {
      link: '</contacts/5f0a>; rel="canonical"',
    });
    expect((error as GoneError).canonicalLink).toBe("/contacts/5f0a");
    expect(error).toBeInstanceOf(ContactMergedError);
    expect((error as ContactMergedError).canonicalId).toBe("5f0a");
  });

  it("reads the canonical contact id from an absolute link, and none from another resource's", async () => {
    const absolute = await failWith(410, errorList("contact_merged", "merged"), {
      link: '<https://api.intercom.io/contacts/6a%2Fb>; rel="canonical"',
    });
    expect((absolute as ContactMergedError).canonicalId).toBe("6a/b");
    const other = await failWith(410, errorList("contact_merged", "merged"), {
      link: '</companies/1>; rel="canonical"',
    });
    expect((other as ContactMergedError).canonicalId).toBeUndefined();
  });

  it("computes the wait of a 429 from X-RateLimit-Reset", async () => {
    const reset = Math.floor(Date.now() / 1000) + 5;
    const error = (await failWith(429, errorList("rate_limit_exceeded", "slow down"), {
      "x-ratelimit-reset": String(reset),
    })) as RateLimitError;
    expect(error.rateLimit.reset).toBe(reset);
    expect(error.retryAfterMs(reset * 1000 - 4000)).toBe(4000);
  });

  it("reads the non-standard error bodies some endpoints send", async () => {
    const messages = await failWith(400, { type: "error", message: "Message not found" });
    expect(messages.errors).toEqual([{ code: "error", message: "Message not found" }]);
    await server.close();

    const redirects = await failWith(422, {
      error_key: "invalid_phone_number",
      message: "Bad number",
    });
    expect(redirects.errors).toEqual([{ code: "invalid_phone_number", message: "Bad number" }]);
    await server.close();

    const csat = await failWith(422, { errors: { rating: ["must be between 1 and 5"] } });
    expect(csat.errors).toEqual([
      { code: "invalid_field", message: "must be between 1 and 5", field: "rating" },
    ]);
    expect(csat.message).toContain("rating");
  });

  it("gives a useful message for an HTML error page", async () => {
    const error = await failWith(
      502,
      "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toContain("<title>");
    expect(error.message).toContain("502 Bad Gateway");
  });

  it("gives a useful message for an empty error body", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(503, "Service Unavailable");
      res.end();
    });
    const client = createClient({ token: "tok", baseUrl: server.url });
    const error = await rejectionOf(
      runOperation(client, retrieveContact, { contact_id: "c1" }),
      ServerError,
    );
    expect(error.message).toBe("GET /contacts/{contact_id} failed with 503 Service Unavailable");
  });
});
