import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStored, storedKindOf } from "../src/examples/stored-resource.js";
import { OPERATIONS } from "../src/generated/operations.js";
import { STATEFUL_OPERATIONS as STATEFUL } from "../src/http/stateful-operations.js";
import { createSandboxApp, type Store } from "../src/index.js";
import { OAUTH_ROUTES } from "../src/routes/oauth.js";
import { type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
let statefulOnly: SandboxClient;
beforeAll(async () => {
  api = await startClient({ rateLimit: false });
  statefulOnly = await startClient({ rateLimit: false, emulate: "stateful-only" });
  // The seed has no tickets; each sandbox gets one for the ticket paths.
  for (const client of [api, statefulOnly]) {
    const store = client.sandbox.store;
    const created = await client.post("/tickets", {
      ticket_type_id: [...store.ticketTypes.keys()][0],
      contacts: [{ id: [...store.contacts.keys()][0] }],
    });
    expect(created.status).toBe(200);
  }
});
afterAll(async () => {
  await api.sandbox.stop();
  await statefulOnly.sandbox.stop();
});

/** A concrete path for a template: a stored record's id where the parameter names one. */
function concretePath(template: string, store: Store): string {
  return template.replace(/\{([^}]+)\}/g, (_, param: string) => {
    const kind = storedKindOf(template, param);
    if (kind === undefined) return "sandbox-id";
    const id = firstId(store, kind);
    expect(isStored(store, kind, id), `${template} {${param}}`).toBe(true);
    return encodeURIComponent(id);
  });
}

function firstId(store: Store, kind: NonNullable<ReturnType<typeof storedKindOf>>): string {
  const maps = {
    contact: store.contacts,
    conversation: store.conversations,
    company: store.companies,
    ticket: store.tickets,
    ticket_type: store.ticketTypes,
    article: store.articles,
    admin: store.admins,
    team: store.teams,
    tag: store.tags,
    note: store.notes,
    segment: store.segments,
    help_center: store.helpCenters,
    collection: store.collections,
    data_attribute: store.dataAttributes,
  } as const;
  return ([...maps[kind].keys()][0] as string | undefined) ?? "none";
}

/** Deletes run last, deepest paths first, so the records other paths name are still there. */
function deletesLast() {
  const rank = (op: (typeof OPERATIONS)[number]) =>
    op.method === "DELETE" ? 100 - op.path.split("/").length : 0;
  return [...OPERATIONS].sort((a, b) => rank(a) - rank(b));
}

describe("every operation of 2.16 answers", () => {
  it("has all 231 operations in its table, and every stateful one among them", () => {
    expect(OPERATIONS).toHaveLength(231);
    const keys = new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`));
    for (const operation of STATEFUL) expect(keys.has(operation)).toBe(true);
  });

  it("answers no operation 501 by default", async () => {
    const unexpected: string[] = [];
    for (const { method, path } of deletesLast()) {
      const res = await api.request(
        method,
        concretePath(path, api.sandbox.store),
        method === "GET" || method === "DELETE" ? {} : { body: {} },
      );
      if (res.status === 501 || res.status >= 500) {
        unexpected.push(`${method} ${path} → ${res.status}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('with emulate: "stateful-only", answers 501 naming the operation for every other one', async () => {
    const unexpected: string[] = [];
    for (const { method, path } of deletesLast()) {
      const operation = `${method} ${path}`;
      const res = await statefulOnly.request(
        method,
        concretePath(path, statefulOnly.sandbox.store),
        method === "GET" || method === "DELETE" ? {} : { body: {} },
      );
      const is501 = res.status === 501;
      if (is501 === STATEFUL.has(operation)) unexpected.push(`${operation} → ${res.status}`);
      if (is501) {
        expect(res.body.type).toBe("error.list");
        expect(res.body.errors[0]).toEqual({
          code: "not_implemented",
          message: `The Intercom sandbox does not emulate ${operation}`,
        });
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("answers an example-backed operation 404 when its path names a record the store lacks", async () => {
    const res = await api.get("/contacts/no-such-contact/banners");
    expect(res.status).toBe(404);
    expect(res.body.errors[0].message).toBe("User Not Found");
  });

  it("answers a retrieve of an example-backed resource with the id it was asked for", async () => {
    const res = await api.get("/macros/4242");
    expect(res.status).toBe(200);
    expect(String(res.body.id)).toBe("4242");
  });

  it("has a route for every operation it lists as stateful, and no route it does not list but OAuth's", () => {
    const normalize = (path: string) => path.replace(/\{[^}]+\}|:[^/]+/g, ":param");
    const routes = new Set(
      createSandboxApp()
        .app.routes.filter((route) => route.method !== "ALL")
        .map((route) => `${route.method} ${normalize(route.path)}`)
        // The authorize page and the token endpoint are not REST operations.
        .filter((route) => !OAUTH_ROUTES.includes(route)),
    );
    const stateful = new Set([...STATEFUL].map((operation) => normalize(operation)));
    expect([...stateful].filter((operation) => !routes.has(operation))).toEqual([]);
    expect([...routes].filter((route) => !stateful.has(route))).toEqual([]);
  });

  it("answers 404 for a path that is not in the description", async () => {
    const res = await api.get("/no/such/thing");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: "error.list", errors: [{ code: "not_found" }] });
  });
});
