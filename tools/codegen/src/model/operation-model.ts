import type { Json, JsonObject } from "../read/json.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type ResponseKind = "json" | "empty" | "text" | "binary" | "redirect";
export type PaginationStrategy = "cursor" | "search" | "page" | "scroll" | "link" | "merge";

/** One field of the flat params object. */
export interface ParamModel {
  readonly name: string;
  readonly in: "path" | "query" | "body";
  readonly required: boolean;
  readonly schema: Json;
  readonly example?: Json;
}

/** Everything the emitters need to know about one operation. */
export interface OperationModel {
  /** The operationId after the overlay. */
  readonly operationId: string;
  /** The exported function name, derived from the resource tree (see resource-placement). */
  readonly name: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The package directory: `contacts` for `@intercom-kit/contacts`. */
  readonly domain: string;
  /** The facade path from the client: `["contacts", "notes"]`. */
  readonly resource: readonly string[];
  /** The facade member at that path: `list`, `attach`, `retrieveByExternalId`, … */
  readonly verb: string;
  /** The tree's one-line summary, in our own words. */
  readonly summary: string;
  readonly params: readonly ParamModel[];
  /** A body that is not a plain object travels whole in one named param. */
  readonly bodyParam?: { readonly name: string; readonly required: boolean; readonly schema: Json };
  /** Whether the remaining (non path/query) params form the JSON body. */
  readonly bodyFields: boolean;
  /**
   * The component those body fields come from, when the body is one: the
   * params type then extends that model instead of repeating its fields.
   */
  readonly bodyModel?: { readonly component: string; readonly nullable: boolean };
  readonly response: {
    readonly kind: ResponseKind;
    readonly status: string;
    readonly schema?: Json;
  };
  /** The 4xx and 5xx statuses the description declares, in order. */
  readonly errorStatuses: readonly string[];
  readonly retrySafe: boolean;
  readonly pagination?: {
    readonly strategy: PaginationStrategy;
    readonly items: string;
    readonly single?: string;
  };
  readonly deprecated: boolean;
  readonly raw: JsonObject;
}
