import { describe, expectTypeOf, it } from "vitest";
import { type SearchTicketsParams, type TicketSearchField, ticketSearch } from "../src/index.js";

describe("ticketSearch types", () => {
  it("takes the documented fields and open ticket attributes", () => {
    expectTypeOf<"ticket_attribute.abc">().toExtend<TicketSearchField>();
    expectTypeOf<"custom_attributes.abc">().not.toExtend<TicketSearchField>();
    const query = ticketSearch.and(
      ticketSearch.where("open", "=", true),
      ticketSearch.where("category", "IN", ["request", "task"]),
      ticketSearch.where("admin_assignee_id", "=", "12"),
      ticketSearch.where("ticket_attribute.urgent", "=", true),
    );
    expectTypeOf(query).toExtend<SearchTicketsParams["query"]>();
  });

  it("refuses wrong fields, operators and values", () => {
    // @ts-expect-error not a ticket field
    ticketSearch.where("source.body", "=", "x");
    // @ts-expect-error admin_assignee_id is an id (a string) on tickets
    ticketSearch.where("admin_assignee_id", "=", 12);
    // @ts-expect-error "^" is for strings
    ticketSearch.where("created_at", "^", 1);
    // @ts-expect-error booleans take no IN
    ticketSearch.where("open", "IN", [true]);
  });

  it("gives created_at alone the >= and <= the reference allows it", () => {
    ticketSearch.where("created_at", ">=", 1_700_000_000);
    ticketSearch.where("created_at", "<=", 1_700_000_000);
    // @ts-expect-error other dates take > and < only
    ticketSearch.where("updated_at", ">=", 1_700_000_000);
    // @ts-expect-error snoozed_until is a date like updated_at
    ticketSearch.where("snoozed_until", "<=", 1_700_000_000);
    // @ts-expect-error created_at's own list still has no substring operator
    ticketSearch.where("created_at", "~", 1);
  });

  it("types declared ticket attributes", () => {
    const typed = ticketSearch.withCustomAttributes<{ due: "date" }>();
    typed.where("ticket_attribute.due", "<", 1_800_000_000);
    // @ts-expect-error a date is UNIX seconds
    typed.where("ticket_attribute.due", "<", "tomorrow");
  });
});
