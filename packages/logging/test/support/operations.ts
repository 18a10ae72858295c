import type { Operation } from "@intercom-kit/core";

// Hand-written stand-ins for generated operations.

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
