import { contactSearch, searchContacts } from "@intercom-kit/contacts";
import { conversationSearch, searchConversations } from "@intercom-kit/conversations";
import { searchTickets, ticketSearch } from "@intercom-kit/tickets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "../src/index.js";
import { type PrismServer, startPrism } from "./conformance/prism-server.js";

/**
 * Queries built with the typed search builders, sent through the generated
 * search calls to Prism serving the 2.16 description with `--errors`: a body
 * that breaks the description would answer 4xx.
 */
let prism: PrismServer | undefined;
let client: Client;
const statuses: number[] = [];
beforeAll(async () => {
  prism = await startPrism();
  client = createClient({
    token: "t",
    baseUrl: prism.url,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    },
  });
}, 120_000);
afterAll(async () => {
  await prism?.stop();
});

describe("typed search queries against Prism", () => {
  it("contacts: nested groups, dates, IN and custom attributes are accepted", async () => {
    const query = contactSearch.and(
      contactSearch.where("email", "~", "example.com"),
      contactSearch.or(
        contactSearch.where("created_at", ">", 1_700_000_000),
        contactSearch.where("role", "IN", ["user", "lead"]),
      ),
      contactSearch.where("location.country", "=", "Ireland"),
      contactSearch.where("custom_attributes.plan", "=", "pro"),
    );
    await searchContacts(client, { query, pagination: { per_page: 5 } });
    expect(statuses.at(-1)).toBe(200);
  });

  it("conversations: source.author.email, statistics.* and booleans are accepted", async () => {
    const query = conversationSearch.or(
      conversationSearch.where("source.author.email", "$", "@example.com"),
      conversationSearch.where("statistics.count_reopens", ">", 1),
      conversationSearch.where("open", "=", true),
    );
    await searchConversations(client, { query });
    expect(statuses.at(-1)).toBe(200);
  });

  it("tickets: states, ids and ticket attributes are accepted", async () => {
    const query = ticketSearch.and(
      ticketSearch.where("state", "NIN", ["resolved"]),
      ticketSearch.where("admin_assignee_id", "=", "12"),
      ticketSearch.where("ticket_attribute.priority", "=", "high"),
    );
    await searchTickets(client, { query });
    expect(statuses.at(-1)).toBe(200);
  });

  it("tickets: created_at >= and <=, the operators only created_at takes, are accepted", async () => {
    const query = ticketSearch.and(
      ticketSearch.where("created_at", ">=", 1_700_000_000),
      ticketSearch.where("created_at", "<=", 1_800_000_000),
      ticketSearch.where("category", "IN", ["request", "task"]),
    );
    await searchTickets(client, { query, pagination: { per_page: 10 } });
    expect(statuses.at(-1)).toBe(200);
  });

  it("conversations: a declared custom attribute and statistics dates are accepted", async () => {
    const search = conversationSearch.withCustomAttributes<{ vip: "boolean" }>();
    const query = search.and(
      search.where("custom_attributes.vip", "=", true),
      search.where("statistics.last_close_at", "<", 1_800_000_000),
      search.where("tag_ids", "NIN", ["9"]),
    );
    await searchConversations(client, { query });
    expect(statuses.at(-1)).toBe(200);
  });
});
