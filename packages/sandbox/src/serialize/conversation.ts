import type { ConversationPartRecord, ConversationRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { contactReference } from "./contact.js";
import { liveTags, serializeAppliedTag } from "./tag.js";

/** The `conversation_list_item` schema: a conversation without its parts. */
export function serializeConversationListItem(conversation: ConversationRecord, store: Store) {
  const teammateIds = [
    ...new Set(conversation.parts.filter((p) => p.author.type === "admin").map((p) => p.author.id)),
  ];
  return {
    type: "conversation",
    id: conversation.id,
    title: conversation.title,
    created_at: conversation.created_at,
    updated_at: conversation.updated_at,
    waiting_since: conversation.waiting_since,
    snoozed_until: conversation.snoozed_until,
    open: conversation.state !== "closed",
    state: conversation.state,
    read: conversation.read,
    priority: conversation.priority,
    ...(conversation.admin_assignee_id === null
      ? {}
      : { admin_assignee_id: conversation.admin_assignee_id }),
    ...(conversation.team_assignee_id === null
      ? {}
      : { team_assignee_id: conversation.team_assignee_id }),
    tags: {
      type: "tag.list",
      tags: liveTags(conversation.tags, store).map((t) => serializeAppliedTag(t, store)),
    },
    source: {
      type: conversation.source.type,
      id: conversation.source.id,
      delivered_as: conversation.source.delivered_as,
      subject: conversation.source.subject,
      body: conversation.source.body,
      author: { ...conversation.source.author },
      attachments: [] as never[],
      url: null,
      redacted: conversation.source.redacted === true,
    },
    contacts: {
      type: "contact.list",
      contacts: conversation.contact_ids.map((id) => {
        const contact = store.contacts.get(id);
        return contact ? contactReference(contact) : { type: "contact", id, external_id: null };
      }),
    },
    teammates: {
      type: "admin.list",
      teammates: teammateIds.map((id) => ({ type: "admin", id })),
    },
    custom_attributes: conversation.custom_attributes,
    ai_agent_participated: false,
  };
}

/** The `conversation` schema: the list item plus its parts. */
export function serializeConversation(conversation: ConversationRecord, store: Store) {
  return {
    ...serializeConversationListItem(conversation, store),
    conversation_parts: {
      type: "conversation_part.list",
      conversation_parts: conversation.parts.map(serializePart),
      total_count: conversation.parts.length,
    },
  };
}

/** The `conversation_part` schema. */
export function serializePart(part: ConversationPartRecord) {
  return {
    type: "conversation_part",
    id: part.id,
    part_type: part.part_type,
    body: part.body,
    created_at: part.created_at,
    updated_at: part.updated_at,
    notified_at: part.notified_at,
    ...(part.assigned_to === null ? {} : { assigned_to: { ...part.assigned_to } }),
    author: { ...part.author, from_ai_agent: false, is_ai_answer: false },
    attachments: [] as never[],
    external_id: null,
    redacted: part.redacted === true,
  };
}
