import type { JsonValue } from "../store/records.js";
import { isObject } from "./read-json.js";

/** A string field, or null when absent or empty (ids may arrive as numbers). */
export function optionalString(value: unknown): string | null {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number") return String(value);
  return null;
}

/** A UNIX-seconds or count field, or null when absent. */
export function optionalInteger(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.floor(value) : null;
}

/** Custom attributes are any JSON values, copied so later edits to the request don't leak in. */
export function customAttributes(value: unknown): Record<string, JsonValue> {
  return isObject(value) ? (structuredClone(value) as Record<string, JsonValue>) : {};
}
