import type { DataAttributeRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { DAY, SEED_EPOCH } from "./seed-time.js";

/**
 * Teams, away reasons, activity logs, subscription types, the help center and
 * its collections, data attributes and company segments. None of it draws
 * from the seed PRNG, so adding it left every earlier seeded record as it was.
 */
export function seedWorkspace(store: Store): void {
  seedTeams(store);
  seedAwayReasons(store);
  seedActivityLogs(store);
  seedSubscriptionTypes(store);
  seedHelpCenter(store);
  seedDataAttributes(store);
  seedCompanySegments(store);
}

function seedTeams(store: Store): void {
  const admins = [...store.admins.values()];
  const teams: Array<[string, string, number[]]> = [
    ["5017691", "Support", []],
    ["5017692", "Billing", []],
    ["5017693", "Escalations", []],
  ];
  for (const [id, name] of teams) store.teams.set(id, { id, name, admin_ids: [] });
  for (const admin of admins) {
    for (const teamId of admin.team_ids)
      store.teams.get(String(teamId))?.admin_ids.push(Number(admin.id));
  }
}

function seedAwayReasons(store: Store): void {
  const reasons: Array<[string, string]> = [
    ["On a break", "☕"],
    ["In a meeting", "📅"],
    ["Out for the day", "🏠"],
  ];
  for (const [index, [label, emoji]] of reasons.entries()) {
    const id = String(index + 1);
    store.awayStatusReasons.set(id, { id, label, emoji, order: index + 1 });
  }
}

function seedActivityLogs(store: Store): void {
  for (const [index, admin] of [...store.admins.values()].entries()) {
    store.activityLogs.push({
      id: store.ids.sequence("activity_log"),
      admin_id: admin.id,
      activity_type: "admin_login_success",
      activity_description: `${admin.name} signed in.`,
      metadata: { sign_in_method: "email_password" },
      created_at: SEED_EPOCH - (10 - index) * DAY,
    });
  }
}

function seedSubscriptionTypes(store: Store): void {
  const types = [
    ["Newsletter", "News about the product, once a month.", "opt_out", ["email"]],
    ["Product updates", "Release notes as they ship.", "opt_in", ["email"]],
    ["Account alerts", "Texts about your account.", "opt_in", ["sms_message"]],
  ] as const;
  for (const [name, description, consent_type, content_types] of types) {
    const id = store.ids.sequence("subscription_type");
    store.subscriptionTypes.set(id, {
      id,
      name,
      description,
      state: "live",
      consent_type,
      content_types: [...content_types],
    });
  }
}

function seedHelpCenter(store: Store): void {
  const created = SEED_EPOCH - 90 * DAY;
  const helpCenterId = store.ids.sequence("help_center");
  store.helpCenters.set(helpCenterId, {
    id: helpCenterId,
    identifier: "sandbox",
    display_name: "Sandbox Help Center",
    website_turned_on: true,
    created_at: created,
    updated_at: created,
  });
  const collections: Array<[string, string, string | null]> = [
    ["Getting started", "Set up your account and invite your team.", null],
    ["Billing", "Plans, invoices and payment methods.", null],
    ["Integrations", "Connect the tools you already use.", null],
  ];
  const ids: string[] = [];
  for (const [index, [name, description]] of collections.entries()) {
    const id = store.ids.sequence("collection");
    ids.push(id);
    store.collections.set(id, {
      id,
      name,
      description,
      help_center_id: helpCenterId,
      parent_id: null,
      icon: "book-bookmark",
      order: index + 1,
      created_at: created + index * DAY,
      updated_at: created + index * DAY,
    });
  }
  // A section: a collection inside "Getting started".
  const sectionId = store.ids.sequence("collection");
  store.collections.set(sectionId, {
    id: sectionId,
    name: "Your first week",
    description: "What to do on your first days.",
    help_center_id: helpCenterId,
    parent_id: ids[0] ?? null,
    icon: "book-bookmark",
    order: 1,
    created_at: created + 5 * DAY,
    updated_at: created + 5 * DAY,
  });
  // Published articles sit in the collections, in turn.
  const targets = [ids[0], sectionId, ids[1], ids[2]];
  let next = 0;
  for (const article of store.articles.values()) {
    if (article.state !== "published") continue;
    article.parent_id = Number(targets[next % targets.length]);
    next += 1;
  }
}

function seedDataAttributes(store: Store): void {
  const created = SEED_EPOCH - 120 * DAY;
  const standard: Array<
    [DataAttributeRecord["model"], string, string, DataAttributeRecord["data_type"]]
  > = [
    ["contact", "name", "Name", "string"],
    ["contact", "email", "Email", "string"],
    ["contact", "phone", "Phone", "string"],
    ["contact", "external_id", "User ID", "string"],
    ["contact", "signed_up_at", "Signed up", "date"],
    ["contact", "last_seen_at", "Last seen", "date"],
    ["company", "name", "Company name", "string"],
    ["company", "company_id", "Company ID", "string"],
    ["company", "monthly_spend", "Monthly spend", "float"],
    ["company", "size", "Company size", "integer"],
    ["conversation", "priority", "Priority", "string"],
  ];
  const custom: Array<
    [DataAttributeRecord["model"], string, string, DataAttributeRecord["data_type"], string[]]
  > = [
    ["contact", "plan", "Plan", "options", ["Starter", "Pro", "Premium", "Enterprise"]],
    ["contact", "seats", "Seats", "integer", []],
    ["contact", "beta_features", "Beta features", "boolean", []],
    ["company", "seats", "Seats", "integer", []],
    ["company", "churn_risk", "Churn risk", "boolean", []],
  ];
  for (const [model, name, label, data_type] of standard) {
    addAttribute(store, { model, name, label, data_type, options: [], custom: false, created });
  }
  for (const [model, name, label, data_type, options] of custom) {
    addAttribute(store, { model, name, label, data_type, options, custom: true, created });
  }
}

function addAttribute(
  store: Store,
  a: Pick<DataAttributeRecord, "model" | "name" | "label" | "data_type" | "options" | "custom"> & {
    created: number;
  },
): void {
  const id = store.ids.sequence("data_attribute");
  store.dataAttributes.set(id, {
    id,
    model: a.model,
    name: a.name,
    label: a.label,
    description: `${a.label} of the ${a.model}.`,
    data_type: a.data_type,
    options: a.options,
    custom: a.custom,
    archived: false,
    api_writable: a.custom,
    ui_writable: true,
    messenger_writable: false,
    admin_id: a.custom ? store.meAdminId : null,
    created_at: a.created,
    updated_at: a.created,
  });
}

function seedCompanySegments(store: Store): void {
  const segments: Array<[string, (c: { size: number | null; monthly_spend: number }) => boolean]> =
    [
      ["Large companies", (c) => (c.size ?? 0) >= 500],
      ["Paying companies", (c) => c.monthly_spend > 0],
    ];
  for (const [index, [name, matches]] of segments.entries()) {
    const id = `c0${store.ids.sequence("company_segment").padStart(22, "0")}`;
    const created = SEED_EPOCH - (20 - index) * DAY;
    store.companySegments.set(id, { id, name, created_at: created, updated_at: created, matches });
  }
}
