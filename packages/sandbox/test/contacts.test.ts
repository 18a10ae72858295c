import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Body, type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
beforeAll(async () => {
  api = await startClient({ rateLimit: false, seedSizes: { contacts: 23 } });
});
afterAll(() => api.sandbox.stop());

describe("contact lifecycle", () => {
  it("creates, retrieves, updates, archives, unarchives and deletes a contact", async () => {
    const created = await api.post("/contacts", {
      role: "user",
      external_id: "life-1",
      email: "life@example.com",
      name: "Life Cycle",
      custom_attributes: { plan: "Pro" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "contact",
      role: "user",
      external_id: "life-1",
      email: "life@example.com",
      email_domain: "example.com",
      custom_attributes: { plan: "Pro" },
    });
    expect(Number.isInteger(created.body.created_at)).toBe(true);
    expect(created.body.created_at).toBeLessThan(1e11); // seconds, not milliseconds
    const id: string = created.body.id;

    expect((await api.get(`/contacts/${id}`)).body.name).toBe("Life Cycle");
    const byExternal = await api.get("/contacts/find_by_external_id/life-1");
    expect(byExternal.body.id).toBe(id);

    const updated = await api.put(`/contacts/${id}`, {
      name: "Renamed",
      custom_attributes: { seats: 3 },
    });
    expect(updated.body.name).toBe("Renamed");
    // Every custom contact attribute shows, null until set.
    expect(updated.body.custom_attributes).toEqual({ plan: "Pro", seats: 3, beta_features: null });

    expect((await api.post(`/contacts/${id}/archive`)).body).toEqual({
      type: "contact",
      id,
      external_id: "life-1",
      archived: true,
    });
    expect((await api.post(`/contacts/${id}/unarchive`)).body.archived).toBe(false);

    expect((await api.delete(`/contacts/${id}`)).body).toEqual({
      type: "contact",
      id,
      external_id: "life-1",
      deleted: true,
    });
    const gone = await api.get(`/contacts/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.errors[0]).toEqual({ code: "not_found", message: "User Not Found" });
  });

  it("refuses a second user with the same email with 409 conflict", async () => {
    await api.post("/contacts", { email: "twin@example.com" });
    const twin = await api.post("/contacts", { email: "TWIN@example.com" });
    expect(twin.status).toBe(409);
    expect(twin.body.errors[0].code).toBe("conflict");
  });

  it("needs an email or external_id for a user", async () => {
    const res = await api.post("/contacts", { role: "user", name: "Nobody" });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe("error.list");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const res = await fetch(`${api.sandbox.url}/contacts`, {
      method: "POST",
      headers: { Authorization: `Bearer ${api.sandbox.token}`, "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).type).toBe("error.list");
  });
});

describe("contact listing with cursor pagination", () => {
  it("walks every contact once and stops where pages.next is absent", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let requests = 0;
    let first: Body;
    for (; requests < 50; ) {
      const query = cursor
        ? `per_page=5&starting_after=${encodeURIComponent(cursor)}`
        : "per_page=5";
      const page = await api.get(`/contacts?${query}`);
      requests++;
      expect(page.status).toBe(200);
      first ??= page.body;
      seen.push(...page.body.data.map((c: Body) => c.id));
      expect(page.body.pages.page).toBe(requests);
      cursor = page.body.pages.next?.starting_after;
      if (!cursor) break;
      expect(page.body.data).toHaveLength(5);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(first.total_count);
    expect(requests).toBe(first.pages.total_pages);
  });

  it("leaves archived contacts out of the listing", async () => {
    const listed = await api.get("/contacts?per_page=150");
    const target: string = listed.body.data[0].id;
    await api.post(`/contacts/${target}/archive`);
    const after = await api.get("/contacts?per_page=150");
    expect(after.body.total_count).toBe(listed.body.total_count - 1);
    expect(after.body.data.map((c: Body) => c.id)).not.toContain(target);
    await api.post(`/contacts/${target}/unarchive`);
  });

  it("answers 400 for a cursor it never gave out", async () => {
    const res = await api.get("/contacts?starting_after=garbage");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe("starting_after");
  });
});

describe("what is attached to a contact", () => {
  it("tags and untags a contact", async () => {
    const contact = (await api.get("/contacts?per_page=1")).body.data[0];
    const tag = (await api.post("/tags", { name: "Attached" })).body;
    const applied = await api.post(`/contacts/${contact.id}/tags`, { id: tag.id });
    expect(applied.body).toMatchObject({ type: "tag", id: tag.id, name: "Attached" });
    expect(Number.isInteger(applied.body.applied_at)).toBe(true);
    const listed = await api.get(`/contacts/${contact.id}/tags`);
    expect(listed.body.data.map((t: Body) => t.id)).toContain(tag.id);
    expect((await api.get(`/contacts/${contact.id}`)).body.tags.data).toContainEqual({
      type: "tag",
      id: tag.id,
      url: `/tags/${tag.id}`,
    });
    expect((await api.delete(`/contacts/${contact.id}/tags/${tag.id}`)).status).toBe(200);
    expect(
      (await api.get(`/contacts/${contact.id}/tags`)).body.data.map((t: Body) => t.id),
    ).not.toContain(tag.id);
    expect((await api.post(`/contacts/${contact.id}/tags`, { id: "999999" })).status).toBe(404);
  });

  it("adds notes and lists them newest first", async () => {
    const contact = (await api.post("/contacts", { email: "noted@example.com" })).body;
    const first = await api.post(`/contacts/${contact.id}/notes`, { body: "First" });
    const second = await api.post(`/contacts/${contact.id}/notes`, { body: "<p>Second</p>" });
    expect(first.body).toMatchObject({
      type: "note",
      body: "<p>First</p>",
      contact: { id: contact.id },
    });
    expect(first.body.author.type).toBe("admin");
    const notes = await api.get(`/contacts/${contact.id}/notes`);
    expect(notes.body.total_count).toBe(2);
    expect(notes.body.data.map((n: Body) => n.id)).toEqual([second.body.id, first.body.id]);
    expect((await api.get(`/notes/${first.body.id}`)).body.body).toBe("<p>First</p>");
    expect((await api.get(`/contacts/${contact.id}`)).body.notes.total_count).toBe(2);
  });

  it("attaches and detaches companies, which counts toward user_count", async () => {
    const contact = (await api.post("/contacts", { email: "worker@example.com" })).body;
    const company = (await api.post("/companies", { company_id: "attach-co", name: "Attach Co" }))
      .body;
    expect(company.user_count).toBe(0);
    const attached = await api.post(`/contacts/${contact.id}/companies`, { id: company.id });
    expect(attached.body.user_count).toBe(1);
    const listed = await api.get(`/contacts/${contact.id}/companies`);
    expect(listed.body.companies.map((c: Body) => c.id)).toEqual([company.id]);
    expect((await api.get(`/companies/${company.id}/contacts`)).body.data[0].id).toBe(contact.id);
    const detached = await api.delete(`/contacts/${contact.id}/companies/${company.id}`);
    expect(detached.body.user_count).toBe(0);
    const missing = await api.post(`/contacts/${contact.id}/companies`, { id: "nope" });
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].code).toBe("company_not_found");
  });
});

describe("merging contacts", () => {
  it("folds a lead into a user and answers 410 with a canonical Link for the lead", async () => {
    const user = (await api.post("/contacts", { role: "user", email: "merge@example.com" })).body;
    const lead = (await api.post("/contacts", { role: "lead", email: "merge@example.com" })).body;
    const tag = (await api.post("/tags", { name: "From the lead" })).body;
    await api.post(`/contacts/${lead.id}/tags`, { id: tag.id });
    await api.post(`/contacts/${lead.id}/notes`, { body: "Lead note" });

    const merged = await api.post("/contacts/merge", { from: lead.id, into: user.id });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(user.id);
    expect(merged.body.tags.data.map((t: Body) => t.id)).toContain(tag.id);
    expect(merged.body.notes.total_count).toBe(1);

    const gone = await api.get(`/contacts/${lead.id}`);
    expect(gone.status).toBe(410);
    expect(gone.body.errors[0].code).toBe("contact_merged");
    expect(gone.headers.get("link")).toBe(`</contacts/${user.id}>; rel="canonical"`);
    expect((await api.put(`/contacts/${lead.id}`, { name: "x" })).status).toBe(410);
  });

  it("answers 410 on every route under the merged id, and moves the lead's tickets", async () => {
    const user = (await api.post("/contacts", { role: "user", email: "gone@example.com" })).body;
    const lead = (await api.post("/contacts", { role: "lead", email: "gone@example.com" })).body;
    const typeId = (await api.get("/ticket_types")).body.data[0].id;
    const ticket = (
      await api.post("/tickets", { ticket_type_id: typeId, contacts: [{ id: lead.id }] })
    ).body;
    await api.post("/contacts/merge", { from: lead.id, into: user.id });

    const routes: [string, string, object?][] = [
      ["GET", `/contacts/${lead.id}/tags`],
      ["POST", `/contacts/${lead.id}/tags`, { id: "1" }],
      ["DELETE", `/contacts/${lead.id}/tags/1`],
      ["GET", `/contacts/${lead.id}/segments`],
      ["GET", `/contacts/${lead.id}/notes`],
      ["POST", `/contacts/${lead.id}/notes`, { body: "x" }],
      ["GET", `/contacts/${lead.id}/companies`],
      ["POST", `/contacts/${lead.id}/companies`, { id: "1" }],
      ["DELETE", `/contacts/${lead.id}/companies/1`],
      ["POST", `/contacts/${lead.id}/archive`],
      ["POST", `/contacts/${lead.id}/unarchive`],
      ["DELETE", `/contacts/${lead.id}`],
    ];
    for (const [method, path, body] of routes) {
      const answer = await api.request(method, path, body === undefined ? {} : { body });
      expect([method, path, answer.status, answer.body.errors?.[0]?.code]).toEqual([
        method,
        path,
        410,
        "contact_merged",
      ]);
      expect(answer.headers.get("link")).toBe(`</contacts/${user.id}>; rel="canonical"`);
    }
    const moved = await api.get(`/tickets/${ticket.id}`);
    expect(moved.body.contacts.contacts.map((c: Body) => c.id)).toEqual([user.id]);
  });

  it("refuses contacts that are not duplicates unless told to skip the check", async () => {
    const user = (await api.post("/contacts", { role: "user", email: "left@example.com" })).body;
    const lead = (await api.post("/contacts", { role: "lead", email: "right@example.com" })).body;
    const refused = await api.post("/contacts/merge", { from: lead.id, into: user.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe("invalid_merge");
    const forced = await api.post("/contacts/merge", {
      from: lead.id,
      into: user.id,
      skip_duplicate_validation: true,
    });
    expect(forced.status).toBe(200);
  });
});

describe("a contact's segments", () => {
  it("lists the segments whose rule the contact meets", async () => {
    const lead = (await api.post("/contacts", { role: "lead", email: "segment-lead@example.com" }))
      .body;
    const segments = await api.get(`/contacts/${lead.id}/segments`);
    expect(segments.body.type).toBe("list");
    expect(segments.body.data.map((s: Body) => s.name)).toContain("All leads");
    expect(segments.body.data.map((s: Body) => s.name)).not.toContain("All users");
  });
});
