/**
 * The domains whose README example calls an operation that needs ids. The
 * example runs as written against the sandbox (scripts/docs/check-code-blocks.mjs),
 * and a made-up id would be a 404 there as at Intercom, so these get the ids
 * first, from the API or the sandbox's seeded workspace. `names` are more
 * imports from the domain's own package; `imports` are whole import lines.
 */
export interface ReadmeExampleSetup {
  readonly operation: string;
  readonly names?: readonly string[];
  readonly imports?: readonly string[];
  readonly setup: readonly string[];
  readonly args: string;
}

export const README_EXAMPLE_SETUP: Readonly<Record<string, ReadmeExampleSetup>> = {
  "data-events": {
    operation: "listDataEvents",
    names: ["createDataEvent"],
    imports: ['import { createContact } from "@intercom-kit/contacts";'],
    setup: [
      'await createContact(client, { role: "user", external_id: "ada", email: "ada@example.com" });',
      'await createDataEvent(client, { event_name: "signed-up", created_at: Math.floor(Date.now() / 1000), user_id: "ada" });',
    ],
    args: '{ filter: { user_id: "ada" }, type: "user" }',
  },
  fin: {
    operation: "listFinVoiceCallsByConversation",
    imports: ['import { listConversations } from "@intercom-kit/conversations";'],
    setup: ["const { items: [conversation] } = await listConversations(client, { per_page: 1 });"],
    args: '{ conversation_id: conversation?.id ?? "" }',
  },
  jobs: {
    operation: "retrieveJobStatus",
    imports: ['import { enqueueTicket } from "@intercom-kit/tickets";'],
    setup: [
      "// A ticket type and a contact of the sandbox's seeded workspace; at Intercom, your own.",
      "const [type] = sandbox.store.ticketTypes.values();",
      "const [contact] = sandbox.store.contacts.values();",
      'const job = await enqueueTicket(client, { ticket_type_id: type?.id ?? "", contacts: [{ id: contact?.id ?? "" }] });',
    ],
    args: '{ job_id: job.id ?? "" }',
  },
  notes: {
    operation: "retrieveNote",
    imports: ['import { createContact, createContactNote } from "@intercom-kit/contacts";'],
    setup: [
      'const contact = await createContact(client, { email: "ada@example.com" });',
      'const note = await createContactNote(client, { contact_id: contact.id, body: "Met at the conference" });',
    ],
    args: "{ note_id: String(note.id) }",
  },
};
