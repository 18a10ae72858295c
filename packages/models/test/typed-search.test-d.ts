import { describe, expectTypeOf, it } from "vitest";
import { defineSearch, type SearchFilter, type SearchValueFor } from "../src/index.js";

const search = defineSearch({
  resource: "widgets",
  fields: { name: "string", size: "integer", made_at: "date", live: "boolean", tag_id: "tag" },
  operators: {
    string: ["=", "IN", "~"],
    integer: ["=", "IN", ">"],
    boolean: ["="],
    date: ["=", ">"],
    id: ["="],
    tag: ["="],
  },
  customPrefix: "custom_attributes",
});

describe("typed search types", () => {
  it("map each type and operator to its value", () => {
    expectTypeOf<SearchValueFor<"string", "=">>().toEqualTypeOf<string>();
    expectTypeOf<SearchValueFor<"integer", "IN">>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<SearchValueFor<"date", ">">>().toEqualTypeOf<number>();
    expectTypeOf<SearchValueFor<"boolean", "=">>().toEqualTypeOf<boolean>();
    expectTypeOf(search.where("name", "~", "x")).toEqualTypeOf<SearchFilter>();
  });

  it("refuse wrong fields, operators and values", () => {
    // @ts-expect-error not a field of this resource
    search.where("nmae", "=", "x");
    // @ts-expect-error "~" is for strings
    search.where("size", "~", "1");
    // @ts-expect-error a date takes a number of seconds
    search.where("made_at", ">", "2024-01-01");
    // @ts-expect-error IN takes a list
    search.where("name", "IN", "a");
    // @ts-expect-error "=" takes one value
    search.where("name", "=", ["a"]);
    // @ts-expect-error booleans take "=" only here
    search.where("live", "IN", [true]);
    // @ts-expect-error a tag id is a string
    search.where("tag_id", "=", 3);
  });

  it("keep custom attributes open, and type the declared ones", () => {
    search.where("custom_attributes.anything", "~", "x");
    search.where("custom_attributes.anything", ">", 3);
    const typed = search.withCustomAttributes<{ plan: "string"; seats: "integer" }>();
    typed.where("custom_attributes.plan", "~", "pro");
    typed.where("custom_attributes.seats", ">", 3);
    // @ts-expect-error a declared integer refuses a string
    typed.where("custom_attributes.seats", ">", "3");
    // @ts-expect-error a declared string refuses ">"
    typed.where("custom_attributes.plan", ">", "a");
    typed.where("custom_attributes.other", "=", true);
  });
});
