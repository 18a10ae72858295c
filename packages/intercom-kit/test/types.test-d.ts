import type { Client, PagedCall } from "@intercom-kit/core";
import {
  and,
  type Contact,
  type ContactList,
  type ConversationListItem,
  type RetrieveContactResponse,
  type Ticket,
  where,
} from "@intercom-kit/models";
import { describe, expectTypeOf, it } from "vitest";
import { createIntercom } from "../src/index.js";
import {
  listContacts,
  type listConversations,
  retrieveCallRecording,
  retrieveCallTranscript,
  retrieveContact,
  searchContacts,
  searchTickets,
} from "./domains.js";

declare const client: Client;

describe("generated function types", () => {
  it("type a paginated call's items as the resource", () => {
    expectTypeOf(listContacts(client)).toEqualTypeOf<PagedCall<Contact, ContactList>>();
    expectTypeOf<
      ReturnType<typeof listConversations> extends PagedCall<infer T, unknown> ? T : never
    >().toEqualTypeOf<ConversationListItem>();
    expectTypeOf<
      ReturnType<typeof searchTickets> extends PagedCall<infer T, unknown> ? T : never
    >().toEqualTypeOf<Ticket>();
  });

  it("type single responses, text and redirects", () => {
    expectTypeOf(
      retrieveContact(client, { contact_id: "1" }),
    ).resolves.toEqualTypeOf<RetrieveContactResponse>();
    // The response is a contact plus the fields the description adds to it.
    expectTypeOf<RetrieveContactResponse>().toExtend<Contact>();
    expectTypeOf(retrieveCallTranscript(client, { call_id: "1" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(retrieveCallRecording(client, { call_id: "1" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(retrieveContact(client, { contact_id: "1" })).toHaveProperty("withResponse");
  });

  it("reject wrong param types, missing required params and unknown fields", () => {
    // @ts-expect-error per_page is a number
    listContacts(client, { per_page: "50" });
    // @ts-expect-error contact_id is required
    retrieveContact(client, {});
    // @ts-expect-error params are required when a param is
    retrieveContact(client);
    // @ts-expect-error unknown field
    retrieveContact(client, { contact_id: "1", colour: "red" });
    // @ts-expect-error search needs its query
    searchTickets(client, { pagination: { per_page: 5 } });
  });

  it("type the facades of the umbrella client", () => {
    const ic = createIntercom({ token: "t" });
    expectTypeOf(
      ic.contacts.retrieve({ contact_id: "1" }),
    ).resolves.toEqualTypeOf<RetrieveContactResponse>();
    expectTypeOf(ic.contacts.list()).toEqualTypeOf<PagedCall<Contact, ContactList>>();
    // @ts-expect-error unknown field through the facade too
    ic.contacts.retrieve({ contact_id: "1", colour: "red" });
    // @ts-expect-error no such facade member
    ic.contacts.frobnicate();
  });

  it("accepts the search query builder's output as a search query", () => {
    const query = and(where("role", "=", "user"), where("email", "~", "example.com"));
    expectTypeOf(searchContacts(client, { query })).toEqualTypeOf<
      PagedCall<Contact, ContactList>
    >();
  });
});
