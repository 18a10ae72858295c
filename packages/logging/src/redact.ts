import { REDACTED, redactSecrets } from "@intercom-kit/core";

// The core redacts the same token from its errors; one rule and one marker for both.
export { REDACTED, redactSecrets };

/**
 * Keys whose values are secrets wherever they appear in a body: tokens of any
 * kind (access, refresh, OAuth), client secrets, passwords, signatures,
 * identity-verification hashes.
 */
export const SECRET_KEYS =
  /authorization|token|secret|password|passwd|api[-_]?key|signature|user_hash|hmac|cookie/i;

/** A deep copy with the values of secret-looking keys, and every known secret, replaced. */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEYS.test(key) ? REDACTED : redactValue(item, secrets, depth + 1);
  }
  return copy;
}

/** A body as text for a debug line: JSON keys redacted, secrets replaced, then cut to `max`. */
export function redactBody(text: string, secrets: readonly string[], max: number): string {
  let safe: string;
  try {
    safe = JSON.stringify(redactValue(JSON.parse(text), secrets));
  } catch {
    // Not JSON: form bodies and text can still carry `token=…`.
    safe = redactSecrets(text, secrets).replace(
      /((?:access_|refresh_)?token|secret|password|api[-_]?key)=[^&\s]*/gi,
      `$1=${REDACTED}`,
    );
  }
  // Cut after redacting, so a cut can never leave part of a secret behind.
  return safe.length > max ? `${safe.slice(0, max)}…(+${safe.length - max} chars)` : safe;
}
