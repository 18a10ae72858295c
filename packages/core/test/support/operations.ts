import * as v from "valibot";
import type { Operation } from "../../src/index.js";

// Hand-written stand-ins for generated operations, so the core is tested
// without depending on the generator.

const Admin = v.looseObject({ type: v.literal("admin"), id: v.string(), email: v.string() });
const Contact = v.looseObject({
  type: v.literal("contact"),
  id: v.string(),
  created_at: v.number(),
  // A string in 2.16; an integer in earlier versions.
  owner_id: v.optional(v.nullable(v.string())),
});

export const identifyAdmin: Operation = {
  id: "identifyAdmin",
  method: "GET",
  path: "/me",
  output: Admin,
  response: "json",
  retrySafe: true,
};

export const retrieveContact: Operation = {
  id: "retrieveContact",
  method: "GET",
  path: "/contacts/{contact_id}",
  input: v.object({ contact_id: v.pipe(v.string(), v.minLength(1)) }),
  output: Contact,
  response: "json",
  retrySafe: true,
};

export const createContact: Operation = {
  id: "createContact",
  method: "POST",
  path: "/contacts",
  body: "fields",
  input: v.strictObject({
    email: v.optional(v.pipe(v.string(), v.email())),
    role: v.optional(v.picklist(["user", "lead"])),
    custom_attributes: v.optional(v.record(v.string(), v.unknown())),
  }),
  output: Contact,
  response: "json",
  retrySafe: false,
};

export const listContacts: Operation = {
  id: "listContacts",
  method: "GET",
  path: "/contacts",
  query: ["per_page", "starting_after"],
  output: v.looseObject({ type: v.literal("list"), data: v.array(Contact) }),
  response: "json",
  retrySafe: true,
  pagination: { strategy: "cursor", items: "data" },
};

export const searchContacts: Operation = {
  id: "searchContacts",
  method: "POST",
  path: "/contacts/search",
  body: "fields",
  response: "json",
  retrySafe: true,
  pagination: { strategy: "search", items: "data" },
};

export const listCompaniesByPage: Operation = {
  id: "listCompaniesSorted",
  method: "POST",
  path: "/companies/list",
  query: ["page", "per_page"],
  response: "json",
  retrySafe: true,
  pagination: { strategy: "page", items: "data" },
};

export const scrollCompanies: Operation = {
  id: "scrollCompanies",
  method: "GET",
  path: "/companies/scroll",
  query: ["scroll_param"],
  response: "json",
  retrySafe: true,
  pagination: { strategy: "scroll", items: "data" },
};

export const listNewsItems: Operation = {
  id: "listNewsItems",
  method: "GET",
  path: "/news/news_items",
  response: "json",
  retrySafe: true,
  pagination: { strategy: "link", items: "data" },
};

export const listMergeHistory: Operation = {
  id: "listMergeHistory",
  method: "GET",
  path: "/contacts/{contact_id}/merge_history",
  query: ["cursor", "per_page"],
  response: "json",
  retrySafe: true,
  pagination: { strategy: "merge", items: "data" },
};

export const getTranscript: Operation = {
  id: "getCallTranscript",
  method: "GET",
  path: "/calls/{call_id}/transcript",
  response: "text",
  retrySafe: true,
};

export const getRecording: Operation = {
  id: "getCallRecording",
  method: "GET",
  path: "/calls/{call_id}/recording",
  response: "redirect",
  retrySafe: true,
};

export const createDataEvent: Operation = {
  id: "createDataEvent",
  method: "POST",
  path: "/events",
  body: "fields",
  response: "empty",
  retrySafe: false,
};

export const deleteTag: Operation = {
  id: "deleteTag",
  method: "DELETE",
  path: "/tags/{tag_id}",
  response: "empty",
  retrySafe: true,
};

export const downloadExport: Operation = {
  id: "downloadDataExportReport",
  method: "GET",
  path: "/download/reporting_data/{job_identifier}",
  response: "binary",
  retrySafe: true,
};

export const attachTags: Operation = {
  id: "attachTags",
  method: "POST",
  path: "/tags",
  body: { param: "body" },
  response: "json",
  retrySafe: false,
};

export const listDataEvents: Operation = {
  id: "lisDataEvents",
  method: "GET",
  path: "/events",
  query: ["type", "filter", "summary"],
  response: "json",
  retrySafe: true,
};
