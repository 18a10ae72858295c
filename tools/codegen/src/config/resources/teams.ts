import type { PackageNode } from "../resource-tree.ts";

export const teams: PackageNode = {
  noun: ["Team", "Teams"],
  summary: "Teams of admins, and each team's live metrics.",
  operations: {
    list: { op: "GET /teams", summary: "Lists every team of the workspace." },
    retrieve: { op: "GET /teams/{team_id}", summary: "Fetches one team, with its admin ids." },
  },
  resources: {
    metrics: {
      noun: ["Metrics", "Metrics"],
      operations: {
        retrieve: {
          op: "GET /teams/{team_id}/metrics",
          summary: "Fetches a team's current workload figures.",
        },
      },
    },
  },
};
