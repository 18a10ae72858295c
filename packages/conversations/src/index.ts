// Hand-written helpers of this domain go next to this file; the operations are generated.
export * from "./generated/index.js";
export {
  type ConversationSearchField,
  conversationSearch,
} from "./search/conversation-search.js";
