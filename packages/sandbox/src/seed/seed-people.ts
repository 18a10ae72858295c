import type { Prng } from "../prng.js";
import type { AdminRecord, CompanyRecord, ContactRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { DAY, pickTagId, SEED_EPOCH } from "./seed-time.js";
import {
  BROWSERS,
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  LOCATIONS,
  OPERATING_SYSTEMS,
  PLANS,
} from "./word-lists.js";

/** Admins, companies and contacts: who the workspace holds. */
export function seedAdmins(store: Store, prng: Prng): void {
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
      away_status_reason_id: null,
      has_inbox_seat: index !== 4,
      team_ids: index < 3 ? [5_017_691] : [],
    };
    store.admins.set(id, admin);
  }
  store.meAdminId = store.admins.keys().next().value ?? "";
}

export function seedCompanies(store: Store, prng: Prng, count: number): void {
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

export function seedContacts(store: Store, prng: Prng, count: number): void {
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
