import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { and, or, SearchRequestSchema, where } from "../src/index.js";

describe("search query builder", () => {
  it("builds the nested query the search APIs take, and it passes the generated schema", () => {
    const query = and(
      where("role", "=", "user"),
      or(where("email", "~", "example.com"), where("created_at", ">", 1571672154)),
    );
    expect(query).toEqual({
      operator: "AND",
      value: [
        { field: "role", operator: "=", value: "user" },
        {
          operator: "OR",
          value: [
            { field: "email", operator: "~", value: "example.com" },
            { field: "created_at", operator: ">", value: 1571672154 },
          ],
        },
      ],
    });
    expect(v.safeParse(SearchRequestSchema, { query, pagination: { per_page: 5 } }).success).toBe(
      true,
    );
  });

  it("copies list values so later changes to the caller's array do not leak in", () => {
    const ids = ["a", "b"];
    const filter = where("id", "IN", ids);
    ids.push("c");
    expect(filter.value).toEqual(["a", "b"]);
  });

  it("refuses more than 15 queries in a group", () => {
    const filters = Array.from({ length: 16 }, (_, i) => where("name", "=", `n${i}`));
    expect(() => and(...filters.slice(0, 15))).not.toThrow();
    expect(() => and(...filters)).toThrow(/at most 15/);
  });

  it("refuses groups nested deeper than two levels, and empty groups", () => {
    const two = and(where("a", "=", 1), or(where("b", "=", 2)));
    expect(() => or(two)).toThrow(/nest at most 2/);
    expect(() => or()).toThrow(/at least one/);
  });
});
