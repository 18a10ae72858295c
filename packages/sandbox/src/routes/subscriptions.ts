import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalString } from "../http/body-fields.js";
import { findContact } from "../http/contact-lookup.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import type { SubscriptionTypeRecord } from "../store/records.js";

/** The `subscription_type` schema; `consent_type` is the contact's own when it has one. */
export function serializeSubscriptionType(
  type: SubscriptionTypeRecord,
  consent?: "opt_in" | "opt_out",
) {
  const translation = { name: type.name, description: type.description, locale: "en" };
  return {
    type: "subscription",
    id: type.id,
    state: type.state,
    default_translation: translation,
    translations: [translation],
    consent_type: consent ?? type.consent_type,
    content_types: type.content_types,
  };
}

/**
 * Subscription types, and a contact's subscriptions to them: attaching with
 * `consent_type: "opt_in"` subscribes the contact, `"opt_out"` records that
 * it said no; detaching forgets either, so the type's default applies again.
 */
export function subscriptionRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/subscription_types", (c) => {
    const data = [...storeOf(c).subscriptionTypes.values()].map((type) =>
      serializeSubscriptionType(type),
    );
    return c.json({ type: "list", data });
  });

  routes.get("/contacts/:contact_id/subscriptions", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const mine = store.contactSubscriptions.get(contact.id) ?? new Map();
    const data = [...mine].flatMap(([id, consent]) => {
      const type = store.subscriptionTypes.get(id);
      return type ? [serializeSubscriptionType(type, consent)] : [];
    });
    return c.json({ type: "list", data });
  });

  routes.post("/contacts/:contact_id/subscriptions", async (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const id = optionalString(body.id);
    if (id === null) return parameterMissing(c, "id");
    const consent = body.consent_type;
    if (consent === undefined) return parameterMissing(c, "consent_type");
    if (consent !== "opt_in" && consent !== "opt_out") {
      return badRequest(c, "consent_type must be opt_in or opt_out", "consent_type");
    }
    const type = store.subscriptionTypes.get(id);
    if (!type) return errorResponse(c, 404, "not_found", "Subscription type not found");
    let mine = store.contactSubscriptions.get(contact.id);
    if (!mine) {
      mine = new Map();
      store.contactSubscriptions.set(contact.id, mine);
    }
    mine.set(type.id, consent);
    return c.json(serializeSubscriptionType(type, consent));
  });

  routes.delete("/contacts/:contact_id/subscriptions/:subscription_id", (c) => {
    const store = storeOf(c);
    const contact = findContact(c, c.req.param("contact_id"));
    if (contact instanceof Response) return contact;
    const type = store.subscriptionTypes.get(c.req.param("subscription_id"));
    const mine = store.contactSubscriptions.get(contact.id);
    const consent = type ? mine?.get(type.id) : undefined;
    if (!type || consent === undefined) {
      return errorResponse(c, 404, "not_found", "The contact has no such subscription");
    }
    mine?.delete(type.id);
    if (mine?.size === 0) store.contactSubscriptions.delete(contact.id);
    return c.json(serializeSubscriptionType(type, consent));
  });

  return routes;
}
