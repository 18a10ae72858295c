// The size-budget workload: list every contact and retrieve one, with retries.
// Bundled for the browser, minified and gzipped, it must stay within the budget
// in test/bundle-size.test.ts (docs/bundle-size.md says why it is not 8 KiB).
import { listContacts, retrieveContact } from "@intercom-kit/contacts";
import { createClient } from "@intercom-kit/core";
import { retry } from "@intercom-kit/retry";

export async function listAndRetrieve(token: string): Promise<string | undefined> {
  const client = createClient({ token }).use(retry());
  for await (const contact of listContacts(client, { per_page: 50 })) {
    const full = await retrieveContact(client, { contact_id: contact.id });
    return full.email ?? undefined;
  }
  return undefined;
}
