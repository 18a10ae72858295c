import {
  and,
  or,
  type SearchFilter,
  type SearchGroup,
  type SearchOperator,
  type SearchQuery,
} from "./search-query.js";

/**
 * What a searchable field holds, which decides its operators and values.
 * - `string`, `id`, `tag`: a string (an id or a tag's id for the last two);
 * - `integer`: a whole number;
 * - `date`: a UNIX timestamp in seconds;
 * - `boolean`: `true` or `false`.
 */
export type SearchFieldType = "string" | "integer" | "boolean" | "date" | "id" | "tag";

/** A resource's searchable fields, by their dotted names. */
export type SearchFields = { readonly [field: string]: SearchFieldType };

/** Which operators each field type allows, on one resource's search. */
export type SearchOperatorRules = { readonly [T in SearchFieldType]: readonly SearchOperator[] };

/**
 * Fields whose operators differ from their type's, by name: tickets'
 * `created_at` also takes `<=` and `>=`, which other ticket dates do not.
 */
export type SearchFieldOperators = { readonly [field: string]: readonly SearchOperator[] };

/** How one resource is searched: its fields, its operator rules and its open prefix for custom attributes. */
export interface SearchSchema<
  F extends SearchFields,
  R extends SearchOperatorRules,
  P extends string,
  O extends SearchFieldOperators = Record<never, never>,
> {
  /** Named in run-time errors, e.g. `"contacts"`. */
  readonly resource: string;
  readonly fields: F;
  readonly operators: R;
  /** The fields whose operators are not their type's; these replace the type's list. */
  readonly fieldOperators?: O;
  /** Fields under this prefix are the workspace's own attributes, e.g. `"custom_attributes"`. */
  readonly customPrefix: P;
}

/** The value one field takes under one operator: a list for IN and NIN. */
export type SearchValueFor<T, Op> = T extends SearchFieldType
  ? Op extends "IN" | "NIN"
    ? readonly Exclude<SearchScalarFor<T>, boolean>[]
    : SearchScalarFor<T>
  : never;

/** The value of one field type, outside IN and NIN. */
export type SearchScalarFor<T extends SearchFieldType> = T extends "string" | "id" | "tag"
  ? string
  : T extends "boolean"
    ? boolean
    : number;

/** Declared custom attributes, under their prefix: `{ plan: "string" }` → `{ "custom_attributes.plan": "string" }`. */
export type SearchCustomFields<C extends SearchFields, P extends string> = {
  readonly [K in keyof C & string as `${P}.${K}`]: C[K];
};

/** Every field name a resource's `where` takes. */
export type SearchFieldName<F extends SearchFields, C extends SearchFields, P extends string> =
  | (keyof F & string)
  | (keyof SearchCustomFields<C, P> & string)
  | `${P}.${string}`;

/** A field's type; an undeclared custom attribute may be any type. */
export type SearchFieldTypeOf<
  F extends SearchFields,
  C extends SearchFields,
  P extends string,
  K extends string,
> = K extends keyof F
  ? F[K]
  : K extends keyof SearchCustomFields<C, P>
    ? SearchCustomFields<C, P>[K]
    : K extends `${P}.${string}`
      ? SearchFieldType
      : never;

/** The operators a field allows. */
export type SearchOperatorFor<R extends SearchOperatorRules, T> = T extends SearchFieldType
  ? R[T][number]
  : never;

/** The operators one named field allows: its own list when it has one, else its type's. */
export type SearchFieldOperatorFor<
  F extends SearchFields,
  R extends SearchOperatorRules,
  P extends string,
  C extends SearchFields,
  O extends SearchFieldOperators,
  K extends string,
> = K extends keyof O ? O[K][number] : SearchOperatorFor<R, SearchFieldTypeOf<F, C, P, K>>;

/** A resource's typed `where`, `and` and `or`. */
export interface TypedSearch<
  F extends SearchFields,
  R extends SearchOperatorRules,
  P extends string,
  C extends SearchFields = Record<never, SearchFieldType>,
  O extends SearchFieldOperators = Record<never, never>,
> {
  /** A filter whose field, operator and value are checked against the resource, at compile time and at run time. */
  where<K extends SearchFieldName<F, C, P>, Op extends SearchFieldOperatorFor<F, R, P, C, O, K>>(
    field: K,
    operator: Op,
    value: SearchValueFor<SearchFieldTypeOf<F, C, P, K>, Op>,
  ): SearchFilter;
  /** Every query must hold (at most 15 per group, 2 levels of groups). */
  and(...queries: SearchQuery[]): SearchGroup;
  /** Any query may hold (at most 15 per group, 2 levels of groups). */
  or(...queries: SearchQuery[]): SearchGroup;
  /**
   * The same builder, with the workspace's own attributes typed, e.g.
   * `contactSearch.withCustomAttributes<{ plan: "string" }>()`. Pass the same map
   * as a value to have them checked at run time too.
   */
  withCustomAttributes<C2 extends SearchFields>(types?: C2): TypedSearch<F, R, P, C2, O>;
  readonly schema: SearchSchema<F, R, P, O>;
}

/**
 * A filter that does not fit its resource: an unknown field, an operator its
 * type does not allow, or a value of the wrong type. Thrown while the query is
 * built, before any request; a `TypeError` since the arguments have the wrong type.
 */
export class SearchFilterError extends TypeError {
  override readonly name = "SearchFilterError";
  constructor(
    message: string,
    readonly field: string,
    readonly operator: string,
  ) {
    super(message);
  }
}

const ALL_OPERATORS: ReadonlySet<string> = new Set([
  "=",
  "!=",
  "IN",
  "NIN",
  "<",
  "<=",
  ">",
  ">=",
  "~",
  "!~",
  "^",
  "$",
]);

/** Builds a resource's typed search builder from its schema (see `contactSearch` and its peers). */
export function defineSearch<
  const F extends SearchFields,
  const R extends SearchOperatorRules,
  const P extends string,
  const O extends SearchFieldOperators = Record<never, never>,
>(schema: SearchSchema<F, R, P, O>): TypedSearch<F, R, P, Record<never, SearchFieldType>, O> {
  return build(schema, {});
}

function build<
  F extends SearchFields,
  R extends SearchOperatorRules,
  P extends string,
  C extends SearchFields,
  O extends SearchFieldOperators,
>(schema: SearchSchema<F, R, P, O>, custom: SearchFields): TypedSearch<F, R, P, C, O> {
  const prefix = `${schema.customPrefix}.`;
  const fieldOperators: SearchFieldOperators = schema.fieldOperators ?? {};
  return {
    schema,
    where(field, operator, value) {
      const name = field as string;
      const op = operator as string;
      let type: SearchFieldType | undefined = Object.hasOwn(schema.fields, name)
        ? schema.fields[name]
        : undefined;
      if (type === undefined && name.startsWith(prefix)) {
        const attribute = name.slice(prefix.length);
        if (attribute === "") {
          throw new SearchFilterError(`"${name}" names no attribute`, name, op);
        }
        type = Object.hasOwn(custom, attribute) ? custom[attribute] : undefined;
        if (type === undefined) return checked(name, op, value, undefined);
      }
      if (type === undefined) {
        throw new SearchFilterError(
          `${schema.resource} cannot be searched by "${name}"; it is not a searchable field, nor under "${prefix}"`,
          name,
          op,
        );
      }
      const allowed = Object.hasOwn(fieldOperators, name)
        ? (fieldOperators[name] as readonly SearchOperator[])
        : schema.operators[type];
      if (!allowed.includes(op as SearchOperator)) {
        throw new SearchFilterError(
          `"${op}" does not apply to ${schema.resource} field "${name}" (${type}); it takes ${allowed.join(" ")}`,
          name,
          op,
        );
      }
      return checked(name, op, value, type);
    },
    and,
    or,
    withCustomAttributes<C2 extends SearchFields>(types?: C2) {
      return build<F, R, P, C2, O>(schema, types ?? {});
    },
  };
}

function checked(
  field: string,
  operator: string,
  value: unknown,
  type: SearchFieldType | undefined,
): SearchFilter {
  if (!ALL_OPERATORS.has(operator)) {
    throw new SearchFilterError(`"${operator}" is not a search operator`, field, operator);
  }
  const list = operator === "IN" || operator === "NIN";
  if (list !== Array.isArray(value)) {
    throw new SearchFilterError(
      list
        ? `${operator} on "${field}" takes a list of values`
        : `"${operator}" on "${field}" takes one value, not a list`,
      field,
      operator,
    );
  }
  const values: readonly unknown[] = list ? (value as readonly unknown[]) : [value];
  for (const item of values) {
    if (!fits(item, type) || (list && typeof item === "boolean")) {
      throw new SearchFilterError(
        `"${field}" takes ${type === undefined ? "a string, number or boolean" : describe(type)}, got ${JSON.stringify(item)}`,
        field,
        operator,
      );
    }
  }
  return {
    field,
    operator: operator as SearchOperator,
    value: list ? [...(value as (string | number)[])] : (value as string | number | boolean),
  };
}

function fits(value: unknown, type: SearchFieldType | undefined): boolean {
  switch (type) {
    case undefined:
      return typeof value === "string" || typeof value === "boolean" || Number.isFinite(value);
    case "string":
    case "id":
    case "tag":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isInteger(value);
    case "date":
      return Number.isInteger(value) && (value as number) >= 0;
  }
}

function describe(type: SearchFieldType): string {
  switch (type) {
    case "string":
      return "a string";
    case "id":
      return "an id (a string)";
    case "tag":
      return "a tag id (a string)";
    case "boolean":
      return "a boolean";
    case "integer":
      return "an integer";
    case "date":
      return "a UNIX timestamp in whole seconds";
  }
}
