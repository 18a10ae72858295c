import type { PackageNode } from "../resource-tree.ts";

export const workspace: PackageNode = {
  noun: null,
  summary: "Workspace settings: brands, sender email addresses, the IP allowlist, workflows.",
  resources: {
    brands: {
      noun: ["Brand", "Brands"],
      operations: {
        list: { op: "GET /brands", summary: "Lists the workspace's brands." },
        retrieve: { op: "GET /brands/{id}", summary: "Fetches one brand." },
      },
    },
    emails: {
      noun: ["Email", "Emails"],
      operations: {
        list: { op: "GET /emails", summary: "Lists the email addresses the workspace sends from." },
        retrieve: { op: "GET /emails/{id}", summary: "Fetches one sender email setting." },
      },
    },
    ipAllowlist: {
      noun: ["IpAllowlist", "IpAllowlists"],
      operations: {
        retrieve: {
          op: "GET /ip_allowlist",
          summary: "Fetches the IP ranges API calls may come from.",
        },
        update: {
          op: "PUT /ip_allowlist",
          summary: "Replaces the IP ranges API calls may come from.",
        },
      },
    },
    workflows: {
      noun: ["Workflow", "Workflows"],
      operations: {
        export: {
          op: "GET /export/workflows/{id}",
          summary: "Fetches a workflow's full definition as JSON.",
        },
      },
    },
  },
};
