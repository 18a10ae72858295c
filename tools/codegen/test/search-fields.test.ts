import { describe, expect, it } from "vitest";
import type { SearchConfig } from "../src/config/search-fields.ts";
import { emitSearchFields } from "../src/emit/search-fields.ts";
import { searchFieldsModel } from "../src/model/search-fields.ts";
import { inMemoryDescription } from "./fixture.ts";

const TABLE = [
  "### Accepted Fields",
  "",
  "| Field | Type |",
  "| :---- | :--- |",
  "| id | String |",
  "| created_at | Date (UNIX timestamp) |",
  "| location.country | String |",
  "| tag_id | String |",
  "| custom_attributes.{attribute_name} | String |",
  "",
  "### Accepted Operators",
].join("\n");

const description = inMemoryDescription({
  paths: { "/things/search": { post: { description: TABLE } } },
  components: {
    schemas: {
      thing: {
        type: "object",
        properties: {
          id: { type: "string" },
          created_at: { type: "integer", format: "date-time" },
          location: { $ref: "#/components/schemas/location" },
          custom_attributes: { type: "object" },
        },
      },
      location: { allOf: [{ type: "object", properties: { country: { type: "string" } } }] },
      // Where the operators come from, as in the description.
      single_filter_search_request: {
        type: "object",
        properties: {
          operator: {
            type: "string",
            enum: ["=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"],
          },
        },
      },
    },
  },
});

const base: SearchConfig = {
  domain: "things",
  op: "POST /things/search",
  schema: "thing",
  customPrefix: "custom_attributes",
  constant: "THING",
  operators: {
    string: ["=", "~"],
    integer: ["="],
    boolean: ["="],
    date: ["=", ">"],
    id: ["="],
    tag: ["="],
  },
  operatorsReason: "a test",
  fields: {
    id: { type: "id", reason: "compared whole" },
    created_at: { operators: ["=", ">="], reason: "its own" },
    "location.country": {},
    tag_id: { type: "tag", notInSchema: true, reason: "search-only" },
  },
};

const withFields = (fields: SearchConfig["fields"]): SearchConfig => ({
  ...base,
  fields: { ...base.fields, ...fields },
});

describe("search fields", () => {
  it("reads types off the schema, nested paths through $ref and allOf", () => {
    const model = searchFieldsModel(description, base);
    expect(model.fields.map((f) => [f.path, f.type])).toEqual([
      ["id", "id"],
      ["created_at", "date"],
      ["location.country", "string"],
      ["tag_id", "tag"],
    ]);
    const code = emitSearchFields(model);
    expect(code).toContain('"location.country": "string"');
    expect(code).toContain(`"created_at": ["=", ">="]`);
    expect(code).toContain("/** Search-only. */");
  });

  it("fails on a path the schema does not have, unless marked with a reason", () => {
    const config = withFields({ tag_id: { type: "tag", reason: "x" } });
    expect(() => searchFieldsModel(description, config)).toThrow(
      /tag_id: is not a field of the thing schema/,
    );
    expect(() => searchFieldsModel(description, withFields({ "location.city": {} }))).toThrow(
      /location.city: is not a field/,
    );
  });

  it("fails on a type or operators without a reason, and on a type the schema already gives", () => {
    expect(() => searchFieldsModel(description, withFields({ id: { type: "id" } }))).toThrow(
      /id: says more than the schema does, without a reason/,
    );
    expect(() =>
      searchFieldsModel(description, withFields({ id: { type: "string", reason: "x" } })),
    ).toThrow(/the schema already says string/);
    expect(() =>
      searchFieldsModel(
        description,
        withFields({ "location.country": { notInSchema: true, type: "string", reason: "x" } }),
      ),
    ).toThrow(/marked notInSchema but the thing schema has it/);
  });

  it("fails when the config and the reference's table disagree", () => {
    const { tag_id: _dropped, ...rest } = base.fields;
    expect(() => searchFieldsModel(description, { ...base, fields: rest })).toThrow(
      /tag_id: is in the reference's Accepted Fields table but not in the config/,
    );
    expect(() =>
      searchFieldsModel(description, { ...base, fields: rest, omitted: { tag_id: "left out" } }),
    ).not.toThrow();
    expect(() =>
      searchFieldsModel(
        description,
        withFields({ extra: { type: "string", notInSchema: true, reason: "x" } }),
      ),
    ).toThrow(/extra: is not in the reference's Accepted Fields table/);
  });
});
