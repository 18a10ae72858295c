/**
 * The bucket key of the app a request is sent for. Intercom counts per app,
 * and the token is what identifies the app to the API; only a SHA-256 digest
 * of it is used, so the store and every log see a key, never the token.
 */
export async function appKey(request: Request, prefix: string): Promise<string> {
  const authorization = request.headers.get("authorization") ?? "";
  const token = authorization.replace(/^Bearer\s+/i, "");
  if (token === "") return `${prefix}anonymous`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0"));
  // 128 bits tell apps apart; the rest would only lengthen every store key.
  return `${prefix}${hex.join("").slice(0, 32)}`;
}
