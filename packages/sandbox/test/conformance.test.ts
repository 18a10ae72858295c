import { identifyAdmin, listAdmins, retrieveAdmin } from "@intercom-kit/admins";
import {
  createArticle,
  deleteArticle,
  listArticles,
  retrieveArticle,
  updateArticle,
} from "@intercom-kit/articles";
import {
  deleteCompany,
  listCompanies,
  listCompaniesSorted,
  listCompanyContacts,
  retrieveCompany,
  scrollCompanies,
  updateCompany,
  upsertCompany,
} from "@intercom-kit/companies";
import {
  archiveContact,
  attachContactCompany,
  attachContactTag,
  createContact,
  deleteContact,
  detachContactCompany,
  detachContactTag,
  listContactCompanies,
  listContactNotes,
  listContactSegments,
  listContacts,
  listContactTags,
  mergeContact,
  retrieveContact,
  retrieveContactByExternalId,
  searchContacts,
  unarchiveContact,
  updateContact,
} from "@intercom-kit/contacts";
import {
  attachConversationTag,
  createConversation,
  detachConversationTag,
  listConversations,
  manageConversation,
  replyConversation,
  retrieveConversation,
  searchConversations,
} from "@intercom-kit/conversations";
import {
  type Client,
  createClient,
  GoneError,
  NotFoundError,
  ResponseValidationError,
} from "@intercom-kit/core";
import { createDataEvent } from "@intercom-kit/data-events";
import { retrieveNote } from "@intercom-kit/notes";
import { listSegments, retrieveSegment } from "@intercom-kit/segments";
import { createTag, deleteTag, listTags, retrieveTag } from "@intercom-kit/tags";
import {
  createTicket,
  listTicketTypes,
  retrieveTicket,
  searchTickets,
} from "@intercom-kit/tickets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describedOperation } from "../src/http/operation-guard.js";
import { type Sandbox, startSandbox } from "../src/index.js";
import { everyOperation } from "./support/every-operation.js";

/**
 * Conformance: the SDK's own generated operations, with response validation
 * in `strict` mode (a mismatch with the `@intercom-kit/models` schema throws
 * `ResponseValidationError`), run against the sandbox. Any drift between
 * what the sandbox sends and the 2.16 description fails here.
 */
let sandbox: Sandbox;
let client: Client;
/** `METHOD /template` of every operation answered 2xx or 3xx in this file, all in strict mode. */
const covered = new Set<string>();
beforeAll(async () => {
  sandbox = await startSandbox({
    rateLimit: false,
    seedSizes: { contacts: 40, companies: 20, conversations: 20 },
  });
  client = recordingClient(sandbox);
});

function recordingClient(target: Sandbox): Client {
  return createClient({
    token: target.token,
    baseUrl: target.url,
    validation: "strict",
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request, { redirect: "manual" });
      const matched = describedOperation(request.method, new URL(request.url).pathname);
      if (matched && response.status < 400) covered.add(matched.key);
      return response;
    },
  });
}
afterAll(() => sandbox.stop());

async function collect<T>(items: AsyncIterable<T>, limit = 1000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

describe("the sandbox conforms to @intercom-kit/models in strict mode", () => {
  it("admins", async () => {
    const me = await identifyAdmin(client);
    const admins = await listAdmins(client);
    expect(admins.admins?.map((a) => a?.id)).toContain(me?.id);
    expect((await retrieveAdmin(client, { admin_id: Number(me?.id) }))?.id).toBe(me?.id);
  });

  it("contacts: every page of the listing and of a search", async () => {
    const all = await collect(listContacts(client, { per_page: 7 }));
    expect(all).toHaveLength(sandbox.store.contacts.size);
    const users = await collect(
      searchContacts(client, {
        query: { field: "role", operator: "=", value: "user" },
        pagination: { per_page: 6 },
      }),
    );
    expect(users.length).toBe(
      [...sandbox.store.contacts.values()].filter((c) => c.role === "user").length,
    );
  });

  it("contacts: lifecycle and attachments", async () => {
    const created = await createContact(client, {
      email: "conform@example.com",
      external_id: "conform-1",
    });
    const id = created.id;
    await retrieveContact(client, { contact_id: id });
    await retrieveContactByExternalId(client, { external_id: "conform-1" });
    await updateContact(client, { contact_id: id, name: "Conform" });
    const tags = await listTags(client);
    const tagId = tags.data?.[0]?.id as string;
    await attachContactTag(client, { contact_id: id, id: tagId });
    await listContactTags(client, { contact_id: id });
    await detachContactTag(client, { contact_id: id, tag_id: tagId });
    const company = await upsertCompany(client, {
      company_id: "conform-co",
      name: "Conform Co",
    });
    await attachContactCompany(client, { contact_id: id, id: company?.id as string });
    await listContactCompanies(client, { contact_id: id });
    await detachContactCompany(client, { contact_id: id, company_id: company?.id as string });
    // The description types this note's contact_id as an integer; the raw API is used for it below.
    await collect(listContactNotes(client, { contact_id: id }));
    await listContactSegments(client, { contact_id: id });
    const lead = await createContact(client, { role: "lead", email: "conform@example.com" });
    await mergeContact(client, { from: lead.id, into: id });
    await archiveContact(client, { contact_id: id });
    await unarchiveContact(client, { contact_id: id });
    await expect(retrieveContact(client, { contact_id: lead.id })).rejects.toBeInstanceOf(
      GoneError,
    );
    await deleteContact(client, { contact_id: id });
    await expect(retrieveContact(client, { contact_id: id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("notes and segments", async () => {
    const note = [...sandbox.store.notes.values()][0];
    expect(note).toBeDefined();
    await retrieveNote(client, { note_id: Number(note?.id) });
    const segments = await listSegments(client, { include_count: true });
    await retrieveSegment(client, { segment_id: segments.body.segments?.[0]?.id as string });
  });

  it("companies: pages, scroll, retrieve, update, delete", async () => {
    const byPage = await collect(listCompaniesSorted(client, { per_page: 6 }));
    expect(byPage.length).toBe(sandbox.store.companies.size);
    await collect(listCompanies(client, { per_page: 5 }));
    const scrolled = await collect(scrollCompanies(client));
    expect(scrolled.length).toBe(sandbox.store.companies.size);
    const company = await upsertCompany(client, {
      company_id: "conform-co-2",
      name: "Two",
    });
    const id = company?.id as string;
    await retrieveCompany(client, { company_id: id });
    await updateCompany(client, { company_id: id, size: 10 });
    await collect(listCompanyContacts(client, { company_id: id }));
    await deleteCompany(client, { company_id: id });
  });

  it("conversations", async () => {
    await collect(listConversations(client, { per_page: 5 }));
    const contactId = [...sandbox.store.contacts.keys()][0] as string;
    const adminId = sandbox.store.meAdminId;
    const message = await createConversation(client, {
      from: { type: "user", id: contactId },
      body: "Conform",
    });
    const conversation_id = message.conversation_id;
    // The description types this path parameter as an integer.
    await retrieveConversation(client, { conversation_id: Number(conversation_id) });
    await replyConversation(client, {
      conversation_id,
      body: { message_type: "comment", type: "admin", admin_id: adminId, body: "Hi" },
    });
    await manageConversation(client, {
      conversation_id,
      body: { message_type: "close", type: "admin", admin_id: adminId },
    });
    const tagId = [...sandbox.store.tags.keys()][0] as string;
    await attachConversationTag(client, { conversation_id, id: tagId, admin_id: adminId });
    await detachConversationTag(client, { conversation_id, tag_id: tagId, admin_id: adminId });
    const closed = await collect(
      searchConversations(client, {
        query: { field: "state", operator: "=", value: "closed" },
        pagination: { per_page: 4 },
      }),
    );
    expect(closed.map((c) => c?.id)).toContain(conversation_id);
  });

  it("tags, events, articles and tickets", async () => {
    const tag = await createTag(client, { body: { name: "Conformance" } });
    await retrieveTag(client, { tag_id: tag.id as string });
    await deleteTag(client, { tag_id: tag.id as string });

    const contactId = [...sandbox.store.contacts.keys()][0] as string;
    await createDataEvent(client, {
      event_name: "conformed",
      created_at: 1_700_000_000,
      id: contactId,
    });

    await collect(listArticles(client, { per_page: 2 }));
    const article = await createArticle(client, {
      title: "Conform",
      author_id: Number(sandbox.store.meAdminId),
    });
    const article_id = Number(article.id);
    await retrieveArticle(client, { article_id });
    await updateArticle(client, { article_id, title: "Conformed" });
    await deleteArticle(client, { article_id });

    const types = await listTicketTypes(client);
    const ticket = await createTicket(client, {
      ticket_type_id: types.data?.[0]?.id as string,
      contacts: [{ id: contactId }],
      ticket_attributes: { _default_title_: "Conform" },
    });
    await retrieveTicket(client, { ticket_id: ticket?.id as string });
    const found = await collect(
      searchTickets(client, { query: { field: "open", operator: "=", value: true } }),
    );
    expect(found.map((t) => t?.id)).toContain(ticket?.id);
  });

  it("would notice a drift: strict mode rejects a body that breaks the schema", async () => {
    const broken = createClient({
      token: sandbox.token,
      baseUrl: sandbox.url,
      validation: "strict",
      // Stands for a sandbox that sends `team_ids` as a string.
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = await response.json();
        return Response.json({ ...body, admins: [{ ...body.admins[0], team_ids: "oops" }] });
      },
    });
    await expect(listAdmins(broken)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  // About 140 calls in a row: 5 s on a quiet machine, more beside the rest of the suite.
  it("every other operation of the catalogue, with params built from its input schema", {
    timeout: 60_000,
  }, async () => {
    const failures = await everyOperation(sandbox, client, covered, recordingClient);
    expect(failures).toEqual([]);
  });

  it("covers all 231 operations of 2.16", () => {
    expect(covered.size).toBe(231);
  });
});
