import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Body, type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
let adminId: string;
beforeAll(async () => {
  api = await startClient({ rateLimit: false });
  adminId = (await api.get("/me")).body.id;
});
afterAll(() => api.sandbox.stop());

describe("admins", () => {
  it("lists admins, retrieves one, and answers admin_not_found", async () => {
    const list = await api.get("/admins");
    expect(list.body.type).toBe("admin.list");
    expect(list.body.admins.map((a: Body) => a.id)).toContain(adminId);
    expect((await api.get(`/admins/${adminId}`)).body).toMatchObject({
      type: "admin",
      id: adminId,
    });
    const missing = await api.get("/admins/1");
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].code).toBe("admin_not_found");
  });

  it("says who the token belongs to, with the workspace", async () => {
    const me = await api.get("/me");
    expect(me.body).toMatchObject({ type: "admin", app: { type: "app", region: "US" } });
  });
});

describe("tags", () => {
  it("creates a tag once per name, renames it, finds it and deletes it with an empty 200", async () => {
    const created = await api.post("/tags", { name: "Churned" });
    expect(created.body).toMatchObject({ type: "tag", name: "Churned" });
    expect((await api.post("/tags", { name: "Churned" })).body.id).toBe(created.body.id);
    const renamed = await api.post("/tags", { name: "Churned 2025", id: created.body.id });
    expect(renamed.body.name).toBe("Churned 2025");
    expect((await api.get(`/tags/${created.body.id}`)).body.name).toBe("Churned 2025");
    expect((await api.get("/tags")).body.data.map((t: Body) => t.id)).toContain(created.body.id);
    const deleted = await api.delete(`/tags/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe("");
    expect((await api.get(`/tags/${created.body.id}`)).status).toBe(404);
  });

  it("tags companies through POST /tags", async () => {
    const company = (await api.post("/companies", { company_id: "tagged-co", name: "Tagged" }))
      .body;
    const res = await api.post("/tags", {
      name: "Key account",
      companies: [{ company_id: "tagged-co" }],
    });
    expect(res.body.companies).toEqual([{ id: company.id, tagged: true }]);
    const tags = (await api.get(`/companies/${company.id}`)).body.tags.tags;
    expect(tags.map((t: Body) => t.name)).toEqual(["Key account"]);
  });
});

describe("segments", () => {
  it("lists segments, with counts only when asked", async () => {
    const plain = await api.get("/segments");
    expect(plain.body.type).toBe("segment.list");
    expect(plain.body.segments.length).toBeGreaterThan(0);
    expect(plain.body.segments[0].count).toBeUndefined();
    const counted = await api.get("/segments?include_count=true");
    const leads = counted.body.segments.find((s: Body) => s.name === "All leads");
    const expected = [...api.sandbox.store.contacts.values()].filter(
      (c) => c.role === "lead" && !c.archived,
    );
    expect(leads.count).toBe(expected.length);
    expect((await api.get(`/segments/${leads.id}`)).body.name).toBe("All leads");
  });

  it("is read-only", async () => {
    expect((await api.post("/segments", { name: "New" })).status).toBe(404);
  });
});

describe("data events", () => {
  it("accepts an event with 202 and no body, then lists and sums it up", async () => {
    const contact = (
      await api.post("/contacts", { external_id: "evt-user", email: "evt@example.com" })
    ).body;
    for (const [name, at] of [
      ["placed-order", 1_700_000_000],
      ["placed-order", 1_700_000_500],
      ["invited-friend", 1_700_000_100],
    ] as const) {
      const res = await api.post("/events", {
        event_name: name,
        created_at: at,
        user_id: "evt-user",
        metadata: { n: 1 },
      });
      expect(res.status).toBe(202);
      expect(res.text).toBe("");
    }
    const list = await api.get(`/events?type=user&intercom_user_id=${contact.id}`);
    expect(list.body.type).toBe("event.list");
    expect(list.body.events.map((e: Body) => e.created_at)).toEqual([
      1_700_000_500, 1_700_000_100, 1_700_000_000,
    ]);
    const summary = await api.get("/events?type=user&email=evt@example.com&summary=true");
    expect(summary.body.type).toBe("event.summary");
    expect(summary.body.events).toContainEqual(
      expect.objectContaining({ name: "placed-order", count: 2 }),
    );
  });

  it("needs event_name and a known contact", async () => {
    expect((await api.post("/events", { created_at: 1, user_id: "evt-user" })).status).toBe(400);
    expect(
      (await api.post("/events", { event_name: "x", created_at: 1, user_id: "nobody" })).status,
    ).toBe(404);
    expect((await api.get("/events?intercom_user_id=x")).status).toBe(400);
  });
});

describe("articles", () => {
  it("creates, retrieves, updates and deletes an article", async () => {
    const created = await api.post("/articles", {
      title: "Refunds",
      author_id: Number(adminId),
      body: "<p>How</p>",
      state: "published",
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "article",
      title: "Refunds",
      state: "published",
      statistics: { type: "article_statistics" },
    });
    const id: string = created.body.id;
    expect((await api.get(`/articles/${id}`)).body.title).toBe("Refunds");
    expect(
      (await api.put(`/articles/${id}`, { title: "Refunds, explained", state: "draft" })).body,
    ).toMatchObject({
      title: "Refunds, explained",
      state: "draft",
      url: null,
    });
    expect((await api.delete(`/articles/${id}`)).body).toEqual({
      id,
      object: "article",
      deleted: true,
    });
    expect((await api.get(`/articles/${id}`)).status).toBe(404);
  });

  it("needs a title and an author", async () => {
    const res = await api.post("/articles", { title: "No author" });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe("parameter_not_found");
  });

  it("pages articles by page number", async () => {
    for (let i = 0; i < 5; i++)
      await api.post("/articles", { title: `Extra ${i}`, author_id: Number(adminId) });
    const first = await api.get("/articles?per_page=4");
    const total: number = first.body.total_count;
    expect(first.body.pages).toMatchObject({
      type: "pages",
      page: 1,
      per_page: 4,
      total_pages: Math.ceil(total / 4),
    });
    const last = await api.get(`/articles?per_page=4&page=${first.body.pages.total_pages}`);
    expect(last.body.data).toHaveLength(total - 4 * (first.body.pages.total_pages - 1));
  });
});

describe("tickets", () => {
  it("creates a ticket for a contact and finds it by search", async () => {
    const types = await api.get("/ticket_types");
    const bug = types.body.data.find((t: Body) => t.name === "Bug");
    const contact = (await api.post("/contacts", { email: "ticketed@example.com" })).body;
    const created = await api.post("/tickets", {
      ticket_type_id: bug.id,
      contacts: [{ id: contact.id }],
      ticket_attributes: { _default_title_: "App crashes", _default_description_: "On start" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "ticket",
      category: "Customer",
      ticket_state: { type: "ticket_state", category: "submitted" },
      ticket_type: { type: "ticket_type", id: bug.id },
      contacts: { type: "contact.list", contacts: [{ id: contact.id }] },
      open: true,
    });
    expect((await api.get(`/tickets/${created.body.id}`)).body.ticket_id).toBe(
      created.body.ticket_id,
    );

    const found = await api.post("/tickets/search", {
      query: {
        operator: "AND",
        value: [
          { field: "title", operator: "~", value: "crash" },
          { field: "category", operator: "=", value: "request" },
        ],
      },
    });
    expect(found.body.type).toBe("ticket.list");
    expect(found.body.tickets.map((t: Body) => t.id)).toEqual([created.body.id]);
  });

  it("creates a lead for an unknown email and refuses an unknown ticket type", async () => {
    const typeId = (await api.get("/ticket_types")).body.data[0].id;
    const byEmail = await api.post("/tickets", {
      ticket_type_id: typeId,
      contacts: [{ email: "new-lead@example.com" }],
    });
    expect(byEmail.status).toBe(200);
    const lead = [...api.sandbox.store.contacts.values()].find(
      (c) => c.email === "new-lead@example.com",
    );
    expect(lead?.role).toBe("lead");
    expect(
      (await api.post("/tickets", { ticket_type_id: "0", contacts: [{ id: "x" }] })).status,
    ).toBe(404);
  });
});
