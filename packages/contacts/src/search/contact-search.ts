import { defineSearch, type SearchFieldName, type SearchFields } from "@intercom-kit/models";

/**
 * The searchable contact fields and their types.
 *
 * Source: the "Accepted Fields" table of `POST /contacts/search` (operation
 * `SearchContacts`) in Intercom's 2.16 description, checked against the
 * `contact` schema. Where the table says "String" for an identifier we type it
 * `id` (compared whole, never by substring); `tag_id` is a `tag`, since the
 * table's operator notes treat it apart. The table's `andoid_sdk_version` is a
 * typo for the schema's `android_sdk_version`, which is what we list.
 */
export const CONTACT_SEARCH_FIELDS = {
  id: "id",
  role: "string",
  name: "string",
  avatar: "string",
  owner_id: "id",
  email: "string",
  email_domain: "string",
  phone: "string",
  formatted_phone: "string",
  external_id: "string",
  created_at: "date",
  signed_up_at: "date",
  updated_at: "date",
  last_seen_at: "date",
  last_contacted_at: "date",
  last_replied_at: "date",
  last_email_opened_at: "date",
  last_email_clicked_at: "date",
  language_override: "string",
  browser: "string",
  browser_language: "string",
  os: "string",
  "location.country": "string",
  "location.region": "string",
  "location.city": "string",
  unsubscribed_from_emails: "boolean",
  marked_email_as_spam: "boolean",
  has_hard_bounced: "boolean",
  ios_last_seen_at: "date",
  ios_app_version: "string",
  ios_device: "string",
  ios_app_device: "string",
  ios_os_version: "string",
  ios_app_name: "string",
  ios_sdk_version: "string",
  android_last_seen_at: "date",
  android_app_version: "string",
  android_device: "string",
  android_app_name: "string",
  android_sdk_version: "string",
  segment_id: "id",
  tag_id: "tag",
} as const satisfies SearchFields;

/**
 * Source: the "Accepted Operators" table of `POST /contacts/search`: dates take
 * only `=`, `>` and `<` (no `!=`, `>=`, `<=`, `IN`, `NIN`); `tag_id` only `=` and
 * `!=`; `>`, `<`, `>=`, `<=` are for integers (custom attributes) and `<`/`>` for
 * dates; the substring operators for strings. Booleans take `=` and `!=`.
 */
export const CONTACT_SEARCH_OPERATORS = {
  string: ["=", "!=", "IN", "NIN", "~", "!~", "^", "$"],
  integer: ["=", "!=", "IN", "NIN", ">", "<", ">=", "<="],
  boolean: ["=", "!="],
  date: ["=", ">", "<"],
  id: ["=", "!=", "IN", "NIN"],
  tag: ["=", "!="],
} as const;

/**
 * Typed search for contacts: `where`, `and` and `or` whose fields, operators and
 * values are checked against the contact search reference. Its queries go to
 * `searchContacts(client, { query })`.
 *
 * @example
 * const query = contactSearch.and(
 *   contactSearch.where("role", "IN", ["user", "lead"]),
 *   contactSearch.where("created_at", ">", 1_700_000_000),
 * );
 * for await (const contact of searchContacts(client, { query })) console.log(contact.email);
 */
export const contactSearch = /*#__PURE__*/ defineSearch({
  resource: "contacts",
  fields: CONTACT_SEARCH_FIELDS,
  operators: CONTACT_SEARCH_OPERATORS,
  customPrefix: "custom_attributes",
});

/** A field `contactSearch.where` takes. */
export type ContactSearchField = SearchFieldName<
  typeof CONTACT_SEARCH_FIELDS,
  Record<never, never>,
  "custom_attributes"
>;
