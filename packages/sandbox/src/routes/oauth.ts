import type { Context } from "hono";
import { Hono } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse, parameterMissing } from "../http/error-list.js";

/**
 * Routes that are not operations of the REST description: OAuth's pages
 * live beside the API, so the operation catalogue does not list them.
 */
export const OAUTH_ROUTES: readonly string[] = ["GET /oauth", "POST /auth/eagle/token"];

/**
 * Intercom's OAuth flow, auto-approved: `GET /oauth` stands for the page
 * where a user approves the app (it sends them straight back to
 * `redirect_uri` with a `code` and the same `state`), and
 * `POST /auth/eagle/token` trades that code, once, for a Bearer token the
 * sandbox then accepts. Both answer without a Bearer token.
 */
export function oauthRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/oauth", (c) => {
    const clientId = c.req.query("client_id") ?? "";
    const redirectUri = c.req.query("redirect_uri");
    if (clientId === "") return parameterMissing(c, "client_id");
    if (!c.get("oauth").knows(clientId)) {
      return errorResponse(c, 400, "invalid_client", "Unknown client_id", "client_id");
    }
    // Intercom falls back to the app's first registered URL; the sandbox
    // registers none, so it needs one.
    if (redirectUri === undefined) return parameterMissing(c, "redirect_uri");
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      return errorResponse(c, 400, "bad_request", "redirect_uri is not a URL", "redirect_uri");
    }
    target.searchParams.set("code", c.get("oauth").issueCode(clientId));
    const state = c.req.query("state");
    if (state !== undefined) target.searchParams.set("state", state);
    return c.redirect(target.href, 302);
  });

  routes.post("/auth/eagle/token", async (c) => {
    const fields = await readFields(c);
    for (const name of ["code", "client_id", "client_secret"] as const) {
      if (!fields[name]) return parameterMissing(c, name);
    }
    const result = c
      .get("oauth")
      .redeem(fields.code ?? "", fields.client_id ?? "", fields.client_secret ?? "");
    if (!result.ok) {
      return result.reason === "unknown_client"
        ? errorResponse(c, 401, "unauthorized", "Unauthorized Client")
        : errorResponse(c, 401, "unauthorized", "Unauthorized Code");
    }
    return c.json({
      type: "token",
      token_type: "Bearer",
      token: result.token,
      access_token: result.token,
    });
  });

  return routes;
}

/** The exchange comes form-encoded (as OAuth clients send it) or as JSON. */
async function readFields(c: Context<SandboxEnv>): Promise<Record<string, string | undefined>> {
  const text = await c.req.text();
  if ((c.req.header("Content-Type") ?? "").includes("json")) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== "object" || value === null) return {};
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : undefined]),
      );
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}
