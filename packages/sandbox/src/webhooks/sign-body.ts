/**
 * `X-Hub-Signature` as Intercom sends it: `sha1=` and the hex HMAC-SHA1 of
 * the raw body, keyed with the app's client secret. Web Crypto, so the
 * sandbox signs the same on Node, Bun and Deno; `@intercom-kit/webhooks`
 * verifies it (the tests check the two agree).
 */
export async function signBody(body: string, clientSecret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(clientSecret),
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(body)));
  return `sha1=${Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
