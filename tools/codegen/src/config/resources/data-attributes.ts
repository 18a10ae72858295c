import type { PackageNode } from "../resource-tree.ts";

export const dataAttributes: PackageNode = {
  noun: ["DataAttribute", "DataAttributes"],
  summary: "Data attributes: the standard and custom fields of contacts and companies.",
  operations: {
    list: {
      op: "GET /data_attributes",
      summary: "Lists the attributes contacts, companies or conversations can have.",
    },
    create: { op: "POST /data_attributes", summary: "Adds a custom attribute." },
    update: {
      op: "PUT /data_attributes/{data_attribute_id}",
      summary: "Changes a custom attribute's description, options or archived state.",
    },
  },
};
