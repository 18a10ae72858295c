import { isObject, type Json, type JsonObject } from "./json.ts";

/**
 * One reviewed fix to the description. Exactly one target: an operation
 * ("METHOD /path", optionally narrowed to a parameter or to a relative
 * `at` path), a component schema, or every property with a given name.
 */
export interface OverlayFix {
  readonly reason: string;
  readonly operation?: string;
  readonly parameter?: string;
  readonly at?: string;
  readonly schema?: string;
  readonly everyProperty?: string;
  readonly set?: JsonObject;
  readonly remove?: readonly string[];
  readonly addParameters?: readonly string[];
  /** Property names to add to the target schema's `required` list. */
  readonly require?: readonly string[];
}

export interface Overlay {
  readonly parameters: Record<string, JsonObject>;
  readonly fixes: readonly OverlayFix[];
}

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/** Applies every fix in order, in place; a fix that finds no target is an error. */
export function applyOverlay(doc: JsonObject, overlay: Overlay): void {
  for (const [index, fix] of overlay.fixes.entries()) {
    const where = `overlay fix #${index + 1} (${fix.operation ?? fix.schema ?? fix.everyProperty})`;
    if (!fix.reason?.trim()) throw new Error(`${where} has no reason`);
    for (const target of findTargets(doc, fix, where)) {
      if (fix.set) Object.assign(target, structuredClone(fix.set));
      for (const key of fix.remove ?? []) delete target[key];
      if (fix.addParameters) addParameters(target, fix.addParameters, overlay.parameters, where);
      if (fix.require) requireProperties(target, fix.require, where);
    }
  }
}

function findTargets(doc: JsonObject, fix: OverlayFix, where: string): JsonObject[] {
  if (fix.everyProperty) {
    const found: JsonObject[] = [];
    collectProperties(doc, fix.everyProperty, found);
    if (found.length === 0) throw new Error(`${where}: no property named ${fix.everyProperty}`);
    return found;
  }
  if (fix.schema) {
    const schema = (doc.components as JsonObject | undefined)?.schemas;
    const target = isObject(schema) ? schema[fix.schema] : undefined;
    if (!isObject(target)) throw new Error(`${where}: no component schema ${fix.schema}`);
    return [descend(target, fix.at, where)];
  }
  if (!fix.operation) throw new Error(`${where}: no target`);
  const [method = "", path = ""] = fix.operation.split(" ");
  const item = (doc.paths as JsonObject)[path];
  const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
  if (!METHODS.has(method.toLowerCase()) || !isObject(operation)) {
    throw new Error(`${where}: no operation ${fix.operation}`);
  }
  if (fix.parameter) {
    const params = Array.isArray(operation.parameters) ? operation.parameters : [];
    const param = params.find((p) => isObject(p) && p.name === fix.parameter);
    if (!isObject(param)) throw new Error(`${where}: no parameter ${fix.parameter}`);
    return [param];
  }
  return [descend(operation, fix.at, where)];
}

/**
 * Follows a relative `a/b/c` path inside the target. Keys are escaped as in
 * JSON Pointer (`~1` for `/`, `~0` for `~`), so media types can be named, and
 * a number picks an array item (`oneOf/0/properties/id`).
 */
function descend(start: JsonObject, at: string | undefined, where: string): JsonObject {
  let target: Json | undefined = start;
  for (const segment of at?.split("/") ?? []) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    target = Array.isArray(target)
      ? /^\d+$/.test(key)
        ? target[Number(key)]
        : undefined
      : isObject(target)
        ? target[key]
        : undefined;
  }
  if (!isObject(target)) throw new Error(`${where}: nothing at ${at}`);
  return target;
}

function collectProperties(node: Json, name: string, found: JsonObject[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectProperties(item, name, found);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "example" || key === "examples") continue;
    if (key === "properties" && isObject(value) && isObject(value[name])) found.push(value[name]);
    collectProperties(value, name, found);
  }
}

function addParameters(
  operation: JsonObject,
  names: readonly string[],
  known: Record<string, JsonObject>,
  where: string,
): void {
  const params = Array.isArray(operation.parameters) ? operation.parameters : [];
  for (const name of names) {
    const definition = known[name];
    if (!definition) throw new Error(`${where}: overlay defines no parameter ${name}`);
    if (params.some((p) => isObject(p) && p.name === name)) {
      throw new Error(`${where}: ${name} is already declared; the fix is stale`);
    }
    params.push(structuredClone(definition));
  }
  operation.parameters = params;
}

/**
 * Adds properties to a schema's `required` list. A name the schema does not
 * define, or already requires, fails: the fix would be a typo or stale.
 */
function requireProperties(schema: JsonObject, names: readonly string[], where: string): void {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? [...schema.required] : [];
  for (const name of names) {
    if (!(name in properties)) throw new Error(`${where}: no property ${name} to require`);
    if (required.includes(name))
      throw new Error(`${where}: ${name} is already required; the fix is stale`);
    required.push(name);
  }
  schema.required = required;
}
