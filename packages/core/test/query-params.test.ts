import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { runOperation } from "../src/internal.js";
import { listDataEvents } from "./support/operations.js";

let server: LoopbackServer;
beforeEach(async () => {
  server = await startLoopbackServer((_req, res) =>
    sendJson(res, 200, { type: "event.list", events: [] }),
  );
});
afterEach(() => server.close());

describe("query params", () => {
  it("sends an object param's keys as params of their own (form, explode)", async () => {
    const client = createClient({ token: "tok", baseUrl: server.url });
    await runOperation(client, listDataEvents, {
      type: "user",
      filter: { intercom_user_id: "u1" },
    });
    expect(server.requests[0]?.query.toString()).toBe("type=user&intercom_user_id=u1");
  });

  it("repeats an array param and leaves out undefined and null", async () => {
    const client = createClient({ token: "tok", baseUrl: server.url });
    await runOperation(client, listDataEvents, {
      type: ["user", "lead"],
      filter: undefined,
      summary: null,
    });
    expect(server.requests[0]?.query.getAll("type")).toEqual(["user", "lead"]);
    expect([...(server.requests[0]?.query.keys() ?? [])]).toEqual(["type", "type"]);
  });
});
