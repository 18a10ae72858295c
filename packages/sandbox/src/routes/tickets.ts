import type { Context } from "hono";
import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { customAttributes, optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import { runSearch } from "../search/run-search.js";
import { ticketCatalog } from "../search/ticket-catalog.js";
import { serializeTicket, serializeTicketType } from "../serialize/ticket.js";
import type { ContactRecord, TicketRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";
import { enqueueJob, serializeJob } from "./background-jobs.js";

/** Tickets: create, retrieve, search, and the ticket types a create needs. */
export function ticketRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/ticket_types", (c) => {
    const store = storeOf(c);
    const data = [...store.ticketTypes.values()].map((type) => serializeTicketType(type, store));
    return c.json({ type: "list", data });
  });

  routes.post("/tickets", async (c) => {
    const ticket = await createTicket(c);
    return ticket instanceof Response ? ticket : c.json(serializeTicket(ticket, storeOf(c)));
  });

  // Intercom validates what it can, then makes the ticket in the background;
  // the sandbox makes it at once and lets `GET /jobs/status/{id}` catch up.
  routes.post("/tickets/enqueue", async (c) => {
    const ticket = await createTicket(c);
    if (ticket instanceof Response) return ticket;
    const job = enqueueJob(c, "ticket", ticket.id, `/tickets/${ticket.id}`);
    return c.json(serializeJob(c, job));
  });

  routes.post("/tickets/search", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const page = runSearch(c, body, store.tickets.values(), ticketCatalog(store));
    if (page instanceof Response) return page;
    return c.json({
      type: "ticket.list",
      tickets: page.items.map((ticket) => serializeTicket(ticket, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  routes.get("/tickets/:ticket_id", (c) => {
    const store = storeOf(c);
    const ticket = store.tickets.get(c.req.param("ticket_id"));
    return ticket ? c.json(serializeTicket(ticket, store)) : notFound.resource(c);
  });

  routes.put("/tickets/:ticket_id", async (c) => {
    const store = storeOf(c);
    const ticket = store.tickets.get(c.req.param("ticket_id"));
    if (!ticket) return notFound.resource(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const stateId = optionalString(body.ticket_state_id);
    if (stateId !== null && !store.ticketStates.has(stateId)) {
      return badRequest(c, "ticket_state_id is not a ticket state", "ticket_state_id");
    }
    const before = {
      state: ticket.ticket_state_id,
      admin: ticket.admin_assignee_id,
      team: ticket.team_assignee_id,
    };
    if (stateId !== null) ticket.ticket_state_id = stateId;
    if (isObject(body.ticket_attributes)) {
      Object.assign(ticket.ticket_attributes, customAttributes(body.ticket_attributes));
    }
    const assignment = isObject(body.assignment) ? body.assignment : {};
    if (assignment.assignee_id !== undefined) {
      const assignee = optionalString(assignment.assignee_id);
      if (assignee !== null && store.teams.has(assignee))
        ticket.team_assignee_id = Number(assignee);
      else ticket.admin_assignee_id = numberOrNull(assignee);
    }
    if (typeof body.open === "boolean") ticket.open = body.open;
    const state = store.ticketStates.get(ticket.ticket_state_id);
    if (stateId !== null) ticket.open = state?.category !== "resolved";
    ticket.updated_at = Math.max(nowSeconds(c), ticket.updated_at);
    const item = serializeTicket(ticket, store);
    if (ticket.ticket_state_id !== before.state) emitWebhook(c, "ticket.state.updated", item);
    if (ticket.admin_assignee_id !== before.admin) emitWebhook(c, "ticket.admin.assigned", item);
    if (ticket.team_assignee_id !== before.team) emitWebhook(c, "ticket.team.assigned", item);
    if (state?.category === "resolved" && before.state !== ticket.ticket_state_id) {
      emitWebhook(c, "ticket.closed", item);
    }
    return c.json(item);
  });

  routes.delete("/tickets/:ticket_id", (c) => {
    const store = storeOf(c);
    const ticket = store.tickets.get(c.req.param("ticket_id"));
    if (!ticket) return notFound.resource(c);
    const item = serializeTicket(ticket, store);
    store.tickets.delete(ticket.id);
    emitWebhook(c, "ticket.deleted", item);
    return c.json({ id: ticket.id, object: "ticket", deleted: true });
  });

  return routes;
}

/** A ticket's contact is named by id, external id, or email; an unknown email creates a lead. */
/** Validates a ticket's body and stores it; a Response is the error answer. */
async function createTicket(c: Context<SandboxEnv>): Promise<Response | TicketRecord> {
  const body = await readJsonObject(c);
  if (body instanceof Response) return body;
  const store = storeOf(c);
  const typeId = optionalString(body.ticket_type_id);
  if (typeId === null) return parameterMissing(c, "ticket_type_id");
  if (!store.ticketTypes.has(typeId))
    return errorResponse(c, 404, "not_found", "Ticket type not found");
  if (!Array.isArray(body.contacts) || body.contacts.length === 0)
    return parameterMissing(c, "contacts");
  if (body.contacts.length > 1)
    return badRequest(c, "only one contact is allowed per ticket", "contacts");
  const contact = resolveContact(store, body.contacts[0], nowSeconds(c));
  if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
  const submitted = [...store.ticketStates.values()].find((s) => s.category === "submitted");
  const now = optionalInteger(body.created_at) ?? nowSeconds(c);
  const assignment = isObject(body.assignment) ? body.assignment : {};
  const ticket: TicketRecord = {
    id: store.ids.sequence("ticket"),
    ticket_id: store.ids.sequence("ticket_number"),
    ticket_type_id: typeId,
    ticket_state_id: submitted?.id ?? "",
    ticket_attributes: customAttributes(body.ticket_attributes),
    contact_ids: [contact.id],
    company_id: optionalString(body.company_id),
    admin_assignee_id: numberOrNull(assignment.admin_assignee_id),
    team_assignee_id: numberOrNull(assignment.team_assignee_id),
    created_at: now,
    updated_at: now,
    open: true,
  };
  store.tickets.set(ticket.id, ticket);
  emitWebhook(c, "ticket.created", serializeTicket(ticket, store));
  return ticket;
}

function resolveContact(store: Store, entry: unknown, now: number): ContactRecord | undefined {
  if (!isObject(entry)) return undefined;
  const id = optionalString(entry.id);
  const externalId = optionalString(entry.external_id);
  const email = optionalString(entry.email);
  if (id !== null) return store.contacts.get(id);
  const contacts = [...store.contacts.values()];
  if (externalId !== null) return contacts.find((x) => x.external_id === externalId);
  if (email === null) return undefined;
  const found = contacts.find((x) => x.email?.toLowerCase() === email.toLowerCase());
  if (found) return found;
  const lead: ContactRecord = {
    id: store.ids.objectId(),
    external_id: null,
    role: "lead",
    email,
    phone: null,
    name: null,
    owner_id: null,
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: false,
    created_at: now,
    updated_at: now,
    signed_up_at: null,
    last_seen_at: null,
    last_replied_at: null,
    last_contacted_at: null,
    language_override: null,
    browser: null,
    os: null,
    location: { country: null, region: null, city: null },
    custom_attributes: {},
    archived: false,
    tags: [],
    company_ids: [],
  };
  store.contacts.set(lead.id, lead);
  return lead;
}

function numberOrNull(value: unknown): number | null {
  const number = Number(value);
  return value === undefined || value === null || !Number.isFinite(number) ? null : number;
}
