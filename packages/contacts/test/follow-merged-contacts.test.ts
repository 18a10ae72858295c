import { createClient, GoneError } from "@intercom-kit/core";
import { retry } from "@intercom-kit/retry";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ContactMergedError,
  deleteContact,
  followMergedContacts,
  listContactNotes,
  type MergedContactFollow,
  retrieveContact,
  updateContact,
} from "../src/index.js";

/**
 * A loopback Intercom: `lead1` was merged into `user1`, and `lead2` into
 * `lead3`, itself merged into `user3` (a chain); `flaky` answers 500 once
 * on its canonical id.
 */
const MERGED: Record<string, string> = {
  lead1: "user1",
  lead2: "lead3",
  lead3: "user3",
  gone: "flaky",
};
let server: LoopbackServer;
let flakyAnswered = 0;
afterEach(() => server?.close());

async function start(): Promise<string> {
  flakyAnswered = 0;
  server = await startLoopbackServer((request, res) => {
    const id = /^\/contacts\/([^/]+)/.exec(request.path)?.[1] ?? "";
    const canonical = MERGED[id];
    if (canonical !== undefined) {
      sendJson(
        res,
        410,
        {
          type: "error.list",
          request_id: "r410",
          errors: [{ code: "contact_merged", message: "merged" }],
        },
        { link: `</contacts/${canonical}>; rel="canonical"` },
      );
      return;
    }
    if (id === "flaky" && flakyAnswered++ === 0) {
      sendJson(res, 500, { type: "error.list", errors: [{ code: "server_error", message: "x" }] });
      return;
    }
    if (request.path.endsWith("/notes")) {
      sendJson(res, 200, { type: "list", data: [{ type: "note", id: "n1", body: id }] });
      return;
    }
    sendJson(res, 200, {
      type: "contact",
      id,
      role: "user",
      ...(request.body ? JSON.parse(request.body) : {}),
    });
  });
  return server.url;
}

describe("followMergedContacts against a loopback server", () => {
  it("without the plugin, the 410 is a typed ContactMergedError naming the canonical contact", async () => {
    const client = createClient({ token: "t", baseUrl: await start() });
    const error = await rejectionOf(
      retrieveContact(client, { contact_id: "lead1" }),
      ContactMergedError,
    );
    expect(error).toBeInstanceOf(GoneError);
    expect(error.canonicalId).toBe("user1");
    expect(error.canonicalLink).toBe("/contacts/user1");
    expect(error.code).toBe("contact_merged");
    expect(server.requests.map((r) => r.path)).toEqual(["/contacts/lead1"]);
  });

  it("sends a read on once to the canonical id, sub-resources included, and tells onFollow", async () => {
    const follows: MergedContactFollow[] = [];
    const client = createClient({ token: "t", baseUrl: await start() }).use(
      followMergedContacts({ onFollow: (event) => follows.push(event) }),
    );
    const contact = await retrieveContact(client, { contact_id: "lead1" });
    expect(contact.id).toBe("user1");
    const notes = await listContactNotes(client, { contact_id: "lead1" });
    expect(notes.items[0]?.body).toBe("user1");
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /contacts/lead1",
      "GET /contacts/user1",
      "GET /contacts/lead1/notes",
      "GET /contacts/user1/notes",
    ]);
    expect(server.requests[1]?.headers.authorization).toBe("Bearer t");
    expect(follows).toEqual([
      { operationId: "retrieveContact", from: "lead1", to: "user1" },
      { operationId: "listContactNotes", from: "lead1", to: "user1" },
    ]);
  });

  it("follows at most once per call: a chain of merges ends in the second 410", async () => {
    const client = createClient({ token: "t", baseUrl: await start() }).use(followMergedContacts());
    const error = await rejectionOf(
      retrieveContact(client, { contact_id: "lead2" }),
      ContactMergedError,
    );
    expect(error.canonicalId).toBe("user3");
    expect(server.requests.map((r) => r.path)).toEqual(["/contacts/lead2", "/contacts/lead3"]);
  });

  it("follows at most once per call with retries on, and the next call may follow again", async () => {
    const client = createClient({ token: "t", baseUrl: await start() })
      .use(retry({ baseDelay: 0, maxDelay: 0 }))
      .use(followMergedContacts());
    // gone → flaky answers 500; the retry starts over at gone, whose 410 is not followed twice.
    const error = await rejectionOf(
      retrieveContact(client, { contact_id: "gone" }),
      ContactMergedError,
    );
    expect(error.canonicalId).toBe("flaky");
    expect(server.requests.map((r) => r.path)).toEqual([
      "/contacts/gone",
      "/contacts/flaky",
      "/contacts/gone",
    ]);
    const contact = await retrieveContact(client, { contact_id: "gone" });
    expect(contact.id).toBe("flaky");
  });

  it("leaves writes alone by default, and sends a PUT on, body included, when asked", async () => {
    const url = await start();
    const reads = createClient({ token: "t", baseUrl: url }).use(followMergedContacts());
    await rejectionOf(
      updateContact(reads, { contact_id: "lead1", name: "Ada" }),
      ContactMergedError,
    );
    await rejectionOf(deleteContact(reads, { contact_id: "lead1" }), ContactMergedError);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PUT /contacts/lead1",
      "DELETE /contacts/lead1",
    ]);
    const writes = createClient({ token: "t", baseUrl: url }).use(
      followMergedContacts({ methods: ["GET", "PUT"] }),
    );
    const updated = await updateContact(writes, { contact_id: "lead1", name: "Ada" });
    expect(updated.id).toBe("user1");
    expect(server.requests.slice(2).map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual([
      'PUT /contacts/lead1 {"name":"Ada"}',
      'PUT /contacts/user1 {"name":"Ada"}',
    ]);
  });

  it("does not follow a 410 without the canonical Link or without contact_merged", async () => {
    server = await startLoopbackServer((request, res) => {
      if (request.path === "/contacts/a") {
        sendJson(res, 410, {
          type: "error.list",
          errors: [{ code: "contact_merged", message: "m" }],
        });
      } else {
        sendJson(
          res,
          410,
          { type: "error.list", errors: [{ code: "gone", message: "g" }] },
          { link: '</contacts/z>; rel="canonical"' },
        );
      }
    });
    const client = createClient({ token: "t", baseUrl: server.url }).use(followMergedContacts());
    const noLink = await rejectionOf(
      retrieveContact(client, { contact_id: "a" }),
      ContactMergedError,
    );
    expect(noLink.canonicalId).toBeUndefined();
    const other = await rejectionOf(retrieveContact(client, { contact_id: "b" }), GoneError);
    expect(other).not.toBeInstanceOf(ContactMergedError);
    expect(server.requests.map((r) => r.path)).toEqual(["/contacts/a", "/contacts/b"]);
  });
});
