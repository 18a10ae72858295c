import type { PackageNode } from "../resource-tree.ts";

export const audiences: PackageNode = {
  noun: ["Audience", "Audiences"],
  summary: "Audiences: saved rules that pick the people a message or series targets.",
  operations: {
    list: { op: "GET /audiences", summary: "Lists the workspace's audiences." },
    create: { op: "POST /audiences", summary: "Saves a new audience from a set of rules." },
    retrieve: { op: "GET /audiences/{id}", summary: "Fetches one audience with its rules." },
    update: { op: "PUT /audiences/{id}", summary: "Changes an audience's name or rules." },
    delete: { op: "DELETE /audiences/{id}", summary: "Deletes an audience." },
  },
};
