import {
  FILTER_OPERATORS,
  type FieldType,
  type FilterOperator,
  MAX_FILTERS_PER_GROUP,
  MAX_NESTING,
  type Scalar,
  type SearchNode,
} from "./search-query.js";

/** A query Intercom would refuse, with the reason; answered 400 `error.list`. */
export class SearchQueryError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const OPERATORS_BY_TYPE: Record<FieldType, readonly FilterOperator[]> = {
  string: ["=", "!=", "IN", "NIN", "~", "!~", "^", "$"],
  boolean: ["=", "!=", "IN", "NIN"],
  integer: ["=", "!=", "IN", "NIN", "<", "<=", ">", ">="],
  timestamp: ["=", "!=", "IN", "NIN", "<", "<=", ">", ">="],
  // Contacts match timestamps by calendar day and refuse the other operators.
  date: ["=", "<", ">"],
  tag: ["=", "!="],
};

/**
 * Checks a raw `query` against the language and its limits (at most
 * {@link MAX_NESTING} levels of groups, at most {@link MAX_FILTERS_PER_GROUP}
 * entries in a group) and the operator each field type accepts. Fields the
 * catalogue does not know (custom attributes and the rarer standard fields)
 * accept every operator.
 */
export function parseQuery(
  raw: unknown,
  fieldType: (field: string) => FieldType | undefined,
): SearchNode {
  if (raw === undefined || raw === null) throw new SearchQueryError("query is required", "query");
  return parseNode(raw, fieldType, 0);
}

function parseNode(
  raw: unknown,
  fieldType: (field: string) => FieldType | undefined,
  depth: number,
): SearchNode {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new SearchQueryError("each query entry must be an object with field, operator and value");
  }
  const node = raw as Record<string, unknown>;
  // The description makes every key of both shapes optional. A node is a
  // filter when it names a field or uses a filter operator; otherwise a group.
  if (node.field !== undefined || isFilterOperator(node.operator)) {
    return parseFilter(node, fieldType);
  }
  // A group without an operator combines its entries with AND.
  const operator = node.operator ?? "AND";
  const { value } = node;
  if (operator !== "AND" && operator !== "OR") {
    throw new SearchQueryError(
      `'${String(operator)}' is not a valid operator for a group; use AND or OR`,
    );
  }
  if (depth >= MAX_NESTING) {
    throw new SearchQueryError(`A search query can be nested at most ${MAX_NESTING} levels deep`);
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new SearchQueryError(`an ${operator} group needs a non-empty list of filters in value`);
  }
  if (value.length > MAX_FILTERS_PER_GROUP) {
    throw new SearchQueryError(
      `An ${operator} group can hold at most ${MAX_FILTERS_PER_GROUP} filters; this one has ${value.length}`,
    );
  }
  return {
    kind: "group",
    operator,
    children: value.map((child) => parseNode(child, fieldType, depth + 1)),
  };
}

function parseFilter(
  node: Record<string, unknown>,
  fieldType: (field: string) => FieldType | undefined,
): SearchNode {
  const { field, operator } = node;
  // `value` is optional and nullable in the description: a filter without one
  // asks for null, exactly as `value: null` does.
  const value = node.value === undefined ? null : node.value;
  if (typeof field !== "string" || field === "") {
    throw new SearchQueryError("field must be a non-empty string", "field");
  }
  if (!isFilterOperator(operator)) {
    throw new SearchQueryError(`'${String(operator)}' is not a valid search operator`, field);
  }
  const op = operator;
  const type = fieldType(field);
  if (type !== undefined && !OPERATORS_BY_TYPE[type].includes(op)) {
    throw new SearchQueryError(`The operator '${op}' is not supported for field '${field}'`, field);
  }
  if (op === "IN" || op === "NIN") {
    // A null list is an empty one: IN matches nothing, NIN everything.
    if (value === null) return { kind: "filter", field, operator: op, value: [] };
    if (!Array.isArray(value) || !value.every(isScalar)) {
      throw new SearchQueryError(`The operator '${op}' needs a list of values`, field);
    }
    for (const item of value) checkValueType(item, type, field);
    return { kind: "filter", field, operator: op, value };
  }
  if (!isScalar(value))
    throw new SearchQueryError(`The operator '${op}' needs a single value`, field);
  checkValueType(value, type, field);
  return { kind: "filter", field, operator: op, value };
}

/** A date or integer field refuses a value such as "foobar", as Intercom does. */
function checkValueType(value: Scalar, type: FieldType | undefined, field: string): void {
  if (value === null) return;
  if (
    (type === "date" || type === "timestamp" || type === "integer") &&
    !Number.isFinite(Number(value))
  ) {
    throw new SearchQueryError(
      `'${String(value)}' is not a valid value for field '${field}'`,
      field,
    );
  }
  if (type === "date" || type === "timestamp" || type === "integer") {
    if (typeof value === "boolean") {
      throw new SearchQueryError(
        `'${String(value)}' is not a valid value for field '${field}'`,
        field,
      );
    }
  }
}

function isFilterOperator(value: unknown): value is FilterOperator {
  return typeof value === "string" && (FILTER_OPERATORS as readonly string[]).includes(value);
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}
