import {
  ContactMergedError,
  createContact,
  followMergedContacts,
  listContactNotes,
  mergeContact,
  retrieveContact,
} from "@intercom-kit/contacts";
import { type Client, createClient } from "@intercom-kit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/index.js";

/**
 * `mergeContact` merges a lead into a user; the sandbox then answers every
 * request for the lead's id with 410 `contact_merged` and the canonical
 * `Link`, as Intercom does, and the contacts package's plugin follows it.
 */
let sandbox: Sandbox;
let client: Client;
let leadId: string;
let userId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: false, seedSizes: { contacts: 5 } });
  client = createClient({ token: sandbox.token, baseUrl: sandbox.url });
  const lead = await createContact(client, { role: "lead", email: "merge@example.com" });
  const user = await createContact(client, { role: "user", email: "merge@example.com" });
  leadId = lead.id;
  userId = user.id;
  await mergeContact(client, { from: leadId, into: userId });
});
afterAll(() => sandbox.stop());

describe("merged contacts against the sandbox", () => {
  it("answers the merged lead with a ContactMergedError naming the user", async () => {
    const error = await retrieveContact(client, { contact_id: leadId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContactMergedError);
    expect((error as ContactMergedError).status).toBe(410);
    expect((error as ContactMergedError).canonicalId).toBe(userId);
  });

  it("followMergedContacts reads the user instead, sub-resources too", async () => {
    const following = client.use(followMergedContacts());
    const contact = await retrieveContact(following, { contact_id: leadId });
    expect(contact.id).toBe(userId);
    expect(contact.email).toBe("merge@example.com");
    const notes = await listContactNotes(following, { contact_id: leadId });
    expect(Array.isArray(notes.items)).toBe(true);
  });
});
