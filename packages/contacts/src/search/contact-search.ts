import { defineSearch, type SearchFieldName, type SearchFields } from "@intercom-kit/models";
import {
  CONTACT_SEARCH_CUSTOM_PREFIX,
  CONTACT_SEARCH_FIELD_OPERATORS,
  CONTACT_SEARCH_FIELDS,
  CONTACT_SEARCH_OPERATORS,
} from "../generated/search-fields.js";

/**
 * Typed search for contacts: `where`, `and` and `or` whose fields, operators and
 * values are checked against the contact search reference. Its queries go to
 * `searchContacts(client, { query })`. The fields and their types are generated
 * (`CONTACT_SEARCH_FIELDS`); the reasons for each choice are in
 * `tools/codegen/src/config/search-fields.ts`.
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
  fieldOperators: CONTACT_SEARCH_FIELD_OPERATORS,
  customPrefix: CONTACT_SEARCH_CUSTOM_PREFIX,
});

/** A field `contactSearch.where` takes; pass your declared custom attributes as `C` to include them. */
export type ContactSearchField<C extends SearchFields = Record<never, never>> = SearchFieldName<
  typeof CONTACT_SEARCH_FIELDS,
  C,
  typeof CONTACT_SEARCH_CUSTOM_PREFIX
>;
