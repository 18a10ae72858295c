/** Bytes of a body as it arrived: a string is taken as UTF-8, as Intercom sends it. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

export function bytesOf(body: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  // Web Crypto reads a view's own range; only a view over a SharedArrayBuffer,
  // which it does not take, is copied.
  return body.buffer instanceof ArrayBuffer
    ? (body as Uint8Array<ArrayBuffer>)
    : new Uint8Array(body);
}

export function textOf(body: RawBody): string {
  return typeof body === "string" ? body : new TextDecoder().decode(body);
}

export type HmacHash = "SHA-1" | "SHA-256";

/**
 * An HMAC key for Web Crypto, which Node, Bun, Deno, browsers and edge
 * workers all have, so no `node:crypto` import ties the package to Node.
 */
export function hmacKey(secret: string, hash: HmacHash, usage: "sign" | "verify") {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, [
    usage,
  ]);
}

export async function hmacHex(secret: string, hash: HmacHash, data: RawBody): Promise<string> {
  const key = await hmacKey(secret, hash, "sign");
  const digest = new Uint8Array(await crypto.subtle.sign("HMAC", key, bytesOf(data)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Hex to bytes, or undefined when the text is not whole hex bytes. */
export function hexBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1)
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
