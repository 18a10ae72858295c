/**
 * Page-number pagination (`page`, `per_page`), as the companies and articles
 * listings use it. Intercom stops page listings at 10,000 results; beyond
 * that it points to the scroll API, and so does the sandbox.
 */
export const PAGE_LISTING_RESULT_CAP = 10_000;

export interface NumberedPage<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
  readonly pages: {
    readonly type: "pages";
    readonly page: number;
    readonly per_page: number;
    readonly total_pages: number;
  };
}

export function numberedPage<T>(all: readonly T[], page: number, perPage: number): NumberedPage<T> {
  const reachable = all.slice(0, PAGE_LISTING_RESULT_CAP);
  const start = (page - 1) * perPage;
  return {
    items: reachable.slice(start, start + perPage),
    totalCount: all.length,
    pages: {
      type: "pages",
      page,
      per_page: perPage,
      total_pages: Math.ceil(reachable.length / perPage),
    },
  };
}
