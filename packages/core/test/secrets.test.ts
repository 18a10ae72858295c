import { inspect } from "node:util";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, type Client, createClient, IntercomError } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { createContact, identifyAdmin } from "./support/operations.js";

const CANARY = "tok_CANARY_5b1e0c";
let server: LoopbackServer | undefined;
afterEach(() => server?.close());

/** Every way an error may end up in a log: message, stack, JSON, util.inspect (with causes). */
function everyRendering(error: unknown): string {
  const e = error as Error;
  return [
    String(e),
    e.message,
    e.stack,
    JSON.stringify(e),
    inspect(e, { depth: 8, showHidden: true }),
  ].join("\n");
}

describe("the token never appears in an error", () => {
  it.each([401, 404, 429, 500])("API error %i", async (status) => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, status, { type: "error.list", errors: [{ code: "x", message: "y" }] }),
    );
    const client = createClient({ token: CANARY, baseUrl: server.url });
    const error = await rejectionOf(runOperation(client, identifyAdmin, {}), ApiError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY}`);
    expect(everyRendering(error)).not.toContain(CANARY);
  });

  it("network, timeout, validation and configuration errors", async () => {
    const errors: unknown[] = [];
    server = await startLoopbackServer(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 500));
      if (!res.destroyed) sendJson(res, 200, {});
    });
    const url = server.url;
    const call = (client: Client, op = identifyAdmin, params: object = {}) =>
      rejectionOf(runOperation(client, op, params), IntercomError);
    errors.push(await call(createClient({ token: CANARY, baseUrl: url, timeout: 20 })));
    await server.close();
    server = undefined;
    errors.push(await call(createClient({ token: CANARY, baseUrl: url })));
    errors.push(
      await call(createClient({ token: CANARY, baseUrl: url }), createContact, { email: 1 }),
    );
    errors.push(await call(createClient({ token: () => "", baseUrl: url })));
    try {
      createClient({ token: CANARY, baseUrl: `http://user:${CANARY}@example.com` });
    } catch (e) {
      errors.push(e);
    }
    expect(errors).toHaveLength(5);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(everyRendering(error)).not.toContain(CANARY);
    }
  });

  it("the client itself does not print its token", () => {
    const log = vi.fn();
    const client = createClient({ token: CANARY });
    log(JSON.stringify(client), inspect(client, { depth: 5 }), JSON.stringify(client.config));
    expect(log.mock.calls.flat().join("\n")).not.toContain(CANARY);
  });
});
