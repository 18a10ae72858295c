import { type Client, NotFoundError, paginate, runOperation } from "@intercom-kit/core";
import {
  type Admin,
  type Contact,
  type ContactList,
  identifyAdmin,
  listContacts,
  showContact,
} from "./operations.ts";
import { dim, green, heading, line, table, yellow } from "./print.ts";

/** The read-only tour: who am I, every contact page by page, one contact, a handled 404. */
export async function runTour(client: Client): Promise<void> {
  heading(1, "Who does this token belong to?");
  const { data: me, response } = await runOperation<Admin>(
    client,
    identifyAdmin,
    {},
  ).withResponse();
  line(`${green("✔")} ${me.name} <${me.email}>${me.app?.name ? ` in ${me.app.name}` : ""}`);
  line(
    dim(
      `request ${response.requestId ?? "-"} · rate limit remaining ${response.rateLimit.remaining ?? "n/a"}`,
    ),
  );

  heading(2, "Page through every contact (3 per page)");
  const contacts: Contact[] = [];
  let pageNumber = 0;
  for await (const page of paginate<Contact, ContactList>(client, listContacts, {
    per_page: 3,
  }).pages()) {
    pageNumber += 1;
    contacts.push(...page.items);
    line(`page ${pageNumber}: ${page.items.map((c) => c.name ?? c.id).join(", ")}`);
  }
  line(`${green("✔")} ${contacts.length} contacts in ${pageNumber} pages`);

  heading(3, "Fetch one contact");
  const first = contacts[0];
  if (first) {
    const contact = await runOperation<Contact>(client, showContact, { contact_id: first.id });
    table([
      ["id", contact.id],
      ["name", contact.name ?? "-"],
      ["email", contact.email ?? "-"],
      ["created", new Date(contact.created_at * 1000).toISOString().slice(0, 10)],
    ]);
  }

  heading(4, "A contact that does not exist");
  try {
    await runOperation(client, showContact, { contact_id: "does-not-exist" });
    line("unexpected: the API found it");
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    line(
      `${yellow("handled")} ${error.name}: status ${error.status}, code ${error.code}, request ${error.requestId ?? "-"}`,
    );
  }
}
