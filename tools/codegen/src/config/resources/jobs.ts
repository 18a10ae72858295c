import type { PackageNode } from "../resource-tree.ts";

export const jobs: PackageNode = {
  noun: ["Job", "Jobs"],
  summary: "Background jobs, such as queued ticket creation, and their status.",
  resources: {
    status: {
      noun: ["Status", "Statuses"],
      operations: {
        retrieve: {
          op: "GET /jobs/status/{job_id}",
          summary: "Fetches a background job's status and, once done, what it produced.",
        },
      },
    },
  },
};
