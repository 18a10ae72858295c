import type { TicketRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import type { SearchCatalog } from "./run-search.js";
import type { FieldType } from "./search-query.js";

const TICKET_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  id: "string",
  created_at: "timestamp",
  updated_at: "timestamp",
  title: "string",
  description: "string",
  category: "string",
  ticket_type_id: "string",
  contact_ids: "string",
  admin_assignee_id: "string",
  team_assignee_id: "string",
  open: "boolean",
  state: "string",
};

/** Ticket search names categories by terms, not by their display names. */
const CATEGORY_TERMS: Readonly<Record<string, string>> = {
  Customer: "request",
  "Back-office": "task",
  Tracker: "tracker",
};

export function ticketCatalog(store: Store): SearchCatalog<TicketRecord> {
  return {
    defaultPerPage: 20,
    idOf: (ticket) => ticket.id,
    fieldType: (field) => TICKET_FIELD_TYPES[field],
    read: (ticket, field) => readTicketField(ticket, field, store),
  };
}

function readTicketField(ticket: TicketRecord, field: string, store: Store): unknown {
  if (field.startsWith("ticket_attribute.")) {
    return ticket.ticket_attributes[field.slice("ticket_attribute.".length)];
  }
  switch (field) {
    case "title":
      return ticket.ticket_attributes._default_title_;
    case "description":
      return ticket.ticket_attributes._default_description_;
    case "category": {
      const category = store.ticketTypes.get(ticket.ticket_type_id)?.category;
      return category === undefined ? undefined : CATEGORY_TERMS[category];
    }
    case "state":
      return store.ticketStates.get(ticket.ticket_state_id)?.category;
    case "admin_assignee_id":
    case "team_assignee_id":
      return ticket[field] === null ? undefined : String(ticket[field]);
    default:
      return (ticket as unknown as Record<string, unknown>)[field];
  }
}
