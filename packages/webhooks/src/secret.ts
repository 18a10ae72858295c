import { ConfigurationError } from "@intercom-kit/core";

/** A secret as given, or a clear error that never repeats it. */
export function requireSecret(secret: unknown, name: string): string {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new ConfigurationError(`${name} must be a non-empty string`);
  }
  return secret;
}
