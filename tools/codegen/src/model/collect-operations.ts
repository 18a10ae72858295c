import { DOMAINS } from "../config/domains.ts";
import { FACADE_VERBS } from "../config/facade-verbs.ts";
import { FUNCTION_NAMES } from "../config/function-names.ts";
import { OPERATION_DOMAINS } from "../config/operation-domains.ts";
import { PAGINATION, PAGING_PARAM } from "../config/pagination.ts";
import { PARAM_CLASHES } from "../config/param-clashes.ts";
import { RETRY_SAFE_POSTS } from "../config/retry-safe.ts";
import { componentOf } from "../read/component-ref.ts";
import { isObject, type Json, type JsonObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { asObject, objectShape, soleMember } from "./object-shape.ts";
import type { HttpMethod, OperationModel, ParamModel, ResponseKind } from "./operation-model.ts";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
/** Sent by the core on every request; never a user param. */
const TRANSPORT_HEADERS = new Set(["intercom-version", "accept"]);
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/** Reads every operation into the model, and fails on anything the config leaves unresolved. */
export function collectOperations(description: Description): OperationModel[] {
  const problems: string[] = [];
  const operations: OperationModel[] = [];
  const paths = asObject(description.doc.paths);
  for (const path of Object.keys(paths).sort()) {
    const item = asObject(paths[path]);
    for (const method of METHODS) {
      const raw = item[method];
      if (!isObject(raw)) continue;
      const model = readOperation(description, path, method, item, raw, problems);
      if (model) operations.push(model);
    }
  }
  checkUnique(operations, problems);
  checkConfigKeys(operations, problems);
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
  problems: string[],
): OperationModel | undefined {
  const label = `${method.toUpperCase()} ${path}`;
  const operationId = typeof raw.operationId === "string" ? raw.operationId : undefined;
  if (!operationId) {
    problems.push(`${label} has no operationId (add one in overlay.yaml)`);
    return undefined;
  }
  const name = FUNCTION_NAMES[operationId] ?? operationId;
  if (!IDENTIFIER.test(name)) problems.push(`${label}: ${name} is not a lowerCamelCase name`);

  const domain = domainOf(operationId, raw, problems, label);
  const params = readParams(description, item, raw, problems, label);
  const body = readBody(description, raw);
  const names = new Map<string, string>();
  for (const param of [...params, ...body.fields]) {
    const seen = names.get(param.name);
    const clash = PARAM_CLASHES[operationId]?.[param.name];
    if (seen && !clash) {
      problems.push(
        `${operationId}: param ${param.name} is declared in ${seen} and in ${param.in}; resolve it in config/param-clashes.ts`,
      );
    }
    names.set(param.name, param.in);
  }
  if (body.param && names.has(body.param.name)) {
    problems.push(
      `${operationId}: the body param name ${body.param.name} clashes with a declared param`,
    );
  }
  const allParams = dropResolvedClashes(operationId, [...params, ...body.fields]);
  // Extending the body's model would bring back a field a clash resolution dropped.
  const bodyModel = body.fields.every((field) => allParams.includes(field))
    ? body.model
    : undefined;

  const upper = method.toUpperCase() as HttpMethod;
  const pagination = PAGINATION[operationId];
  if (pagination) {
    const paging = PAGING_PARAM[pagination.strategy];
    if (paging && !allParams.some((p) => p.name === paging)) {
      problems.push(`${operationId}: ${pagination.strategy} paging needs a ${paging} param`);
    }
  }
  const verb = FACADE_VERBS[domain]?.[name];
  if (!verb) problems.push(`${name}: no facade verb in config/facade-verbs.ts (domain ${domain})`);

  return {
    operationId,
    name,
    method: upper,
    path,
    domain,
    verb: verb ?? name,
    params: allParams,
    ...(body.param ? { bodyParam: body.param } : {}),
    bodyFields: body.fields.length > 0 || (body.object && !body.param),
    ...(bodyModel ? { bodyModel } : {}),
    response: readResponse(description, raw, problems, label),
    errorStatuses: Object.keys(asObject(raw.responses))
      .filter((status) => /^[45]\d\d$/.test(status))
      .sort(),
    retrySafe: upper !== "POST" && upper !== "PATCH" ? true : RETRY_SAFE_POSTS.has(operationId),
    ...(pagination ? { pagination } : {}),
    deprecated: raw.deprecated === true,
    raw,
  };
}

function domainOf(operationId: string, raw: JsonObject, problems: string[], label: string): string {
  const pinned = OPERATION_DOMAINS[operationId];
  if (pinned) return pinned;
  const tags = Array.isArray(raw.tags) ? raw.tags : [];
  const domains = new Set(
    tags.map((tag) => DOMAINS.find((d) => d.tags.includes(String(tag)))?.name ?? `?${tag}`),
  );
  if (domains.size !== 1 || [...domains][0]?.startsWith("?")) {
    problems.push(
      `${label} (${operationId}) has tags ${JSON.stringify(tags)}: pin its domain in config/operation-domains.ts`,
    );
    return "?";
  }
  return [...domains][0] as string;
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

function dropResolvedClashes(operationId: string, params: ParamModel[]): ParamModel[] {
  const resolutions = PARAM_CLASHES[operationId];
  if (!resolutions) return params;
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
  const verbs = new Map<string, string>();
  for (const op of operations) {
    const key = `${op.domain}.${op.verb}`;
    const other = verbs.get(key);
    if (other) problems.push(`facade ${key} is claimed by ${other} and ${op.name}`);
    verbs.set(key, op.name);
  }
}

function checkConfigKeys(operations: readonly OperationModel[], problems: string[]): void {
  const ids = new Set(operations.map((op) => op.operationId));
  const names = new Set(operations.map((op) => op.name));
  const tables: [string, Iterable<string>, Set<string>][] = [
    ["function-names.ts", Object.keys(FUNCTION_NAMES), ids],
    ["operation-domains.ts", Object.keys(OPERATION_DOMAINS), ids],
    ["pagination.ts", Object.keys(PAGINATION), ids],
    ["param-clashes.ts", Object.keys(PARAM_CLASHES), ids],
    ["retry-safe.ts", RETRY_SAFE_POSTS, ids],
    ["facade-verbs.ts", Object.values(FACADE_VERBS).flatMap((v) => Object.keys(v)), names],
  ];
  for (const [file, keys, known] of tables) {
    for (const key of keys) {
      if (!known.has(key)) problems.push(`config/${file} names ${key}, which is no operation`);
    }
  }
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
