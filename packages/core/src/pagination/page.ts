import type { ResponseMeta } from "../operation/response-meta.js";

/** One page of a paginated list. */
export interface Page<TItem, TBody> {
  /** The items of this page. */
  readonly items: readonly TItem[];
  /** The whole response body, paging fields included. */
  readonly body: TBody;
  readonly response: ResponseMeta;
  /** Whether the API says another page follows. */
  readonly hasNextPage: boolean;
  /** Fetches the next page; resolves `undefined`, without a request, after the last one. */
  nextPage(): Promise<Page<TItem, TBody> | undefined>;
}
