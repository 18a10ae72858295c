import { type PackageNode, paged } from "../resource-tree.ts";

export const helpCenter: PackageNode = {
  noun: ["HelpCenter", "HelpCenters"],
  summary: "Help centers, their collections, and their URL redirects.",
  operations: {
    list: { op: "GET /help_center/help_centers", summary: "Lists the workspace's help centers." },
    retrieve: {
      op: "GET /help_center/help_centers/{help_center_id}",
      summary: "Fetches one help center.",
    },
  },
  resources: {
    collections: {
      noun: ["Collection", "Collections"],
      operations: {
        list: {
          op: "GET /help_center/collections",
          summary: "Lists the collections articles are grouped into.",
          paged: paged("page", "data"),
        },
        create: { op: "POST /help_center/collections", summary: "Adds a collection." },
        retrieve: {
          op: "GET /help_center/collections/{collection_id}",
          summary: "Fetches one collection.",
        },
        update: {
          op: "PUT /help_center/collections/{collection_id}",
          summary: "Changes a collection's name, description or parent.",
        },
        delete: {
          op: "DELETE /help_center/collections/{collection_id}",
          summary: "Deletes a collection.",
        },
      },
    },
    redirects: {
      noun: ["Redirect", "Redirects"],
      operations: {
        list: {
          op: "GET /help_center/help_centers/{help_center_id}/redirects",
          summary: "Lists a help center's URL redirects.",
          paged: paged("page", "data"),
        },
        create: {
          op: "POST /help_center/help_centers/{help_center_id}/redirects",
          summary: "Sends visitors of an old URL to an article or collection.",
        },
        retrieve: {
          op: "GET /help_center/help_centers/{help_center_id}/redirects/{id}",
          summary: "Fetches one redirect.",
        },
        delete: {
          op: "DELETE /help_center/help_centers/{help_center_id}/redirects/{id}",
          summary: "Removes a redirect.",
        },
      },
    },
  },
};
