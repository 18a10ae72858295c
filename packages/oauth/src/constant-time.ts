const encoder = new TextEncoder();

/**
 * Compares two strings in time that depends on their lengths only, not on
 * where they first differ, so a forged `state` cannot be guessed a byte at
 * a time. The length of a state is not a secret (the app chose it).
 * Web Crypto has no plain timing-safe compare, and `node:crypto`'s would tie
 * the package to Node.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.max(left.length, right.length);
  let difference = left.length ^ right.length;
  for (let i = 0; i < length; i += 1) difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}
