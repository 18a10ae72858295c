import { defineSearch, type SearchFieldName, type SearchFields } from "@intercom-kit/models";
import {
  TICKET_SEARCH_CUSTOM_PREFIX,
  TICKET_SEARCH_FIELD_OPERATORS,
  TICKET_SEARCH_FIELDS,
  TICKET_SEARCH_OPERATORS,
} from "../generated/search-fields.js";

/**
 * Typed search for tickets: `where`, `and` and `or` whose fields, operators and
 * values are checked against the ticket search reference. Its queries go to
 * `searchTickets(client, { query })`. The fields and their types are generated
 * (`TICKET_SEARCH_FIELDS`); the reasons for each choice are in
 * `tools/codegen/src/config/search-fields.ts`. A ticket's own attributes are
 * searched as `ticket_attribute.<id>`, open to any type unless declared with
 * `ticketSearch.withCustomAttributes`. For `category` use `request`, `task` or
 * `tracker`, not the names shown in Intercom.
 *
 * @example
 * const query = ticketSearch.and(
 *   ticketSearch.where("open", "=", true),
 *   ticketSearch.where("created_at", ">=", 1_700_000_000),
 * );
 */
export const ticketSearch = /*#__PURE__*/ defineSearch({
  resource: "tickets",
  fields: TICKET_SEARCH_FIELDS,
  operators: TICKET_SEARCH_OPERATORS,
  fieldOperators: TICKET_SEARCH_FIELD_OPERATORS,
  customPrefix: TICKET_SEARCH_CUSTOM_PREFIX,
});

/** A field `ticketSearch.where` takes; pass your declared custom attributes as `C` to include them. */
export type TicketSearchField<C extends SearchFields = Record<never, never>> = SearchFieldName<
  typeof TICKET_SEARCH_FIELDS,
  C,
  typeof TICKET_SEARCH_CUSTOM_PREFIX
>;
