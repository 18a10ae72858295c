import type { JsonObject } from "../read/json.ts";

/** A limit the description states on a value: its valibot check, and how a doc comment says it. */
export interface Limit {
  readonly action: string;
  readonly value: number;
  readonly text: string;
}

const RULES: readonly { key: string; action: string; say: (value: number) => string }[] = [
  { key: "minimum", action: "minValue", say: (n) => `at least ${n}` },
  { key: "maximum", action: "maxValue", say: (n) => `at most ${n}` },
  { key: "minLength", action: "minLength", say: (n) => `at least ${n} characters` },
  { key: "maxLength", action: "maxLength", say: (n) => `up to ${n} characters` },
  {
    key: "minItems",
    action: "minLength",
    say: (n) => `at least ${n} ${n === 1 ? "item" : "items"}`,
  },
  { key: "maxItems", action: "maxLength", say: (n) => `up to ${n} ${n === 1 ? "item" : "items"}` },
];

/** The schema's numeric limits, in one fixed order, for both the checks and the docs. */
export function limitsOf(schema: JsonObject): Limit[] {
  return RULES.flatMap(({ key, action, say }) => {
    const value = schema[key];
    return typeof value === "number" ? [{ action, value, text: say(value) }] : [];
  });
}
