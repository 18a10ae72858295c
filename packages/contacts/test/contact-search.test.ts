import { SearchFilterError } from "@intercom-kit/models";
import { describe, expect, it } from "vitest";
import { contactSearch } from "../src/index.js";

const loose = contactSearch as unknown as {
  where(field: string, operator: string, value: unknown): unknown;
};

describe("contactSearch", () => {
  it("builds the JSON of POST /contacts/search", () => {
    const query = contactSearch.and(
      contactSearch.where("email", "~", "example.com"),
      contactSearch.or(
        contactSearch.where("created_at", ">", 1_700_000_000),
        contactSearch.where("role", "IN", ["lead"]),
      ),
      contactSearch.where("custom_attributes.plan", "=", "pro"),
    );
    expect(JSON.stringify(query)).toBe(
      JSON.stringify({
        operator: "AND",
        value: [
          { field: "email", operator: "~", value: "example.com" },
          {
            operator: "OR",
            value: [
              { field: "created_at", operator: ">", value: 1_700_000_000 },
              { field: "role", operator: "IN", value: ["lead"] },
            ],
          },
          { field: "custom_attributes.plan", operator: "=", value: "pro" },
        ],
      }),
    );
  });

  it("refuses at run time what the reference refuses", () => {
    expect(() => loose.where("created_at", "!=", 1)).toThrow(SearchFilterError);
    expect(() => loose.where("created_at", "IN", [1])).toThrow(
      /contacts field "created_at" \(date\)/,
    );
    expect(() => loose.where("tag_id", "IN", ["1"])).toThrow(/takes = !=/);
    expect(() => loose.where("statistics.count_reopens", ">", 1)).toThrow(
      /contacts cannot be searched/,
    );
  });
});
