import { emailDomain } from "../serialize/contact.js";
import type { ContactRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import type { SearchCatalog } from "./run-search.js";
import type { FieldType } from "./search-query.js";

/** Contact search fields with a type that limits their operators. */
const CONTACT_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  id: "string",
  role: "string",
  name: "string",
  owner_id: "string",
  email: "string",
  email_domain: "string",
  phone: "string",
  external_id: "string",
  language_override: "string",
  browser: "string",
  os: "string",
  "location.country": "string",
  "location.region": "string",
  "location.city": "string",
  created_at: "date",
  signed_up_at: "date",
  updated_at: "date",
  last_seen_at: "date",
  last_contacted_at: "date",
  last_replied_at: "date",
  last_email_opened_at: "date",
  last_email_clicked_at: "date",
  unsubscribed_from_emails: "boolean",
  marked_email_as_spam: "boolean",
  has_hard_bounced: "boolean",
  tag_id: "tag",
  segment_id: "string",
  company_id: "string",
};

export function contactCatalog(store: Store): SearchCatalog<ContactRecord> {
  return {
    defaultPerPage: 50,
    idOf: (contact) => contact.id,
    fieldType: (field) => CONTACT_FIELD_TYPES[field],
    read: (contact, field) => readContactField(contact, field, store),
  };
}

function readContactField(contact: ContactRecord, field: string, store: Store): unknown {
  if (field.startsWith("custom_attributes.")) {
    return contact.custom_attributes[field.slice("custom_attributes.".length)];
  }
  if (field.startsWith("location.")) {
    return contact.location[field.slice("location.".length) as keyof ContactRecord["location"]];
  }
  switch (field) {
    case "email_domain":
      return contact.email === null ? null : emailDomain(contact.email);
    case "tag_id":
      return contact.tags.map((t) => t.tag_id);
    case "company_id":
      return contact.company_ids;
    case "segment_id":
      return [...store.segments.values()].filter((s) => s.matches(contact)).map((s) => s.id);
    default:
      return (contact as unknown as Record<string, unknown>)[field];
  }
}
