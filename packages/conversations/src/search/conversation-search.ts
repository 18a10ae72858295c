import { defineSearch, type SearchFieldName, type SearchFields } from "@intercom-kit/models";
import {
  CONVERSATION_SEARCH_CUSTOM_PREFIX,
  CONVERSATION_SEARCH_FIELD_OPERATORS,
  CONVERSATION_SEARCH_FIELDS,
  CONVERSATION_SEARCH_OPERATORS,
} from "../generated/search-fields.js";

/**
 * Typed search for conversations: `where`, `and` and `or` whose fields,
 * operators and values are checked against the conversation search reference.
 * Its queries go to `searchConversations(client, { query })`. The fields and
 * their types are generated (`CONVERSATION_SEARCH_FIELDS`); the reasons for
 * each choice are in `tools/codegen/src/config/search-fields.ts`. Note
 * `source.body` matches word by word: `=` "support" finds "I need support".
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
  fieldOperators: CONVERSATION_SEARCH_FIELD_OPERATORS,
  customPrefix: CONVERSATION_SEARCH_CUSTOM_PREFIX,
});

/** A field `conversationSearch.where` takes; pass your declared custom attributes as `C` to include them. */
export type ConversationSearchField<C extends SearchFields = Record<never, never>> =
  SearchFieldName<typeof CONVERSATION_SEARCH_FIELDS, C, typeof CONVERSATION_SEARCH_CUSTOM_PREFIX>;
