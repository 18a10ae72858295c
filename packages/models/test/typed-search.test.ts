import { describe, expect, it } from "vitest";
import { defineSearch, SearchFilterError } from "../src/index.js";

const search = defineSearch({
  resource: "widgets",
  fields: { name: "string", size: "integer", made_at: "date", live: "boolean", "owner.id": "id" },
  operators: {
    string: ["=", "!=", "IN", "NIN", "~"],
    integer: ["=", "IN", ">", "<"],
    boolean: ["="],
    date: ["=", ">", "<"],
    id: ["=", "IN"],
    tag: ["="],
  },
  customPrefix: "custom_attributes",
});

// The untyped caller: any string, any operator, any value.
const loose = search as unknown as {
  where(field: string, operator: string, value: unknown): unknown;
};

describe("typed search builder", () => {
  it("builds the JSON the search APIs take, copying lists", () => {
    const sizes = [1, 2] as const;
    const query = search.and(
      search.where("name", "~", "bolt"),
      search.or(search.where("size", "IN", sizes), search.where("made_at", ">", 1_700_000_000)),
      search.where("custom_attributes.anything", "!=", "x"),
    );
    expect(query).toEqual({
      operator: "AND",
      value: [
        { field: "name", operator: "~", value: "bolt" },
        {
          operator: "OR",
          value: [
            { field: "size", operator: "IN", value: [1, 2] },
            { field: "made_at", operator: ">", value: 1_700_000_000 },
          ],
        },
        { field: "custom_attributes.anything", operator: "!=", value: "x" },
      ],
    });
    expect(JSON.parse(JSON.stringify(query))).toEqual(query);
  });

  it("refuses an unknown field, naming the resource", () => {
    expect(() => loose.where("nmae", "=", "x")).toThrow(SearchFilterError);
    expect(() => loose.where("nmae", "=", "x")).toThrow(/widgets cannot be searched by "nmae"/);
    expect(() => loose.where("custom_attributes.", "=", "x")).toThrow(SearchFilterError);
  });

  it("refuses an operator the field's type does not allow", () => {
    expect(() => loose.where("made_at", "IN", [1])).toThrow(
      /"IN" does not apply to widgets field "made_at" \(date\)/,
    );
    expect(() => loose.where("name", ">", "a")).toThrow(TypeError);
    expect(() => loose.where("custom_attributes.x", "LIKE", "a")).toThrow(/not a search operator/);
  });

  it("refuses a value of the wrong type, and a list outside IN and NIN", () => {
    expect(() => loose.where("size", "=", "3")).toThrow(/"size" takes an integer, got "3"/);
    expect(() => loose.where("size", "=", 1.5)).toThrow(SearchFilterError);
    expect(() => loose.where("made_at", ">", -1)).toThrow(/UNIX timestamp/);
    expect(() => loose.where("live", "=", "true")).toThrow(/a boolean/);
    expect(() => loose.where("size", "IN", 3)).toThrow(/takes a list/);
    expect(() => loose.where("name", "=", ["a"])).toThrow(/not a list/);
    expect(() => loose.where("owner.id", "IN", ["a", 2])).toThrow(/an id/);
    expect(() => loose.where("custom_attributes.x", "IN", [true])).toThrow(SearchFilterError);
  });

  it("checks declared custom attributes at run time when given as a value", () => {
    const typed = search.withCustomAttributes({ plan: "string", seats: "integer" });
    expect(typed.where("custom_attributes.seats", ">", 3)).toEqual({
      field: "custom_attributes.seats",
      operator: ">",
      value: 3,
    });
    const looseTyped = typed as unknown as typeof loose;
    expect(() => looseTyped.where("custom_attributes.plan", ">", "pro")).toThrow(SearchFilterError);
    expect(() => looseTyped.where("custom_attributes.seats", "=", "3")).toThrow(/integer/);
  });

  it("keeps the group limits of the untyped builder", () => {
    const many = Array.from({ length: 16 }, (_, i) => search.where("size", "=", i));
    expect(() => search.or(...many)).toThrow(RangeError);
  });
});
