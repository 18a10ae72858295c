/**
 * Operations where one name is declared in two places (path, query, body).
 * A flat params object cannot hold both, so each clash is resolved here by
 * keeping one declaration, with the reason; an unresolved clash fails the
 * generator.
 */
export const PARAM_CLASHES: Readonly<
  Record<
    string,
    Readonly<Record<string, { readonly keep: "path" | "query" | "body"; readonly reason: string }>>
  >
> = {};
