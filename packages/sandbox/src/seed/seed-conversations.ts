import type { Prng } from "../prng.js";
import type { ConversationRecord, PartAuthor } from "../store/records.js";
import type { Store } from "../store/store.js";
import { DAY, pickTagId, SEED_EPOCH } from "./seed-time.js";
import { ADMIN_REPLIES, CONVERSATION_OPENERS } from "./word-lists.js";

/** Conversations opened by seeded contacts, some answered, closed or snoozed by admins. */
export function seedConversations(store: Store, prng: Prng, count: number): void {
  const contacts = [...store.contacts.values()];
  const admins = [...store.admins.values()];
  if (contacts.length === 0 || admins.length === 0) return;
  for (let i = 0; i < count; i++) {
    const contact = prng.pick(contacts);
    const admin = prng.pick(admins);
    const created = Math.max(contact.created_at, SEED_EPOCH + i * 2 * DAY) + prng.int(60, DAY);
    const contactAuthor: PartAuthor = {
      type: contact.role,
      id: contact.id,
      name: contact.name,
      email: contact.email ?? "",
    };
    const adminAuthor: PartAuthor = {
      type: "admin",
      id: admin.id,
      name: admin.name,
      email: admin.email,
    };
    const state = prng.pick(["open", "open", "closed", "snoozed"] as const);
    const conversation: ConversationRecord = {
      id: store.ids.sequence("conversation"),
      title: null,
      created_at: created,
      updated_at: created,
      waiting_since: null,
      snoozed_until: state === "snoozed" ? created + 3 * DAY : null,
      state,
      read: prng.chance(0.6),
      priority: prng.chance(0.15) ? "high" : "none",
      admin_assignee_id: Number(admin.id),
      team_assignee_id: null,
      source: {
        id: store.ids.sequence("source"),
        type: "conversation",
        delivered_as: "customer_initiated",
        subject: "",
        body: `<p>${prng.pick(CONVERSATION_OPENERS)}</p>`,
        author: contactAuthor,
      },
      contact_ids: [contact.id],
      tags: [],
      parts: [],
      custom_attributes: {},
    };
    let at = created;
    for (let reply = prng.int(0, 3); reply > 0; reply--) {
      at += prng.int(60, 4 * 3600);
      conversation.parts.push({
        id: store.ids.sequence("part"),
        part_type: "comment",
        body: `<p>${prng.pick(ADMIN_REPLIES)}</p>`,
        created_at: at,
        updated_at: at,
        notified_at: at,
        author: adminAuthor,
        assigned_to: null,
      });
    }
    if (state === "closed") {
      at += 600;
      conversation.parts.push({
        id: store.ids.sequence("part"),
        part_type: "close",
        body: null,
        created_at: at,
        updated_at: at,
        notified_at: at,
        author: adminAuthor,
        assigned_to: null,
      });
    }
    conversation.waiting_since = conversation.parts.length === 0 ? created : null;
    conversation.updated_at = at;
    if (prng.chance(0.2)) {
      conversation.tags.push({
        tag_id: pickTagId(store, prng),
        applied_at: at,
        admin_id: admin.id,
      });
    }
    store.conversations.set(conversation.id, conversation);
  }
}
