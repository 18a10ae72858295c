import type { Prng } from "../prng.js";
import type { ContactRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { DAY, SEED_EPOCH } from "./seed-time.js";
import { ARTICLE_TITLES, TAG_NAMES } from "./word-lists.js";

/** Tags, segments, notes, articles and the ticket types and states. */
export function seedTags(store: Store): void {
  for (const name of TAG_NAMES) {
    const id = store.ids.sequence("tag");
    store.tags.set(id, { id, name });
  }
}

export function seedSegments(store: Store): void {
  const segments: Array<[string, "contact" | "user", (c: ContactRecord) => boolean]> = [
    ["All users", "user", (c) => c.role === "user"],
    ["All leads", "contact", (c) => c.role === "lead"],
    ["Enterprise plan", "user", (c) => c.custom_attributes.plan === "Enterprise"],
    ["Beta testers", "user", (c) => c.custom_attributes.beta_features === true],
  ];
  for (const [index, [name, person_type, matches]] of segments.entries()) {
    const id = store.ids.objectId();
    const created = SEED_EPOCH - (30 - index) * DAY;
    store.segments.set(id, {
      id,
      name,
      person_type,
      created_at: created,
      updated_at: created,
      matches,
    });
  }
}

export function seedNotes(store: Store, prng: Prng): void {
  const adminIds = [...store.admins.keys()];
  for (const contact of [...store.contacts.values()].slice(0, 20)) {
    if (!prng.chance(0.5)) continue;
    const id = store.ids.sequence("note");
    store.notes.set(id, {
      id,
      created_at: contact.created_at + 2 * DAY,
      contact_id: contact.id,
      company_id: null,
      admin_id: prng.pick(adminIds),
      body: `<p>${prng.pick(["Called about renewal.", "Asked for a demo of reporting.", "Prefers email over chat."])}</p>`,
    });
  }
}

export function seedArticles(store: Store, prng: Prng): void {
  const authorIds = [...store.admins.keys()];
  for (const [index, title] of ARTICLE_TITLES.entries()) {
    const id = store.ids.sequence("article");
    const created = SEED_EPOCH + index * 5 * DAY;
    store.articles.set(id, {
      id,
      title,
      description: `A short guide: ${title.toLowerCase()}.`,
      body: `<p>${title}: follow these steps.</p>`,
      author_id: Number(prng.pick(authorIds)),
      state: index % 4 === 3 ? "draft" : "published",
      parent_id: null,
      created_at: created,
      updated_at: created + DAY,
      tag_ids: [],
    });
  }
}

export function seedTickets(store: Store): void {
  const types = [
    { name: "Bug", description: "Something is broken.", icon: "🐞", category: "Customer" as const },
    {
      name: "Feature request",
      description: "Something is missing.",
      icon: "💡",
      category: "Customer" as const,
    },
    {
      name: "Billing review",
      description: "A back-office billing check.",
      icon: "🧾",
      category: "Back-office" as const,
    },
  ];
  for (const type of types) {
    const id = store.ids.sequence("ticket_type");
    store.ticketTypes.set(id, { id, ...type, created_at: SEED_EPOCH - 60 * DAY });
  }
  const states = [
    ["submitted", "Submitted", "Submitted"],
    ["in_progress", "In progress", "In progress"],
    ["waiting_on_customer", "Waiting on customer", "Waiting on you"],
    ["resolved", "Resolved", "Resolved"],
  ] as const;
  for (const [category, internal_label, external_label] of states) {
    const id = store.ids.sequence("ticket_state");
    store.ticketStates.set(id, { id, category, internal_label, external_label });
  }
}
