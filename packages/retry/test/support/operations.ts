import type { Operation } from "@intercom-kit/core";

// Hand-written stand-ins for generated operations, so the plugin is tested
// without depending on the generator.

export const identifyAdmin: Operation = {
  id: "identifyAdmin",
  method: "GET",
  path: "/me",
  response: "json",
  retrySafe: true,
};

export const createContact: Operation = {
  id: "createContact",
  method: "POST",
  path: "/contacts",
  body: "fields",
  response: "json",
  retrySafe: false,
};

export const searchContacts: Operation = {
  id: "searchContacts",
  method: "POST",
  path: "/contacts/search",
  body: "fields",
  response: "json",
  retrySafe: true,
};

export const updateContact: Operation = {
  id: "updateContact",
  method: "PUT",
  path: "/contacts/{contact_id}",
  body: "fields",
  response: "json",
  retrySafe: true,
};
