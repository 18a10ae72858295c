import type { Contact } from "@intercom-kit/models";

/** Fills the table body; text goes in as text, never as HTML. */
export function renderContacts(rows: HTMLTableSectionElement, contacts: readonly Contact[]): void {
  rows.replaceChildren(
    ...contacts.map((contact) => {
      const row = document.createElement("tr");
      row.dataset.contactId = contact.id;
      const created = contact.created_at
        ? new Date(contact.created_at * 1000).toISOString().slice(0, 10)
        : "";
      for (const text of [contact.name ?? "", contact.email ?? "", contact.role ?? "", created]) {
        const cell = document.createElement("td");
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
}
