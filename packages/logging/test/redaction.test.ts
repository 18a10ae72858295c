import { type Client, createClient, type Operation } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type LogLevel, logging, REDACTED, redactBody } from "../src/index.js";
import { captureLogger } from "./support/capture-logger.js";
import { createContact } from "./support/operations.js";

const CANARY = "tok_CANARY_d41d8c";
let server: LoopbackServer | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  return server?.close();
});

const retrieveContact: Operation = {
  id: "retrieveContact",
  method: "GET",
  path: "/contacts/{contact_id}",
  response: "json",
  retrySafe: true,
};

/** Puts the canary everywhere a careless logger could pick it up. */
async function leakyServer() {
  server = await startLoopbackServer((req, res) => {
    const status = req.path.startsWith("/contacts/") ? 500 : 200;
    sendJson(
      res,
      status,
      {
        type: status === 200 ? "contact" : "error.list",
        echo: `Bearer ${CANARY}`,
        access_token: CANARY,
        nested: { note: `the token is ${CANARY}` },
      },
      { "x-request-id": `req-${CANARY}` },
    );
  });
  return server;
}

/** Every kind of attempt: success with echoes, a 5xx, a path holding the token, no response. */
async function everyKindOfAttempt(client: Client, failing: Client) {
  await runOperation(client, createContact, {
    email: "a@b.co",
    custom_attributes: { token: CANARY, note: `copy of ${CANARY}` },
  });
  await runOperation(client, retrieveContact, { contact_id: CANARY }).catch(() => undefined);
  await runOperation(failing, createContact, {}).catch(() => undefined);
}

describe("the token never reaches a log", () => {
  it.each(["error", "warn", "info", "debug"] as LogLevel[])("at %s", async (level) => {
    await leakyServer();
    const { logger, lines } = captureLogger();
    const client = createClient({ token: CANARY, baseUrl: server?.url ?? "" }).use(
      logging({ logger, level }),
    );
    // No response at all, with the token in the failure's message.
    const failing = createClient({
      token: CANARY,
      baseUrl: server?.url ?? "",
      fetch: async () => {
        throw new TypeError(`fetch failed for Bearer ${CANARY}`);
      },
    }).use(logging({ logger, level }));
    await everyKindOfAttempt(client, failing);

    const written = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThan(0); // something was written at every level…
    expect(written).toContain(REDACTED); // …and it held the canary, replaced
    expect(written).not.toContain(CANARY);
    expect(written).not.toContain("CANARY");
  });

  it("with the default console logger", async () => {
    await leakyServer();
    const calls: unknown[] = [];
    for (const method of ["error", "warn", "info", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => calls.push(args));
    }
    const client = createClient({ token: CANARY, baseUrl: server?.url ?? "" }).use(
      logging({ level: "debug" }),
    );
    await everyKindOfAttempt(client, client);
    expect(calls.length).toBeGreaterThan(0);
    expect(JSON.stringify(calls)).not.toContain(CANARY);
  });

  it("redacts secret-looking keys and form fields in bodies, then truncates", () => {
    expect(redactBody('{"client_secret":"s3","user_hash":"h","name":"n"}', [], 1000)).toBe(
      '{"client_secret":"[REDACTED]","user_hash":"[REDACTED]","name":"n"}',
    );
    expect(redactBody("code=1&client_secret=s3&access_token=t", [], 1000)).toBe(
      "code=1&client_secret=[REDACTED]&access_token=[REDACTED]",
    );
    // A token cut by the truncation would leave a prefix; redaction runs first.
    expect(redactBody(`xx ${CANARY}`, [CANARY], 8)).toBe("xx [REDA…(+5 chars)");
  });
});
