import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse } from "./error-list.js";

/**
 * Bearer tokens are checked like Intercom checks them: a configured token or
 * one an OAuth code exchange issued; anything else is a 401 `unauthorized`.
 */
export function bearerAuth(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const token = match?.[1];
    if (!token || !(c.get("options").tokens.has(token) || c.get("oauth").accepts(token))) {
      return errorResponse(c, 401, "unauthorized", "Access Token Invalid");
    }
    await next();
  };
}

/** The token of an authorised request; the rate limit is kept per token. */
export function bearerToken(authorization: string | undefined): string {
  return /^Bearer\s+(\S+)/i.exec(authorization ?? "")?.[1] ?? "";
}
