import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as S from "./support/response-schemas.js";
import { type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
beforeAll(async () => {
  api = await startClient({ rateLimit: false });
});
afterAll(() => api.sandbox.stop());

/** Fails with the paths and messages valibot reports, so a drift is easy to read. */
function expectShape(schema: v.GenericSchema, body: unknown): void {
  const result = v.safeParse(schema, body);
  const issues = result.success
    ? []
    : result.issues.map((issue) => `${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`);
  expect(issues).toEqual([]);
}

describe("responses follow the 2.16 shapes, with no undeclared field", () => {
  it("admins", async () => {
    expectShape(S.AdminWithAppSchema, (await api.get("/me")).body);
    const list = (await api.get("/admins")).body;
    expectShape(S.AdminListSchema, list);
    expectShape(S.AdminSchema, (await api.get(`/admins/${list.admins[0].id}`)).body);
  });

  it("errors", async () => {
    expectShape(S.ErrorListSchema, (await api.request("GET", "/me", { token: "wrong" })).body);
    expectShape(S.ErrorListSchema, (await api.get("/contacts/none")).body);
    expectShape(S.ErrorListSchema, (await api.get("/contacts/none/banners")).body);
  });

  it("contacts and what hangs off them", async () => {
    const list = (await api.get("/contacts?per_page=20")).body;
    expectShape(S.ContactListSchema, list);
    const search = await api.post("/contacts/search", {
      query: { field: "role", operator: "=", value: "lead" },
    });
    expectShape(S.ContactListSchema, search.body);
    const created = (await api.post("/contacts", { email: "shape@example.com" })).body;
    expectShape(S.ContactSchema, created);
    const tagId = (await api.get("/tags")).body.data[0].id;
    expectShape(S.TagSchema, (await api.post(`/contacts/${created.id}/tags`, { id: tagId })).body);
    expectShape(S.TagListSchema, (await api.get(`/contacts/${created.id}/tags`)).body);
    expectShape(
      S.NoteSchema,
      (await api.post(`/contacts/${created.id}/notes`, { body: "Hi" })).body,
    );
    expectShape(S.NoteListSchema, (await api.get(`/contacts/${created.id}/notes`)).body);
    const companyId = list.data.find(
      (c: { companies: { total_count: number } }) => c.companies.total_count > 0,
    ).companies.data[0].id;
    expectShape(
      S.CompanySchema,
      (await api.post(`/contacts/${created.id}/companies`, { id: companyId })).body,
    );
    expectShape(
      S.ContactAttachedCompaniesSchema,
      (await api.get(`/contacts/${created.id}/companies`)).body,
    );
    expectShape(S.ContactSchema, (await api.get(`/contacts/${created.id}`)).body);
    expectShape(S.ContactSegmentsSchema, (await api.get(`/contacts/${created.id}/segments`)).body);
    const lead = (await api.post("/contacts", { role: "lead", email: "shape@example.com" })).body;
    const merged = await api.post("/contacts/merge", { from: lead.id, into: created.id });
    expectShape(S.ContactSchema, merged.body);
    expectShape(S.ErrorListSchema, (await api.get(`/contacts/${lead.id}`)).body);
    expectShape(S.ContactArchivedSchema, (await api.post(`/contacts/${created.id}/archive`)).body);
    expectShape(S.ContactDeletedSchema, (await api.delete(`/contacts/${created.id}`)).body);
  });

  it("companies, including the scroll", async () => {
    expectShape(S.CompanyListSchema, (await api.get("/companies")).body);
    expectShape(S.CompanyListSchema, (await api.post("/companies/list")).body);
    expectShape(
      S.CompanySchema,
      (await api.post("/companies", { company_id: "shape-co", name: "Shape" })).body,
    );
    const scroll = (await api.get("/companies/scroll")).body;
    expectShape(S.CompanyScrollSchema, scroll);
  });

  it("conversations", async () => {
    expectShape(S.ConversationListSchema, (await api.get("/conversations")).body);
    const search = await api.post("/conversations/search", {
      query: { field: "state", operator: "=", value: "closed" },
    });
    expectShape(S.ConversationListSchema, search.body);
    const contactId = (await api.get("/contacts?per_page=1")).body.data[0].id;
    const message = (
      await api.post("/conversations", { from: { type: "user", id: contactId }, body: "Hey" })
    ).body;
    expectShape(S.MessageSchema, message);
    const adminId = (await api.get("/me")).body.id;
    const replied = await api.post(`/conversations/${message.conversation_id}/reply`, {
      message_type: "comment",
      type: "admin",
      admin_id: adminId,
      body: "Hello",
    });
    expectShape(S.ConversationSchema, replied.body);
    const assigned = await api.post(`/conversations/${message.conversation_id}/parts`, {
      message_type: "assignment",
      type: "admin",
      admin_id: adminId,
      assignee_id: adminId,
    });
    expectShape(S.ConversationSchema, assigned.body);
    // Every seeded conversation, with its parts.
    for (const conversation of (await api.get("/conversations?per_page=150")).body.conversations) {
      expectShape(S.ConversationSchema, (await api.get(`/conversations/${conversation.id}`)).body);
    }
  });

  it("segments, articles, tickets and event summaries", async () => {
    expectShape(S.SegmentListSchema, (await api.get("/segments?include_count=true")).body);
    expectShape(S.ArticleListSchema, (await api.get("/articles")).body);
    const article = (
      await api.post("/articles", {
        title: "Shape",
        author_id: Number((await api.get("/me")).body.id),
      })
    ).body;
    expectShape(S.ArticleSchema, article);
    expectShape(S.DeletedArticleSchema, (await api.delete(`/articles/${article.id}`)).body);
    const types = (await api.get("/ticket_types")).body;
    expectShape(S.TicketTypeListSchema, types);
    const contactId = (await api.get("/contacts?per_page=1")).body.data[0].id;
    const ticket = await api.post("/tickets", {
      ticket_type_id: types.data[0].id,
      contacts: [{ id: contactId }],
    });
    expectShape(S.TicketSchema, ticket.body);
    expectShape(
      S.TicketListSchema,
      (await api.post("/tickets/search", { query: { field: "open", operator: "=", value: true } }))
        .body,
    );
    await api.post("/events", { event_name: "shape", created_at: 1_700_000_000, id: contactId });
    expectShape(
      S.DataEventSummarySchema,
      (await api.get(`/events?type=user&intercom_user_id=${contactId}&summary=true`)).body,
    );
  });
});
