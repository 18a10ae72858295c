/** 32 bytes: 256 bits from Web Crypto, far beyond guessing within a login's lifetime. */
const STATE_BYTES = 32;

/** A fresh, unguessable `state`, base64url without padding (safe in a URL and a cookie). */
export function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(STATE_BYTES));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
