import type { Clock } from "../clock.js";
import type { OAuthOptions } from "./oauth-options.js";

/** Intercom's codes expire after about five minutes. */
export const CODE_LIFETIME_MS = 5 * 60 * 1000;

interface IssuedCode {
  readonly clientId: string;
  readonly expiresAt: number;
}

export type RedeemResult =
  | { readonly ok: true; readonly token: string }
  | { readonly ok: false; readonly reason: "unknown_client" | "unauthorized_code" };

/**
 * The codes the authorize page issued and the tokens they were traded for.
 * A code works once, for its client only; the token it gives is then
 * accepted as a Bearer token like a configured one. Grants outlive
 * `reset()`, as an installed app outlives a workspace's data changing.
 */
export interface OAuthGrants {
  /** Whether a client id may authorize (any, unless `oauth.clients` is set). */
  knows(clientId: string): boolean;
  issueCode(clientId: string): string;
  redeem(code: string, clientId: string, clientSecret: string): RedeemResult;
  /** Whether `token` was issued by an exchange. */
  accepts(token: string): boolean;
}

export function createOAuthGrants(options: OAuthOptions, clock: Clock): OAuthGrants {
  const clients = options.clients?.length
    ? new Map(options.clients.map((c) => [c.clientId, c.clientSecret]))
    : undefined;
  const codes = new Map<string, IssuedCode>();
  const tokens = new Set<string>();
  const knows = (clientId: string) => clientId !== "" && (clients?.has(clientId) ?? true);
  return {
    knows,
    issueCode(clientId) {
      const code = `sandbox-code-${randomHex()}`;
      codes.set(code, { clientId, expiresAt: clock() + CODE_LIFETIME_MS });
      return code;
    },
    redeem(code, clientId, clientSecret) {
      const expected = clients?.get(clientId);
      if (!knows(clientId) || (expected !== undefined && expected !== clientSecret)) {
        return { ok: false, reason: "unknown_client" };
      }
      const issued = codes.get(code);
      // Used once: a second exchange of the same code fails, as a replay should.
      codes.delete(code);
      if (issued === undefined || issued.clientId !== clientId || issued.expiresAt <= clock()) {
        return { ok: false, reason: "unauthorized_code" };
      }
      const token = `sandbox-oauth-${randomHex()}`;
      tokens.add(token);
      return { ok: true, token };
    },
    accepts: (token) => tokens.has(token),
  };
}

/** Codes and tokens are credentials even here: random, never derived from the seed. */
function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
