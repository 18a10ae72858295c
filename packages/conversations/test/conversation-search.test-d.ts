import { describe, expectTypeOf, it } from "vitest";
import {
  type ConversationSearchField,
  conversationSearch,
  type SearchConversationsParams,
} from "../src/index.js";

describe("conversationSearch types", () => {
  it("takes the documented fields, with source.* and statistics.*", () => {
    expectTypeOf<"source.author.email">().toExtend<ConversationSearchField>();
    expectTypeOf<"statistics.count_reopens">().toExtend<ConversationSearchField>();
    const query = conversationSearch.or(
      conversationSearch.where("source.author.email", "=", "a@example.com"),
      conversationSearch.where("statistics.count_reopens", ">", 2),
      conversationSearch.where("created_at", "IN", [1, 2]),
      conversationSearch.where("admin_assignee_id", "=", 5),
      conversationSearch.where("open", "=", true),
    );
    expectTypeOf(query).toExtend<SearchConversationsParams["query"]>();
  });

  it("refuses wrong fields, operators and values", () => {
    // @ts-expect-error not a conversation field
    conversationSearch.where("email", "=", "a");
    // @ts-expect-error integers take no "~"
    conversationSearch.where("statistics.count_reopens", "~", "2");
    // @ts-expect-error admin_assignee_id is an integer here
    conversationSearch.where("admin_assignee_id", "=", "5");
    // @ts-expect-error ">=" is not documented for conversations
    conversationSearch.where("created_at", ">=", 1);
    // @ts-expect-error NIN takes a list
    conversationSearch.where("state", "NIN", "open");
  });
});
