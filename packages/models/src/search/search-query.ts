import type { MultipleFilterSearchRequest } from "../generated/multiple-filter-search-request.js";
import type { SingleFilterSearchRequest } from "../generated/single-filter-search-request.js";

/** The literal members of an open generated enum, without its `(string & {})` catch-all. */
type Known<T> = T extends unknown ? (string extends T ? never : T) : never;

// `@inline` makes the API docs show the literals these resolve to, not these private names.

/** @inline */
type FilterOperator = Known<Exclude<SingleFilterSearchRequest["operator"], undefined>>;

/** @inline */
type GroupOperator = Known<Exclude<MultipleFilterSearchRequest["operator"], undefined>>;

/** @inline */
type FilterValue = Exclude<SingleFilterSearchRequest["value"], undefined>;

/** @inline */
type ReadonlyFilterValue = Readonly<FilterValue>;

/** The comparison operators of Intercom's search APIs (contacts, conversations, tickets). */
export type SearchOperator = FilterOperator;

/** What a filter compares with; a list for IN and NIN. */
export type SearchValue = ReadonlyFilterValue;

/** One filter: `{ field, operator, value }`. */
export interface SearchFilter extends SingleFilterSearchRequest {
  field: string;
  operator: SearchOperator;
  value: FilterValue;
}

/** A group of filters or groups joined by AND or OR. */
export interface SearchGroup extends MultipleFilterSearchRequest {
  operator: GroupOperator;
  value: SearchQuery[];
}

export type SearchQuery = SearchFilter | SearchGroup;

/** Intercom answers 400 beyond these (see the search reference). */
export const SEARCH_LIMITS = { filtersPerGroup: 15, nesting: 2 } as const;

/** A filter, e.g. `where("email", "~", "example.com")`. */
export function where(field: string, operator: SearchOperator, value: SearchValue): SearchFilter {
  return {
    field,
    operator,
    value: typeof value === "object" && value !== null ? [...value] : value,
  };
}

/** Every query must hold. Checks the API's limits now rather than after a round trip. */
export function and(...queries: SearchQuery[]): SearchGroup {
  return group("AND", queries);
}

/** Any query may hold. Checks the API's limits now rather than after a round trip. */
export function or(...queries: SearchQuery[]): SearchGroup {
  return group("OR", queries);
}

function group(operator: GroupOperator, queries: SearchQuery[]): SearchGroup {
  if (queries.length === 0) throw new RangeError(`an ${operator} group needs at least one query`);
  if (queries.length > SEARCH_LIMITS.filtersPerGroup) {
    throw new RangeError(
      `an ${operator} group holds at most ${SEARCH_LIMITS.filtersPerGroup} queries, got ${queries.length}`,
    );
  }
  const result: SearchGroup = { operator, value: queries };
  if (groupDepth(result) > SEARCH_LIMITS.nesting) {
    throw new RangeError(`search groups nest at most ${SEARCH_LIMITS.nesting} levels deep`);
  }
  return result;
}

function groupDepth(query: SearchQuery): number {
  if (!("value" in query) || !Array.isArray(query.value) || !isGroup(query)) return 0;
  return 1 + Math.max(0, ...query.value.map(groupDepth));
}

function isGroup(query: SearchQuery): query is SearchGroup {
  return (query.operator === "AND" || query.operator === "OR") && !("field" in query);
}
