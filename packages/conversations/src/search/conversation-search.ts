import { defineSearch, type SearchFieldName, type SearchFields } from "@intercom-kit/models";

/**
 * The searchable conversation fields and their types.
 *
 * Source: the "Accepted Fields" table of `POST /conversations/search`
 * (operation `SearchConversations`) in Intercom's 2.16 description, checked
 * against the `conversation` schema. Identifiers the table calls "String" are
 * typed `id` (compared whole); `tag_ids` is a `tag`. `admin_assignee_id` and
 * `team_assignee_id` are integers here, as the table says. The table's
 * `conversation_rating.admin_d` matches no schema field and is left out.
 * Note `source.body` matches word by word: `=` "support" finds "I need support".
 */
export const CONVERSATION_SEARCH_FIELDS = {
  id: "id",
  created_at: "date",
  updated_at: "date",
  "source.type": "string",
  "source.id": "id",
  "source.delivered_as": "string",
  "source.subject": "string",
  "source.body": "string",
  "source.author.id": "id",
  "source.author.type": "string",
  "source.author.name": "string",
  "source.author.email": "string",
  "source.url": "string",
  contact_ids: "id",
  teammate_ids: "id",
  admin_assignee_id: "integer",
  team_assignee_id: "integer",
  channel_initiated: "string",
  open: "boolean",
  read: "boolean",
  state: "string",
  waiting_since: "date",
  snoozed_until: "date",
  tag_ids: "tag",
  priority: "string",
  "statistics.time_to_assignment": "integer",
  "statistics.time_to_admin_reply": "integer",
  "statistics.time_to_first_close": "integer",
  "statistics.time_to_last_close": "integer",
  "statistics.median_time_to_reply": "integer",
  "statistics.first_contact_reply_at": "date",
  "statistics.first_assignment_at": "date",
  "statistics.first_admin_reply_at": "date",
  "statistics.first_close_at": "date",
  "statistics.last_assignment_at": "date",
  "statistics.last_assignment_admin_reply_at": "date",
  "statistics.last_contact_reply_at": "date",
  "statistics.last_admin_reply_at": "date",
  "statistics.last_close_at": "date",
  "statistics.last_closed_by_id": "id",
  "statistics.count_reopens": "integer",
  "statistics.count_assignments": "integer",
  "statistics.count_conversation_parts": "integer",
  "conversation_rating.requested_at": "date",
  "conversation_rating.replied_at": "date",
  "conversation_rating.score": "integer",
  "conversation_rating.remark": "string",
  "conversation_rating.contact_id": "id",
  ai_agent_participated: "boolean",
  "ai_agent.resolution_state": "string",
  "ai_agent.last_answer_type": "string",
  "ai_agent.rating": "integer",
  "ai_agent.rating_remark": "string",
  "ai_agent.source_type": "string",
  "ai_agent.source_title": "string",
} as const satisfies SearchFields;

/**
 * Source: the "Accepted Operators" table of `POST /conversations/search`: `=`,
 * `!=`, `IN` and `NIN` for every type; `>` and `<` for integers and dates; the
 * substring operators for strings. Booleans take `=` and `!=` (the API's lists
 * hold strings and numbers only).
 */
export const CONVERSATION_SEARCH_OPERATORS = {
  string: ["=", "!=", "IN", "NIN", "~", "!~", "^", "$"],
  integer: ["=", "!=", "IN", "NIN", ">", "<"],
  boolean: ["=", "!="],
  date: ["=", "!=", "IN", "NIN", ">", "<"],
  id: ["=", "!=", "IN", "NIN"],
  tag: ["=", "!=", "IN", "NIN"],
} as const;

/**
 * Typed search for conversations: `where`, `and` and `or` whose fields,
 * operators and values are checked against the conversation search reference.
 * Its queries go to `searchConversations(client, { query })`.
 *
 * @example
 * const query = conversationSearch.and(
 *   conversationSearch.where("open", "=", true),
 *   conversationSearch.where("source.author.email", "$", "@example.com"),
 * );
 */
export const conversationSearch = /*#__PURE__*/ defineSearch({
  resource: "conversations",
  fields: CONVERSATION_SEARCH_FIELDS,
  operators: CONVERSATION_SEARCH_OPERATORS,
  customPrefix: "custom_attributes",
});

/** A field `conversationSearch.where` takes. */
export type ConversationSearchField = SearchFieldName<
  typeof CONVERSATION_SEARCH_FIELDS,
  Record<never, never>,
  "custom_attributes"
>;
