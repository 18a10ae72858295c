import { identifyAdmin } from "@intercom-kit/admins";
import { createClient, UnauthorizedError } from "@intercom-kit/core";
import { type Sandbox, startSandbox } from "@intercom-kit/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authorizeUrl,
  exchangeCode,
  OAuthStateMismatchError,
  OAuthTokenError,
  verifyCallback,
} from "../src/index.js";

const CLIENT = { clientId: "app-1", clientSecret: "app-1-secret" };
const REDIRECT = "https://app.example.com/oauth/callback";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ oauth: { clients: [CLIENT] } });
});
afterAll(() => sandbox.stop());

/** What the user's browser does: open the authorize URL and come back to the redirect. */
async function approve(url: string): Promise<string> {
  const res = await fetch(url, { redirect: "manual" });
  expect(res.status).toBe(302);
  return res.headers.get("location") ?? "";
}

describe("the OAuth flow against the sandbox", () => {
  it("authorizes, checks the state, exchanges the code and calls the API with the token", async () => {
    const { url, state } = authorizeUrl({
      clientId: CLIENT.clientId,
      redirectUri: REDIRECT,
      baseUrl: sandbox.url,
    });
    const callback = await approve(url);
    expect(callback.startsWith(`${REDIRECT}?`)).toBe(true);

    const code = verifyCallback(callback, state);
    const token = await exchangeCode({ code, ...CLIENT, baseUrl: sandbox.url });
    expect(token.tokenType).toBe("Bearer");
    expect(token.accessToken).not.toBe(sandbox.token);

    const client = createClient({ token: token.accessToken, baseUrl: sandbox.url });
    const me = await identifyAdmin(client);
    expect(me?.email).toMatch(/@/);

    // The same code a second time is refused, and the error holds neither it nor the secret.
    const replay = await exchangeCode({ code, ...CLIENT, baseUrl: sandbox.url }).catch(
      (e: unknown) => e,
    );
    expect(replay).toBeInstanceOf(OAuthTokenError);
    expect(replay).toMatchObject({ status: 401, error: "unauthorized" });
    const text = `${String(replay)} ${JSON.stringify(replay)}`;
    expect(text).not.toContain(code);
    expect(text).not.toContain(CLIENT.clientSecret);
  });

  it("refuses a callback that carries another session's state before any exchange", async () => {
    const mine = authorizeUrl({
      clientId: CLIENT.clientId,
      redirectUri: REDIRECT,
      baseUrl: sandbox.url,
    });
    const theirs = authorizeUrl({
      clientId: CLIENT.clientId,
      redirectUri: REDIRECT,
      baseUrl: sandbox.url,
    });
    const callback = await approve(theirs.url);
    expect(() => verifyCallback(callback, mine.state)).toThrow(OAuthStateMismatchError);
  });

  it("feeds a token supplier: the client asks for the current token on each call", async () => {
    const tokens = new Map<string, string>();
    const client = createClient({
      token: () => tokens.get("workspace-1") ?? "",
      baseUrl: sandbox.url,
    });
    const { url, state } = authorizeUrl({
      clientId: CLIENT.clientId,
      redirectUri: REDIRECT,
      baseUrl: sandbox.url,
    });
    const code = verifyCallback(await approve(url), state);
    tokens.set(
      "workspace-1",
      (await exchangeCode({ code, ...CLIENT, baseUrl: sandbox.url })).accessToken,
    );
    expect((await identifyAdmin(client))?.type).toBe("admin");

    tokens.set("workspace-1", "revoked-token");
    await expect(identifyAdmin(client)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
