import { SignJWT } from "jose";
import { hmacHex } from "./hmac.js";
import { requireSecret } from "./secret.js";

/**
 * The Messenger's `user_hash` for a user: the hex HMAC-SHA256 of their
 * `user_id` (or, for users without one, their email) under the workspace's
 * identity verification secret. Compute it on your server and hand it to
 * the Messenger with the same `user_id`; never ship the secret to a browser.
 */
export async function userHash(secret: string, identifier: string): Promise<string> {
  const key = requireSecret(secret, "The identity verification secret");
  if (typeof identifier !== "string" || identifier.length === 0) {
    throw new TypeError("userHash: the user_id or email must be a non-empty string");
  }
  return hmacHex(key, "SHA-256", identifier);
}

/** A value JSON can carry: what a JWT claim may be. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** What a Messenger security JWT says about the user. `user_id` is required. */
export interface MessengerUserClaims {
  readonly user_id: string;
  readonly email?: string;
  /** Other attributes to set on the user, signed so the browser cannot change them. */
  readonly [attribute: string]: JsonValue | undefined;
}

export interface MessengerJwtOptions {
  /** How long the token is good for: seconds, or a span such as `"1h"`. Default `"1h"`. */
  readonly expiresIn?: number | string;
}

/**
 * A Messenger security JWT (HS256) for `claims`, signed with the
 * identity verification secret, with `iat` and `exp` set. It replaces
 * `user_hash`: pass it to the Messenger as `intercom_user_jwt`.
 */
export async function messengerJwt(
  secret: string,
  claims: MessengerUserClaims,
  options: MessengerJwtOptions = {},
): Promise<string> {
  const key = requireSecret(secret, "The identity verification secret");
  if (typeof claims?.user_id !== "string" || claims.user_id.length === 0) {
    throw new TypeError("messengerJwt: claims.user_id must be a non-empty string");
  }
  const expiresIn = options.expiresIn ?? "1h";
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt()
    .setExpirationTime(typeof expiresIn === "number" ? `${expiresIn}s` : expiresIn)
    .sign(new TextEncoder().encode(key));
}
