import type { PaginationStrategy } from "../model/operation-model.ts";

/**
 * The request param each paging strategy writes (the strategies are the
 * core's, see @intercom-kit/core next-target); an operation paged with it
 * must declare it, which the generator checks.
 */
export const PAGING_PARAM: Readonly<Record<PaginationStrategy, string | undefined>> = {
  cursor: "starting_after",
  search: "pagination",
  page: "page",
  scroll: "scroll_param",
  link: undefined,
  merge: "cursor",
};
