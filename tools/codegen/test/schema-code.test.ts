import { describe, expect, it } from "vitest";
import { type SchemaContext, typeCode, valibotCode } from "../src/emit/schema-code.ts";
import { inMemoryDescription } from "./fixture.ts";

function context(lazy: string[] = []): SchemaContext {
  return {
    description: inMemoryDescription({ components: { schemas: {} } }),
    names: (name) => ({ type: `T_${name}`, schema: `S_${name}` }),
    isLazy: (name) => lazy.includes(name),
    used: new Set(),
  };
}

describe("schema code", () => {
  it("wraps nullable schemas in both the type and the check", () => {
    const schema = { type: "string", nullable: true };
    expect(valibotCode(schema, context())).toBe("v.nullable(v.string())");
    expect(typeCode(schema, context())).toBe("string | null");
  });

  it("keeps enums open: known values for the type, any string for the check", () => {
    const schema = { type: "string", enum: ["open", "closed", null] };
    expect(typeCode(schema, context())).toBe('"open" | "closed" | (string & {}) | null');
    expect(valibotCode(schema, context())).toBe("v.nullable(v.string())");
  });

  it("keeps integer timestamps numbers", () => {
    expect(valibotCode({ type: "integer", format: "date-time" }, context())).toBe("v.number()");
  });

  it("checks the description's limits on request params only", () => {
    const perPage = { type: "integer", minimum: 1, maximum: 150 };
    const input = { ...context(), inputChecks: true };
    expect(valibotCode(perPage, input)).toBe(
      "v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(150))",
    );
    expect(valibotCode(perPage, context())).toBe("v.number()");
    const query = { type: "string", maxLength: 500 };
    expect(valibotCode(query, input)).toBe("v.pipe(v.string(), v.maxLength(500))");
    const files = { type: "array", items: { type: "string" }, minItems: 1, maxItems: 10 };
    expect(valibotCode(files, input)).toBe(
      "v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(10))",
    );
    expect(valibotCode({ type: "number", minimum: 0 }, input)).toBe(
      "v.pipe(v.number(), v.minValue(0))",
    );
  });

  it("makes objects loose, optional fields optional, required ones required", () => {
    const schema = {
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" }, n: { type: "integer" } },
    };
    expect(valibotCode(schema, context())).toBe(
      "v.looseObject({id: v.string(), n: v.optional(v.number())})",
    );
    expect(typeCode(schema, context())).toBe(
      "{\nid: string;\n/** An integer. */\nn?: number | undefined;\n}",
    );
  });

  it("types a type field with one allowed value as its literal, and checks that value", () => {
    const schema = {
      type: "object",
      required: ["type"],
      properties: { type: { type: "string", enum: ["contact"] }, role: { enum: ["user", "lead"] } },
    };
    expect(valibotCode(schema, context())).toBe(
      'v.looseObject({type: v.literal("contact"), role: v.optional(v.string())})',
    );
    expect(typeCode(schema, context())).toContain('type: "contact";');
    expect(typeCode(schema, context())).toContain('role?: "user" | "lead" | (string & {})');
  });

  it("spreads an allOf base's entries when the base keeps them, and copies them otherwise", () => {
    const description = inMemoryDescription({
      components: {
        schemas: {
          base: { type: "object", properties: { id: { type: "string" }, n: { type: "number" } } },
        },
      },
    });
    const schema = {
      allOf: [
        { $ref: "#/components/schemas/base" },
        { required: ["n"], properties: { extra: { type: "boolean" } } },
      ],
    };
    const spreading = { ...context(), description, keepsEntries: () => true };
    // `n` becomes required, so it is written again; `id` comes from the spread alone.
    expect(valibotCode(schema, spreading)).toBe(
      "v.looseObject({...S_base.entries, n: v.number(), extra: v.optional(v.boolean())})",
    );
    const copying = { ...context(), description };
    expect(valibotCode(schema, copying)).toBe(
      "v.looseObject({id: v.optional(v.string()), n: v.number(), extra: v.optional(v.boolean())})",
    );
    expect(valibotCode(schema, { ...spreading, isLazy: () => true })).not.toContain("entries");
  });

  it("turns oneOf and anyOf into unions, with or without a discriminator", () => {
    const schema = {
      oneOf: [{ $ref: "#/components/schemas/a" }, { $ref: "#/components/schemas/b" }],
      discriminator: { propertyName: "type" },
    };
    const ctx = context();
    expect(valibotCode(schema, ctx)).toBe("v.union([S_a, S_b])");
    expect(typeCode({ anyOf: schema.oneOf }, ctx)).toBe("T_a | T_b");
    expect([...ctx.used]).toEqual(["a", "b"]);
  });

  it("defers references inside a cycle", () => {
    const schema = { type: "array", items: { $ref: "#/components/schemas/query" } };
    expect(valibotCode(schema, context(["query"]))).toBe("v.array(v.lazy(() => S_query))");
    expect(valibotCode(schema, context())).toBe("v.array(S_query)");
  });

  it("types maps of any JSON value as records of unknown", () => {
    const schema = { type: "object", additionalProperties: {} };
    expect(valibotCode(schema, context())).toBe("v.record(v.string(), v.unknown())");
    expect(typeCode(schema, context())).toBe("Record<string, unknown>");
  });

  it("reads anyOf lists of required fields beside properties as the object itself", () => {
    const schema = {
      type: "object",
      properties: { id: { type: "string" }, user_id: { type: "string" } },
      anyOf: [{ required: ["id"] }, { required: ["user_id"] }],
    };
    expect(valibotCode(schema, context())).toBe(
      "v.looseObject({id: v.optional(v.string()), user_id: v.optional(v.string())})",
    );
  });

  it("tags the members of a discriminated oneOf so TypeScript can narrow", () => {
    const schema = {
      oneOf: [{ $ref: "#/components/schemas/a" }, { $ref: "#/components/schemas/b" }],
      discriminator: {
        propertyName: "kind",
        mapping: {
          x: "#/components/schemas/a",
          y: "#/components/schemas/a",
          z: "#/components/schemas/b",
        },
      },
    };
    expect(typeCode(schema, context())).toBe('(T_a & { kind: "x" | "y" }) | (T_b & { kind: "z" })');
    expect(valibotCode(schema, context())).toBe("v.union([S_a, S_b])");
  });
});
