export * from "./generated/index.js";
export {
  and,
  or,
  SEARCH_LIMITS,
  type SearchFilter,
  type SearchGroup,
  type SearchOperator,
  type SearchQuery,
  type SearchValue,
  where,
} from "./search/search-query.js";
