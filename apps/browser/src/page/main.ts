import { listContacts, searchContacts } from "@intercom-kit/contacts";
import { IntercomError } from "@intercom-kit/core";
import type { Contact } from "@intercom-kit/models";
import { connect } from "./connection.js";
import { renderContacts } from "./render-contacts.js";

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
}

const client = connect(window.location);
const rows = element<HTMLTableSectionElement>("#rows");
const status = element<HTMLElement>("#status");
const form = element<HTMLFormElement>("#search");
const input = element<HTMLInputElement>("#query");

async function show(
  load: () => PromiseLike<{ readonly items: readonly Contact[] }>,
  label: string,
) {
  status.textContent = "Loading…";
  try {
    const page = await load();
    renderContacts(rows, page.items);
    status.textContent = `${page.items.length} ${label}`;
  } catch (error) {
    rows.replaceChildren();
    status.textContent =
      error instanceof IntercomError ? `Error: ${error.message}` : "Unexpected error";
  }
}

const firstPage = () => show(() => listContacts(client, { per_page: 20 }), "contacts");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return void firstPage();
  // Name or email contains the text: one OR group of two `~` filters.
  const query = {
    operator: "OR" as const,
    value: [
      { field: "name", operator: "~" as const, value: text },
      { field: "email", operator: "~" as const, value: text },
    ],
  };
  void show(
    () => searchContacts(client, { query, pagination: { per_page: 20 } }),
    `matching “${text}”`,
  );
});

void firstPage();
