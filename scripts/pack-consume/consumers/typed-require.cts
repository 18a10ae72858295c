// A CommonJS TypeScript file requiring the ESM-only packages: type-checked under
// nodenext only, which models Node's require(esm). node16 models Node 16, which
// had none, and rejects this (TS1471) whatever the packages do.
import contacts = require("@intercom-kit/contacts");
import core = require("@intercom-kit/core");
import umbrella = require("intercom-kit");

export async function typedRequire(token: string): Promise<string> {
  const client = core.createClient({ token });
  const contact: umbrella.Contact = await contacts.retrieveContact(client, { contact_id: "1" });
  // @ts-expect-error contact_id is a string
  await contacts.retrieveContact(client, { contact_id: 1 });
  return contact.id;
}
