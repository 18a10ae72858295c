import type { TicketRecord, TicketStateRecord, TicketTypeRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { contactReference } from "./contact.js";

/** The `ticket_type` schema, without its attribute list. */
export function serializeTicketType(type: TicketTypeRecord, store: Store) {
  return {
    type: "ticket_type",
    id: type.id,
    category: type.category,
    name: type.name,
    description: type.description,
    icon: type.icon,
    workspace_id: store.workspace.id_code,
    archived: false,
    created_at: type.created_at,
    updated_at: type.created_at,
  };
}

/** The `ticket_state` schema. */
export function serializeTicketState(state: TicketStateRecord) {
  return {
    type: "ticket_state",
    id: state.id,
    category: state.category,
    internal_label: state.internal_label,
    external_label: state.external_label,
  };
}

/** The `ticket` schema. */
export function serializeTicket(ticket: TicketRecord, store: Store) {
  const type = store.ticketTypes.get(ticket.ticket_type_id);
  const state = store.ticketStates.get(ticket.ticket_state_id);
  return {
    type: "ticket",
    id: ticket.id,
    ticket_id: ticket.ticket_id,
    ...(type === undefined ? {} : { category: type.category }),
    ticket_attributes: ticket.ticket_attributes,
    ...(state === undefined ? {} : { ticket_state: serializeTicketState(state) }),
    ...(type === undefined ? {} : { ticket_type: serializeTicketType(type, store) }),
    contacts: {
      type: "contact.list",
      contacts: ticket.contact_ids.map((id) => {
        const contact = store.contacts.get(id);
        return contact ? contactReference(contact) : { type: "contact", id, external_id: null };
      }),
    },
    ...(ticket.admin_assignee_id === null ? {} : { admin_assignee_id: ticket.admin_assignee_id }),
    ...(ticket.team_assignee_id === null ? {} : { team_assignee_id: ticket.team_assignee_id }),
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    open: ticket.open,
    ticket_parts: { type: "ticket_part.list", ticket_parts: [] as never[], total_count: 0 },
    is_shared: type?.category === "Customer",
  };
}
