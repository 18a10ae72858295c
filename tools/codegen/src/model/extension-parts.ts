import { componentOf } from "../read/component-ref.ts";
import { isObject, type Json, type JsonObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { objectShape } from "./object-shape.ts";

export interface ExtensionParts {
  /** The component schemas extended, as `$ref` nodes. */
  readonly bases: readonly Json[];
  /** The properties added on top, with their required names. */
  readonly added: {
    readonly properties: Record<string, Json>;
    readonly required: ReadonlySet<string>;
  };
}

/**
 * `allOf: [{ $ref: contact }, { properties: { extra } }]` read as "contact plus
 * extra", so the generated type extends `Contact` instead of repeating its
 * fields (and a `RetrieveContactResponse` is usable wherever a `Contact` is).
 * Only when the parts do not redefine each other's fields; otherwise the
 * caller merges them. The valibot schema is always merged (see schema-code).
 */
export function extensionParts(
  description: Description,
  schema: JsonObject,
): ExtensionParts | undefined {
  if (!Array.isArray(schema.allOf)) return undefined;
  const bases = schema.allOf.filter((part) => componentOf(part) !== undefined);
  const inline: Json[] = schema.allOf.filter((part) => componentOf(part) === undefined);
  // Fields beside the allOf (`allOf: [contact], properties: {…}`) are the same extension.
  if (schema.properties || schema.required) {
    inline.push({ properties: schema.properties ?? {}, required: schema.required ?? [] });
  }
  if (bases.length === 0 || inline.length > 1) return undefined;
  const seen = new Set<string>();
  for (const base of bases) {
    const shape = objectShape(description, base);
    if (!shape) return undefined;
    for (const name of Object.keys(shape.properties)) {
      if (seen.has(name)) return undefined;
      seen.add(name);
    }
  }
  const extra = inline[0];
  if (extra === undefined)
    return bases.length > 1 ? { bases, added: { properties: {}, required: new Set() } } : undefined;
  if (!isObject(extra) || extra.allOf || extra.oneOf || extra.anyOf || extra.$ref) return undefined;
  const properties = isObject(extra.properties) ? extra.properties : {};
  if (Object.keys(properties).some((name) => seen.has(name))) return undefined;
  const required = new Set((Array.isArray(extra.required) ? extra.required : []).map(String));
  if ([...required].some((name) => !(name in properties))) return undefined;
  return { bases, added: { properties, required } };
}
