import { describe, expectTypeOf, it } from "vitest";
import type { SearchFilter, SearchGroup, SearchOperator, SearchValue } from "../src/index.js";
import { and, where } from "../src/index.js";

describe("search query types", () => {
  it("name exactly the operators the search APIs document", () => {
    expectTypeOf<SearchOperator>().toEqualTypeOf<
      "=" | "!=" | "IN" | "NIN" | "<" | "<=" | ">" | ">=" | "~" | "!~" | "^" | "$"
    >();
    expectTypeOf<SearchGroup["operator"]>().toEqualTypeOf<"AND" | "OR">();
    expectTypeOf(and).returns.toEqualTypeOf<SearchGroup>();
  });

  it("take a readonly list as input and hold a mutable one", () => {
    expectTypeOf<SearchValue>().toEqualTypeOf<
      string | number | boolean | null | readonly (string | number)[]
    >();
    expectTypeOf<SearchFilter["value"]>().toEqualTypeOf<
      string | number | boolean | null | (string | number)[]
    >();
    expectTypeOf(where).parameter(1).toEqualTypeOf<SearchOperator>();
    expectTypeOf(where).parameter(2).toEqualTypeOf<SearchValue>();
  });

  it("refuse an operator outside the list", () => {
    // @ts-expect-error "LIKE" is not a search operator
    where("name", "LIKE", "x");
    // @ts-expect-error groups join with AND or OR only
    const group: SearchGroup = { operator: "XOR", value: [] };
    expectTypeOf(group).toEqualTypeOf<SearchGroup>();
  });
});
