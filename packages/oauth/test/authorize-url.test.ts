import { ConfigurationError } from "@intercom-kit/core";
import { describe, expect, it } from "vitest";
import { authorizeUrl } from "../src/index.js";

describe("authorizeUrl", () => {
  it("points at Intercom's authorize page with the client id, redirect and a fresh state", () => {
    const { url, state } = authorizeUrl({
      clientId: "client-1",
      redirectUri: "https://app.example.com/oauth/callback",
    });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe("https://app.intercom.com/oauth");
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      client_id: "client-1",
      redirect_uri: "https://app.example.com/oauth/callback",
      state,
    });
    // 32 random bytes as base64url.
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("draws a new state every time", () => {
    const states = new Set(Array.from({ length: 50 }, () => authorizeUrl({ clientId: "c" }).state));
    expect(states.size).toBe(50);
  });

  it("keeps a state the app chose, and leaves redirect_uri out when none is given", () => {
    const { url, state } = authorizeUrl({ clientId: "c", state: "my-state" });
    expect(state).toBe("my-state");
    expect(new URL(url).searchParams.has("redirect_uri")).toBe(false);
    expect(new URL(url).searchParams.get("state")).toBe("my-state");
  });

  it("uses the region's web app, or a loopback baseUrl", () => {
    expect(authorizeUrl({ clientId: "c", region: "eu" }).url).toMatch(
      /^https:\/\/app\.eu\.intercom\.com\/oauth\?/,
    );
    expect(authorizeUrl({ clientId: "c", region: "au" }).url).toMatch(
      /^https:\/\/app\.au\.intercom\.com\/oauth\?/,
    );
    expect(authorizeUrl({ clientId: "c", baseUrl: "http://127.0.0.1:4010/" }).url).toMatch(
      /^http:\/\/127\.0\.0\.1:4010\/oauth\?client_id=c&state=/,
    );
  });

  it("refuses bad options with a ConfigurationError", () => {
    expect(() => authorizeUrl({ clientId: "" })).toThrow(ConfigurationError);
    expect(() => authorizeUrl({ clientId: "c", state: "" })).toThrow(/state must be/);
    expect(() => authorizeUrl({ clientId: "c", redirectUri: "/relative" })).toThrow(
      /redirectUri must be an absolute URL/,
    );
    expect(() => authorizeUrl({ clientId: "c", baseUrl: "http://example.com" })).toThrow(/https/);
    // @ts-expect-error an unknown region, as an untyped caller could pass it
    expect(() => authorizeUrl({ clientId: "c", region: "mars" })).toThrow(/Unknown region/);
  });
});
