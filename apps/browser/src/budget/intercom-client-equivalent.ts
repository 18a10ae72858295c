// The same workload through the official intercom-client, for comparison.
import { IntercomClient } from "intercom-client";

export async function listAndRetrieve(token: string): Promise<string | undefined> {
  const client = new IntercomClient({ token });
  const page = await client.contacts.list({ per_page: 50 });
  for await (const contact of page) {
    const full = await client.contacts.find({ contact_id: contact.id });
    return full.email ?? undefined;
  }
  return undefined;
}
