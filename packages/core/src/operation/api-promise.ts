import type { ResponseMeta } from "./response-meta.js";

/** The data of a call together with what the raw response said. */
export interface ApiResult<T> {
  readonly data: T;
  readonly response: ResponseMeta;
}

/** A promise of the data, with `.withResponse()` for status, headers, rate limit and request id. */
export type ApiPromise<T> = Promise<T> & {
  withResponse(): Promise<ApiResult<T>>;
};

export function toApiPromise<T>(result: Promise<ApiResult<T>>): ApiPromise<T> {
  const data = result.then((r) => r.data);
  return Object.assign(data, {
    withResponse() {
      // The caller chose the full result; the data-only promise must not
      // report the same failure a second time as an unhandled rejection.
      data.catch(() => {});
      return result;
    },
  });
}
