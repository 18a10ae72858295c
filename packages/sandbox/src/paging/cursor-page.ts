/**
 * Cursor pagination as Intercom does it for `GET /contacts` and the search
 * endpoints: `per_page` + `starting_after`, answered with
 * `pages: {type: "pages", page, per_page, total_pages, next?: {per_page, starting_after}}`.
 * `pages.next` is left out on the last page: that is the end signal.
 *
 * The cursor is the position of the last item returned, encoded opaquely, so
 * deleting or adding items between two calls never repeats or skips one that
 * stayed.
 */

export type SortKey = readonly [number | string, string];

export interface CursorPageRequest {
  readonly perPage: number;
  readonly startingAfter: string | undefined;
}

export interface CursorPage<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
  readonly pages: CursorPages;
}

export interface CursorPages {
  readonly type: "pages";
  readonly page: number;
  readonly per_page: number;
  readonly total_pages: number;
  readonly next?: { readonly per_page: number; readonly starting_after: string };
}

export class InvalidCursorError extends Error {}

/** `sorted` must already be in page order; `keyOf` gives each item's unique, ordered key. */
export function cursorPage<T>(
  sorted: readonly T[],
  keyOf: (item: T) => SortKey,
  compare: (a: SortKey, b: SortKey) => number,
  request: CursorPageRequest,
): CursorPage<T> {
  const { perPage } = request;
  let start = 0;
  if (request.startingAfter !== undefined && request.startingAfter !== "") {
    const after = decodeCursor(request.startingAfter);
    const index = sorted.findIndex((item) => compare(keyOf(item), after) > 0);
    start = index === -1 ? sorted.length : index;
  }
  const items = sorted.slice(start, start + perPage);
  const last = items.at(-1);
  const hasMore = start + items.length < sorted.length;
  const pages: CursorPages = {
    type: "pages",
    page: Math.floor(start / perPage) + 1,
    per_page: perPage,
    total_pages: Math.ceil(sorted.length / perPage),
    ...(hasMore && last !== undefined
      ? { next: { per_page: perPage, starting_after: encodeCursor(keyOf(last)) } }
      : {}),
  };
  return { items, totalCount: sorted.length, pages };
}

/** Orders keys by value, then by id, so equal values still have one order. */
export function compareKeys(direction: "ascending" | "descending") {
  const sign = direction === "ascending" ? 1 : -1;
  return (a: SortKey, b: SortKey): number => {
    const byValue = compareValues(a[0], b[0]);
    return byValue !== 0 ? sign * byValue : sign * compareValues(a[1], b[1]);
  };
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

export function encodeCursor(key: SortKey): string {
  return btoa(JSON.stringify(key)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const json = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const key: unknown = JSON.parse(json);
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      (typeof key[0] === "number" || typeof key[0] === "string") &&
      typeof key[1] === "string"
    ) {
      return [key[0], key[1]];
    }
  } catch {
    // reported below
  }
  throw new InvalidCursorError("starting_after is not a cursor this API gave out");
}
