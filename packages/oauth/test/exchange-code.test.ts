import {
  AbortError,
  ConfigurationError,
  NetworkError,
  REGION_BASE_URLS,
  TimeoutError,
} from "@intercom-kit/core";
import { afterEach, describe, expect, it } from "vitest";
import { exchangeCode, OAuthTokenError } from "../src/index.js";
import {
  type Answer,
  json,
  startTokenEndpoint,
  type TokenEndpoint,
} from "./support/token-endpoint.js";

const CODE = "code-canary-7f3a9c";
const SECRET = "secret-canary-b81d44";
const ACCESS = "access-canary-e02c17";

let endpoint: TokenEndpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

async function exchangeWith(answer: Answer, extra: Record<string, unknown> = {}) {
  endpoint = await startTokenEndpoint(answer);
  return exchangeCode({
    code: CODE,
    clientId: "client-1",
    clientSecret: SECRET,
    baseUrl: endpoint.url,
    ...extra,
  });
}

async function tokenError(answer: Answer): Promise<OAuthTokenError> {
  const error = await exchangeWith(answer).then(
    () => expect.unreachable("the exchange succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OAuthTokenError);
  const text = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
  for (const secret of [CODE, SECRET]) expect(text).not.toContain(secret);
  return error as OAuthTokenError;
}

describe("exchangeCode", () => {
  it("POSTs the code and credentials, form-encoded, and returns the token", async () => {
    const token = await exchangeWith(
      json(200, { type: "token", token_type: "Bearer", token: ACCESS, access_token: ACCESS }),
    );
    expect(token).toEqual({ accessToken: ACCESS, tokenType: "Bearer" });
    expect(endpoint?.seen).toHaveLength(1);
    const [request] = endpoint?.seen ?? [];
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/auth/eagle/token");
    expect(request?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      code: CODE,
      client_id: "client-1",
      client_secret: SECRET,
    });
  });

  it("takes `token` when `access_token` is absent", async () => {
    expect(await exchangeWith(json(200, { token: ACCESS }))).toEqual({
      accessToken: ACCESS,
      tokenType: "Bearer",
    });
  });

  it("turns an error.list answer into an OAuthTokenError with status and code", async () => {
    const error = await tokenError(
      json(401, {
        type: "error.list",
        request_id: "req-1",
        errors: [{ code: "unauthorized", message: "Unauthorized Code" }],
      }),
    );
    expect([error.status, error.error, error.errorDescription, error.requestId]).toEqual([
      401,
      "unauthorized",
      "Unauthorized Code",
      "req-1",
    ]);
  });

  it("turns OAuth's {error} into an OAuthTokenError, even with a 200", async () => {
    const error = await tokenError(
      json(200, { error: "invalid_grant", error_description: "code already used" }),
    );
    expect([error.status, error.error, error.errorDescription]).toEqual([
      200,
      "invalid_grant",
      "code already used",
    ]);
  });

  it("removes the code and the secret when the endpoint echoes them", async () => {
    const error = await tokenError(
      json(400, { error: "invalid_client", error_description: `bad ${SECRET} for ${CODE}` }),
    );
    expect(error.errorDescription).toBe("bad [REDACTED] for [REDACTED]");
  });

  it("says invalid_response for malformed JSON, a JSON that is not a token, or HTML", async () => {
    const malformed = await tokenError(json(200, '{"access_token": "trunc'));
    expect([malformed.status, malformed.error]).toEqual([200, "invalid_response"]);
    const noToken = await tokenError(json(200, { token_type: "Bearer" }));
    expect(noToken.errorDescription).toMatch(/no access_token/);
    const html = await tokenError((_request, response) => {
      response.writeHead(503, { "Content-Type": "text/html" });
      response.end("<html>Service Unavailable</html>");
    });
    expect([html.status, html.error]).toEqual([503, "invalid_response"]);
    const empty = await tokenError(json(500, { type: "error.list", errors: [] }));
    expect([empty.status, empty.error]).toEqual([500, "http_500"]);
  });

  it("refuses bad options before sending anything", async () => {
    endpoint = await startTokenEndpoint(json(200, { token: ACCESS }));
    const base = { code: CODE, clientId: "c", clientSecret: SECRET, baseUrl: endpoint.url };
    for (const bad of [
      { code: "" },
      { clientId: "  " },
      { clientSecret: undefined },
      { timeout: -1 },
      { baseUrl: "http://example.com" },
    ]) {
      const error = await exchangeCode({ ...base, ...bad } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(String(error)).not.toContain(SECRET);
    }
    expect(endpoint.seen).toHaveLength(0);
  });

  it("sends the exchange to the region's API host", async () => {
    const urls: string[] = [];
    const recording: typeof fetch = async (input) => {
      urls.push(String(input));
      return Response.json({ token: ACCESS });
    };
    for (const region of ["us", "eu", "au"] as const) {
      await exchangeCode({
        code: CODE,
        clientId: "c",
        clientSecret: SECRET,
        region,
        fetch: recording,
      });
    }
    await exchangeCode({ code: CODE, clientId: "c", clientSecret: SECRET, fetch: recording });
    expect(urls).toEqual([
      `${REGION_BASE_URLS.us}/auth/eagle/token`,
      `${REGION_BASE_URLS.eu}/auth/eagle/token`,
      `${REGION_BASE_URLS.au}/auth/eagle/token`,
      `${REGION_BASE_URLS.us}/auth/eagle/token`,
    ]);
  });

  it("stops with AbortError when the caller aborts, and with TimeoutError after the timeout", async () => {
    const hang: Answer = () => {}; // never answers
    const controller = new AbortController();
    const aborted = exchangeWith(hang, { signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("user left"));
    const abortError = await aborted;
    expect(abortError).toBeInstanceOf(AbortError);
    expect((abortError as AbortError).cause).toEqual(new Error("user left"));
    await endpoint?.close();

    const timedOut = await exchangeWith(hang, { timeout: 100 }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect((timedOut as TimeoutError).timeoutMs).toBe(100);
  });

  it("does not send when the signal has already fired", async () => {
    const error = await exchangeWith(json(200, { token: ACCESS }), {
      signal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(endpoint?.seen).toHaveLength(0);
  });

  it("is a NetworkError when nothing listens", async () => {
    endpoint = await startTokenEndpoint(json(200, {}));
    const { url } = endpoint;
    await endpoint.close();
    endpoint = undefined;
    const error = await exchangeCode({
      code: CODE,
      clientId: "c",
      clientSecret: SECRET,
      baseUrl: url,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(SECRET);
  });
});
