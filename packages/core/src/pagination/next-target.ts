import type { PaginationSpec } from "../operation/operation.js";
import type { Target } from "../operation/send.js";

type Params = Readonly<Record<string, unknown>>;

/**
 * Where the page after `body` is, or `undefined` when the API's own end signal
 * says there is none, so iteration never asks for an extra, empty page.
 * (The companies scroll is the exception Intercom itself defines: its end
 * signal is an empty `data`.)
 */
export function nextTarget(
  spec: PaginationSpec,
  params: Params,
  body: unknown,
  itemCount: number,
  baseUrl: string,
): Target | undefined {
  const record = asRecord(body);
  const pages = asRecord(record?.pages);
  switch (spec.strategy) {
    case "cursor": {
      const cursor = asRecord(pages?.next)?.starting_after;
      return typeof cursor === "string" && cursor !== ""
        ? { params: { ...params, starting_after: cursor } }
        : undefined;
    }
    case "search": {
      const cursor = asRecord(pages?.next)?.starting_after;
      if (typeof cursor !== "string" || cursor === "") return undefined;
      const pagination = { ...asRecord(params.pagination), starting_after: cursor };
      return { params: { ...params, pagination } };
    }
    case "page": {
      const page = Number(pages?.page);
      const total = Number(pages?.total_pages);
      if (!Number.isFinite(page) || !Number.isFinite(total) || page >= total) return undefined;
      return { params: { ...params, page: page + 1 } };
    }
    case "scroll": {
      const scroll = record?.scroll_param;
      return itemCount > 0 && typeof scroll === "string" && scroll !== ""
        ? { params: { ...params, scroll_param: scroll } }
        : undefined;
    }
    case "link": {
      const next = pages?.next;
      return typeof next === "string" && next !== ""
        ? { url: sameOriginUrl(next, baseUrl) }
        : undefined;
    }
    case "merge": {
      const cursor = record?.next_cursor;
      return record?.has_more === true && typeof cursor === "string" && cursor !== ""
        ? { params: { ...params, cursor } }
        : undefined;
    }
  }
}

/**
 * A next-page link is followed with the Authorization header, so it is only
 * ever sent to the client's own API root: a link to another origin keeps its
 * path and query but is re-rooted there.
 */
function sameOriginUrl(link: string, baseUrl: string): URL {
  const base = new URL(`${baseUrl}/`);
  const url = new URL(link, base);
  if (url.origin === base.origin) return url;
  return new URL(`${url.pathname.replace(/^\//, "")}${url.search}`, base);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
