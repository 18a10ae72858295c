import { CLIENT_STATE, type Client } from "../client/client.js";
import { IntercomError } from "../errors/intercom-error.js";
import { AbortError } from "../errors/transport-errors.js";
import type { ApiResult } from "../operation/api-promise.js";
import type { Operation, RequestOptions } from "../operation/operation.js";
import { execute } from "../operation/run-operation.js";
import type { Target } from "../operation/send.js";
import { nextTarget } from "./next-target.js";
import type { Page } from "./page.js";

/**
 * A paginated call: a promise of its first page, as a single call is a
 * promise of its data, sent at once. `await` it (or `.then`, `.catch`,
 * `.finally`) for the first page; `.withResponse()` for it with the raw
 * response; `for await` over it for every item; `.pages()` for page after
 * page. Later pages are fetched lazily, one at a time; every iteration
 * starts from the first page the call already holds.
 */
export interface PagedCall<TItem, TBody> extends Promise<Page<TItem, TBody>>, AsyncIterable<TItem> {
  /** The first page, with what the raw response said (as `page.response` does too). */
  withResponse(): Promise<ApiResult<Page<TItem, TBody>>>;
  /** Every page, the first included, fetched one after another. */
  pages(): AsyncIterable<Page<TItem, TBody>>;
}

export function paginate<TItem, TBody>(
  client: Client,
  operation: Operation,
  params: object | undefined,
  options?: RequestOptions,
): PagedCall<TItem, TBody> {
  const spec = operation.pagination;
  if (!spec) throw new IntercomError(`${operation.id} is not a paginated operation`);
  const start: Target = { params: (params ?? {}) as Record<string, unknown> };
  const baseUrl = client[CLIENT_STATE].config.baseUrl;

  const load = async (target: Target): Promise<Page<TItem, TBody>> => {
    const { data, response } = await execute<TBody>(client, operation, target, options);
    const body = data as Record<string, unknown> | undefined;
    const raw = body?.[spec.items];
    const alone = spec.single !== undefined && body?.type === spec.single;
    const items = (Array.isArray(raw) ? raw : alone ? [body] : []) as TItem[];
    const currentParams = "params" in target ? target.params : start.params;
    const next = nextTarget(spec, currentParams, data, items.length, baseUrl);
    return {
      items,
      body: data,
      response,
      hasNextPage: next !== undefined,
      nextPage: () => (next ? load(next) : Promise.resolve(undefined)),
    };
  };

  // Sent now, as a single call is; `await`, `.withResponse()` and every
  // iteration share this one request for the first page.
  const first = load(start);

  async function* pages(): AsyncGenerator<Page<TItem, TBody>> {
    let page: Page<TItem, TBody> | undefined = await first;
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  return Object.assign(first, {
    withResponse: () => first.then((page) => ({ data: page, response: page.response })),
    pages,
    async *[Symbol.asyncIterator]() {
      const signal = options?.signal;
      for await (const page of pages()) {
        for (const item of page.items) {
          // Stop at once on abort, not at the end of the page already in hand.
          if (signal?.aborted) throw new AbortError(operation.id, signal.reason);
          yield item;
        }
      }
    },
  });
}
