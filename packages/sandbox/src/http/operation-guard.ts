import type { Context, MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { exampleAnswer } from "../examples/example-answer.js";
import { type CatalogOperation, OPERATIONS } from "../generated/operations.js";
import { errorResponse } from "./error-list.js";
import { STATEFUL_OPERATIONS } from "./stateful-operations.js";

interface PathPattern {
  readonly operation: CatalogOperation;
  readonly regex: RegExp;
  readonly params: readonly string[];
  /** Literal segments; a literal beats a parameter (`/get_datasets` over `/{job_identifier}`). */
  readonly literals: number;
}

const PATTERNS: readonly PathPattern[] = OPERATIONS.map((operation) => ({
  operation,
  regex: new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, "([^/]+)")}/?$`),
  params: [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
  literals: operation.path
    .split("/")
    .filter((segment) => segment !== "" && !segment.startsWith("{")).length,
}));

export interface MatchedOperation {
  readonly operation: CatalogOperation;
  /** `METHOD /template`, as the stateful table and the examples are keyed. */
  readonly key: string;
  /** The path's parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
}

/** The operation of the 2.16 description a method and path belong to, if any. */
export function describedOperation(method: string, path: string): MatchedOperation | undefined {
  let best: { pattern: PathPattern; match: RegExpExecArray } | undefined;
  for (const pattern of PATTERNS) {
    if (pattern.operation.method !== method) continue;
    const match = pattern.regex.exec(path);
    if (!match) continue;
    if (!best || pattern.literals > best.pattern.literals) best = { pattern, match };
  }
  if (!best) return undefined;
  const { pattern, match } = best;
  const params: Record<string, string> = {};
  for (const [index, name] of pattern.params.entries()) {
    params[name] = safeDecode(match[index + 1] ?? "");
  }
  return {
    operation: pattern.operation,
    key: `${pattern.operation.method} ${pattern.operation.path}`,
    params,
  };
}

/**
 * Runs before the routes. An operation the sandbox emulates with state goes
 * on to its route. Any other operation of the 2.16 description is answered
 * from its example (`emulate: "all"`, the default) or 501 `not_implemented`
 * (`emulate: "stateful-only"`). Matching here, by the description's
 * templates, also keeps `/admins/activity_logs` from being taken for
 * `/admins/{admin_id}`.
 */
export function operationGuard(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const matched = describedOperation(c.req.method, c.req.path);
    if (matched === undefined || STATEFUL_OPERATIONS.has(matched.key)) return next();
    if (c.get("options").emulate === "stateful-only") {
      return errorResponse(
        c,
        501,
        "not_implemented",
        `The Intercom sandbox does not emulate ${matched.key}`,
      );
    }
    return exampleAnswer(c, matched);
  };
}

/** The fallback for requests no route took: a path the description does not have. */
export function unknownPath(c: Context<SandboxEnv>): Response {
  return errorResponse(c, 404, "not_found", "Resource Not Found");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
