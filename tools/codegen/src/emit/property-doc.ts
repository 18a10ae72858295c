import { limitsOf } from "../model/limits.ts";
import { isObject, type Json } from "../read/json.ts";

const TIMESTAMP_FORMATS = new Set(["date-time", "timestamp"]);

/**
 * A short doc comment built from facts the description states (timestamp,
 * limits, deprecation, example), never from its prose.
 */
export function docComment(schema: Json | undefined, original: Json | undefined): string {
  if (!isObject(schema)) return "";
  const lines: string[] = [];
  if (
    schema.type === "integer" &&
    typeof schema.format === "string" &&
    TIMESTAMP_FORMATS.has(schema.format)
  ) {
    lines.push("UNIX timestamp in seconds.");
  }
  const limits = limitsOf(schema).map((limit) => limit.text);
  if (limits.length > 0) lines.push(`Limits: ${limits.join(", ")}.`);
  const example =
    isObject(original) && original.example !== undefined ? original.example : schema.example;
  if (example !== undefined && example !== null && typeof example !== "object") {
    const text = JSON.stringify(example);
    if (text.length <= 80 && !text.includes("*/")) lines.push(`@example ${text}`);
  }
  if (schema.deprecated === true) lines.push("@deprecated");
  if (lines.length === 0) return "";
  return lines.length === 1
    ? `/** ${lines[0]} */`
    : `/**\n${lines.map((l) => ` * ${l}`).join("\n")}\n */`;
}
