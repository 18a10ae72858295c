import type { Context, MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { DESCRIPTION_PATHS } from "./description-paths.js";
import { EMULATED_OPERATIONS } from "./emulated-operations.js";
import { errorResponse } from "./error-list.js";

interface PathPattern {
  readonly template: string;
  readonly regex: RegExp;
  readonly methods: ReadonlySet<string>;
  /** Literal segments; a literal beats a parameter (`/get_datasets` over `/{job_identifier}`). */
  readonly literals: number;
}

const PATTERNS: readonly PathPattern[] = DESCRIPTION_PATHS.map(([template, methods]) => ({
  template,
  regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
  methods: new Set(methods),
  literals: template.split("/").filter((segment) => segment !== "" && !segment.startsWith("{"))
    .length,
}));

/** The description's operation a method and path belong to, if any. */
export function describedOperation(method: string, path: string): string | undefined {
  let best: PathPattern | undefined;
  for (const pattern of PATTERNS) {
    if (!pattern.methods.has(method) || !pattern.regex.test(path)) continue;
    if (!best || pattern.literals > best.literals) best = pattern;
  }
  return best ? `${method} ${best.template}` : undefined;
}

/**
 * Runs before the routes: a request for an operation of the 2.16 description
 * that the sandbox does not emulate is answered 501, so a client can tell
 * "not emulated" from "wrong path" — and so `/admins/activity_logs` is not
 * mistaken for `/admins/{admin_id}`.
 */
export function notEmulatedGuard(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const operation = describedOperation(c.req.method, c.req.path);
    if (operation !== undefined && !EMULATED_OPERATIONS.has(operation)) {
      return errorResponse(
        c,
        501,
        "not_implemented",
        `The Intercom sandbox does not emulate ${operation}`,
      );
    }
    await next();
  };
}

/** The fallback for requests no route took: a path the description does not have. */
export function unknownPath(c: Context<SandboxEnv>): Response {
  return errorResponse(c, 404, "not_found", "Resource Not Found");
}
