import type { PackageNode } from "../resource-tree.ts";

export const subscriptionTypes: PackageNode = {
  noun: ["SubscriptionType", "SubscriptionTypes"],
  summary: "Subscription types: the kinds of message contacts can opt in to or out of.",
  operations: {
    list: {
      op: "GET /subscription_types",
      summary: "Lists the workspace's subscription types.",
    },
  },
};
