/** Intercom's search query language: a filter, or an AND/OR group of filters and groups. */

export const FILTER_OPERATORS = [
  "=",
  "!=",
  "IN",
  "NIN",
  "<",
  "<=",
  ">",
  ">=",
  "~",
  "!~",
  "^",
  "$",
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export type Scalar = string | number | boolean | null;

export interface SearchFilter {
  readonly kind: "filter";
  readonly field: string;
  readonly operator: FilterOperator;
  readonly value: Scalar | readonly Scalar[];
}

export interface SearchGroup {
  readonly kind: "group";
  readonly operator: "AND" | "OR";
  readonly children: readonly SearchNode[];
}

export type SearchNode = SearchFilter | SearchGroup;

/**
 * How a field is matched.
 * - `date`: a timestamp matched by calendar day (contacts); only `=`, `<`, `>`.
 * - `timestamp`: a timestamp compared as an integer (conversations, tickets).
 * - `tag`: `tag_id` on contacts; only `=` and `!=`.
 */
export type FieldType = "string" | "integer" | "boolean" | "date" | "timestamp" | "tag";

/** The limits Intercom documents for every search endpoint. */
export const MAX_NESTING = 2;
export const MAX_FILTERS_PER_GROUP = 15;
