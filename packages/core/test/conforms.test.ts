import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { conforms } from "../src/validation/conforms.js";

// `conforms` stands in for valibot's verdict on the success path of
// `checkResponse`; a `true` where valibot finds an issue would lose a drift
// report. Each case is checked against valibot itself.
const contact = v.looseObject({
  type: v.literal("contact"),
  id: v.string(),
  email: v.optional(v.string()),
  phone: v.optional(v.nullable(v.string())),
  created_at: v.optional(v.pipe(v.number(), v.integer())),
  score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10))),
  code: v.optional(v.pipe(v.string(), v.maxLength(3))),
  vip: v.optional(v.boolean()),
  attrs: v.optional(v.record(v.string(), v.unknown())),
  owner: v.optional(v.union([v.string(), v.pipe(v.number(), v.integer())])),
  tags: v.optional(v.array(v.strictObject({ id: v.string(), name: v.nullish(v.string()) }))),
});
const list = v.looseObject({ type: v.literal("list"), data: v.array(contact) });
type Tree = { name: string; children?: Tree[] | undefined };
const tree: v.GenericSchema<Tree> = v.looseObject({
  name: v.string(),
  children: v.optional(v.array(v.lazy(() => tree))),
});
const withDefault = v.looseObject({ n: v.optional(v.number(), 1) });
const trimmed = v.looseObject({ s: v.pipe(v.string(), v.trim(), v.minLength(1)) });
const nan = v.looseObject({ x: v.literal(Number.NaN) });
const protoKey = v.looseObject({ constructor: v.optional(v.string()) });

const good = { type: "contact", id: "c1", email: "a@b.c", phone: null, created_at: 17, extra: 1 };
const cases: [string, v.GenericSchema, unknown][] = [
  ["a matching contact", contact, good],
  ["unknown fields kept", contact, { ...good, whatever: { deep: [1] } }],
  ["wrong literal", contact, { ...good, type: "user" }],
  ["missing required key", contact, { type: "contact" }],
  ["required key present but undefined", contact, { type: "contact", id: undefined }],
  ["null where not nullable", contact, { ...good, email: null }],
  ["number where string", contact, { ...good, phone: 5 }],
  ["non-integer timestamp", contact, { ...good, created_at: 1.5 }],
  ["NaN is not a number", contact, { ...good, created_at: Number.NaN }],
  ["below minValue", contact, { ...good, score: -1 }],
  ["above maxValue", contact, { ...good, score: 11 }],
  ["within range", contact, { ...good, score: 5 }],
  ["too long", contact, { ...good, code: "abcd" }],
  ["record of anything", contact, { ...good, attrs: { a: 1, b: null } }],
  ["record that is an array", contact, { ...good, attrs: [1, 2] }],
  ["record that is null", contact, { ...good, attrs: null }],
  ["union, first option", contact, { ...good, owner: "x" }],
  ["union, second option", contact, { ...good, owner: 3 }],
  ["union, no option", contact, { ...good, owner: 3.5 }],
  ["strict item, exact", contact, { ...good, tags: [{ id: "t", name: null }] }],
  ["strict item, extra key", contact, { ...good, tags: [{ id: "t", more: 1 }] }],
  ["array that is an object", contact, { ...good, tags: { 0: { id: "t" } } }],
  ["an array as a loose object", v.looseObject({}), []],
  ["null for an object", contact, null],
  ["a string for an object", contact, "contact"],
  ["a list of good items", list, { type: "list", data: [good, { ...good, id: "c2" }] }],
  ["a bad item late in the list", list, { type: "list", data: [good, good, { ...good, id: 2 }] }],
  [
    "keys in another order in a later item",
    list,
    { type: "list", data: [good, { id: "c3", email: 4, type: "contact" }] },
  ],
  ["a recursive tree", tree, { name: "a", children: [{ name: "b", children: [] }] }],
  ["a bad node deep in a tree", tree, { name: "a", children: [{ name: "b", children: [{}] }] }],
  ["an optional default, missing", withDefault, {}],
  ["an optional default, wrong", withDefault, { n: "1" }],
  ["a transformation before a check", trimmed, { s: "  " }],
  ["a transformation, fine", trimmed, { s: " a " }],
  ["a NaN literal", nan, { x: Number.NaN }],
  ["a NaN literal, other number", nan, { x: 1 }],
  ["an entry named like Object.prototype's", protoKey, {}],
];

describe("conforms", () => {
  it.each(cases)("agrees with valibot: %s", (_name, schema, value) => {
    expect(conforms(schema, value)).toBe(v.safeParse(schema, value).success);
  });

  it("agrees on the same schema checked again and again, items of varying shape", () => {
    const items = [good, { ...good, id: 1 }, { id: "x", type: "contact" }, { ...good, vip: "y" }];
    for (let round = 0; round < 3; round++) {
      for (const item of items) {
        expect(conforms(contact, item)).toBe(v.safeParse(contact, item).success);
      }
    }
  });
});
