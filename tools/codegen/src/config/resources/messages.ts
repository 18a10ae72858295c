import { type PackageNode, paged } from "../resource-tree.ts";

export const messages: PackageNode = {
  noun: ["Message", "Messages"],
  summary: "Outbound messages (in-app, email, SMS, WhatsApp) and their delivery status.",
  operations: {
    create: {
      op: "POST /messages",
      summary: "Sends a message from an admin to a contact, starting a conversation.",
    },
  },
  resources: {
    statuses: {
      noun: ["Status", "Statuses"],
      operations: {
        list: {
          op: "GET /messages/status",
          summary: "Lists the delivery events of the messages a series or ruleset sent.",
          paged: paged("cursor", "events"),
        },
      },
    },
    whatsAppStatus: {
      noun: ["WhatsAppStatus", "WhatsAppStatuses"],
      operations: {
        retrieve: {
          op: "GET /messages/whatsapp/status",
          summary: "Fetches the delivery status of one WhatsApp message.",
        },
      },
    },
  },
};
