import type { PackageNode } from "../resource-tree.ts";

export const tags: PackageNode = {
  noun: ["Tag", "Tags"],
  summary: "Tags: create, find and delete them, and tag or untag contacts and companies in bulk.",
  operations: {
    list: { op: "GET /tags", summary: "Lists every tag of the workspace." },
    create: {
      op: "POST /tags",
      summary:
        "Creates or renames a tag, or applies it to (or removes it from) many contacts or companies.",
    },
    retrieve: { op: "GET /tags/{tag_id}", summary: "Fetches one tag by id." },
    delete: { op: "DELETE /tags/{tag_id}", summary: "Deletes a tag from the workspace." },
  },
};
