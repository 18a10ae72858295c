import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { ConfigurationError, createClient, REGION_BASE_URLS, SDK_VERSION } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { identifyAdmin, retrieveContact } from "./support/operations.js";

const admin = { type: "admin", id: "1", email: "ada@example.com" };
let server: LoopbackServer;

beforeEach(async () => {
  server = await startLoopbackServer((_req, res) => sendJson(res, 200, admin));
});
afterEach(() => server.close());

/** A fetch that sends to the loopback server whatever host the client aimed at, and remembers that host. */
function redirectingFetch(seen: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    seen.push(url.origin);
    return fetch(new Request(`${server.url}${url.pathname}${url.search}`, request));
  };
}

describe("createClient", () => {
  it.each(Object.entries(REGION_BASE_URLS))(
    "sends %s requests to %s with the standard headers",
    async (region, host) => {
      const seen: string[] = [];
      const client = createClient({
        token: "tok",
        region: region as "us",
        fetch: redirectingFetch(seen),
      });
      await runOperation(client, identifyAdmin, {});
      expect(seen).toEqual([host]);
      const headers = server.requests[0]?.headers;
      expect(headers?.authorization).toBe("Bearer tok");
      expect(headers?.["intercom-version"]).toBe("2.16");
      expect(headers?.accept).toBe("application/json");
      expect(headers?.["user-agent"]).toBe(`intercom-kit/${SDK_VERSION}`);
    },
  );

  it("sends an overridden version, default headers and a user agent suffix", async () => {
    const client = createClient({
      token: "tok",
      baseUrl: server.url,
      version: "2.11",
      headers: { "X-Team": "support" },
      userAgent: "my-app/1.2",
    });
    await runOperation(client, identifyAdmin, {});
    const headers = server.requests[0]?.headers;
    expect(headers?.["intercom-version"]).toBe("2.11");
    expect(headers?.["x-team"]).toBe("support");
    expect(headers?.["user-agent"]).toBe(`my-app/1.2 intercom-kit/${SDK_VERSION}`);
  });

  it("asks the token supplier on every call, so tokens can rotate", async () => {
    let n = 0;
    const client = createClient({ token: async () => `tok-${++n}`, baseUrl: server.url });
    await runOperation(client, identifyAdmin, {});
    await runOperation(client, identifyAdmin, {});
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer tok-1",
      "Bearer tok-2",
    ]);
  });

  it("keeps a base path and encodes path params", async () => {
    const client = createClient({
      token: "tok",
      baseUrl: `${server.url}/proxy/intercom/`,
      validation: "off",
    });
    await runOperation(client, retrieveContact, { contact_id: "a/b c" });
    expect(server.requests[0]?.path).toBe("/proxy/intercom/contacts/a%2Fb%20c");
  });

  it.each([
    ["http://api.example.com", /https/],
    ["not a url", /valid absolute URL/],
    ["https://user:pw@api.example.com", /credentials/],
  ])("refuses baseUrl %s", (baseUrl, message) => {
    expect(() => createClient({ token: "tok", baseUrl })).toThrow(ConfigurationError);
    expect(() => createClient({ token: "tok", baseUrl })).toThrow(message);
  });

  it("does not echo a baseUrl it cannot parse, which may carry a pasted token", () => {
    const baseUrl = "api.intercom.io?token=tok_PASTED_4411";
    expect(() => createClient({ token: "tok", baseUrl })).toThrow(/valid absolute URL/);
    expect(() => createClient({ token: "tok", baseUrl })).not.toThrow(/tok_PASTED_4411/);
  });

  it("accepts plain http on loopback hosts only", () => {
    for (const baseUrl of ["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010"]) {
      expect(createClient({ token: "tok", baseUrl }).config.baseUrl).toBe(baseUrl);
    }
  });

  it("rejects an unknown region, an empty token and a bad timeout", () => {
    expect(() => createClient({ token: "tok", region: "mars" as "us" })).toThrow(
      /Unknown region "mars"/,
    );
    expect(() => createClient({ token: "  " })).toThrow(ConfigurationError);
    expect(() => createClient({ token: "tok", timeout: -1 })).toThrow(/timeout/);
  });

  it("starts no timer and sends nothing at construction", () => {
    vi.useFakeTimers();
    try {
      createClient({ token: "tok", baseUrl: server.url });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(server.requests).toHaveLength(0);
  });

  it("is immutable: derived clients leave the original untouched", () => {
    const client = createClient({ token: "tok" });
    const derived = client.withMiddleware((next) => next);
    expect(Object.isFrozen(client)).toBe(true);
    expect(Object.isFrozen(client.config)).toBe(true);
    expect(derived).not.toBe(client);
    expect(() => {
      (client as { config: unknown }).config = {};
    }).toThrow(TypeError);
  });

  it("reports the version in package.json", () => {
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
