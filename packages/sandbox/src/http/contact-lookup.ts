import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import type { ContactRecord } from "../store/records.js";
import { errorResponse, notFound } from "./error-list.js";

/**
 * The contact a path names, or the answer Intercom gives when there is none:
 * 410 `contact_merged` with a canonical `Link` for a contact merged into
 * another, 404 "User Not Found" otherwise.
 */
export function findContact(c: Context<SandboxEnv>, id: string): ContactRecord | Response {
  const store = c.get("store");
  const contact = store.contacts.get(id);
  if (contact) return contact;
  const canonical = store.mergedContacts.get(id);
  if (canonical === undefined) return notFound.contact(c);
  const gone = errorResponse(
    c,
    410,
    "contact_merged",
    "This contact has been merged. See the 'Link' header for the canonical contact.",
  );
  gone.headers.set("Link", `</contacts/${canonical}>; rel="canonical"`);
  return gone;
}
