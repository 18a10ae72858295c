import { type PackageNode, paged } from "../resource-tree.ts";

export const companies: PackageNode = {
  noun: ["Company", "Companies"],
  summary: "Companies, their contacts, notes and segments, and the companies scroll.",
  operations: {
    list: {
      op: "GET /companies",
      summary: "Lists companies, or finds them by name, company id, tag or segment.",
      // With company_id or name the API answers that one company, not a list
      // (Intercom-OpenAPI#240); the core reads it as a page of one.
      paged: paged("page", "data", "company"),
    },
    listSorted: {
      op: "POST /companies/list",
      summary: "Lists every company, sorted by when it was last seen.",
      paged: paged("page", "data"),
      // POST only because Intercom chose it for this list; it changes nothing.
      readOnly: true,
    },
    scroll: {
      op: "GET /companies/scroll",
      summary: "Walks through every company, past the 10,000 a page list can reach.",
      paged: paged("scroll", "data"),
    },
    upsert: {
      op: "POST /companies",
      summary: "Creates a company, or updates the one with the same company id.",
    },
    retrieve: { op: "GET /companies/{company_id}", summary: "Fetches one company by Intercom id." },
    update: {
      op: "PUT /companies/{company_id}",
      summary: "Changes a company's attributes, by Intercom id.",
    },
    delete: { op: "DELETE /companies/{company_id}", summary: "Deletes a company." },
  },
  resources: {
    contacts: {
      noun: ["Contact", "Contacts"],
      operations: {
        list: {
          op: "GET /companies/{company_id}/contacts",
          summary: "Lists the contacts attached to a company.",
          paged: paged("page", "data"),
        },
      },
    },
    notes: {
      noun: ["Note", "Notes"],
      operations: {
        list: {
          op: "GET /companies/{company_id}/notes",
          summary: "Lists the notes left on a company, newest first.",
          paged: paged("page", "data"),
        },
        create: {
          op: "POST /companies/{company_id}/notes",
          summary: "Leaves a note on a company.",
        },
      },
    },
    segments: {
      noun: ["Segment", "Segments"],
      operations: {
        list: {
          op: "GET /companies/{company_id}/segments",
          summary: "Lists the segments a company belongs to.",
        },
      },
    },
  },
};
