import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
beforeAll(async () => {
  api = await startClient({ tokens: ["token-a", "token-b"] });
});
afterAll(() => api.sandbox.stop());

describe("bearer tokens", () => {
  it.each([
    ["no Authorization header", null],
    ["an unknown token", "token-c"],
  ])("answers 401 unauthorized for %s", async (_, token) => {
    const res = await api.request("GET", "/me", { token });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      type: "error.list",
      errors: [{ code: "unauthorized", message: "Access Token Invalid" }],
    });
    expect(res.body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-request-id")).toBe(res.body.request_id);
  });

  it("accepts every configured token", async () => {
    expect((await api.request("GET", "/me", { token: "token-a" })).status).toBe(200);
    expect((await api.request("GET", "/me", { token: "token-b" })).status).toBe(200);
  });

  it("refuses a non-Bearer scheme", async () => {
    const res = await api.request("GET", "/me", {
      token: null,
      headers: { Authorization: "Basic dG9rZW4tYTo=" },
    });
    expect(res.status).toBe(401);
  });

  it("checks the token before answering an example-backed operation", async () => {
    expect((await api.request("GET", "/macros", { token: null })).status).toBe(401);
  });
});

describe("Intercom-Version", () => {
  it("serves the default version when the header is missing", async () => {
    expect((await api.get("/me")).status).toBe(200);
  });

  it.each(["2.16", "2.11", "Unstable"])("accepts the published version %s", async (version) => {
    const res = await api.request("GET", "/me", { headers: { "Intercom-Version": version } });
    expect(res.status).toBe(200);
  });

  it("answers 400 intercom_version_invalid for an unknown version", async () => {
    const res = await api.request("GET", "/me", { headers: { "Intercom-Version": "3.0" } });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe("error.list");
    expect(res.body.errors[0].code).toBe("intercom_version_invalid");
  });
});

describe("CORS", () => {
  it("answers a preflight without a token and allows the SDK's headers", async () => {
    const res = await fetch(`${api.sandbox.url}/contacts/search`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,intercom-version,content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const allowed = (res.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const header of ["authorization", "intercom-version", "content-type"]) {
      expect(allowed).toContain(header);
    }
  });

  it("puts CORS and rate-limit exposure on answers, errors included", async () => {
    const res = await fetch(`${api.sandbox.url}/me`, {
      headers: { Origin: "http://localhost:5173" },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("X-RateLimit-Remaining");
  });
});
