import type { Clock } from "../clock.js";
import { createPrng, deriveSeed, type Prng } from "../prng.js";
import type {
  AdminRecord,
  CompanyRecord,
  ContactRecord,
  ConversationRecord,
  PartAuthor,
} from "../store/records.js";
import { createEmptyStore, type Store } from "../store/store.js";
import {
  ADMIN_REPLIES,
  ARTICLE_TITLES,
  BROWSERS,
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  CONVERSATION_OPENERS,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  LOCATIONS,
  OPERATING_SYSTEMS,
  PLANS,
  TAG_NAMES,
} from "./word-lists.js";

/** Seed timestamps count from 2025-01-01T00:00:00Z, so they never depend on the wall clock. */
export const SEED_EPOCH = 1_735_689_600;
const DAY = 86_400;

export interface SeedSizes {
  readonly contacts: number;
  readonly companies: number;
  readonly conversations: number;
}

/** Builds the same workspace, byte for byte, for the same seed. */
export function seedStore(seed: number, sizes: SeedSizes, clock: Clock): Store {
  const prng = createPrng(deriveSeed(seed, "data"));
  const store = createEmptyStore(seed, clock, {
    id_code: `sbx${prng.hex(5)}`,
    name: "Sandbox Workspace",
    region: "US",
    timezone: "Etc/UTC",
    created_at: SEED_EPOCH - 400 * DAY,
  });
  seedAdmins(store, prng);
  seedTags(store);
  seedCompanies(store, prng, sizes.companies);
  seedContacts(store, prng, sizes.contacts);
  seedSegments(store);
  seedNotes(store, prng);
  seedConversations(store, prng, sizes.conversations);
  seedArticles(store, prng);
  seedTickets(store);
  return store;
}

function seedAdmins(store: Store, prng: Prng): void {
  const names = ["Ciara Lee", "Marcus Webb", "Priya Nair", "Tomás Ruiz", "Ingrid Holm"];
  const titles = ["Support Lead", "Support Engineer", "Customer Success", "Billing Specialist"];
  for (const [index, name] of names.entries()) {
    const id = store.ids.sequence("admin");
    const admin: AdminRecord = {
      id,
      name,
      email: `${name.split(" ")[0]?.toLowerCase()}@sandbox.example.com`,
      job_title: prng.pick(titles),
      away_mode_enabled: index === 4,
      away_mode_reassign: false,
      has_inbox_seat: index !== 4,
      team_ids: index < 3 ? [5_017_691] : [],
    };
    store.admins.set(id, admin);
  }
  store.meAdminId = store.admins.keys().next().value ?? "";
}

function seedTags(store: Store): void {
  for (const name of TAG_NAMES) {
    const id = store.ids.sequence("tag");
    store.tags.set(id, { id, name });
  }
}

function seedCompanies(store: Store, prng: Prng, count: number): void {
  for (let i = 0; i < count; i++) {
    const id = store.ids.objectId();
    const created = SEED_EPOCH + i * 3 * DAY + prng.int(0, DAY - 1);
    const stem = COMPANY_STEMS[i % COMPANY_STEMS.length] ?? "Acme";
    const suffix =
      i < COMPANY_STEMS.length
        ? prng.pick(COMPANY_SUFFIXES)
        : `${prng.pick(COMPANY_SUFFIXES)} ${Math.floor(i / COMPANY_STEMS.length) + 1}`;
    const name = `${stem} ${suffix}`;
    const company: CompanyRecord = {
      id,
      company_id: `company-${String(i + 1).padStart(4, "0")}`,
      name,
      plan: prng.pick(PLANS),
      size: prng.int(2, 2000),
      website: `https://${stem.toLowerCase().replace(/\s+/g, "")}.example.com`,
      industry: prng.pick(INDUSTRIES),
      monthly_spend: prng.int(0, 20) * 50,
      session_count: prng.int(0, 400),
      remote_created_at: created - prng.int(30, 900) * DAY,
      created_at: created,
      updated_at: created + prng.int(0, 30) * DAY,
      last_request_at: created + prng.int(0, 60) * DAY,
      custom_attributes: { seats: prng.int(1, 250), churn_risk: prng.chance(0.2) },
      tag_ids: prng.chance(0.25) ? [pickTagId(store, prng)] : [],
    };
    store.companies.set(id, company);
  }
}

function seedContacts(store: Store, prng: Prng, count: number): void {
  const companyIds = [...store.companies.keys()];
  const adminIds = [...store.admins.keys()];
  for (let i = 0; i < count; i++) {
    const id = store.ids.objectId();
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const role = prng.chance(0.8) ? "user" : "lead";
    const created = SEED_EPOCH + i * DAY + prng.int(0, DAY - 1);
    const location = prng.pick(LOCATIONS);
    const emailLocal = `${first}.${last}`
      .normalize("NFD")
      .replace(/[^A-Za-z.]/g, "")
      .toLowerCase();
    const contact: ContactRecord = {
      id,
      external_id: role === "user" ? `user-${String(i + 1).padStart(5, "0")}` : null,
      role,
      email: `${emailLocal}${i + 1}@${prng.pick(["example.com", "example.org", "example.net"])}`,
      phone: prng.chance(0.5)
        ? `+353 8${prng.int(0, 9)} ${prng.int(100, 999)} ${prng.int(1000, 9999)}`
        : null,
      name: `${first} ${last}`,
      owner_id: prng.chance(0.3) ? prng.pick(adminIds) : null,
      has_hard_bounced: prng.chance(0.03),
      marked_email_as_spam: false,
      unsubscribed_from_emails: prng.chance(0.1),
      created_at: created,
      updated_at: created + prng.int(0, 20) * DAY,
      signed_up_at: role === "user" ? created : null,
      last_seen_at: prng.chance(0.85) ? created + prng.int(0, 90) * DAY : null,
      last_replied_at: null,
      last_contacted_at: null,
      language_override: null,
      browser: prng.pick(BROWSERS),
      os: prng.pick(OPERATING_SYSTEMS),
      location: { ...location },
      custom_attributes: {
        plan: prng.pick(PLANS),
        seats: prng.int(1, 50),
        beta_features: prng.chance(0.3),
      },
      archived: false,
      tags: [],
      company_ids: [],
    };
    if (companyIds.length > 0 && prng.chance(0.7)) contact.company_ids.push(prng.pick(companyIds));
    if (prng.chance(0.3)) {
      contact.tags.push({
        tag_id: pickTagId(store, prng),
        applied_at: created + DAY,
        admin_id: prng.pick(adminIds),
      });
    }
    store.contacts.set(id, contact);
  }
}

function seedSegments(store: Store): void {
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

function seedNotes(store: Store, prng: Prng): void {
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

function seedConversations(store: Store, prng: Prng, count: number): void {
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

function seedArticles(store: Store, prng: Prng): void {
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

function seedTickets(store: Store): void {
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

function pickTagId(store: Store, prng: Prng): string {
  return prng.pick([...store.tags.keys()]);
}
