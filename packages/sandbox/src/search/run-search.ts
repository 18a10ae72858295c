import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { badRequest, errorResponse } from "../http/error-list.js";
import { isObject, type JsonObject } from "../http/read-json.js";
import { type CursorPage, compareKeys, type SortKey } from "../paging/cursor-page.js";
import { cursorPageOr400 } from "../paging/cursor-page-or-400.js";
import { perPageParam } from "../paging/paging-params.js";
import { type FieldReader, matchesQuery } from "./evaluate-query.js";
import { parseQuery, SearchQueryError } from "./parse-query.js";
import type { FieldType } from "./search-query.js";

/** What one search endpoint knows about its records. */
export interface SearchCatalog<T> {
  readonly fieldType: (field: string) => FieldType | undefined;
  readonly read: FieldReader<T>;
  readonly idOf: (record: T) => string;
  readonly defaultPerPage: number;
}

/** Every search endpoint takes at most 150 results a page. */
const MAX_PER_PAGE = 150;

/**
 * Runs `{query, pagination: {per_page, starting_after}, sort?: {field, order}}`
 * over `records`. Results are sorted by `sort.field` (default `created_at`),
 * descending unless `sort.order` says otherwise. Returns the page, or the
 * 400 answer for a query Intercom would refuse.
 */
export function runSearch<T>(
  c: Context<SandboxEnv>,
  body: JsonObject,
  records: Iterable<T>,
  catalog: SearchCatalog<T>,
): CursorPage<T> | Response {
  let query: ReturnType<typeof parseQuery>;
  try {
    query = parseQuery(body.query, catalog.fieldType);
  } catch (error) {
    if (error instanceof SearchQueryError) return badRequest(c, error.message, error.field);
    throw error;
  }
  const sort = isObject(body.sort) ? body.sort : {};
  const order = sort.order ?? "descending";
  if (order !== "ascending" && order !== "descending") {
    return errorResponse(
      c,
      400,
      "invalid_sort_order",
      `Invalid sort order '${String(order)}'. Must be one of: ascending, descending`,
    );
  }
  const sortField = typeof sort.field === "string" && sort.field !== "" ? sort.field : "created_at";
  const pagination = isObject(body.pagination) ? body.pagination : {};
  const perPage = perPageParam(pagination.per_page, catalog.defaultPerPage, MAX_PER_PAGE);
  const startingAfter =
    typeof pagination.starting_after === "string" ? pagination.starting_after : undefined;

  const keyOf = (record: T): SortKey => [
    sortValue(catalog.read(record, sortField)),
    catalog.idOf(record),
  ];
  const compare = compareKeys(order);
  const matching = [...records]
    .filter((record) => matchesQuery(record, query, catalog.read, catalog.fieldType))
    .sort((a, b) => compare(keyOf(a), keyOf(b)));
  return cursorPageOr400(c, matching, keyOf, compare, { perPage, startingAfter });
}

function sortValue(value: unknown): number | string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "number") return first;
  if (typeof first === "string") return first;
  if (typeof first === "boolean") return first ? 1 : 0;
  return "";
}
