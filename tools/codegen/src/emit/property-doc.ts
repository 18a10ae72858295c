import { limitsOf } from "../model/limits.ts";
import { isObject, type Json, type JsonObject } from "../read/json.ts";

const TIMESTAMP_FORMATS = new Set(["date-time", "timestamp"]);

/** How a string format reads in a doc comment; formats not listed are named as they are. */
const STRING_FORMATS: Readonly<Record<string, string>> = {
  "date-time": "An ISO 8601 date and time.",
  date: "An ISO 8601 date.",
  email: "An email address.",
  uri: "A URL.",
  url: "A URL.",
  uuid: "A UUID.",
};

/**
 * A short doc comment built only from facts the description states (type
 * facts, nullability, known values, default, limits, example, deprecation),
 * never from its prose. `example` is a param's own example, which OpenAPI
 * keeps beside the schema rather than in it.
 */
export function docComment(
  schema: Json | undefined,
  original: Json | undefined,
  lead: readonly string[] = [],
  paramExample?: Json,
  fixedValue = false,
): string {
  const lines = [...lead, ...(isObject(schema) && !fixedValue ? facts(schema) : [])];
  const example =
    paramExample ??
    (isObject(original) && original.example !== undefined
      ? original.example
      : isObject(schema)
        ? schema.example
        : undefined);
  if (!fixedValue && example !== undefined && example !== null && typeof example !== "object") {
    const text = JSON.stringify(example);
    if (text.length <= 80 && !text.includes("*/")) lines.push(`@example ${text}`);
  }
  if (isObject(schema) && schema.deprecated === true) lines.push("@deprecated");
  if (lines.length === 0) return "";
  return lines.length === 1
    ? `/** ${lines[0]} */`
    : `/**\n${lines.map((l) => ` * ${l}`).join("\n")}\n */`;
}

function facts(schema: JsonObject): string[] {
  const lines: string[] = [];
  const format = typeof schema.format === "string" ? schema.format : undefined;
  if (schema.type === "integer" && format && TIMESTAMP_FORMATS.has(format)) {
    lines.push("UNIX timestamp in seconds.");
  } else if (schema.type === "integer") {
    lines.push("An integer.");
  } else if (schema.type === "string" && format) {
    lines.push(STRING_FORMATS[format] ?? `A string of format \`${format}\`.`);
  }
  if (schema.nullable === true) lines.push("May be `null`.");
  const known = Array.isArray(schema.enum) ? schema.enum.filter((value) => value !== null) : [];
  if (known.length > 0) {
    const values = known.map((value) => `\`${JSON.stringify(value)}\``).join(", ");
    lines.push(`Known values: ${values}; Intercom may add others.`);
  }
  if (schema.default !== undefined && typeof schema.default !== "object") {
    lines.push(`Defaults to \`${JSON.stringify(schema.default)}\`.`);
  }
  const limits = limitsOf(schema).map((limit) => limit.text);
  if (limits.length > 0) lines.push(`Limits: ${limits.join(", ")}.`);
  return lines;
}
