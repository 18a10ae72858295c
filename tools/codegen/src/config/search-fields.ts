/**
 * The searchable fields of the three search operations, and the operators
 * each field type takes there. The generator reads each field's type off the
 * resource's schema (string, boolean, integer; an integer with a date-time or
 * timestamp format is a date), checks that every path exists in that schema,
 * and checks this list against the "Accepted Fields" table of the operation,
 * so a new description that adds or drops a field fails the generator.
 *
 * An entry states only what the schema does not: `type` when the search type
 * differs from the schema's (with the `reason`), `notInSchema` with the
 * reason when the path is a search-only name, `operators` with the reason
 * when one field departs from its type's rule. The emitted maps are
 * `packages/<domain>/src/generated/search-fields.ts`.
 */

/** What a searchable field holds; it decides the operators and the value. */
export type SearchFieldType = "string" | "integer" | "boolean" | "date" | "id" | "tag";

export type SearchOperator =
  | "="
  | "!="
  | "IN"
  | "NIN"
  | "<"
  | "<="
  | ">"
  | ">="
  | "~"
  | "!~"
  | "^"
  | "$";

export interface SearchFieldEntry {
  /** The search type, when the schema's type does not give it. Needs `reason`. */
  readonly type?: SearchFieldType;
  /** The path names no field of the resource's schema; the search accepts it anyway. Needs `type` and `reason`. */
  readonly notInSchema?: true;
  /** This field's own operators, replacing its type's. Needs `reason`. */
  readonly operators?: readonly SearchOperator[];
  /** The name this field has in the operation's "Accepted Fields" table, when it differs. Needs `reason`. */
  readonly tableName?: string;
  /** Why this entry says more than the schema does. */
  readonly reason?: string;
}

export interface SearchConfig {
  /** The package whose `src/generated/search-fields.ts` carries the maps. */
  readonly domain: string;
  /** The search operation, as the resource tree names it. */
  readonly op: string;
  /** The component schema of the resource searched. */
  readonly schema: string;
  /** The prefix of the workspace's own attributes, open to any name. */
  readonly customPrefix: string;
  /** The constants' prefix: `CONTACT` → `CONTACT_SEARCH_FIELDS`. */
  readonly constant: string;
  /** Which operators each type takes, and why. */
  readonly operators: { readonly [T in SearchFieldType]: readonly SearchOperator[] };
  readonly operatorsReason: string;
  /** Names of the "Accepted Fields" table left out on purpose, with why. */
  readonly omitted?: { readonly [name: string]: string };
  /** The fields, in the table's order; `{}` when the schema says it all. */
  readonly fields: { readonly [path: string]: SearchFieldEntry };
}

const ID = { type: "id", reason: "an identifier: compared whole, never by substring" } as const;

/** The conversation and ticket searches share one operator table in the reference. */
const CONVERSATION_TABLE_OPERATORS = {
  string: ["=", "!=", "IN", "NIN", "~", "!~", "^", "$"],
  integer: ["=", "!=", "IN", "NIN", ">", "<"],
  boolean: ["=", "!="],
  date: ["=", "!=", "IN", "NIN", ">", "<"],
  id: ["=", "!=", "IN", "NIN"],
  tag: ["=", "!=", "IN", "NIN"],
} as const;

const CONVERSATION_TABLE_REASON =
  "the reference's operator table: = != IN NIN for every type, > < for integers and dates, the substring operators for strings; booleans take = and != only, since the API's lists hold strings and numbers";

export const SEARCH_CONFIGS: readonly SearchConfig[] = [
  {
    domain: "contacts",
    op: "POST /contacts/search",
    schema: "contact",
    customPrefix: "custom_attributes",
    constant: "CONTACT",
    operators: {
      string: ["=", "!=", "IN", "NIN", "~", "!~", "^", "$"],
      integer: ["=", "!=", "IN", "NIN", ">", "<", ">=", "<="],
      boolean: ["=", "!="],
      date: ["=", ">", "<"],
      id: ["=", "!=", "IN", "NIN"],
      tag: ["=", "!="],
    },
    operatorsReason:
      "the contact reference refuses != IN NIN >= <= on dates, allows only = and != on tag_id, and keeps >= <= for integers (custom attributes)",
    fields: {
      id: ID,
      role: {},
      name: {},
      avatar: {
        type: "string",
        reason: "the schema's avatar is an object; the search compares its image URL, a string",
      },
      owner_id: ID,
      email: {},
      email_domain: {},
      phone: {},
      formatted_phone: {
        type: "string",
        notInSchema: true,
        reason: "a search-only name: the phone number in E.164 form, not a field of the contact",
      },
      external_id: {},
      created_at: {},
      signed_up_at: {},
      updated_at: {},
      last_seen_at: {},
      last_contacted_at: {},
      last_replied_at: {},
      last_email_opened_at: {},
      last_email_clicked_at: {},
      language_override: {},
      browser: {},
      browser_language: {},
      os: {},
      "location.country": {},
      "location.region": {},
      "location.city": {},
      unsubscribed_from_emails: {},
      marked_email_as_spam: {},
      has_hard_bounced: {},
      ios_last_seen_at: {},
      ios_app_version: {},
      ios_device: {},
      ios_app_device: {
        type: "string",
        notInSchema: true,
        reason: "listed by the reference, though the contact schema has no such field",
      },
      ios_os_version: {},
      ios_app_name: {},
      ios_sdk_version: {},
      android_last_seen_at: {},
      android_app_version: {},
      android_device: {},
      android_app_name: {},
      android_sdk_version: {
        tableName: "andoid_sdk_version",
        reason: "the reference's table misspells it; the schema's name is what the API indexes",
      },
      segment_id: {
        type: "id",
        notInSchema: true,
        reason: "a search-only name: the id of a segment the contact is in",
      },
      tag_id: {
        type: "tag",
        notInSchema: true,
        reason: "a search-only name: the id of a tag on the contact (the schema lists tags)",
      },
    },
  },
  {
    domain: "conversations",
    op: "POST /conversations/search",
    schema: "conversation",
    customPrefix: "custom_attributes",
    constant: "CONVERSATION",
    operators: CONVERSATION_TABLE_OPERATORS,
    operatorsReason: CONVERSATION_TABLE_REASON,
    omitted: {
      "conversation_rating.admin_d":
        "a typo in the reference that names no field (the rating's teammate is teammate.id)",
    },
    fields: {
      id: ID,
      created_at: {},
      updated_at: {},
      "source.type": {},
      "source.id": ID,
      "source.delivered_as": {},
      "source.subject": {},
      "source.body": {},
      "source.author.id": ID,
      "source.author.type": {},
      "source.author.name": {},
      "source.author.email": {},
      "source.url": {},
      contact_ids: {
        type: "id",
        notInSchema: true,
        reason: "a search-only name: any id of contacts.contacts[]",
      },
      teammate_ids: {
        type: "id",
        notInSchema: true,
        reason: "a search-only name: any id of teammates.teammates[]",
      },
      admin_assignee_id: {},
      team_assignee_id: {},
      channel_initiated: {
        type: "string",
        notInSchema: true,
        reason: "a search-only name: the channel the conversation began on",
      },
      open: {},
      read: {},
      state: {},
      waiting_since: {},
      snoozed_until: {},
      tag_ids: {
        type: "tag",
        notInSchema: true,
        reason: "a search-only name: any id of tags.tags[]",
      },
      priority: {},
      "statistics.time_to_assignment": {},
      "statistics.time_to_admin_reply": {},
      "statistics.time_to_first_close": {},
      "statistics.time_to_last_close": {},
      "statistics.median_time_to_reply": {},
      "statistics.first_contact_reply_at": {},
      "statistics.first_assignment_at": {},
      "statistics.first_admin_reply_at": {},
      "statistics.first_close_at": {},
      "statistics.last_assignment_at": {},
      "statistics.last_assignment_admin_reply_at": {},
      "statistics.last_contact_reply_at": {},
      "statistics.last_admin_reply_at": {},
      "statistics.last_close_at": {},
      "statistics.last_closed_by_id": ID,
      "statistics.count_reopens": {},
      "statistics.count_assignments": {},
      "statistics.count_conversation_parts": {},
      "conversation_rating.requested_at": {
        type: "date",
        notInSchema: true,
        reason: "a search-only name: when the rating was asked for",
      },
      "conversation_rating.replied_at": {
        type: "date",
        notInSchema: true,
        reason: "a search-only name: when the contact rated",
      },
      "conversation_rating.score": {
        type: "integer",
        notInSchema: true,
        reason: "a search-only name for the schema's conversation_rating.rating",
      },
      "conversation_rating.remark": {},
      "conversation_rating.contact_id": {
        type: "id",
        notInSchema: true,
        reason: "a search-only name for the schema's conversation_rating.contact.id",
      },
      ai_agent_participated: {},
      "ai_agent.resolution_state": {},
      "ai_agent.last_answer_type": {},
      "ai_agent.rating": {},
      "ai_agent.rating_remark": {},
      "ai_agent.source_type": {},
      "ai_agent.source_title": {},
    },
  },
  {
    domain: "tickets",
    op: "POST /tickets/search",
    schema: "ticket",
    customPrefix: "ticket_attribute",
    constant: "TICKET",
    operators: CONVERSATION_TABLE_OPERATORS,
    operatorsReason: CONVERSATION_TABLE_REASON,
    fields: {
      id: ID,
      created_at: {
        operators: ["=", "!=", "IN", "NIN", ">", "<", ">=", "<="],
        reason:
          "the ticket reference allows <= and >= on created_at alone, beyond the dates' > and <",
      },
      updated_at: {},
      title: {
        type: "string",
        notInSchema: true,
        reason: "a search-only name for the ticket attribute _default_title_",
      },
      description: {
        type: "string",
        notInSchema: true,
        reason: "a search-only name for the ticket attribute _default_description_",
      },
      category: {},
      ticket_type_id: {
        type: "id",
        notInSchema: true,
        reason: "a search-only name for the schema's ticket_type.id",
      },
      contact_ids: {
        type: "id",
        notInSchema: true,
        reason: "a search-only name: any id of contacts.contacts[]",
      },
      teammate_ids: {
        type: "id",
        notInSchema: true,
        reason: "a search-only name: any teammate on the ticket",
      },
      admin_assignee_id: {
        type: "id",
        reason:
          "the reference types it a String; the schema's integer is 2.16's answer (Intercom-OpenAPI#459), and the search compares it whole",
      },
      team_assignee_id: {
        type: "id",
        reason:
          "the reference types it a String; the schema's integer is 2.16's answer (Intercom-OpenAPI#459), and the search compares it whole",
      },
      open: {},
      state: {
        type: "string",
        notInSchema: true,
        reason: "a search-only name for the category of the schema's ticket_state",
      },
      snoozed_until: {},
    },
  },
];
