import type { Operation } from "@intercom-kit/core";

// The three operations the tour calls, described by hand until the generated
// domain packages (@intercom-kit/admins, @intercom-kit/contacts) replace them.

export interface Admin {
  type: "admin";
  id: string;
  name: string;
  email: string;
  app?: { name?: string; region?: string };
}

export interface Contact {
  type: "contact";
  id: string;
  name: string | null;
  email: string | null;
  created_at: number;
}

export interface ContactList {
  type: "list";
  data: Contact[];
  total_count: number;
}

export const identifyAdmin: Operation = {
  id: "identifyAdmin",
  method: "GET",
  path: "/me",
  response: "json",
  retrySafe: true,
};

export const listContacts: Operation = {
  id: "listContacts",
  method: "GET",
  path: "/contacts",
  query: ["per_page", "starting_after"],
  response: "json",
  retrySafe: true,
  pagination: { strategy: "cursor", items: "data" },
};

export const showContact: Operation = {
  id: "showContact",
  method: "GET",
  path: "/contacts/{contact_id}",
  response: "json",
  retrySafe: true,
};
