import { type PackageNode, paged } from "../resource-tree.ts";

export const contacts: PackageNode = {
  noun: ["Contact", "Contacts"],
  summary:
    "Contacts (users and leads), with their notes, tags, companies, segments, subscriptions and banners.",
  operations: {
    list: {
      op: "GET /contacts",
      summary: "Lists every contact of the workspace.",
      paged: paged("cursor", "data"),
    },
    search: {
      op: "POST /contacts/search",
      summary: "Finds contacts matching a query on their attributes.",
      paged: paged("search", "data"),
      readOnly: true,
    },
    create: { op: "POST /contacts", summary: "Creates a user or a lead." },
    retrieve: { op: "GET /contacts/{contact_id}", summary: "Fetches one contact by Intercom id." },
    retrieveByExternalId: {
      op: "GET /contacts/find_by_external_id/{external_id}",
      summary: "Fetches the user with the given external id (your own user id).",
    },
    update: {
      op: "PUT /contacts/{contact_id}",
      summary: "Changes a contact's attributes, custom attributes included.",
    },
    delete: { op: "DELETE /contacts/{contact_id}", summary: "Deletes a contact for good." },
    merge: {
      op: "POST /contacts/merge",
      summary: "Merges a lead into a user; the lead is gone afterwards.",
    },
    archive: { op: "POST /contacts/{contact_id}/archive", summary: "Archives a contact." },
    unarchive: {
      op: "POST /contacts/{contact_id}/unarchive",
      summary: "Brings an archived contact back.",
    },
    block: {
      op: "POST /contacts/{contact_id}/block",
      summary: "Blocks a contact and closes their conversations.",
    },
  },
  resources: {
    banners: {
      noun: ["Banner", "Banners"],
      operations: {
        list: {
          op: "GET /contacts/{id}/banners",
          summary: "Lists the banners a contact can currently see.",
        },
        dismiss: {
          op: "POST /contacts/{id}/banners/{view_id}/dismiss",
          summary: "Dismisses a banner for a contact, so it stops showing.",
        },
      },
    },
    companies: {
      noun: ["Company", "Companies"],
      operations: {
        list: {
          op: "GET /contacts/{contact_id}/companies",
          summary: "Lists the companies a contact is attached to.",
          paged: paged("page", "companies"),
        },
        attach: {
          op: "POST /contacts/{contact_id}/companies",
          summary: "Attaches a contact to a company.",
        },
        detach: {
          op: "DELETE /contacts/{contact_id}/companies/{company_id}",
          summary: "Detaches a contact from a company.",
        },
      },
    },
    mergeHistory: {
      noun: ["MergeHistory", "MergeHistory"],
      operations: {
        list: {
          op: "GET /contacts/{id}/merge_history",
          summary: "Lists the contacts that were merged into a contact.",
          paged: paged("merge", "data"),
        },
      },
    },
    notes: {
      noun: ["Note", "Notes"],
      operations: {
        list: {
          op: "GET /contacts/{contact_id}/notes",
          summary: "Lists the notes left on a contact, newest first.",
          paged: paged("page", "data"),
        },
        create: { op: "POST /contacts/{contact_id}/notes", summary: "Leaves a note on a contact." },
      },
    },
    segments: {
      noun: ["Segment", "Segments"],
      operations: {
        list: {
          op: "GET /contacts/{contact_id}/segments",
          summary: "Lists the segments a contact belongs to.",
        },
      },
    },
    subscriptions: {
      noun: ["Subscription", "Subscriptions"],
      operations: {
        list: {
          op: "GET /contacts/{contact_id}/subscriptions",
          summary: "Lists a contact's subscription types with their opt-in or opt-out state.",
        },
        attach: {
          op: "POST /contacts/{contact_id}/subscriptions",
          summary: "Opts a contact in to, or out of, a subscription type.",
        },
        detach: {
          op: "DELETE /contacts/{contact_id}/subscriptions/{subscription_id}",
          summary: "Removes a subscription type from a contact.",
        },
      },
    },
    tags: {
      noun: ["Tag", "Tags"],
      operations: {
        list: { op: "GET /contacts/{contact_id}/tags", summary: "Lists the tags on a contact." },
        attach: { op: "POST /contacts/{contact_id}/tags", summary: "Tags a contact." },
        detach: {
          op: "DELETE /contacts/{contact_id}/tags/{tag_id}",
          summary: "Removes a tag from a contact.",
        },
      },
    },
  },
};
