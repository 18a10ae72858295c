import type { ConversationPartRecord, ConversationRecord, PartAuthor } from "./records.js";
import type { Store } from "./store.js";

export interface NewPart {
  part_type: string;
  body: string | null;
  author: PartAuthor;
  assigned_to: ConversationPartRecord["assigned_to"];
  at: number;
}

/** Appends a part; a conversation's `updated_at` follows its newest part. */
export function addPart(store: Store, conversation: ConversationRecord, part: NewPart): void {
  conversation.parts.push({
    id: store.ids.sequence("part"),
    part_type: part.part_type,
    body: part.body,
    created_at: part.at,
    updated_at: part.at,
    notified_at: part.at,
    author: part.author,
    assigned_to: part.assigned_to,
  });
  conversation.updated_at = Math.max(conversation.updated_at, part.at);
}

/** Part bodies are HTML, as Intercom stores them. */
export function htmlBody(text: string | null): string | null {
  return text === null ? null : `<p>${text}</p>`;
}
