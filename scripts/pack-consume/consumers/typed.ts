// Type-checked, not run, under node16, nodenext and bundler resolution with
// strict and skipLibCheck: false, against the tarballs' declarations.
import { listContacts, type RetrieveContactParams, retrieveContact } from "@intercom-kit/contacts";
import { type Client, createClient, NotFoundError, type Page } from "@intercom-kit/core";
import { retry } from "@intercom-kit/retry";
import { type Contact, createIntercom } from "intercom-kit";
import { catalog } from "intercom-kit/catalog";

export async function typed(token: string): Promise<string[]> {
  const client: Client = createClient({ token, region: "eu" }).use(retry());
  const params: RetrieveContactParams = { contact_id: "1" };
  const contact: Contact = await retrieveContact(client, params);
  // @ts-expect-error contact_id is a string
  await retrieveContact(client, { contact_id: 1 });
  // @ts-expect-error per_page is a number
  await listContacts(client, { per_page: "50" });

  const page = await listContacts(client, { per_page: 50 });
  const next: Page<Contact, unknown> | undefined = await page.nextPage();
  const emails: (string | null | undefined)[] = [contact.email, next?.items[0]?.email];
  for await (const each of listContacts(client)) emails.push(each.email);

  const intercom = createIntercom({ token });
  const same: Contact = await intercom.contacts.retrieve({ contact_id: contact.id });
  // @ts-expect-error the facade checks its params too
  await intercom.contacts.retrieve({ id: contact.id });
  try {
    await intercom.contacts.notes.list({ contact_id: same.id });
  } catch (error) {
    if (error instanceof NotFoundError) emails.push(error.requestId ?? null);
  }
  return [...emails.filter((e): e is string => typeof e === "string"), catalog[0]?.name ?? ""];
}
