import type { SearchConfig, SearchFieldType, SearchOperator } from "../config/search-fields.ts";
import { isObject, type Json, type JsonObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";

/** One searchable field, as the generator emits it. */
export interface SearchField {
  readonly path: string;
  readonly type: SearchFieldType;
  readonly operators?: readonly SearchOperator[];
  readonly reason?: string;
}

export interface SearchFieldsModel {
  readonly config: SearchConfig;
  readonly fields: readonly SearchField[];
}

/**
 * The operators the description's filter accepts
 * (`single_filter_search_request.operator`), so a config entry is checked
 * against the description rather than against a copy of its list.
 */
function describedOperators(schemas: JsonObject | undefined): ReadonlySet<string> {
  const filter = schemas?.single_filter_search_request;
  const properties = isObject(filter) ? filter.properties : undefined;
  const operator = isObject(properties) ? properties.operator : undefined;
  const values = isObject(operator) ? operator.enum : undefined;
  if (!Array.isArray(values)) throw new Error("single_filter_search_request.operator has no enum");
  return new Set(values.map(String));
}

/**
 * Checks a search config against the description and gives each field its
 * type: from the schema unless the entry says otherwise, and says why.
 * Throws on every disagreement, all of them listed at once.
 */
export function searchFieldsModel(
  description: Description,
  config: SearchConfig,
): SearchFieldsModel {
  const problems: string[] = [];
  const at = (path: string, message: string) => problems.push(`${config.op} ${path}: ${message}`);
  const schemas = (description.doc.components as JsonObject | undefined)?.schemas as
    | JsonObject
    | undefined;
  const root = schemas?.[config.schema];
  if (root === undefined) throw new Error(`${config.op}: no component schema ${config.schema}`);
  const operators = describedOperators(schemas);

  const fields: SearchField[] = [];
  for (const [path, entry] of Object.entries(config.fields)) {
    const node = resolvePath(description, root, path);
    const needsReason =
      entry.type !== undefined ||
      entry.operators !== undefined ||
      entry.notInSchema ||
      entry.tableName !== undefined;
    if (needsReason && !entry.reason) at(path, "says more than the schema does, without a reason");
    if (!needsReason && entry.reason) at(path, "has a reason but states nothing");
    for (const op of entry.operators ?? [])
      if (!operators.has(op)) at(path, `unknown operator ${op}`);
    let type: SearchFieldType | undefined;
    if (node === undefined) {
      if (!entry.notInSchema)
        at(
          path,
          `is not a field of the ${config.schema} schema; mark it notInSchema with a reason`,
        );
      if (entry.type === undefined) at(path, "is not in the schema, so it needs a type");
      type = entry.type;
    } else {
      if (entry.notInSchema)
        at(path, `is marked notInSchema but the ${config.schema} schema has it`);
      const fromSchema = schemaType(description, node);
      if (entry.type === undefined) {
        if (fromSchema === undefined) at(path, "the schema's type is not a search type; give one");
        type = fromSchema;
      } else {
        if (entry.type === fromSchema)
          at(path, `the schema already says ${fromSchema}; drop the type`);
        type = entry.type;
      }
    }
    if (type !== undefined) {
      fields.push({
        path,
        type,
        ...(entry.operators ? { operators: entry.operators } : {}),
        ...(entry.reason ? { reason: entry.reason } : {}),
      });
    }
  }

  // The operation's own table of fields: each of its rows is listed here,
  // under its name or a `tableName`, or left out on purpose.
  const table = acceptedFields(description, config.op);
  const listed = new Map(
    Object.entries(config.fields).map(([path, entry]) => [entry.tableName ?? path, path]),
  );
  for (const name of table) {
    if (name.startsWith(`${config.customPrefix}.`)) continue;
    if (listed.has(name)) continue;
    if (config.omitted?.[name] !== undefined) continue;
    at(name, "is in the reference's Accepted Fields table but not in the config, nor omitted");
  }
  for (const [name, path] of listed) {
    if (!table.includes(name))
      at(path, `is not in the reference's Accepted Fields table as ${name}`);
  }
  for (const name of Object.keys(config.omitted ?? {})) {
    if (!table.includes(name)) at(name, "is omitted but the table no longer has it");
  }
  // The open prefix is the table's (`ticket_attribute.{id}`) or the schema's own map.
  if (
    !table.some((name) => name.startsWith(`${config.customPrefix}.`)) &&
    resolvePath(description, root, config.customPrefix) === undefined
  ) {
    at(config.customPrefix, "the open prefix is neither in the table nor in the schema");
  }
  if (problems.length > 0)
    throw new Error(`search fields disagree with the description:\n  ${problems.join("\n  ")}`);
  return { config, fields };
}

/** The node a dotted path reaches through object properties, or undefined. */
function resolvePath(description: Description, root: Json, path: string): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path.split(".")) {
    node = property(description, node, key);
    if (node === undefined) return undefined;
  }
  return node;
}

function property(description: Description, node: Json | undefined, key: string): Json | undefined {
  const schema = description.deref(node);
  if (!isObject(schema)) return undefined;
  const props = schema.properties;
  if (isObject(props) && props[key] !== undefined) return props[key];
  for (const combiner of ["allOf", "anyOf", "oneOf"]) {
    const members = schema[combiner];
    if (!Array.isArray(members)) continue;
    for (const member of members) {
      const found = property(description, member, key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** string, boolean, integer; an integer or number with a date-time or timestamp format is a date. */
function schemaType(description: Description, node: Json): SearchFieldType | undefined {
  const schema = description.deref(node);
  if (!isObject(schema)) return undefined;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  const format = schema.format;
  if (type === "string") return "string";
  if (type === "boolean") return "boolean";
  if (type === "integer" || type === "number") {
    return format === "date-time" || format === "timestamp"
      ? "date"
      : type === "integer"
        ? "integer"
        : undefined;
  }
  return undefined;
}

/** The first column of the "Accepted Fields" table in the operation's description. */
export function acceptedFields(description: Description, op: string): string[] {
  const [method, path] = op.split(" ") as [string, string];
  const paths = description.doc.paths as JsonObject;
  const operation = (paths[path] as JsonObject | undefined)?.[method.toLowerCase()];
  const text =
    isObject(operation) && typeof operation.description === "string" ? operation.description : "";
  const start = text.indexOf("### Accepted Fields");
  if (start < 0) throw new Error(`${op}: its description has no Accepted Fields table`);
  const end = text.indexOf("###", start + 3);
  const names: string[] = [];
  for (const line of text.slice(start, end < 0 ? undefined : end).split("\n")) {
    const cell = /^\|\s*([^|]+?)\s*\|/.exec(line.trim())?.[1];
    if (!cell || cell === "Field" || /^:?-+:?$/.test(cell)) continue;
    names.push(cell.replaceAll("`", ""));
  }
  if (names.length === 0) throw new Error(`${op}: its Accepted Fields table has no rows`);
  return names;
}
