import type { PackageNode } from "../resource-tree.ts";

export const dataEvents: PackageNode = {
  noun: ["DataEvent", "DataEvents"],
  summary: "Data events: what your users did, submitted, listed and summarised.",
  operations: {
    list: {
      op: "GET /events",
      summary: "Lists a user's data events, or a summary of them.",
    },
    create: { op: "POST /events", summary: "Records that a user did something." },
  },
  resources: {
    summaries: {
      noun: ["Summary", "Summaries"],
      operations: {
        create: {
          op: "POST /events/summaries",
          summary: "Records counts of events a user did, without sending each one.",
        },
      },
    },
  },
};
