// Hand-written helpers of this domain go next to this file; the operations are generated.
export * from "./generated/index.js";
export {
  type TicketSearchField,
  ticketSearch,
} from "./search/ticket-search.js";
