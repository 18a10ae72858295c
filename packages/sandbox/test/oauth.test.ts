import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/index.js";

let sandbox: Sandbox;
let now = Date.UTC(2026, 11, 2);
beforeAll(async () => {
  sandbox = await startSandbox({
    oauth: { clients: [{ clientId: "app-1", clientSecret: "secret-1" }] },
    clock: () => now,
  });
});
afterAll(() => sandbox.stop());

const REDIRECT = "https://app.example.com/oauth/callback?keep=1";

async function authorize(query: Record<string, string>) {
  return fetch(`${sandbox.url}/oauth?${new URLSearchParams(query)}`, { redirect: "manual" });
}

async function codeFor(clientId = "app-1"): Promise<string> {
  const res = await authorize({ client_id: clientId, redirect_uri: REDIRECT, state: "s-1" });
  return new URL(res.headers.get("location") ?? "").searchParams.get("code") ?? "";
}

function exchange(fields: Record<string, string>, json = false) {
  return fetch(`${sandbox.url}/auth/eagle/token`, {
    method: "POST",
    headers: { "Content-Type": json ? "application/json" : "application/x-www-form-urlencoded" },
    body: json ? JSON.stringify(fields) : new URLSearchParams(fields),
  });
}

describe("GET /oauth", () => {
  it("redirects back with a code and the same state, keeping the redirect's own query", async () => {
    const res = await authorize({ client_id: "app-1", redirect_uri: REDIRECT, state: "st/ä+1" });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe("https://app.example.com/oauth/callback");
    expect(location.searchParams.get("keep")).toBe("1");
    expect(location.searchParams.get("state")).toBe("st/ä+1");
    expect(location.searchParams.get("code")).toMatch(/^sandbox-code-[0-9a-f]{32}$/);
  });

  it("needs a known client id and a redirect_uri, and takes no Bearer token", async () => {
    const missing = await authorize({ redirect_uri: REDIRECT });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errors: [{ code: "parameter_not_found" }] });
    const unknown = await authorize({ client_id: "someone-else", redirect_uri: REDIRECT });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ code: "invalid_client" }] });
    expect((await authorize({ client_id: "app-1" })).status).toBe(400);
    expect((await authorize({ client_id: "app-1", redirect_uri: "not a url" })).status).toBe(400);
  });
});

describe("POST /auth/eagle/token", () => {
  it("trades a code once for a token the API then accepts", async () => {
    const code = await codeFor();
    const res = await exchange({ code, client_id: "app-1", client_secret: "secret-1" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; access_token: string; token_type: string };
    expect(body.token_type).toBe("Bearer");
    expect(body.access_token).toMatch(/^sandbox-oauth-[0-9a-f]{32}$/);
    expect(body.token).toBe(body.access_token);

    const me = await fetch(`${sandbox.url}/me`, {
      headers: { Authorization: `Bearer ${body.access_token}` },
    });
    expect(me.status).toBe(200);

    const again = await exchange({ code, client_id: "app-1", client_secret: "secret-1" });
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({
      errors: [{ code: "unauthorized", message: "Unauthorized Code" }],
    });
  });

  it("takes a JSON body too", async () => {
    const code = await codeFor();
    const res = await exchange({ code, client_id: "app-1", client_secret: "secret-1" }, true);
    expect(res.status).toBe(200);
  });

  it("refuses a wrong secret, a made-up code, an expired code and missing fields", async () => {
    const wrongSecret = await exchange({
      code: await codeFor(),
      client_id: "app-1",
      client_secret: "nope",
    });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({
      errors: [{ message: "Unauthorized Client" }],
    });

    const madeUp = await exchange({
      code: "sandbox-code-0",
      client_id: "app-1",
      client_secret: "secret-1",
    });
    expect(madeUp.status).toBe(401);

    const code = await codeFor();
    now += 5 * 60 * 1000;
    const expired = await exchange({ code, client_id: "app-1", client_secret: "secret-1" });
    expect(expired.status).toBe(401);

    const missing = await exchange({ code: "x", client_id: "app-1" });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      errors: [{ code: "parameter_not_found", field: "client_secret" }],
    });
  });

  it("does not accept a token nobody was issued", async () => {
    const res = await fetch(`${sandbox.url}/me`, {
      headers: { Authorization: "Bearer sandbox-oauth-00000000000000000000000000000000" },
    });
    expect(res.status).toBe(401);
  });
});

describe("without registered clients", () => {
  it("approves any client id and takes any secret", async () => {
    const open = await startSandbox();
    try {
      const res = await fetch(
        `${open.url}/oauth?client_id=any&redirect_uri=${encodeURIComponent(REDIRECT)}`,
        { redirect: "manual" },
      );
      const code = new URL(res.headers.get("location") ?? "").searchParams.get("code") ?? "";
      const token = await fetch(`${open.url}/auth/eagle/token`, {
        method: "POST",
        body: new URLSearchParams({ code, client_id: "any", client_secret: "whatever" }),
      });
      expect(token.status).toBe(200);
    } finally {
      await open.stop();
    }
  });
});
