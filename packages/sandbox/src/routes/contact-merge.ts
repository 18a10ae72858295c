import type { Context } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalString } from "../http/body-fields.js";
import { findContact } from "../http/contact-lookup.js";
import { errorResponse, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import { serializeContact } from "../serialize/contact.js";

/**
 * `POST /contacts/merge {from, into}`: `from` (a lead) is folded into `into`
 * (a user). Its tags, companies, notes, conversations and tickets move over,
 * and from then on its id (on every `/contacts/{id}` route) answers 410
 * `contact_merged` with a canonical `Link`. Unless
 * `skip_duplicate_validation` is true, the two must share an email or phone.
 */
export async function mergeContacts(c: Context<SandboxEnv>): Promise<Response> {
  const body = await readJsonObject(c);
  if (body instanceof Response) return body;
  const store = storeOf(c);
  const fromId = optionalString(body.from);
  const intoId = optionalString(body.into);
  if (fromId === null) return parameterMissing(c, "from");
  if (intoId === null) return parameterMissing(c, "into");
  const from = findContact(c, fromId);
  if (from instanceof Response) return from;
  const into = findContact(c, intoId);
  if (into instanceof Response) return into;
  // A lead into a user: this also rules out merging a contact into itself.
  if (from.role !== "lead" || into.role !== "user") {
    return errorResponse(
      c,
      400,
      "invalid_merge",
      "Only a lead can be merged, and only into a user",
    );
  }
  const duplicates =
    (from.email !== null && from.email.toLowerCase() === into.email?.toLowerCase()) ||
    (from.phone !== null && from.phone === into.phone);
  if (!duplicates && body.skip_duplicate_validation !== true) {
    return errorResponse(
      c,
      400,
      "invalid_merge",
      "The contacts share no email or phone; send skip_duplicate_validation: true to merge anyway",
    );
  }
  for (const applied of from.tags) {
    if (!into.tags.some((t) => t.tag_id === applied.tag_id)) into.tags.push(applied);
  }
  into.company_ids = [...new Set([...into.company_ids, ...from.company_ids])];
  for (const note of store.notes.values())
    if (note.contact_id === from.id) note.contact_id = into.id;
  const moveOver = (ids: string[]) => [
    ...new Set(ids.map((id) => (id === from.id ? into.id : id))),
  ];
  for (const conversation of store.conversations.values()) {
    conversation.contact_ids = moveOver(conversation.contact_ids);
  }
  for (const ticket of store.tickets.values()) ticket.contact_ids = moveOver(ticket.contact_ids);
  store.contacts.delete(from.id);
  store.mergedContacts.set(from.id, into.id);
  // A contact merged earlier into `from` now lives on as `into`.
  for (const [merged, canonical] of store.mergedContacts) {
    if (canonical === from.id) store.mergedContacts.set(merged, into.id);
  }
  into.updated_at = Math.max(nowSeconds(c), into.updated_at);
  return c.json(serializeContact(into, store));
}
