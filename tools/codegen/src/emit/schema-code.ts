import { extensionParts } from "../model/extension-parts.ts";
import { limitsOf } from "../model/limits.ts";
import { objectShape, unionMembers, unionWithBase } from "../model/object-shape.ts";
import { componentOf } from "../read/component-ref.ts";
import { isObject, type Json, type JsonObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { propertyKey } from "./names.ts";
import { docComment } from "./property-doc.ts";

/** How one emitter refers to component schemas, and what it ended up using. */
export interface SchemaContext {
  readonly description: Description;
  /**
   * `#/components/schemas/x` → type and schema identifiers, and the strict
   * request schema's (`XInputSchema`) where requests use the component.
   */
  readonly names: (component: string) => {
    readonly type: string;
    readonly schema: string;
    readonly input?: string;
  };
  /** Whether a reference to this component must be deferred with `v.lazy` (a cycle). */
  readonly isLazy: (component: string) => boolean;
  /** Components referenced so far. */
  readonly used: Set<string>;
  /**
   * Check a request: objects are strict (a misspelt key fails), the
   * description's limits (integer, minimum/maximum, lengths, item counts)
   * and required-field sets are checked, and components are referred to by
   * their strict request schemas. Responses stay loose and permissive, so no
   * answer is ever refused over a limit the API itself does not keep.
   */
  readonly inputChecks?: boolean;
  /**
   * Whether a component's generated schema keeps valibot's `.entries` in its
   * type, so an `allOf` can spread them instead of copying the fields. Only
   * the models emitter knows; without it, `allOf` parts are merged inline.
   */
  readonly keepsEntries?: (component: string) => boolean;
}

function isNullable(schema: JsonObject): boolean {
  return schema.nullable === true || (Array.isArray(schema.enum) && schema.enum.includes(null));
}

/**
 * The valibot expression for a schema. Objects are loose, so unknown fields
 * pass and are kept, except in a request (`inputChecks`), where they are strict.
 */
export function valibotCode(node: Json | undefined, ctx: SchemaContext): string {
  const component = componentOf(node);
  if (component) {
    ctx.used.add(component);
    const names = ctx.names(component);
    const schema = ctx.inputChecks && names.input ? names.input : names.schema;
    const code = ctx.isLazy(component) ? `v.lazy(() => ${schema})` : schema;
    // `nullable` beside a `$ref` is how the description marks a nullable reference.
    return isObject(node) && node.nullable === true ? `v.nullable(${code})` : code;
  }
  if (!isObject(node)) return "v.unknown()";
  const code = baseValibot(node, ctx);
  return isNullable(node) && code !== "v.unknown()" ? `v.nullable(${code})` : code;
}

function baseValibot(schema: JsonObject, ctx: SchemaContext): string {
  const members = unionMembers(schema);
  const union = members && unionWithBase(schema, members);
  if (union) {
    const options = [...new Set(union.map((m) => valibotCode(m, ctx)))];
    return options.length === 1 ? (options[0] as string) : `v.union([${options.join(", ")}])`;
  }
  if (Array.isArray(schema.allOf)) {
    if (schema.allOf.length === 1 && !schema.properties && !schema.required)
      return valibotCode(schema.allOf[0], ctx);
    // Merged into one object rather than `v.intersect`: valibot's intersect (with
    // its deep merge) costs more in a bundle than the copied entries.
    const shape = objectShape(ctx.description, schema);
    if (!shape) return `v.intersect([${schema.allOf.map((p) => valibotCode(p, ctx)).join(", ")}])`;
    return (
      spreadBases(schema, shape, ctx) ??
      objectValibot(shape.properties, shape.required, shape.additionalProperties, ctx)
    );
  }
  const type = scalarType(schema);
  switch (type) {
    case "string":
      return withChecks("v.string()", schema, ctx);
    case "integer":
    case "number":
      return withChecks("v.number()", schema, ctx, type === "integer");
    case "boolean":
      return "v.boolean()";
    case "array":
      return withChecks(`v.array(${valibotCode(schema.items, ctx)})`, schema, ctx);
    case "object": {
      const shape = objectShape(ctx.description, schema);
      const code = objectValibot(
        shape?.properties ?? {},
        shape?.required ?? new Set(),
        shape?.additionalProperties,
        ctx,
      );
      return ctx.inputChecks ? withRequiredSets(code, schema) : code;
    }
    default:
      return "v.unknown()";
  }
}

/**
 * The sets of fields of which a request must carry at least one, from
 * `anyOf: [{ required: [email] }, { required: [external_id] }]` beside the
 * properties, e.g. a contact needs an email, an external id or a role.
 */
export function requiredSets(schema: Json | undefined): string[][] | undefined {
  if (!isObject(schema) || !Array.isArray(schema.anyOf) || unionMembers(schema)) return undefined;
  const sets = schema.anyOf.map((member) =>
    isObject(member) && Array.isArray(member.required) ? member.required.map(String) : [],
  );
  return sets.length > 0 && sets.every((set) => set.length > 0) ? sets : undefined;
}

/** `code` piped through a check that one of the schema's required sets is all there. */
export function withRequiredSets(code: string, schema: Json | undefined): string {
  const sets = requiredSets(schema);
  if (!sets) return code;
  const names = sets.map((set) => set.join(" + ")).join(", or ");
  return `v.pipe(${code}, v.check((input) => ${JSON.stringify(sets)}.some((set) => set.every((key) => (input as Record<string, unknown>)[key] !== undefined)), ${JSON.stringify(`needs ${names}`)}))`;
}

/**
 * `allOf: [{ $ref: contact }, { properties: … }]` as
 * `v.looseObject({ ...ContactSchema.entries, … })`: the base's schema is
 * reused, not copied, and only the fields the other parts add or change are
 * written out. `undefined` when a base cannot be spread (a cycle, a union, a
 * nullable reference), and the caller merges every field inline.
 */
function spreadBases(
  schema: JsonObject,
  shape: NonNullable<ReturnType<typeof objectShape>>,
  ctx: SchemaContext,
): string | undefined {
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  const bases = parts.filter((part) => componentOf(part) !== undefined);
  // A request schema is annotated, without entries to spread (see models.ts).
  if (!ctx.keepsEntries || ctx.inputChecks || bases.length === 0) return undefined;
  const inherited = new Map<string, { readonly node: Json; readonly required: boolean }>();
  for (const base of bases) {
    const component = componentOf(base) as string;
    const nullable = isObject(base) && base.nullable === true;
    if (nullable || ctx.isLazy(component) || !ctx.keepsEntries(component)) return undefined;
    const own = objectShape(ctx.description, base);
    for (const [name, node] of Object.entries(own?.properties ?? {})) {
      inherited.set(name, { node, required: own?.required.has(name) ?? false });
    }
  }
  const spreads = bases.map((base) => {
    const component = componentOf(base) as string;
    ctx.used.add(component);
    return `...${ctx.names(component).schema}.entries`;
  });
  const fields = Object.entries(shape.properties)
    .filter(([name, node]) => {
      const from = inherited.get(name);
      return !(from && from.node === node && from.required === shape.required.has(name));
    })
    .map(([name, node]) => objectEntry(name, node, shape.required.has(name), ctx));
  return `v.looseObject({${[...spreads, ...fields].join(", ")}})`;
}

/** `base` piped through the checks for the schema's limits, when the context asks for them. */
function withChecks(base: string, schema: JsonObject, ctx: SchemaContext, integer = false): string {
  if (!ctx.inputChecks) return base;
  const checks = [
    ...(integer ? ["v.integer()"] : []),
    ...limitsOf(schema).map(({ action, value }) => `v.${action}(${value})`),
  ];
  return checks.length === 0 ? base : `v.pipe(${base}, ${checks.join(", ")})`;
}

function objectValibot(
  properties: Record<string, Json>,
  required: ReadonlySet<string>,
  additional: Json | undefined,
  ctx: SchemaContext,
): string {
  const entries = Object.entries(properties);
  if (entries.length === 0) {
    const values =
      additional === undefined || additional === true
        ? "v.unknown()"
        : valibotCode(additional, ctx);
    return `v.record(v.string(), ${values})`;
  }
  const fields = entries.map(([name, property]) =>
    objectEntry(name, property, required.has(name), ctx),
  );
  return `v.${ctx.inputChecks ? "strictObject" : "looseObject"}({${fields.join(", ")}})`;
}

/** One `name: schema` entry of an object schema; a discriminant `type` checks its one value. */
function objectEntry(name: string, property: Json, required: boolean, ctx: SchemaContext): string {
  const literal = discriminant(name, property, ctx);
  const code = literal
    ? literal.nullable
      ? `v.nullable(v.literal(${JSON.stringify(literal.value)}))`
      : `v.literal(${JSON.stringify(literal.value)})`
    : valibotCode(property, ctx);
  return `${propertyKey(name)}: ${required ? code : `v.optional(${code})`}`;
}

/**
 * A resource's \`type\` field whose schema allows exactly one value (besides
 * null) is that value's literal, not an open string, so a union of
 * resources narrows on it: \`if (item.type === "contact")\`. Other enums stay
 * open, since Intercom adds values without a new version; the overlay gives
 * the one value to the resources whose description only shows an example.
 */
export function discriminant(
  name: string,
  property: Json,
  ctx: SchemaContext,
): { readonly value: string; readonly nullable: boolean } | undefined {
  if (name !== "type") return undefined;
  const schema = ctx.description.deref(property);
  if (!isObject(schema) || !Array.isArray(schema.enum)) return undefined;
  const values = schema.enum.filter((value) => value !== null);
  if (values.length !== 1 || typeof values[0] !== "string") return undefined;
  return {
    value: values[0],
    nullable: schema.nullable === true || schema.enum.includes(null),
  };
}

/** The type a schema declares, or the one its enum or shape implies. */
function scalarType(schema: JsonObject): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (schema.properties || schema.additionalProperties) return "object";
  if (schema.items) return "array";
  if (Array.isArray(schema.enum)) {
    const value = schema.enum.find((item) => item !== null);
    if (typeof value === "string") return "string";
    if (typeof value === "number") return "number";
    if (typeof value === "boolean") return "boolean";
  }
  return undefined;
}

/** The TypeScript type for a schema, matching `valibotCode`. Enums stay open to new values. */
export function typeCode(node: Json | undefined, ctx: SchemaContext): string {
  const component = componentOf(node);
  if (component) {
    ctx.used.add(component);
    const type = ctx.names(component).type;
    return isObject(node) && node.nullable === true ? `${type} | null` : type;
  }
  if (!isObject(node)) return "unknown";
  const code = baseType(node, ctx);
  return isNullable(node) && code !== "unknown" ? `${code} | null` : code;
}

function baseType(schema: JsonObject, ctx: SchemaContext): string {
  const members = unionMembers(schema);
  const union = members && unionWithBase(schema, members);
  if (union) {
    const tagged = discriminatedType(schema, union, ctx);
    if (tagged) return tagged;
    const options = [...new Set(union.map((m) => wrap(typeCode(m, ctx))))];
    return options.length === 1 ? (options[0] as string) : options.join(" | ");
  }
  if (Array.isArray(schema.allOf)) {
    if (schema.allOf.length === 1 && !schema.properties && !schema.required)
      return typeCode(schema.allOf[0], ctx);
    const extension = extensionParts(ctx.description, schema);
    if (extension) {
      const parts = extension.bases.map((base) => wrap(typeCode(base, ctx)));
      if (Object.keys(extension.added.properties).length > 0) {
        parts.push(
          objectType(extension.added.properties, extension.added.required, undefined, ctx),
        );
      }
      return parts.join(" & ");
    }
    const shape = objectShape(ctx.description, schema);
    if (!shape) return schema.allOf.map((p) => wrap(typeCode(p, ctx))).join(" & ");
    return objectType(shape.properties, shape.required, shape.additionalProperties, ctx);
  }
  const type = scalarType(schema);
  if (Array.isArray(schema.enum) && (type === "string" || type === "number")) {
    const known = schema.enum
      .filter((value) => value !== null)
      .map((value) => JSON.stringify(value));
    // Open: Intercom adds values without a new API version.
    return [...new Set(known), type === "string" ? "(string & {})" : "(number & {})"].join(" | ");
  }
  switch (type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `${wrap(typeCode(schema.items, ctx))}[]`;
    case "object": {
      const shape = objectShape(ctx.description, schema);
      return objectType(
        shape?.properties ?? {},
        shape?.required ?? new Set(),
        shape?.additionalProperties,
        ctx,
      );
    }
    default:
      return "unknown";
  }
}

/**
 * A oneOf with a discriminator mapping becomes a union TypeScript can narrow:
 * each member is tagged with the values that select it, e.g.
 * `(ConversationAttributeListType & { data_type: "list" })`. The members
 * themselves type the field as an open string, which would defeat narrowing.
 */
function discriminatedType(
  schema: JsonObject,
  union: Json[],
  ctx: SchemaContext,
): string | undefined {
  const discriminator = isObject(schema.discriminator) ? schema.discriminator : undefined;
  const property = discriminator?.propertyName;
  const mapping = isObject(discriminator?.mapping) ? discriminator.mapping : undefined;
  if (typeof property !== "string" || !mapping) return undefined;
  const tags = new Map<string, string[]>();
  for (const [value, ref] of Object.entries(mapping)) {
    if (typeof ref !== "string") return undefined;
    tags.set(ref, [...(tags.get(ref) ?? []), value]);
  }
  const options = union.map((member) => {
    const ref = isObject(member) && typeof member.$ref === "string" ? member.$ref : undefined;
    const values = ref ? tags.get(ref) : undefined;
    const type = wrap(typeCode(member, ctx));
    if (!values) return type;
    return `(${type} & { ${propertyKey(property)}: ${values.map((v) => JSON.stringify(v)).join(" | ")} })`;
  });
  return options.join(" | ");
}

/** Whether a schema (not following references) holds a discriminated union. */
export function hasDiscriminator(node: Json | undefined): boolean {
  if (Array.isArray(node)) return node.some(hasDiscriminator);
  if (!isObject(node)) return false;
  if (isObject(node.discriminator) && isObject(node.discriminator.mapping)) return true;
  return Object.entries(node).some(
    ([key, value]) => key !== "example" && key !== "examples" && hasDiscriminator(value),
  );
}

function objectType(
  properties: Record<string, Json>,
  required: ReadonlySet<string>,
  additional: Json | undefined,
  ctx: SchemaContext,
): string {
  const entries = Object.entries(properties);
  if (entries.length === 0) {
    const values =
      additional === undefined || additional === true ? "unknown" : typeCode(additional, ctx);
    return `Record<string, ${values}>`;
  }
  return `{\n${entries.map(([name, property]) => propertyLine(name, property, required.has(name), ctx)).join("\n")}\n}`;
}

/**
 * One member of an interface or object type, with its doc comment: `lead`
 * lines first (a param's place), then the schema's facts.
 */
export function propertyLine(
  name: string,
  property: Json,
  required: boolean,
  ctx: SchemaContext,
  doc: { readonly lead?: readonly string[]; readonly example?: Json } = {},
): string {
  const literal = discriminant(name, property, ctx);
  const type = literal
    ? `${JSON.stringify(literal.value)}${literal.nullable ? " | null" : ""}`
    : typeCode(property, ctx);
  const lead = [
    ...(doc.lead ?? []),
    ...(literal ? [`Always \`${JSON.stringify(literal.value)}\`.`] : []),
  ];
  const comment = docComment(
    ctx.description.deref(property),
    property,
    lead,
    doc.example,
    literal !== undefined,
  );
  const member = required
    ? `${propertyKey(name)}: ${type};`
    : `${propertyKey(name)}?: ${type} | undefined;`;
  return comment ? `${comment}\n${member}` : member;
}

function wrap(type: string): string {
  return /^[\w.<>[\]]+$/.test(type) ? type : `(${type})`;
}
