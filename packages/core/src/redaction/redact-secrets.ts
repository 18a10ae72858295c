/** What stands in for a secret wherever one was removed. */
export const REDACTED = "[REDACTED]";

/**
 * Shorter values are left alone: replacing a two- or three-character string
 * everywhere would shred ordinary text, and no Intercom credential is that short.
 */
const MIN_SECRET_LENGTH = 4;

/** Replaces every occurrence of each secret in `text`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) result = result.split(secret).join(REDACTED);
  }
  return result;
}
