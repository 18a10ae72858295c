import { type PackageNode, paged } from "../resource-tree.ts";

export const segments: PackageNode = {
  noun: ["Segment", "Segments"],
  summary: "Segments: the saved filters that group contacts and companies.",
  operations: {
    list: {
      op: "GET /segments",
      summary: "Lists the workspace's segments, optionally with their member counts.",
      paged: paged("page", "segments"),
    },
    retrieve: { op: "GET /segments/{segment_id}", summary: "Fetches one segment by id." },
  },
};
