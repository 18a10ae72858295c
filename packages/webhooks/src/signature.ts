import { bytesOf, hexBytes, hmacHex, hmacKey, type RawBody } from "./hmac.js";
import { requireSecret } from "./secret.js";

/** The header Intercom signs every notification with. */
export const SIGNATURE_HEADER = "X-Hub-Signature";

const PREFIX = "sha1=";
const SHA1_HEX_LENGTH = 40;

/**
 * Whether `signature` (the `X-Hub-Signature` header, `sha1=<hex>`) is the
 * HMAC-SHA1 of the raw body under the app's client secret. Check the bytes as
 * they arrived: a body parsed and serialised again may differ by a space.
 * A missing or malformed header is `false`, never an exception.
 */
export async function verifySignature(
  body: RawBody,
  signature: string | null | undefined,
  clientSecret: string,
): Promise<boolean> {
  const secret = requireSecret(clientSecret, "clientSecret");
  if (typeof signature !== "string") return false;
  const trimmed = signature.trim();
  if (!trimmed.toLowerCase().startsWith(PREFIX)) return false;
  const hex = trimmed.slice(PREFIX.length);
  const expected = hex.length === SHA1_HEX_LENGTH ? hexBytes(hex) : undefined;
  if (!expected) return false;
  // Web Crypto's verify compares the MACs itself, in constant time.
  const key = await hmacKey(secret, "SHA-1", "verify");
  return crypto.subtle.verify("HMAC", key, expected, bytesOf(body));
}

/**
 * The `X-Hub-Signature` value Intercom would send with `body`: for tests of
 * your own handler, and for replaying a stored notification.
 */
export async function signatureFor(body: RawBody, clientSecret: string): Promise<string> {
  return PREFIX + (await hmacHex(requireSecret(clientSecret, "clientSecret"), "SHA-1", body));
}
