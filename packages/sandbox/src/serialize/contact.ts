import type { ContactRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { withDefinedAttributes } from "./custom-attributes.js";
import { liveTags } from "./tag.js";

/** Intercom shows up to 10 attached items inline and links to the rest. */
const INLINE_LIMIT = 10;

/** The `contact` schema. */
export function serializeContact(contact: ContactRecord, store: Store) {
  const tags = liveTags(contact.tags, store);
  const notes = [...store.notes.values()].filter((note) => note.contact_id === contact.id);
  const companies = contact.company_ids.filter((id) => store.companies.has(id));
  const url = `/contacts/${contact.id}`;
  return {
    type: "contact",
    id: contact.id,
    external_id: contact.external_id,
    workspace_id: store.workspace.id_code,
    role: contact.role,
    ...(contact.email === null
      ? {}
      : { email: contact.email, email_domain: emailDomain(contact.email) }),
    phone: contact.phone,
    name: contact.name,
    owner_id: contact.owner_id,
    has_hard_bounced: contact.has_hard_bounced,
    marked_email_as_spam: contact.marked_email_as_spam,
    unsubscribed_from_emails: contact.unsubscribed_from_emails,
    created_at: contact.created_at,
    updated_at: contact.updated_at,
    signed_up_at: contact.signed_up_at,
    last_seen_at: contact.last_seen_at,
    last_replied_at: contact.last_replied_at,
    last_contacted_at: contact.last_contacted_at,
    last_email_opened_at: null,
    last_email_clicked_at: null,
    language_override: contact.language_override,
    browser: contact.browser,
    browser_version: null,
    browser_language: null,
    os: contact.os,
    custom_attributes: withDefinedAttributes(contact.custom_attributes, store, "contact"),
    avatar: { type: "avatar", image_url: null },
    tags: {
      data: tags
        .slice(0, INLINE_LIMIT)
        .map((t) => ({ type: "tag", id: t.tag_id, url: `/tags/${t.tag_id}` })),
      url: `${url}/tags`,
      total_count: tags.length,
      has_more: tags.length > INLINE_LIMIT,
    },
    notes: {
      data: notes
        .slice(0, INLINE_LIMIT)
        .map((n) => ({ type: "note", id: n.id, url: `/notes/${n.id}` })),
      url: `${url}/notes`,
      total_count: notes.length,
      has_more: notes.length > INLINE_LIMIT,
    },
    companies: {
      data: companies
        .slice(0, INLINE_LIMIT)
        .map((id) => ({ type: "company", id, url: `/companies/${id}` })),
      url: `${url}/companies`,
      total_count: companies.length,
      has_more: companies.length > INLINE_LIMIT,
    },
    location: { type: "location", ...contact.location },
    social_profiles: { data: [] as never[] },
  };
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

/** The `contact_reference` schema. */
export function contactReference(contact: ContactRecord) {
  return { type: "contact", id: contact.id, external_id: contact.external_id };
}
