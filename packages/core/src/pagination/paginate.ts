import { CLIENT_STATE, type Client } from "../client/client.js";
import { IntercomError } from "../errors/intercom-error.js";
import { AbortError } from "../errors/transport-errors.js";
import type { Operation, RequestOptions } from "../operation/operation.js";
import { execute } from "../operation/run-operation.js";
import type { Target } from "../operation/send.js";
import { nextTarget } from "./next-target.js";
import type { Page } from "./page.js";

/**
 * A paginated call. `await` it for the first page; `for await` over it for
 * every item; `.pages()` for page after page. Requests are sent lazily, one
 * page at a time, and only one page is held while iterating.
 */
export interface PagedCall<TItem, TBody>
  extends PromiseLike<Page<TItem, TBody>>,
    AsyncIterable<TItem> {
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
    const raw = (data as Record<string, unknown> | undefined)?.[spec.items];
    const items = (Array.isArray(raw) ? raw : []) as TItem[];
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

  // The first page is requested on first use and shared by `await` and iteration.
  let first: Promise<Page<TItem, TBody>> | undefined;
  const firstPage = () => {
    first ??= load(start);
    return first;
  };

  async function* pages(): AsyncGenerator<Page<TItem, TBody>> {
    let page: Page<TItem, TBody> | undefined = await firstPage();
    // Released so a long iteration does not keep page one alive.
    first = undefined;
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  return {
    // biome-ignore lint/suspicious/noThenProperty: a paginated call is awaitable by design.
    then(onFulfilled, onRejected) {
      return firstPage().then(onFulfilled, onRejected);
    },
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
  };
}
