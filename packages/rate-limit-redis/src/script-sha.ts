/**
 * The SHA-1 Redis files a script under, computed here with Web Crypto
 * (Node, Bun, Deno and workers all have it), so the store never needs
 * `SCRIPT LOAD`: that command carries no key, and a cluster client sends it
 * to whichever node it likes, not to the node of the bucket.
 */
export async function scriptSha(script: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(script));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
