import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, createClient } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { identifyAdmin } from "./support/operations.js";

const CANARY = "tok_CANARY_9f3a71";
let server: LoopbackServer | undefined;
afterEach(() => server?.close());

/** Loopback after WHATWG parsing, so plain http is allowed; the second column is what is kept. */
const ACCEPTED = [
  ["http://localhost:4010", "http://localhost:4010"],
  ["http://LOCALHOST:4010", "http://localhost:4010"],
  ["http://127.0.0.1:4010", "http://127.0.0.1:4010"],
  ["http://127.255.255.254", "http://127.255.255.254"],
  ["http://127.1/", "http://127.0.0.1"],
  ["http://0x7f.1/", "http://127.0.0.1"],
  ["http://2130706433/", "http://127.0.0.1"],
  ["http://0177.0.0.1/", "http://127.0.0.1"],
  ["http://127.0.0.1./", "http://127.0.0.1"],
  ["http://[::1]:4010", "http://[::1]:4010"],
  ["http://[0:0:0:0:0:0:0:1]/", "http://[::1]"],
] as const;

/** Plain http to anything else would send the token in clear text. */
const REFUSED = [
  ["http://127.0.0.1.example.com", "http://127.0.0.1.example.com"],
  ["http://127.attacker.example", "http://127.attacker.example"],
  ["http://127.0.0.1.nip.io:4010", "http://127.0.0.1.nip.io:4010"],
  ["http://localhost.example", "http://localhost.example"],
  ["http://localhost./", "http://localhost."],
  ["http://api.localhost/", "http://api.localhost"],
  ["http://128.0.0.1/", "http://128.0.0.1"],
  ["http://0.0.0.0/", "http://0.0.0.0"],
  ["http://[::]/", "http://[::]"],
  // IPv4-mapped IPv6: loopback only on dual-stack sockets; use 127.0.0.1 instead.
  ["http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]"],
  ["http://[::2]/", "http://[::2]"],
  ["http://api.intercom.io", "http://api.intercom.io"],
] as const;

describe("plain http base URLs", () => {
  it.each(ACCEPTED)("accepts %s (kept as %s)", (baseUrl, kept) => {
    expect(createClient({ token: CANARY, baseUrl }).config.baseUrl).toBe(kept);
  });

  it.each(REFUSED)("refuses %s, naming %s and not the token", (baseUrl, origin) => {
    let error: unknown;
    try {
      createClient({ token: CANARY, baseUrl: `${baseUrl.replace(/\/$/, "")}/x?token=${CANARY}` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain("https");
    expect(message.endsWith(`: ${origin}`)).toBe(true);
    expect(message).not.toContain(CANARY);
  });

  it("accepts the same hosts over https", () => {
    for (const [baseUrl] of REFUSED) {
      const https = baseUrl.replace(/^http:/, "https:");
      expect(createClient({ token: CANARY, baseUrl: https }).config.baseUrl).toMatch(/^https:/);
    }
  });

  it("sends an accepted short form to the loopback address it stands for", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { type: "admin", id: "1", email: "a@b.c" }),
    );
    const port = new URL(server.url).port;
    const client = createClient({ token: CANARY, baseUrl: `http://127.1:${port}` });
    expect(client.config.baseUrl).toBe(`http://127.0.0.1:${port}`);
    await runOperation(client, identifyAdmin, {});
    expect(server.requests.map((r) => r.path)).toEqual(["/me"]);
  });
});
