import { isObject, type Json } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";

/**
 * A value a doc example can pass for a schema: the description's own
 * example when it is a plain value of the right type (ids carry over),
 * else the first known enum value, else a typed placeholder. Objects get
 * only their required fields, so the example stays short and still
 * satisfies the strict params check.
 */
export function exampleValue(
  schema: Json | undefined,
  description: Description,
  name: string,
  example?: Json,
  depth = 0,
): Json {
  const node = description.deref(schema);
  if (!isObject(node) || depth > 5) return {};
  const own = example ?? node.example;
  const members = [node.oneOf, node.anyOf].find(Array.isArray);
  if (members && members.length > 0)
    return exampleValue(members[0], description, name, own, depth + 1);
  if (Array.isArray(node.allOf)) {
    return Object.assign(
      {},
      ...node.allOf.map((part) => exampleValue(part, description, name, undefined, depth + 1)),
    );
  }
  const enums = Array.isArray(node.enum) ? node.enum.filter((value) => value !== null) : [];
  if (enums.length > 0) return enums.includes(own as never) ? (own as Json) : (enums[0] as Json);
  switch (node.type) {
    case "string":
      return typeof own === "string" ? own : placeholderString(name, node.format);
    case "integer":
    case "number":
      return typeof own === "number"
        ? own
        : node.format === "timestamp" || node.format === "date-time"
          ? 1700000000
          : 1;
    case "boolean":
      return typeof own === "boolean" ? own : true;
    case "array": {
      const min = typeof node.minItems === "number" ? node.minItems : 0;
      return min > 0
        ? [exampleValue(node.items as Json, description, name, undefined, depth + 1)]
        : [];
    }
    default: {
      const properties = isObject(node.properties) ? node.properties : {};
      const required = Array.isArray(node.required) ? node.required : [];
      const value: Record<string, Json> = {};
      for (const key of required) {
        if (typeof key !== "string" || !(key in properties)) continue;
        value[key] = exampleValue(properties[key], description, key, undefined, depth + 1);
      }
      return value;
    }
  }
}

function placeholderString(name: string, format: unknown): string {
  if (format === "email" || name === "email") return "jane@example.com";
  if (format === "uri" || format === "url" || name.endsWith("url")) return "https://example.com";
  if (format === "date-time") return "2024-01-01T00:00:00Z";
  if (name === "id" || name.endsWith("_id")) return "123";
  return "example";
}
