import type { Note as ContactsNote } from "@intercom-kit/contacts";
import type { Client, PagedCall } from "@intercom-kit/core";
import {
  and,
  type BrandList,
  type Contact,
  type ContactList,
  ContactSchema,
  type Conversation,
  type ConversationListItem,
  type Note,
  type NoteList,
  type RetrieveContactResponse,
  type Ticket,
  where,
} from "@intercom-kit/models";
import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import { createIntercom, type Contact as UmbrellaContact } from "../src/index.js";
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

describe("per-call plugin options", () => {
  it("are typed through the preinstalled retry plugin", () => {
    const ic = createIntercom({ token: "t" });
    ic.contacts.list({}, { context: { retry: { limit: 5 } } });
    retrieveContact(client, { contact_id: "1" }, { context: { retry: false } });
    // @ts-expect-error a misspelt plugin key is a compile error, not a silent no-op
    retrieveContact(client, { contact_id: "1" }, { context: { retyr: false } });
    // @ts-expect-error on the facades too
    ic.contacts.retrieve({ contact_id: "1" }, { context: { retyr: false } });
  });
});

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

  it("nest facades like the resource tree", () => {
    const ic = createIntercom({ token: "t" });
    expectTypeOf(ic.contacts.notes.list({ contact_id: "1" })).toEqualTypeOf<
      PagedCall<Note, NoteList>
    >();
    expectTypeOf(ic.tickets.types.attributes.create).parameter(0).toHaveProperty("ticket_type_id");
    expectTypeOf(ic.workspace.brands.list()).resolves.toEqualTypeOf<BrandList>();
    // @ts-expect-error the notes of a contact need the contact's id
    ic.contacts.notes.list({});
  });

  it("narrow a union of resources on its type", () => {
    // A ticket model is nullable where it is embedded, hence NonNullable.
    const found = {} as Contact | Conversation | NonNullable<Ticket>;
    if (found.type === "contact") expectTypeOf(found).toEqualTypeOf<Contact>();
    else if (found.type === "conversation") expectTypeOf(found).toEqualTypeOf<Conversation>();
    else expectTypeOf(found).toEqualTypeOf<NonNullable<Ticket>>();
  });

  it("compose model schemas: pick and spread keep the fields' own checks", () => {
    const picked = v.pick(ContactSchema, ["id", "email", "type"]);
    expectTypeOf<keyof typeof picked.entries>().toEqualTypeOf<"id" | "email" | "type">();
    expectTypeOf<v.InferOutput<typeof picked>["id"]>().toEqualTypeOf<string>();
    expectTypeOf<v.InferOutput<typeof picked>["type"]>().toEqualTypeOf<"contact">();
    const extended = v.looseObject({ ...ContactSchema.entries, score: v.number() });
    expectTypeOf<v.InferOutput<typeof extended>["score"]>().toEqualTypeOf<number>();
    expectTypeOf<v.InferOutput<typeof extended>["role"]>().toEqualTypeOf<string | undefined>();
  });

  it("re-export the resource types from the umbrella and from each domain package", () => {
    expectTypeOf<UmbrellaContact>().toEqualTypeOf<Contact>();
    expectTypeOf<ContactsNote>().toEqualTypeOf<Note>();
  });

  it("accepts the search query builder's output as a search query", () => {
    const query = and(where("role", "=", "user"), where("email", "~", "example.com"));
    expectTypeOf(searchContacts(client, { query })).toEqualTypeOf<
      PagedCall<Contact, ContactList>
    >();
  });
});
