import type { NoteRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { serializeAdmin } from "./admin.js";

/** The `note` schema (a contact's note) or `company_note` (a company's). */
export function serializeNote(note: NoteRecord, store: Store) {
  const admin = store.admins.get(note.admin_id);
  return {
    type: "note",
    id: note.id,
    created_at: note.created_at,
    ...(note.contact_id === null ? {} : { contact: { type: "contact", id: note.contact_id } }),
    ...(note.company_id === null ? {} : { company: { type: "company", id: note.company_id } }),
    ...(admin === undefined ? {} : { author: serializeAdmin(admin) }),
    body: note.body,
  };
}
