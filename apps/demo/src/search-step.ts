import { contactSearch, searchContacts } from "@intercom-kit/contacts";
import type { Client } from "@intercom-kit/core";
import { SearchFilterError } from "@intercom-kit/models";
import { dim, green, line, table, yellow } from "./print.ts";

/**
 * Typed search: the field names, the operators each field's type allows and
 * the values are checked by the compiler (`where("created_at", "~", …)` does
 * not compile), and by `SearchFilterError` for a caller without types. The
 * same query is awaited for its first page, then iterated over every page.
 */
export async function typedSearch(client: Client): Promise<void> {
  const { where, and } = contactSearch;
  const query = and(
    where("email", "$", "@example.com"),
    where("role", "IN", ["user", "lead"]),
    where("created_at", ">", 946_684_800), // UNIX seconds: after 2000-01-01
  );
  line(dim(JSON.stringify(query)));
  const first = await searchContacts(client, { query, pagination: { per_page: 5 } });
  line(`${first.body.total_count ?? first.items.length} matches; the first ${first.items.length}:`);
  table(first.items.map((c) => [c.name ?? "-", c.email ?? "-", c.role ?? "-"]));

  let pages = 0;
  let matched = 0;
  for await (const page of searchContacts(client, {
    query,
    pagination: { per_page: 10 },
  }).pages()) {
    pages += 1;
    for (const contact of page.items) {
      if (!contact.email?.endsWith("@example.com")) throw new Error(`${contact.id} does not match`);
      matched += 1;
    }
  }
  line(
    `${green("✔")} typed search read ${matched} matching contacts over ${pages} pages of up to 10`,
  );

  // A field name from a variable (or plain JavaScript) gets the same checks at run time.
  const fromInput: string = "created_at";
  try {
    (contactSearch.where as (field: string, op: string, value: unknown) => unknown)(
      fromInput,
      "~",
      "2024",
    );
  } catch (error) {
    if (!(error instanceof SearchFilterError)) throw error;
    line(`${yellow("refused")} before any request: ${error.message}`);
  }
}
