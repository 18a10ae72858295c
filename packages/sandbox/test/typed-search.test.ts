import { contactSearch, searchContacts } from "@intercom-kit/contacts";
import { conversationSearch, searchConversations } from "@intercom-kit/conversations";
import { type Client, createClient } from "@intercom-kit/core";
import { createTicket, listTicketTypes, searchTickets, ticketSearch } from "@intercom-kit/tickets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/index.js";

/**
 * The typed search builders of the domain packages, sent through the
 * generated search calls to the sandbox: every page is read (small pages, so
 * the paginator crosses several) and the matches are compared with the
 * sandbox's own store.
 */
let sandbox: Sandbox;
let client: Client;
beforeAll(async () => {
  sandbox = await startSandbox({
    rateLimit: false,
    seedSizes: { contacts: 60, conversations: 30 },
  });
  client = createClient({ token: sandbox.token, baseUrl: sandbox.url, validation: "strict" });
});
afterAll(() => sandbox.stop());

async function ids(items: AsyncIterable<unknown>, limit = 500): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) {
    out.push((item as { id: string }).id);
    if (out.length >= limit) break;
  }
  return out.sort();
}

const DAY = 86_400;

describe("typed search against the sandbox", () => {
  it("contacts by email ~, covering every page", async () => {
    const query = contactSearch.where("email", "~", "example.org");
    const found = await ids(searchContacts(client, { query, pagination: { per_page: 5 } }));
    const expected = [...sandbox.store.contacts.values()]
      .filter((c) => c.email?.includes("example.org"))
      .map((c) => c.id)
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(found).toEqual(expected);
  });

  it("contacts by created_at > a date and role IN, joined by AND", async () => {
    const contacts = [...sandbox.store.contacts.values()];
    const times = contacts.map((c) => c.created_at).sort((a, b) => a - b);
    // The last second of a day: "after" it starts at the next midnight, however the sandbox rounds dates.
    const midnight = Math.floor((times[Math.floor(times.length / 2)] as number) / DAY) * DAY;
    const query = contactSearch.and(
      contactSearch.where("created_at", ">", midnight - 1),
      contactSearch.where("role", "IN", ["user", "lead"]),
    );
    const found = await ids(searchContacts(client, { query, pagination: { per_page: 7 } }));
    const expected = contacts
      .filter((c) => c.created_at >= midnight && (c.role === "user" || c.role === "lead"))
      .map((c) => c.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(contacts.length);
    expect(found).toEqual(expected);
  });

  it("contacts by role IN a one-value list", async () => {
    const query = contactSearch.where("role", "IN", ["lead"]);
    const found = await ids(searchContacts(client, { query }));
    const expected = [...sandbox.store.contacts.values()]
      .filter((c) => c.role === "lead")
      .map((c) => c.id)
      .sort();
    expect(found).toEqual(expected);
  });

  it("conversations by read = false or a source.author.email domain", async () => {
    const conversations = [...sandbox.store.conversations.values()];
    const query = conversationSearch.or(
      conversationSearch.where("read", "=", false),
      conversationSearch.where("source.author.email", "$", "example.net"),
    );
    const found = await ids(searchConversations(client, { query, pagination: { per_page: 4 } }));
    const expected = conversations
      .filter((c) => !c.read || (c.source.author.email ?? "").endsWith("example.net"))
      .map((c) => c.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });

  it("tickets by open = true, covering every page", async () => {
    const types = await listTicketTypes(client);
    const contactId = [...sandbox.store.contacts.keys()][0] as string;
    for (let i = 0; i < 5; i++) {
      await createTicket(client, {
        ticket_type_id: types.data?.[0]?.id as string,
        contacts: [{ id: contactId }],
        ticket_attributes: { _default_title_: `Typed ${i}` },
      });
    }
    const query = ticketSearch.where("open", "=", true);
    const found = await ids(searchTickets(client, { query, pagination: { per_page: 2 } }));
    const expected = [...sandbox.store.tickets.values()]
      .filter((t) => t.open)
      .map((t) => t.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });

  it("tickets by created_at >= (a ticket-only operator) and a title ~, every page", async () => {
    const types = await listTicketTypes(client);
    const contactId = [...sandbox.store.contacts.keys()][1] as string;
    for (let i = 0; i < 4; i++) {
      await createTicket(client, {
        ticket_type_id: types.data?.[0]?.id as string,
        contacts: [{ id: contactId }],
        ticket_attributes: { _default_title_: `Printer ${i} jammed` },
      });
    }
    const tickets = [...sandbox.store.tickets.values()];
    const since = Math.min(...tickets.map((t) => t.created_at));
    const query = ticketSearch.and(
      ticketSearch.where("created_at", ">=", since),
      ticketSearch.where("title", "~", "printer"),
    );
    const found = await ids(searchTickets(client, { query, pagination: { per_page: 3 } }));
    const expected = tickets
      .filter(
        (t) =>
          t.created_at >= since &&
          String(t.ticket_attributes._default_title_ ?? "")
            .toLowerCase()
            .includes("printer"),
      )
      .map((t) => t.id)
      .sort();
    expect(expected.length).toBe(4);
    expect(found).toEqual(expected);
  });

  it("contacts by location.country NIN and a declared custom attribute, every page", async () => {
    const contacts = [...sandbox.store.contacts.values()];
    const search = contactSearch.withCustomAttributes<{ seats: "integer" }>();
    const query = search.and(
      search.where("location.country", "NIN", ["Ireland"]),
      search.where("custom_attributes.seats", ">=", 10),
    );
    const found = await ids(searchContacts(client, { query, pagination: { per_page: 6 } }));
    const expected = contacts
      .filter((c) => c.location.country !== "Ireland" && Number(c.custom_attributes.seats) >= 10)
      .map((c) => c.id)
      .sort();
    expect(expected.length).toBeGreaterThan(6);
    expect(expected.length).toBeLessThan(contacts.length);
    expect(found).toEqual(expected);
  });
});
