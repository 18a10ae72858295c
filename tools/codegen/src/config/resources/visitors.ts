import type { PackageNode } from "../resource-tree.ts";

export const visitors: PackageNode = {
  noun: ["Visitor", "Visitors"],
  summary: "Visitors: anonymous people on your site, and turning them into contacts.",
  operations: {
    retrieveByUserId: {
      op: "GET /visitors",
      summary: "Fetches the visitor with the given Messenger user id.",
    },
    update: { op: "PUT /visitors", summary: "Changes a visitor's attributes." },
    convert: {
      op: "POST /visitors/convert",
      summary: "Turns a visitor into a lead or merges it into a user.",
    },
  },
};
