import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { SandboxEnv } from "../app/env.js";

export interface ErrorItem {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

/** Intercom's error body: `{type: "error.list", request_id, errors: [...]}`. */
export function errorListBody(requestId: string, errors: readonly ErrorItem[]) {
  return { type: "error.list", request_id: requestId, errors };
}

export function errorResponse(
  c: Context<SandboxEnv>,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  field?: string,
): Response {
  const item: ErrorItem = field === undefined ? { code, message } : { code, message, field };
  return c.json(errorListBody(c.get("requestId"), [item]), status);
}

/** The 404 bodies Intercom sends, by resource. */
export const notFound = {
  contact: (c: Context<SandboxEnv>) => errorResponse(c, 404, "not_found", "User Not Found"),
  company: (c: Context<SandboxEnv>) =>
    errorResponse(c, 404, "company_not_found", "Company Not Found"),
  admin: (c: Context<SandboxEnv>) => errorResponse(c, 404, "admin_not_found", "Admin not found"),
  resource: (c: Context<SandboxEnv>) => errorResponse(c, 404, "not_found", "Resource Not Found"),
};

export function badRequest(c: Context<SandboxEnv>, message: string, field?: string): Response {
  return errorResponse(c, 400, "bad_request", message, field);
}

export function parameterMissing(c: Context<SandboxEnv>, field: string): Response {
  return errorResponse(c, 400, "parameter_not_found", `${field} not specified`, field);
}
