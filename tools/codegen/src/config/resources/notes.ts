import type { PackageNode } from "../resource-tree.ts";

export const notes: PackageNode = {
  noun: ["Note", "Notes"],
  summary: "Notes by id; a contact's or company's notes are listed from their own package.",
  operations: {
    retrieve: { op: "GET /notes/{note_id}", summary: "Fetches one note by id." },
  },
};
