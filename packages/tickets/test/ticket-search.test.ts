import { SearchFilterError } from "@intercom-kit/models";
import { describe, expect, it } from "vitest";
import { TICKET_SEARCH_FIELD_OPERATORS, TICKET_SEARCH_FIELDS, ticketSearch } from "../src/index.js";

const loose = ticketSearch as unknown as {
  where(field: string, operator: string, value: unknown): unknown;
};

describe("ticketSearch", () => {
  it("is defined with the generated field maps", () => {
    expect(ticketSearch.schema.fields).toBe(TICKET_SEARCH_FIELDS);
    expect(ticketSearch.schema.fieldOperators).toBe(TICKET_SEARCH_FIELD_OPERATORS);
    expect(TICKET_SEARCH_FIELDS.admin_assignee_id).toBe("id");
  });

  it("builds the JSON of POST /tickets/search, created_at >= included", () => {
    const query = ticketSearch.and(
      ticketSearch.where("created_at", ">=", 1_700_000_000),
      ticketSearch.where("state", "IN", ["submitted", "in_progress"]),
    );
    expect(JSON.parse(JSON.stringify(query))).toEqual({
      operator: "AND",
      value: [
        { field: "created_at", operator: ">=", value: 1_700_000_000 },
        { field: "state", operator: "IN", value: ["submitted", "in_progress"] },
      ],
    });
  });

  it("refuses at run time what only created_at may do", () => {
    expect(() => loose.where("updated_at", ">=", 1)).toThrow(SearchFilterError);
    expect(() => loose.where("updated_at", ">=", 1)).toThrow(
      /"updated_at" \(date\); it takes = != IN NIN > </,
    );
    expect(() => loose.where("created_at", "~", 1)).toThrow(/it takes = != IN NIN > < >= <=/);
    expect(() => loose.where("created_at", ">=", "2024-01-01")).toThrow(
      /a UNIX timestamp in whole seconds/,
    );
  });
});
