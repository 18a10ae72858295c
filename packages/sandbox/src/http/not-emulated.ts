import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { DESCRIPTION_PATHS } from "./description-paths.js";
import { errorResponse } from "./error-list.js";

interface PathPattern {
  readonly template: string;
  readonly regex: RegExp;
  readonly methods: ReadonlySet<string>;
}

const PATTERNS: readonly PathPattern[] = DESCRIPTION_PATHS.map(([template, methods]) => ({
  template,
  regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
  methods: new Set(methods),
}));

/** The description's operation a method and path belong to, if any. */
export function describedOperation(method: string, path: string): string | undefined {
  const pattern = PATTERNS.find((p) => p.methods.has(method) && p.regex.test(path));
  return pattern ? `${method} ${pattern.template}` : undefined;
}

/**
 * The fallback for requests no emulated route took: 501 for an operation of
 * the 2.16 description (so a client can tell "not emulated" from "wrong
 * path"), 404 for anything else.
 */
export function notEmulated(c: Context<SandboxEnv>): Response {
  const operation = describedOperation(c.req.method, c.req.path);
  if (operation !== undefined) {
    return errorResponse(
      c,
      501,
      "not_implemented",
      `The Intercom sandbox does not emulate ${operation}`,
    );
  }
  return errorResponse(c, 404, "not_found", "Resource Not Found");
}
