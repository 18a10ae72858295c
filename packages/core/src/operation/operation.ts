import type { GenericSchema } from "valibot";
import type { ValidationMode } from "../client/client-options.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * How to read a successful response. Most operations answer JSON; a few do not
 * (see shared notes): call transcripts are text, exports download as binary,
 * call recordings answer with a redirect whose target is returned, not followed.
 */
export type ResponseKind = "json" | "empty" | "text" | "binary" | "redirect";

/** The ways Intercom pages its lists. See docs/pagination.md. */
export type PaginationStrategy =
  | "cursor" //  ?starting_after=…   ← pages.next.starting_after
  | "search" //  body.pagination.starting_after ← pages.next.starting_after
  | "page" //    ?page=N             ← pages.page < pages.total_pages
  | "scroll" //  ?scroll_param=…     ← scroll_param, until data is empty
  | "link" //    GET pages.next (a URL)
  | "merge"; //  ?cursor=…           ← next_cursor while has_more

export interface PaginationSpec {
  readonly strategy: PaginationStrategy;
  /** The response field that holds the items: `data`, `conversations`, `contacts`, … */
  readonly items: string;
  /**
   * The `type` of a resource the list may answer with on its own, instead of
   * a page: `GET /companies` with a `company_id` or `name` answers that one
   * company. Such an answer is a page of that one item, with no next page.
   */
  readonly single?: string;
}

/**
 * The generated description of one operation; the runner needs nothing else.
 * Path params are the `{names}` in `path`; query params are listed; `body`
 * says whether the remaining params form the JSON body, or one param is the body.
 */
export interface Operation {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly query?: readonly string[];
  readonly body?: "fields" | { readonly param: string };
  readonly input?: GenericSchema;
  readonly output?: GenericSchema;
  readonly response: ResponseKind;
  readonly retrySafe: boolean;
  readonly pagination?: PaginationSpec;
}

/**
 * Per-call settings for plugins: the `context` of a call's options. Each
 * plugin declares its own key by augmenting this interface, so a key no
 * plugin of the program declares, such as a misspelled one, is a compile
 * error:
 *
 * ```ts
 * declare module "@intercom-kit/core" {
 *   interface CallContext {
 *     readonly myPlugin?: { readonly verbose?: boolean };
 *   }
 * }
 * ```
 *
 * `@intercom-kit/retry` declares `retry`. The context reaches ky's hooks as
 * `options.context`, which is where a plugin reads it.
 */
export interface CallContext {
  /** Set by the core on every call (the operation's id), for plugins to read; not a caller's. */
  readonly operationId?: never;
  /** Set by the core on every call (the operation's retry safety); not a caller's. */
  readonly retrySafe?: never;
}

/** Per-call options, the third argument of every operation function. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds for this call (headers and body), or `false` for none. */
  readonly timeout?: number | false;
  /** Largest response body read into memory for this call, in bytes, after decompression. */
  readonly maxResponseBytes?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Response checking for this call only. */
  readonly validation?: ValidationMode;
  /** Per-call settings for plugins, e.g. `{ retry: { limit: 5 } }`: the keys the plugins declare in `CallContext`. */
  readonly context?: CallContext;
}
