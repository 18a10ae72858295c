import { defineSearch, type SearchFieldName, type SearchFields } from "@intercom-kit/models";

/**
 * The searchable ticket fields and their types.
 *
 * Source: the "Accepted Fields" table of `POST /tickets/search` (operation
 * `SearchTickets`) in Intercom's 2.16 description, checked against the
 * `ticket` schema. Identifiers the table calls "String" are typed `id`
 * (compared whole), including `admin_assignee_id` and `team_assignee_id`,
 * which the ticket table types as strings. A ticket's own attributes are
 * searched as `ticket_attribute.<id>`, open to any type unless declared with
 * `ticketSearch.withCustomAttributes`. For `category` use `request`, `task` or
 * `tracker`, not the names shown in Intercom.
 */
export const TICKET_SEARCH_FIELDS = {
  id: "id",
  created_at: "date",
  updated_at: "date",
  title: "string",
  description: "string",
  category: "string",
  ticket_type_id: "id",
  contact_ids: "id",
  teammate_ids: "id",
  admin_assignee_id: "id",
  team_assignee_id: "id",
  open: "boolean",
  state: "string",
  snoozed_until: "date",
} as const satisfies SearchFields;

/**
 * Source: the "Accepted Operators" table of `POST /tickets/search`: `=`, `!=`,
 * `IN` and `NIN` for every type; `>` and `<` for integers and dates; the
 * substring operators for strings. Booleans take `=` and `!=` (the API's lists
 * hold strings and numbers only). The table's note that `created_at` alone also
 * takes `<=` and `>=` is not modelled: every date takes `>` and `<`.
 */
export const TICKET_SEARCH_OPERATORS = {
  string: ["=", "!=", "IN", "NIN", "~", "!~", "^", "$"],
  integer: ["=", "!=", "IN", "NIN", ">", "<"],
  boolean: ["=", "!="],
  date: ["=", "!=", "IN", "NIN", ">", "<"],
  id: ["=", "!=", "IN", "NIN"],
  tag: ["=", "!=", "IN", "NIN"],
} as const;

/**
 * Typed search for tickets: `where`, `and` and `or` whose fields, operators and
 * values are checked against the ticket search reference. Its queries go to
 * `searchTickets(client, { query })`.
 *
 * @example
 * const query = ticketSearch.and(
 *   ticketSearch.where("open", "=", true),
 *   ticketSearch.where("category", "IN", ["request", "task"]),
 * );
 */
export const ticketSearch = /*#__PURE__*/ defineSearch({
  resource: "tickets",
  fields: TICKET_SEARCH_FIELDS,
  operators: TICKET_SEARCH_OPERATORS,
  customPrefix: "ticket_attribute",
});

/** A field `ticketSearch.where` takes. */
export type TicketSearchField = SearchFieldName<
  typeof TICKET_SEARCH_FIELDS,
  Record<never, never>,
  "ticket_attribute"
>;
