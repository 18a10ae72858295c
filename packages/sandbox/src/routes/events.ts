import type { Context } from "hono";
import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { customAttributes, optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import type { ContactRecord, DataEventRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/**
 * Data events: `POST /events` records one and answers 202 with no body, as
 * Intercom does; `GET /events?type=user&…` lists a contact's events, newest
 * first, or sums them up with `summary=true`.
 */
export function eventRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/events", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const eventName = optionalString(body.event_name);
    const createdAt = optionalInteger(body.created_at);
    if (eventName === null) return parameterMissing(c, "event_name");
    if (createdAt === null) return parameterMissing(c, "created_at");
    const contact = findContact(store, body.id, body.user_id, body.email);
    if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
    store.events.push({
      event_name: eventName,
      created_at: createdAt,
      intercom_user_id: contact.id,
      user_id: contact.external_id,
      email: contact.email,
      id: optionalString(body.id),
      metadata: customAttributes(body.metadata),
    });
    return c.body(null, 202);
  });

  routes.get("/events", (c) => {
    const store = storeOf(c);
    if (c.req.query("type") !== "user") return badRequest(c, "type must be user", "type");
    const contact = findContact(
      store,
      c.req.query("intercom_user_id"),
      c.req.query("user_id"),
      c.req.query("email"),
    );
    if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
    const events = store.events
      .filter((event) => event.intercom_user_id === contact.id)
      .sort((a, b) => b.created_at - a.created_at);
    if (c.req.query("summary") === "true") return c.json(summary(contact, events));
    return listEvents(c, events);
  });

  return routes;
}

function listEvents(c: Context<SandboxEnv>, events: readonly DataEventRecord[]): Response {
  return c.json({
    type: "event.list",
    events: events.map((event) => ({
      type: "event",
      event_name: event.event_name,
      created_at: event.created_at,
      intercom_user_id: event.intercom_user_id,
      ...(event.user_id === null ? {} : { user_id: event.user_id }),
      ...(event.email === null ? {} : { email: event.email }),
      ...(event.id === null ? {} : { id: event.id }),
      metadata: event.metadata,
    })),
    pages: {},
  });
}

/** The `data_event_summary` schema: one line per event name, with first and last times. */
function summary(contact: ContactRecord, events: readonly DataEventRecord[]) {
  const byName = new Map<string, { first: number; last: number; count: number }>();
  for (const event of events) {
    const entry = byName.get(event.event_name);
    if (!entry)
      byName.set(event.event_name, { first: event.created_at, last: event.created_at, count: 1 });
    else {
      entry.first = Math.min(entry.first, event.created_at);
      entry.last = Math.max(entry.last, event.created_at);
      entry.count += 1;
    }
  }
  return {
    type: "event.summary",
    ...(contact.email === null ? {} : { email: contact.email }),
    intercom_user_id: contact.id,
    ...(contact.external_id === null ? {} : { user_id: contact.external_id }),
    events: [...byName].map(([name, entry]) => ({
      name,
      first: new Date(entry.first * 1000).toISOString(),
      last: new Date(entry.last * 1000).toISOString(),
      count: entry.count,
    })),
  };
}

/** Events name their contact by Intercom id, by your user id, or by email. */
function findContact(
  store: Store,
  id: unknown,
  userId: unknown,
  email: unknown,
): ContactRecord | undefined {
  const byId = optionalString(id);
  const byUserId = optionalString(userId);
  const byEmail = optionalString(email)?.toLowerCase() ?? null;
  if (byId !== null && store.contacts.has(byId)) return store.contacts.get(byId);
  for (const contact of store.contacts.values()) {
    if (byUserId !== null && contact.external_id === byUserId) return contact;
    if (byEmail !== null && contact.email?.toLowerCase() === byEmail) return contact;
  }
  return undefined;
}
