// Hand-written helpers of this domain go next to this file; the operations are generated.
export * from "./generated/index.js";
export {
  TICKET_SEARCH_FIELDS,
  TICKET_SEARCH_OPERATORS,
  type TicketSearchField,
  ticketSearch,
} from "./search/ticket-search.js";
