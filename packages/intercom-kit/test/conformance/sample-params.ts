/**
 * Params for an operation, from the description's own examples where it has
 * them and from the schema otherwise (required fields only, first enum value,
 * first oneOf member).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ParamInfo {
  readonly name: string;
  readonly in: "path" | "query" | "body";
  readonly required: boolean;
  readonly schema: Json;
  readonly example?: Json;
}

export interface OperationInfo {
  readonly name: string;
  readonly params: readonly ParamInfo[];
  readonly bodyParam?: { readonly name: string; readonly required: boolean; readonly schema: Json };
  readonly raw: JsonObject;
}

export type Deref = (node: Json | undefined) => Json | undefined;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function sampleParams(
  op: OperationInfo,
  deref: Deref,
  useExamples = true,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const bodyExample = useExamples ? requestBodyExample(op.raw, deref) : undefined;
  // Without an example, the whole body is sampled, so body-level rules (anyOf required sets) hold.
  const bodySample =
    bodyExample === undefined ? sample(requestBodySchema(op.raw, deref), deref, 0) : undefined;
  for (const param of op.params) {
    if (param.in === "body") {
      const source = isObject(bodyExample) ? bodyExample : isObject(bodySample) ? bodySample : {};
      if (param.name in source) params[param.name] = source[param.name];
      else if (param.required) params[param.name] = sample(param.schema, deref, 0);
    } else if (param.required) {
      params[param.name] =
        (useExamples ? param.example : undefined) ?? sample(param.schema, deref, 0);
    }
  }
  if (op.bodyParam)
    params[op.bodyParam.name] = bodyExample ?? sample(op.bodyParam.schema, deref, 0);
  return params;
}

function requestBodySchema(raw: JsonObject, deref: Deref): Json | undefined {
  const body = deref(raw.requestBody);
  const media =
    isObject(body) && isObject(body.content) ? body.content["application/json"] : undefined;
  return isObject(media) ? media.schema : undefined;
}

function requestBodyExample(raw: JsonObject, deref: Deref): Json | undefined {
  const body = deref(raw.requestBody);
  const media =
    isObject(body) && isObject(body.content) ? body.content["application/json"] : undefined;
  if (!isObject(media)) return undefined;
  if (media.example !== undefined) return media.example;
  if (isObject(media.examples)) {
    const first = Object.values(media.examples)[0];
    const resolved = deref(first);
    if (isObject(resolved) && resolved.value !== undefined) return resolved.value;
  }
  const schema = deref(media.schema);
  return isObject(schema) && schema.example !== undefined ? schema.example : undefined;
}

const FORMATS: Record<string, string> = {
  email: "someone@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** A value that satisfies the schema (depth-limited, so recursive schemas end). */
export function sample(node: Json | undefined, deref: Deref, depth: number): Json {
  const schema = deref(node);
  if (!isObject(schema)) return null;
  if (schema.example !== undefined && depth > 0) return schema.example;
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? null;
  const union = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(union) && union.length > 0) {
    const first = union[0];
    // `anyOf: [{ required: [...] }, …]` beside properties: satisfy the first requirement set.
    if (
      isObject(schema.properties) &&
      isObject(first) &&
      !first.$ref &&
      !first.type &&
      !first.properties
    ) {
      const required = [
        ...(Array.isArray(schema.required) ? schema.required : []),
        ...(Array.isArray(first.required) ? first.required : []),
      ];
      return sample({ type: "object", properties: schema.properties, required }, deref, depth);
    }
    return sample(first, deref, depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign(
      {},
      ...schema.allOf.map((part) => sample(part, deref, depth + 1) as object),
    );
  }
  switch (schema.type) {
    case "string":
      return (typeof schema.format === "string" && FORMATS[schema.format]) || "sample";
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "array":
      return depth > 4 ? [] : [sample(schema.items, deref, depth + 1)];
    default: {
      if (!isObject(schema.properties)) return {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      const result: JsonObject = {};
      for (const name of required) {
        if (typeof name === "string" && name in schema.properties) {
          result[name] = sample(schema.properties[name], deref, depth + 1);
        }
      }
      return result;
    }
  }
}
