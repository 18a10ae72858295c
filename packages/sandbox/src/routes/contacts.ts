import { type Context, Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { customAttributes, optionalInteger, optionalString } from "../http/body-fields.js";
import { findContact } from "../http/contact-lookup.js";
import { badRequest, errorResponse, notFound } from "../http/error-list.js";
import { isObject, type JsonObject, readJsonObject } from "../http/read-json.js";
import { compareKeys, type SortKey } from "../paging/cursor-page.js";
import { cursorPageOr400 } from "../paging/cursor-page-or-400.js";
import { perPageParam } from "../paging/paging-params.js";
import { contactCatalog } from "../search/contact-catalog.js";
import { runSearch } from "../search/run-search.js";
import { serializeContact } from "../serialize/contact.js";
import type { ContactRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";
import { mergeContacts } from "./contact-merge.js";
import { unknownCustomAttribute } from "./data-attributes.js";

/** `GET /contacts` pages hold 50 contacts unless `per_page` (at most 150) says otherwise. */
const LIST_DEFAULT_PER_PAGE = 50;
const LIST_MAX_PER_PAGE = 150;

/** Contacts: create, retrieve, update, delete, archive, find by external id, list, search. */
export function contactRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/contacts", (c) => {
    const store = storeOf(c);
    const perPage = perPageParam(c.req.query("per_page"), LIST_DEFAULT_PER_PAGE, LIST_MAX_PER_PAGE);
    // Oldest first, so contacts created while a client pages are met at the end, not skipped.
    const compare = compareKeys("ascending");
    const keyOf = (contact: ContactRecord): SortKey => [contact.created_at, contact.id];
    const listed = [...store.contacts.values()]
      .filter((contact) => !contact.archived)
      .sort((a, b) => compare(keyOf(a), keyOf(b)));
    const page = cursorPageOr400(c, listed, keyOf, compare, {
      perPage,
      startingAfter: c.req.query("starting_after"),
    });
    if (page instanceof Response) return page;
    return c.json({
      type: "list",
      data: page.items.map((contact) => serializeContact(contact, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  routes.post("/contacts", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const email = optionalString(body.email);
    const externalId = optionalString(body.external_id);
    const role = body.role === undefined ? "user" : body.role;
    if (role !== "user" && role !== "lead") {
      return badRequest(c, "role must be either user or lead", "role");
    }
    if (role === "user" && email === null && externalId === null) {
      return errorResponse(
        c,
        400,
        "parameter_not_found",
        "email or external_id is required",
        "email",
      );
    }
    const unknown = unknownCustomAttribute(store, "contact", body.custom_attributes);
    if (unknown !== undefined) return unknownAttribute(c, unknown);
    const existing =
      role === "user" ? findDuplicate(store, email, externalId, undefined) : undefined;
    if (existing) {
      return errorResponse(
        c,
        409,
        "conflict",
        `A contact matching those details already exists with id=${existing.id}`,
      );
    }
    const now = nowSeconds(c);
    const contact: ContactRecord = {
      id: store.ids.objectId(),
      external_id: externalId,
      role,
      email,
      phone: optionalString(body.phone),
      name: optionalString(body.name),
      owner_id: optionalString(body.owner_id),
      has_hard_bounced: false,
      marked_email_as_spam: false,
      unsubscribed_from_emails: body.unsubscribed_from_emails === true,
      created_at: now,
      updated_at: now,
      signed_up_at: optionalInteger(body.signed_up_at),
      last_seen_at: optionalInteger(body.last_seen_at),
      last_replied_at: null,
      last_contacted_at: null,
      language_override: optionalString(body.language_override),
      browser: null,
      os: null,
      location: { country: null, region: null, city: null },
      custom_attributes: customAttributes(body.custom_attributes),
      archived: false,
      tags: [],
      company_ids: [],
    };
    store.contacts.set(contact.id, contact);
    const item = serializeContact(contact, store);
    emitWebhook(c, `contact.${contact.role}.created`, item);
    return c.json(item);
  });

  routes.post("/contacts/search", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const searchable = [...store.contacts.values()].filter((contact) => !contact.archived);
    const page = runSearch(c, body, searchable, contactCatalog(store));
    if (page instanceof Response) return page;
    return c.json({
      type: "list",
      data: page.items.map((contact) => serializeContact(contact, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  routes.post("/contacts/merge", (c) => mergeContacts(c));

  routes.get("/contacts/find_by_external_id/:external_id", (c) => {
    const store = storeOf(c);
    const externalId = c.req.param("external_id");
    const contact = [...store.contacts.values()].find((x) => x.external_id === externalId);
    return contact ? c.json(serializeContact(contact, store)) : notFound.contact(c);
  });

  routes.get("/contacts/:contact_id", (c) => {
    const contact = findContact(c, c.req.param("contact_id"));
    return contact instanceof Response ? contact : c.json(serializeContact(contact, storeOf(c)));
  });

  routes.put("/contacts/:contact_id", async (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    if (body.role !== undefined && body.role !== "user" && body.role !== "lead") {
      return badRequest(c, "role must be either user or lead", "role");
    }
    const email = body.email === undefined ? contact.email : optionalString(body.email);
    const externalId =
      body.external_id === undefined ? contact.external_id : optionalString(body.external_id);
    const role = body.role === "user" || body.role === "lead" ? body.role : contact.role;
    const unknown = unknownCustomAttribute(store, "contact", body.custom_attributes);
    if (unknown !== undefined) return unknownAttribute(c, unknown);
    const existing =
      role === "user" ? findDuplicate(store, email, externalId, contact.id) : undefined;
    if (existing) {
      return errorResponse(
        c,
        409,
        "conflict",
        `A contact matching those details already exists with id=${existing.id}`,
      );
    }
    const previousEmail = contact.email;
    applyContactUpdate(contact, body, email, externalId);
    contact.updated_at = Math.max(nowSeconds(c), contact.updated_at);
    const item = serializeContact(contact, store);
    emitWebhook(c, `contact.${contact.role}.updated`, item);
    if (contact.email !== previousEmail) emitWebhook(c, "contact.email.updated", item);
    return c.json(item);
  });

  routes.delete("/contacts/:contact_id", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const item = serializeContact(contact, store);
    store.contacts.delete(contact.id);
    emitWebhook(c, "contact.deleted", item);
    return c.json({
      type: "contact",
      id: contact.id,
      external_id: contact.external_id,
      deleted: true,
    });
  });

  for (const [action, archived] of [
    ["archive", true],
    ["unarchive", false],
  ] as const) {
    routes.post(`/contacts/:contact_id/${action}`, (c) => {
      const contact = findContact(c, c.req.param("contact_id"));
      if (contact instanceof Response) return contact;
      contact.archived = archived;
      emitWebhook(c, `contact.${action}d`, serializeContact(contact, storeOf(c)));
      return c.json({
        type: "contact",
        id: contact.id,
        external_id: contact.external_id,
        archived,
      });
    });
  }

  return routes;
}

/** A custom attribute must be created (`POST /data_attributes`) before it is written. */
export function unknownAttribute(c: Context<SandboxEnv>, name: string): Response {
  return errorResponse(
    c,
    400,
    "parameter_invalid",
    `Custom attribute '${name}' does not exist`,
    `custom_attributes.${name}`,
  );
}

/** Intercom refuses a second user with the same email or external id (409 `conflict`); leads may share them. */
function findDuplicate(
  store: Store,
  email: string | null,
  externalId: string | null,
  selfId: string | undefined,
): ContactRecord | undefined {
  for (const other of store.contacts.values()) {
    if (other.id === selfId || other.role !== "user") continue;
    if (externalId !== null && other.external_id === externalId) return other;
    if (email !== null && other.email?.toLowerCase() === email.toLowerCase()) return other;
  }
  return undefined;
}

function applyContactUpdate(
  contact: ContactRecord,
  body: JsonObject,
  email: string | null,
  externalId: string | null,
): void {
  contact.email = email;
  contact.external_id = externalId;
  if (body.role === "user" || body.role === "lead") contact.role = body.role;
  if (body.name !== undefined) contact.name = optionalString(body.name);
  if (body.phone !== undefined) contact.phone = optionalString(body.phone);
  if (body.owner_id !== undefined) contact.owner_id = optionalString(body.owner_id);
  if (body.signed_up_at !== undefined) contact.signed_up_at = optionalInteger(body.signed_up_at);
  if (body.last_seen_at !== undefined) contact.last_seen_at = optionalInteger(body.last_seen_at);
  if (body.language_override !== undefined) {
    contact.language_override = optionalString(body.language_override);
  }
  if (typeof body.unsubscribed_from_emails === "boolean") {
    contact.unsubscribed_from_emails = body.unsubscribed_from_emails;
  }
  if (isObject(body.custom_attributes)) {
    // Custom attributes merge: keys not sent keep their values.
    Object.assign(contact.custom_attributes, customAttributes(body.custom_attributes));
  }
}
