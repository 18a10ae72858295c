import type { Store } from "../store/store.js";

/** The kinds of record a path parameter can name and the store holds. */
export type StoredKind =
  | "contact"
  | "conversation"
  | "company"
  | "ticket"
  | "ticket_type"
  | "article"
  | "admin"
  | "team"
  | "tag"
  | "note"
  | "segment"
  | "help_center"
  | "collection"
  | "data_attribute";

const BY_PARAM: Readonly<Record<string, StoredKind>> = {
  contact_id: "contact",
  conversation_id: "conversation",
  company_id: "company",
  ticket_id: "ticket",
  ticket_type_id: "ticket_type",
  article_id: "article",
  admin_id: "admin",
  team_id: "team",
  tag_id: "tag",
  note_id: "note",
  segment_id: "segment",
  help_center_id: "help_center",
  collection_id: "collection",
  data_attribute_id: "data_attribute",
};

/** A bare `{id}` names what the segment before it lists: `/contacts/{id}/banners`. */
const BY_COLLECTION: Readonly<Record<string, StoredKind>> = {
  contacts: "contact",
  conversations: "conversation",
  companies: "company",
  tickets: "ticket",
  ticket_types: "ticket_type",
  articles: "article",
  admins: "admin",
  teams: "team",
  tags: "tag",
};

/**
 * What a path parameter of a template names in the store, if anything:
 * `{contact_id}` a contact, the `{id}` of `/articles/{id}/draft` an article.
 * Parameters of resources the sandbox does not keep (macros, brands…) name nothing.
 */
export function storedKindOf(template: string, param: string): StoredKind | undefined {
  const byName = BY_PARAM[param];
  if (byName) return byName;
  if (param !== "id") return undefined;
  const segments = template.split("/");
  const index = segments.indexOf(`{${param}}`);
  return BY_COLLECTION[segments[index - 1] ?? ""];
}

/** Whether the store holds a record of that kind with that id. */
export function isStored(store: Store, kind: StoredKind, id: string): boolean {
  switch (kind) {
    case "contact":
      return store.contacts.has(id);
    case "conversation":
      return store.conversations.has(id);
    case "company":
      return store.companies.has(id);
    case "ticket":
      return store.tickets.has(id);
    case "ticket_type":
      return store.ticketTypes.has(id);
    case "article":
      return store.articles.has(id);
    case "admin":
      return store.admins.has(id);
    case "team":
      return store.teams.has(id);
    case "tag":
      return store.tags.has(id);
    case "note":
      return store.notes.has(id);
    case "segment":
      return store.segments.has(id) || store.companySegments.has(id);
    case "help_center":
      return store.helpCenters.has(id);
    case "collection":
      return store.collections.has(id);
    case "data_attribute":
      return store.dataAttributes.has(id);
  }
}
