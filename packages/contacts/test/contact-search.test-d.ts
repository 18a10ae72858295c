import { describe, expectTypeOf, it } from "vitest";
import { type ContactSearchField, contactSearch, type SearchContactsParams } from "../src/index.js";

describe("contactSearch types", () => {
  it("takes the documented fields, nested ones and open custom attributes", () => {
    expectTypeOf<"location.country">().toExtend<ContactSearchField>();
    expectTypeOf<"custom_attributes.plan">().toExtend<ContactSearchField>();
    expectTypeOf<"nmae">().not.toExtend<ContactSearchField>();
    const query = contactSearch.and(
      contactSearch.where("email", "~", "example.com"),
      contactSearch.where("location.country", "=", "Ireland"),
      contactSearch.where("created_at", ">", 1_700_000_000),
      contactSearch.where("role", "IN", ["user", "lead"]),
      contactSearch.where("tag_id", "=", "123"),
    );
    expectTypeOf(query).toExtend<SearchContactsParams["query"]>();
  });

  it("refuses wrong fields, operators and values", () => {
    // @ts-expect-error not a contact field
    contactSearch.where("statistics.count_reopens", ">", 1);
    // @ts-expect-error dates take no IN on contacts
    contactSearch.where("created_at", "IN", [1]);
    // @ts-expect-error dates take no != on contacts
    contactSearch.where("created_at", "!=", 1);
    // @ts-expect-error a date is UNIX seconds, not a string
    contactSearch.where("created_at", ">", "2024-01-01");
    // @ts-expect-error tag_id takes = and != only
    contactSearch.where("tag_id", "IN", ["1"]);
    // @ts-expect-error "~" is for strings
    contactSearch.where("has_hard_bounced", "~", "t");
    // @ts-expect-error a boolean field takes a boolean
    contactSearch.where("has_hard_bounced", "=", "true");
    // @ts-expect-error IN takes a list
    contactSearch.where("role", "IN", "user");
  });

  it("types declared custom attributes", () => {
    const typed = contactSearch.withCustomAttributes<{ plan: "string"; seats: "integer" }>();
    typed.where("custom_attributes.seats", ">=", 10);
    // @ts-expect-error seats is an integer
    typed.where("custom_attributes.seats", "~", "1");
  });
});
