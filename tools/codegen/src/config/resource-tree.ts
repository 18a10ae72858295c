import type { PaginationStrategy } from "../model/operation-model.ts";

/**
 * The reviewed resource tree: the one place that says, for every operation of
 * the description, where it lives in the SDK (a resource path and a verb),
 * how it pages, whether repeating it is harmless, and what it does in one
 * line of our own. Function names, facades, the catalogue, the packages and
 * the docs are all derived from it (see docs/codegen.md, "Names").
 */

/** A paged list: the core's strategy, and the response field that holds the items. */
export interface Paging {
  readonly strategy: PaginationStrategy;
  readonly items: string;
  /** The `type` of a resource the list may answer with alone, read as a page of one. */
  readonly single?: string;
}

/** `"GET /contacts/{contact_id}"`: the operation's method and path in the description. */
export type OperationKey = `${"GET" | "POST" | "PUT" | "PATCH" | "DELETE"} /${string}`;

export interface OperationEntry {
  readonly op: OperationKey;
  /** One line in our own words; the function's and the facade member's doc starts with it. */
  readonly summary: string;
  /** How the list pages, and which response field holds its items. */
  readonly paged?: Paging;
  /**
   * A POST or PATCH that only reads, so a retry after a lost answer cannot
   * create or change anything. GET, PUT and DELETE are retry-safe by method.
   */
  readonly readOnly?: true;
  /**
   * Names declared twice (path, query, body): a flat params object holds one,
   * so the tree says which declaration is kept, and why.
   */
  readonly clashes?: Readonly<
    Record<string, { readonly keep: "path" | "query" | "body"; readonly reason: string }>
  >;
}

export interface ResourceNode {
  /**
   * The singular and plural nouns this level adds to function names
   * (`["Note", "Notes"]`), or `null` for a grouping that adds no word
   * (`workspace.brands.list` is `listBrands`).
   */
  readonly noun: readonly [singular: string, plural: string] | null;
  /** The operations on this resource, by verb: `list`, `retrieve`, `attach`, … */
  readonly operations?: Readonly<Record<string, OperationEntry>>;
  /** Sub-resources, by the facade member that holds them: `contacts.notes`. */
  readonly resources?: Readonly<Record<string, ResourceNode>>;
}

/** A top-level resource: one package, `@intercom-kit/<kebab-case key>`. */
export interface PackageNode extends ResourceNode {
  /** One line for the package's manifest and README. */
  readonly summary: string;
}

/** Shorthand for `paged`. */
export function paged(strategy: PaginationStrategy, items: string, single?: string): Paging {
  return single === undefined ? { strategy, items } : { strategy, items, single };
}
