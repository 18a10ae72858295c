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
export {
  defineSearch,
  type SearchCustomFields,
  type SearchFieldName,
  type SearchFieldOperatorFor,
  type SearchFieldOperators,
  type SearchFields,
  type SearchFieldType,
  type SearchFieldTypeOf,
  SearchFilterError,
  type SearchOperatorFor,
  type SearchOperatorRules,
  type SearchScalarFor,
  type SearchSchema,
  type SearchValueFor,
  type TypedSearch,
} from "./search/typed-search.js";
