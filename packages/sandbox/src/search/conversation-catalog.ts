import type { ConversationRecord } from "../store/records.js";
import type { SearchCatalog } from "./run-search.js";
import type { FieldType } from "./search-query.js";

const CONVERSATION_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  id: "string",
  created_at: "timestamp",
  updated_at: "timestamp",
  waiting_since: "timestamp",
  snoozed_until: "timestamp",
  "source.type": "string",
  "source.id": "string",
  "source.delivered_as": "string",
  "source.subject": "string",
  "source.body": "string",
  "source.author.id": "string",
  "source.author.type": "string",
  "source.author.name": "string",
  "source.author.email": "string",
  contact_ids: "string",
  teammate_ids: "string",
  admin_assignee_id: "integer",
  team_assignee_id: "integer",
  open: "boolean",
  read: "boolean",
  state: "string",
  priority: "string",
  tag_ids: "string",
  title: "string",
};

export function conversationCatalog(): SearchCatalog<ConversationRecord> {
  return {
    defaultPerPage: 20,
    idOf: (conversation) => conversation.id,
    fieldType: (field) => CONVERSATION_FIELD_TYPES[field],
    read: readConversationField,
  };
}

function readConversationField(conversation: ConversationRecord, field: string): unknown {
  if (field.startsWith("custom_attributes.")) {
    return conversation.custom_attributes[field.slice("custom_attributes.".length)];
  }
  switch (field) {
    case "source.body":
      // Intercom matches source.body word by word, not as one string.
      return conversation.source.body
        .replace(/<[^>]*>/g, " ")
        .split(/[^\p{L}\p{N}'-]+/u)
        .filter(Boolean);
    case "source.author.id":
      return conversation.source.author.id;
    case "source.author.type":
      return conversation.source.author.type;
    case "source.author.name":
      return conversation.source.author.name;
    case "source.author.email":
      return conversation.source.author.email;
    case "source.type":
    case "source.id":
    case "source.delivered_as":
    case "source.subject":
      return conversation.source[
        field.slice("source.".length) as "type" | "id" | "delivered_as" | "subject"
      ];
    case "contact_ids":
      return conversation.contact_ids;
    case "teammate_ids":
      return conversation.parts.filter((p) => p.author.type === "admin").map((p) => p.author.id);
    case "tag_ids":
      return conversation.tags.map((t) => t.tag_id);
    case "open":
      return conversation.state !== "closed";
    default:
      return (conversation as unknown as Record<string, unknown>)[field];
  }
}
