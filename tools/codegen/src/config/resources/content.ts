import { type PackageNode, paged } from "../resource-tree.ts";

export const content: PackageNode = {
  noun: ["Content", "Content"],
  summary: "Knowledge Hub content: search across it, bulk actions on it, and content snippets.",
  operations: {
    search: {
      op: "GET /content/search",
      summary: "Finds Knowledge Hub content by text, state, tags, folders and dates.",
      paged: paged("page", "data"),
    },
    runBulkAction: {
      op: "POST /content/bulk_actions",
      summary: "Starts one action (such as a state change) on many pieces of content at once.",
    },
  },
  resources: {
    snippets: {
      noun: ["Snippet", "Snippets"],
      operations: {
        list: { op: "GET /content_snippets", summary: "Lists the workspace's content snippets." },
        create: { op: "POST /content_snippets", summary: "Writes a new content snippet." },
        retrieve: { op: "GET /content_snippets/{id}", summary: "Fetches one content snippet." },
        update: { op: "PUT /content_snippets/{id}", summary: "Changes a content snippet." },
        delete: { op: "DELETE /content_snippets/{id}", summary: "Deletes a content snippet." },
      },
      resources: {
        tags: {
          noun: ["Tag", "Tags"],
          operations: {
            attach: {
              op: "POST /content_snippets/{content_snippet_id}/tags",
              summary: "Tags a content snippet.",
            },
            detach: {
              op: "DELETE /content_snippets/{content_snippet_id}/tags/{id}",
              summary: "Removes a tag from a content snippet.",
            },
          },
        },
      },
    },
  },
};
