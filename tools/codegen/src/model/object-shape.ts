import { isObject, type Json, type JsonObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";

export interface ObjectShape {
  readonly properties: Record<string, Json>;
  readonly required: ReadonlySet<string>;
  readonly additionalProperties?: Json;
}

/**
 * The properties of an object schema, with `allOf` parts merged in; or
 * `undefined` when the schema is not a plain object (a union, an array, a
 * scalar), which then cannot be spread into a flat params object.
 */
export function objectShape(
  description: Description,
  node: Json | undefined,
): ObjectShape | undefined {
  const schema = description.deref(node);
  if (!isObject(schema)) return undefined;
  const union = unionMembers(schema);
  const single = soleMember(schema);
  if (single !== undefined) return objectShape(description, single);
  if (union || (schema.type !== undefined && schema.type !== "object")) return undefined;
  const properties: Record<string, Json> = {};
  const required = new Set<string>();
  let additionalProperties: Json | undefined;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const shape = objectShape(description, part);
    if (!shape) return undefined;
    Object.assign(properties, shape.properties);
    for (const name of shape.required) required.add(name);
    additionalProperties ??= shape.additionalProperties;
  }
  if (!schema.allOf && !schema.properties && schema.type !== "object") return undefined;
  Object.assign(properties, isObject(schema.properties) ? schema.properties : {});
  for (const name of Array.isArray(schema.required) ? schema.required : []) {
    if (typeof name === "string") required.add(name);
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    additionalProperties = schema.additionalProperties;
  }
  return additionalProperties === undefined
    ? { properties, required }
    : { properties, required, additionalProperties };
}

/**
 * The members of a oneOf/anyOf that is a real union; `undefined` for none, and
 * for a list that only states requirements (see `onlyRequirements`).
 */
export function unionMembers(schema: JsonObject): Json[] | undefined {
  const list = schema.oneOf ?? schema.anyOf;
  return Array.isArray(list) && !onlyRequirements(list) ? list : undefined;
}

/**
 * The members of a union that sits beside the object's own `properties`
 * (`create_data_attribute_request`: name, model and description, then
 * oneOf a list attribute or another type), each with those properties and
 * requirements folded in, since every member is the object plus its own
 * fields. Members that are references are left as they are.
 */
export function unionWithBase(schema: JsonObject, members: Json[]): Json[] {
  if (!isObject(schema.properties)) return members;
  const base = schema.properties;
  const baseRequired = Array.isArray(schema.required) ? schema.required : [];
  return members.map((member) => {
    if (!isObject(member) || member.$ref !== undefined) return member;
    const own = isObject(member.properties) ? member.properties : {};
    const required = Array.isArray(member.required) ? member.required : [];
    return {
      ...member,
      type: "object",
      properties: { ...base, ...own },
      required: [...new Set([...baseRequired, ...required])],
    };
  });
}

/** A one-member oneOf/anyOf (`oneOf: [{ $ref: create_contact_request }]`) is that member. */
export function soleMember(schema: JsonObject): Json | undefined {
  const union = unionMembers(schema);
  return union?.length === 1 && !schema.properties && !schema.allOf ? union[0] : undefined;
}

/**
 * `anyOf: [{ required: [id] }, { required: [user_id] }]` beside `properties`
 * only says which fields must be present; the shape is still the object's.
 * The SDK keeps those fields optional and lets the API report a missing one.
 */
function onlyRequirements(members: readonly Json[] | undefined): boolean {
  return (
    members !== undefined &&
    members.length > 0 &&
    members.every(
      (member) =>
        isObject(member) &&
        Object.keys(member).every(
          (key) => key === "required" || key === "title" || key === "description",
        ),
    )
  );
}

export function asObject(node: Json | undefined): JsonObject {
  return isObject(node) ? node : {};
}
