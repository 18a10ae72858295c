import { ConfigurationError } from "@intercom-kit/core";

/** A required option as given, or an error that names it and never repeats its value. */
export function requireString(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigurationError(`${name} must be a non-empty string`);
  }
  return value;
}
