import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  type Contact,
  ContactSchema,
  ConversationAttributeSchema,
  CursorPagesSchema,
  SearchRequestSchema,
  SegmentSchema,
} from "../src/index.js";

describe("generated schemas", () => {
  it("keep unknown fields of a response (loose objects)", () => {
    const input = { type: "contact", id: "1", added_next_year: { nested: true } };
    const result = v.safeParse(ContactSchema, input);
    expect(result.success).toBe(true);
    expect(result.output).toEqual(input);
  });

  it("reject a known field of the wrong type", () => {
    expect(v.safeParse(ContactSchema, { type: "contact", id: 42 }).success).toBe(false);
  });

  it("require a resource's type and id (overlay fix), nothing more", () => {
    expect(v.safeParse(ContactSchema, { type: "contact", id: "1" }).success).toBe(true);
    const withoutId = v.safeParse(ContactSchema, { type: "contact" });
    expect(withoutId.success).toBe(false);
    expect(withoutId.issues?.map((issue) => v.getDotPath(issue))).toEqual(["id"]);
  });

  it("keep UNIX timestamps as numbers and refuse ISO strings", () => {
    const contact: Contact = { type: "contact", id: "1", created_at: 1571672154 };
    expect(v.parse(ContactSchema, contact).created_at).toBe(1571672154);
    const iso = { ...contact, created_at: "2019-10-21T15:35:54Z" };
    expect(v.safeParse(ContactSchema, iso).success).toBe(false);
  });

  it("accept null where the description says nullable, and only there", () => {
    const contact = { type: "contact", id: "1" };
    expect(v.safeParse(ContactSchema, { ...contact, name: null }).success).toBe(true);
    expect(v.safeParse(ContactSchema, { ...contact, email: null }).success).toBe(false);
    // A nullable component: `pages` may be null as a whole.
    expect(v.safeParse(CursorPagesSchema, null).success).toBe(true);
  });

  it("accept enum values the description does not list yet (open enums)", () => {
    const segment = { type: "segment", id: "1" };
    expect(v.safeParse(SegmentSchema, { ...segment, person_type: "contact" }).success).toBe(true);
    expect(v.safeParse(SegmentSchema, { ...segment, person_type: "added_later" }).success).toBe(
      true,
    );
    expect(v.safeParse(SegmentSchema, { ...segment, person_type: 3 }).success).toBe(false);
  });

  it("accept custom attributes of any JSON type (overlay fix)", () => {
    const custom_attributes = { paid: true, spend: 155.5, seats: 9, plan: "pro", tags: ["a"] };
    const contact = { type: "contact", id: "1", custom_attributes };
    expect(v.safeParse(ContactSchema, contact).success).toBe(true);
  });

  it("validate the recursive search query at every level", () => {
    const query = {
      operator: "AND",
      value: [
        { field: "email", operator: "~", value: "example.com" },
        {
          operator: "OR",
          value: [
            { field: "created_at", operator: ">", value: 1571672154 },
            { field: "role", operator: "=", value: "user" },
          ],
        },
      ],
    };
    expect(v.safeParse(SearchRequestSchema, { query }).success).toBe(true);
    const broken = structuredClone(query);
    // Every member of the union types `operator` as a string, so a number fails two levels down.
    (broken.value[1] as { value: unknown[] }).value[0] = { field: "role", operator: 7, value: "x" };
    expect(v.safeParse(SearchRequestSchema, { query: broken }).success).toBe(false);
  });

  it("check a discriminated oneOf against its members", () => {
    const list = { type: "conversation_attribute", id: 1, data_type: "list", options: [] };
    expect(list.id).toBe(1);
    expect(v.safeParse(ConversationAttributeSchema, list).success).toBe(true);
    expect(v.safeParse(ConversationAttributeSchema, "list").success).toBe(false);
  });
});
