import type { BaseIssue } from "valibot";

/**
 * One way an answer differed from its schema, in `warn` mode. Items of a list
 * share one path (`data[].owner_id`), so a wrong field in a 50-item page is
 * one drift, seen 50 times.
 */
export interface Drift {
  /** The operation's function name, e.g. `listContacts`. */
  readonly operationId: string;
  /** Where, with list indices folded: `data[].owner_id`, or `(root)`. */
  readonly path: string;
  /** What the schema expects there, as valibot states it: `string`, `"contact"`, … */
  readonly expected: string;
  /** The JSON kind that came back: `number`, `null`, `object`, … (never the value itself). */
  readonly received: string;
  /** How often this answer had it, e.g. once per item of a page. */
  readonly occurrences: number;
}

/** The drifts of one answer: one per folded path, with how often each was seen. */
export function collectDrift(operationId: string, issues: readonly BaseIssue<unknown>[]): Drift[] {
  const byPath = new Map<string, Drift>();
  for (const issue of issues) {
    const path = foldedPath(issue);
    const seen = byPath.get(path);
    byPath.set(
      path,
      seen
        ? { ...seen, occurrences: seen.occurrences + 1 }
        : {
            operationId,
            path,
            expected: issue.expected ?? issue.kind,
            received: jsonKind(issue.input),
            occurrences: 1,
          },
    );
  }
  return [...byPath.values()];
}

/** `data.3.owner_id` → `data[].owner_id`: one path for every item of a list. */
function foldedPath(issue: BaseIssue<unknown>): string {
  let path = "";
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === "number" ? "[]" : path === "" ? String(key) : `.${String(key)}`;
  }
  return path === "" ? "(root)" : path;
}

/** Only the kind of what came back: a value could be personal data, or a secret echoed back. */
function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
