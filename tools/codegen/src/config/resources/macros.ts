import { type PackageNode, paged } from "../resource-tree.ts";

export const macros: PackageNode = {
  noun: ["Macro", "Macros"],
  summary: "Macros: the saved replies and actions teammates apply to conversations.",
  operations: {
    list: {
      op: "GET /macros",
      summary: "Lists the macros the workspace has saved.",
      paged: paged("cursor", "data"),
    },
    retrieve: { op: "GET /macros/{id}", summary: "Fetches one macro with its actions." },
  },
};
