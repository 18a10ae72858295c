import { PAGING_PARAM } from "../config/paging-param.ts";
import type { OperationEntry, OperationKey, ResourceNode } from "../config/resource-tree.ts";
import { RESOURCE_TREE } from "../config/resources/index.ts";
import { componentOf } from "../read/component-ref.ts";
import { isObject, type Json, type JsonObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { asObject, objectShape, soleMember } from "./object-shape.ts";
import type { HttpMethod, OperationModel, ParamModel, ResponseKind } from "./operation-model.ts";
import { type Placement, placements } from "./resource-placement.ts";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
/** Sent by the core on every request; never a user param. */
const TRANSPORT_HEADERS = new Set(["intercom-version", "accept"]);
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/**
 * Reads every operation into the model, placed where the resource tree puts
 * it, and fails on anything the tree leaves unresolved: an operation it does
 * not place, or places twice, an entry naming no operation, two operations
 * given one name.
 */
export function collectOperations(
  description: Description,
  tree: Readonly<Record<string, ResourceNode>> = RESOURCE_TREE,
): OperationModel[] {
  const problems: string[] = [];
  const operations: OperationModel[] = [];
  const placed = placementsByKey(tree, problems);
  const paths = asObject(description.doc.paths);
  for (const path of Object.keys(paths).sort()) {
    const item = asObject(paths[path]);
    for (const method of METHODS) {
      const raw = item[method];
      if (!isObject(raw)) continue;
      const key = `${method.toUpperCase()} ${path}` as OperationKey;
      const placement = placed.get(key);
      placed.delete(key);
      if (!placement) {
        problems.push(`${key} has no place in the resource tree (config/resources/)`);
        continue;
      }
      const model = readOperation(description, path, method, item, raw, placement, problems);
      if (model) operations.push(model);
    }
  }
  for (const key of placed.keys()) {
    problems.push(`the resource tree places ${key}, which the description does not have`);
  }
  checkUnique(operations, problems);
  if (problems.length > 0) {
    throw new Error(
      `the description and the generator config disagree:\n- ${problems.join("\n- ")}`,
    );
  }
  return operations.sort((a, b) => a.name.localeCompare(b.name));
}

function readOperation(
  description: Description,
  path: string,
  method: (typeof METHODS)[number],
  item: JsonObject,
  raw: JsonObject,
  placement: Placement,
  problems: string[],
): OperationModel | undefined {
  const label = placement.key;
  const operationId = typeof raw.operationId === "string" ? raw.operationId : undefined;
  if (!operationId) {
    problems.push(`${label} has no operationId (add one in overlay.yaml)`);
    return undefined;
  }
  const { name, entry } = placement;
  if (!IDENTIFIER.test(name)) problems.push(`${label}: ${name} is not a lowerCamelCase name`);
  const clashes = entry.clashes ?? {};
  const params = readParams(description, item, raw, problems, label);
  const body = readBody(description, raw);
  const names = new Map<string, string>();
  for (const param of [...params, ...body.fields]) {
    const seen = names.get(param.name);
    if (seen && !clashes[param.name]) {
      problems.push(
        `${name}: param ${param.name} is declared in ${seen} and in ${param.in}; resolve it with \`clashes\` in the resource tree`,
      );
    }
    names.set(param.name, param.in);
  }
  if (body.param && names.has(body.param.name)) {
    problems.push(`${name}: the body param name ${body.param.name} clashes with a declared param`);
  }
  const allParams = dropResolvedClashes(clashes, [...params, ...body.fields]);
  // Extending the body's model would bring back a field a clash resolution dropped.
  const bodyModel = body.fields.every((field) => allParams.includes(field))
    ? body.model
    : undefined;

  const upper = method.toUpperCase() as HttpMethod;
  const pagination = entry.paged;
  if (pagination) {
    const paging = PAGING_PARAM[pagination.strategy];
    if (paging && !allParams.some((p) => p.name === paging)) {
      problems.push(`${name}: ${pagination.strategy} paging needs a ${paging} param`);
    }
  }
  if (entry.readOnly && upper !== "POST" && upper !== "PATCH") {
    problems.push(`${name}: readOnly is for POST and PATCH; ${upper} is retry-safe by method`);
  }

  return {
    operationId,
    name,
    method: upper,
    path,
    domain: placement.domain,
    resource: placement.resource,
    verb: placement.verb,
    summary: entry.summary,
    params: allParams,
    ...(body.param ? { bodyParam: body.param } : {}),
    bodyFields: body.fields.length > 0 || (body.object && !body.param),
    ...(bodyModel ? { bodyModel } : {}),
    response: readResponse(description, raw, problems, label),
    errorStatuses: Object.keys(asObject(raw.responses))
      .filter((status) => /^[45]\d\d$/.test(status))
      .sort(),
    retrySafe: (upper !== "POST" && upper !== "PATCH") || entry.readOnly === true,
    ...(pagination ? { pagination } : {}),
    deprecated: raw.deprecated === true,
    raw,
  };
}

function readParams(
  description: Description,
  item: JsonObject,
  raw: JsonObject,
  problems: string[],
  label: string,
): ParamModel[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [item.parameters, raw.parameters]) {
    for (const node of Array.isArray(list) ? list : []) {
      const param = asObject(description.deref(node));
      byKey.set(`${param.in}:${param.name}`, param);
    }
  }
  const params: ParamModel[] = [];
  for (const param of byKey.values()) {
    const where = String(param.in);
    const name = String(param.name);
    if (where === "header" && TRANSPORT_HEADERS.has(name.toLowerCase())) continue;
    if (where !== "path" && where !== "query") {
      problems.push(`${label}: unsupported ${where} parameter ${name}`);
      continue;
    }
    params.push({
      name,
      in: where,
      required: where === "path" || param.required === true,
      schema: where === "path" ? pathParamSchema(param.schema) : (param.schema ?? {}),
      ...(param.example !== undefined ? { example: param.example } : {}),
    });
  }
  for (const match of label.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1] as string;
    if (!params.some((p) => p.in === "path" && p.name === name)) {
      problems.push(`${label}: path segment {${name}} has no path parameter`);
    }
  }
  for (const param of params) {
    if (param.in === "path" && !label.includes(`{${param.name}}`)) {
      problems.push(`${label}: path parameter ${param.name} is not in the path`);
    }
  }
  return params;
}

interface BodyModel {
  readonly fields: ParamModel[];
  readonly object: boolean;
  readonly param?: OperationModel["bodyParam"];
  readonly model?: OperationModel["bodyModel"];
}

function readBody(description: Description, raw: JsonObject): BodyModel {
  const requestBody = asObject(description.deref(raw.requestBody));
  const schema = asObject(asObject(requestBody.content)["application/json"]).schema;
  if (schema === undefined) return { fields: [], object: false };
  const shape = objectShape(description, schema);
  if (!shape) {
    return {
      fields: [],
      object: false,
      param: { name: "body", required: requestBody.required === true, schema },
    };
  }
  const fields = Object.entries(shape.properties).map(
    ([name, property]): ParamModel => ({
      name,
      in: "body",
      required: shape.required.has(name),
      schema: property,
    }),
  );
  const modelRef = componentOf(schema) ? schema : soleMember(asObject(schema));
  const component = componentOf(modelRef);
  if (!component || fields.length === 0) return { fields, object: true };
  const nullable = asObject(description.deref(modelRef)).nullable === true;
  return { fields, object: true, model: { component, nullable } };
}

function readResponse(
  description: Description,
  raw: JsonObject,
  problems: string[],
  label: string,
): OperationModel["response"] {
  const responses = asObject(raw.responses);
  const status = Object.keys(responses)
    .filter((code) => /^[23]\d\d$/.test(code))
    .sort()[0];
  if (!status) {
    problems.push(`${label} declares no success response`);
    return { kind: "empty", status: "200" };
  }
  if (status.startsWith("3")) return { kind: "redirect", status };
  const content = asObject(asObject(description.deref(responses[status])).content);
  const json = asObject(content["application/json"]);
  if (content["application/json"]) {
    return json.schema === undefined
      ? { kind: "empty", status }
      : { kind: "json", status, schema: json.schema as Json };
  }
  if (content["text/plain"]) return { kind: "text", status };
  if (content["application/octet-stream"]) return { kind: "binary", status };
  if (Object.keys(content).length > 0) {
    problems.push(`${label}: unsupported response content ${Object.keys(content).join(", ")}`);
  }
  return { kind: "empty" satisfies ResponseKind, status };
}

function dropResolvedClashes(
  resolutions: NonNullable<OperationEntry["clashes"]>,
  params: ParamModel[],
): ParamModel[] {
  return params.filter((param) => {
    const keep = resolutions[param.name]?.keep;
    return keep === undefined || keep === param.in;
  });
}

function checkUnique(operations: readonly OperationModel[], problems: string[]): void {
  const seen = new Map<string, string>();
  for (const op of operations) {
    const other = seen.get(op.name);
    if (other)
      problems.push(`function name ${op.name} is used by ${other} and ${op.method} ${op.path}`);
    seen.set(op.name, `${op.method} ${op.path}`);
  }
}

/** The tree's placements by operation; an operation placed twice is a problem. */
function placementsByKey(
  tree: Readonly<Record<string, ResourceNode>>,
  problems: string[],
): Map<OperationKey, Placement> {
  const byKey = new Map<OperationKey, Placement>();
  const verbs = new Set<string>();
  for (const placement of placements(tree)) {
    const other = byKey.get(placement.key);
    const where = `${placement.resource.join(".")}.${placement.verb}`;
    if (other) {
      problems.push(
        `${placement.key} is placed twice: at ${other.resource.join(".")}.${other.verb} and at ${where}`,
      );
    }
    if (verbs.has(where)) problems.push(`${where} names two operations`);
    verbs.add(where);
    if (!/[A-Z]/.test(placement.name)) {
      problems.push(`${where}: no resource on its path has a noun, so it cannot be named`);
    }
    byKey.set(placement.key, placement);
  }
  return byKey;
}

export type { Json };

/**
 * Several path ids are declared as integers (conversation, note, article,
 * admin) although every response carries ids as strings, and a URL segment
 * is text either way; so a numeric path param also accepts the string the
 * API handed back, e.g. `retrieveConversation({ conversation_id: "461" })`.
 */
function pathParamSchema(schema: Json | undefined): Json {
  const type = isObject(schema) ? schema.type : undefined;
  if (schema !== undefined && (type === "integer" || type === "number")) {
    // The declared type first, so example builders (and Prism) still see an integer.
    return { anyOf: [schema, { type: "string" }] };
  }
  return schema ?? {};
}
