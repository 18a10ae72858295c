import type { FieldType, Scalar, SearchFilter, SearchNode } from "./search-query.js";

const DAY = 86_400;

/** Reads a field of one record: a scalar, a list (multi-valued fields), or undefined. */
export type FieldReader<T> = (record: T, field: string) => unknown;

export function matchesQuery<T>(
  record: T,
  node: SearchNode,
  read: FieldReader<T>,
  fieldType: (field: string) => FieldType | undefined,
): boolean {
  if (node.kind === "group") {
    return node.operator === "AND"
      ? node.children.every((child) => matchesQuery(record, child, read, fieldType))
      : node.children.some((child) => matchesQuery(record, child, read, fieldType));
  }
  return matchesFilter(read(record, node.field), node, fieldType(node.field));
}

/**
 * Multi-valued fields (tags, contact ids) match when any value matches; the
 * negative operators (`!=`, `NIN`, `!~`) match when no value does.
 */
function matchesFilter(raw: unknown, filter: SearchFilter, type: FieldType | undefined): boolean {
  const values = toValues(raw);
  const { operator, value } = filter;
  const byDay = type === "date";
  switch (operator) {
    case "=":
      return value === null ? values.length === 0 : values.some((v) => equals(v, value, byDay));
    case "!=":
      return value === null ? values.length > 0 : !values.some((v) => equals(v, value, byDay));
    case "IN":
      return values.some((v) => asList(value).some((item) => equals(v, item, byDay)));
    case "NIN":
      return !values.some((v) => asList(value).some((item) => equals(v, item, byDay)));
    case "<":
    case "<=":
    case ">":
    case ">=":
      return values.some((v) => compareNumbers(v, value, operator, byDay));
    // Text operators with a null value have no text to look for: `~`, `^` and
    // `$` match nothing and `!~` everything (not the word "null").
    case "~":
      return value !== null && values.some((v) => text(v).includes(text(value)));
    case "!~":
      return value === null || !values.some((v) => text(v).includes(text(value)));
    case "^":
      return value !== null && values.some((v) => text(v).startsWith(text(value)));
    case "$":
      return value !== null && values.some((v) => text(v).endsWith(text(value)));
  }
}

function toValues(raw: unknown): Scalar[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter(
    (v): v is Exclude<Scalar, null> =>
      typeof v === "string" || typeof v === "number" || typeof v === "boolean",
  );
}

function asList(value: Scalar | readonly Scalar[]): readonly Scalar[] {
  return Array.isArray(value) ? value : [value as Scalar];
}

/** Strings compare without regard to case, as Intercom's search does; "42" equals 42. */
function equals(actual: Scalar, expected: Scalar | readonly Scalar[], byDay: boolean): boolean {
  if (Array.isArray(expected) || expected === null) return false;
  const scalar = expected as Exclude<Scalar, null>;
  if (byDay) return day(actual) === day(scalar);
  if (typeof actual === "number" || typeof scalar === "number") {
    return Number(actual) === Number(scalar) && String(scalar).trim() !== "";
  }
  return text(actual) === text(scalar);
}

function compareNumbers(
  actual: Scalar,
  expected: Scalar | readonly Scalar[],
  operator: "<" | "<=" | ">" | ">=",
  byDay: boolean,
): boolean {
  if (Array.isArray(expected) || expected === null) return false;
  const a = byDay ? day(actual) : Number(actual);
  const b = byDay ? day(expected as Scalar) : Number(expected);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  switch (operator) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
}

/** The UTC calendar day of a UNIX timestamp (the sandbox workspace's timezone is UTC). */
function day(value: Scalar): number {
  return Math.floor(Number(value) / DAY);
}

function text(value: unknown): string {
  return String(value).toLowerCase();
}
