import { type Context, Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalString } from "../http/body-fields.js";
import { findContact } from "../http/contact-lookup.js";
import { errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import { numberedPage } from "../paging/page-number.js";
import { pageParam, perPageParam } from "../paging/paging-params.js";
import { serializeCompany } from "../serialize/company.js";
import { serializeContact } from "../serialize/contact.js";
import { serializeNote } from "../serialize/note.js";
import { serializeSegment } from "../serialize/segment.js";
import { liveTags, serializeAppliedTag } from "../serialize/tag.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";

/** What hangs off a contact: its tags, segments, notes and companies. */
export function contactAttachmentRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/contacts/:contact_id/tags", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const data = liveTags(contact.tags, store).map((t) => serializeAppliedTag(t, store));
    return c.json({ type: "list", data });
  });

  routes.post("/contacts/:contact_id/tags", async (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const tagId = optionalString(body.id);
    if (tagId === null) return parameterMissing(c, "id");
    if (!store.tags.has(tagId)) return notFound.resource(c);
    let applied = contact.tags.find((t) => t.tag_id === tagId);
    if (!applied) {
      applied = { tag_id: tagId, applied_at: nowSeconds(c), admin_id: store.meAdminId };
      contact.tags.push(applied);
      emitWebhook(c, `contact.${contact.role}.tag.created`, {
        type: "contact_tag",
        created_at: applied.applied_at,
        tag: serializeAppliedTag(applied, store),
        contact: serializeContact(contact, store),
      });
    }
    return c.json(serializeAppliedTag(applied, store));
  });

  routes.delete("/contacts/:contact_id/tags/:tag_id", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const index = contact.tags.findIndex((t) => t.tag_id === c.req.param("tag_id"));
    const applied = contact.tags[index];
    if (!applied || !store.tags.has(applied.tag_id)) return notFound.resource(c);
    contact.tags.splice(index, 1);
    emitWebhook(c, `contact.${contact.role}.tag.deleted`, {
      type: "contact_tag",
      created_at: nowSeconds(c),
      tag: serializeAppliedTag(applied, store),
      contact: serializeContact(contact, store),
    });
    return c.json(serializeAppliedTag(applied, store));
  });

  routes.get("/contacts/:contact_id/segments", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const data = [...store.segments.values()]
      .filter((segment) => segment.matches(contact))
      .map((segment) => serializeSegment(segment));
    return c.json({ type: "list", data });
  });

  routes.get("/contacts/:contact_id/notes", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    // Newest first, as Intercom lists a contact's notes.
    const notes = [...store.notes.values()]
      .filter((note) => note.contact_id === contact.id)
      .sort((a, b) => b.created_at - a.created_at || Number(b.id) - Number(a.id));
    const page = numberedPage(
      notes,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), 50, 60),
    );
    return c.json({
      type: "list",
      data: page.items.map((note) => serializeNote(note, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  routes.post("/contacts/:contact_id/notes", async (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const text = optionalString(body.body);
    if (text === null) return parameterMissing(c, "body");
    const adminId = optionalString(body.admin_id) ?? store.meAdminId;
    if (!store.admins.has(adminId)) return notFound.resource(c);
    const id = store.ids.sequence("note");
    const note = {
      id,
      created_at: nowSeconds(c),
      contact_id: contact.id,
      company_id: null,
      admin_id: adminId,
      body: text.startsWith("<") ? text : `<p>${text}</p>`,
    };
    store.notes.set(id, note);
    return c.json(serializeNote(note, store));
  });

  routes.get("/contacts/:contact_id/companies", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const companies = contact.company_ids.flatMap((id) => {
      const company = store.companies.get(id);
      return company ? [company] : [];
    });
    const page = numberedPage(
      companies,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), 50, 50),
    );
    return c.json({
      type: "list",
      companies: page.items.map((company) => serializeCompany(company, store)),
      total_count: page.totalCount,
      pages: { ...page.pages, next: null },
    });
  });

  routes.post("/contacts/:contact_id/companies", async (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const companyId = optionalString(body.id);
    if (companyId === null)
      return errorResponse(c, 400, "parameter_not_found", "company not specified");
    const company = store.companies.get(companyId);
    if (!company) return notFound.company(c);
    if (!contact.company_ids.includes(company.id)) {
      contact.company_ids.push(company.id);
      emitWebhook(c, "company.contact.attached", companyContact(c, company.id, contact.id));
    }
    return c.json(serializeCompany(company, store));
  });

  routes.delete("/contacts/:contact_id/companies/:company_id", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const company = store.companies.get(c.req.param("company_id"));
    if (!company || !contact.company_ids.includes(company.id)) return notFound.company(c);
    contact.company_ids = contact.company_ids.filter((id) => id !== company.id);
    emitWebhook(c, "company.contact.detached", companyContact(c, company.id, contact.id));
    return c.json(serializeCompany(company, store));
  });

  return routes;
}

/** The item of `company.contact.*`: the two records being linked or unlinked. */
function companyContact(c: Context<SandboxEnv>, companyId: string, contactId: string) {
  const store = storeOf(c);
  const company = store.companies.get(companyId);
  const contact = store.contacts.get(contactId);
  return {
    type: "contact_company",
    created_at: nowSeconds(c),
    company: company ? serializeCompany(company, store) : { type: "company", id: companyId },
    contact: contact ? serializeContact(contact, store) : { type: "contact", id: contactId },
  };
}
