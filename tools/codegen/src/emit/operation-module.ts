import { asObject, soleMember } from "../model/object-shape.ts";
import type { OperationModel, ParamModel } from "../model/operation-model.ts";
import { componentOf } from "../read/component-ref.ts";
import { isObject } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { TS_HEADER } from "./header.ts";
import type { ModelNames } from "./models.ts";
import { pascalCase, propertyKey } from "./names.ts";
import { operationDoc } from "./operation-doc.ts";
import { operationExample } from "./operation-example.ts";
import { pureCalls } from "./pure-calls.ts";
import { propertyLine, type SchemaContext, valibotCode, withRequiredSets } from "./schema-code.ts";

/** What other emitters (facade, README, type tests) need to know about a generated function. */
export interface FunctionShape {
  readonly paramsType: string;
  readonly paramsRequired: boolean;
  readonly returnType: string;
  /** The response body type, for json responses. */
  readonly bodyType?: string;
  readonly itemType?: string;
  /** The function's doc comment, which its facade member repeats. */
  readonly doc: string;
  /** The model types the signature names, which the package re-exports. */
  readonly modelTypes: readonly string[];
}

/** One operation: its params type, its `Operation` metadata and its function. */
export function emitOperationModule(
  op: OperationModel,
  description: Description,
  models: ModelNames,
): { code: string; shape: FunctionShape } {
  const ctx: SchemaContext = {
    description,
    names: models.component,
    isLazy: () => false,
    used: new Set(),
    inputChecks: true,
  };
  const extraModels = new Set<string>();
  const paramsType = `${pascalCase(op.name)}Params`;

  // Body fields that come from a request model are that model's: the params
  // type extends it, and the model's docs say they go in the body. A model
  // that answers too cannot say so, so its fields are declared here instead.
  const bodyModel =
    op.bodyModel && models.requestOnly(op.bodyModel.component)
      ? bodyModelType(op.bodyModel, models, ctx)
      : undefined;
  const ownParams = bodyModel ? op.params.filter((param) => param.in !== "body") : op.params;
  const members = ownParams.map((param) =>
    propertyLine(param.name, param.schema, param.required, ctx, {
      lead: [PLACES[param.in]],
      ...(param.example !== undefined ? { example: param.example } : {}),
    }),
  );
  const inputEntries = op.params.map((param) => {
    const code = valibotCode(param.schema, ctx);
    return `${propertyKey(param.name)}: ${param.required ? code : `v.optional(${code})`}`;
  });
  if (op.bodyParam) {
    const inline = models.inlineBody(op);
    const type = inline ?? models.component(componentOf(op.bodyParam.schema) as string).type;
    // The whole body is checked as a request: strict, with its limits.
    const schema = `${type}InputSchema`;
    if (inline) extraModels.add(inline);
    else ctx.used.add(componentOf(op.bodyParam.schema) as string);
    const required = op.bodyParam.required;
    members.push(
      `/** The whole JSON body, sent as it is. */\n${op.bodyParam.name}${required ? "" : "?"}: ${type}${required ? "" : " | undefined"};`,
    );
    inputEntries.push(`${op.bodyParam.name}: ${required ? schema : `v.optional(${schema})`}`);
  }
  const paramsRequired = op.params.some((p) => p.required) || (op.bodyParam?.required ?? false);

  const { returnType, output, bodyType, itemType } = responseTypes(
    op,
    description,
    models,
    ctx,
    extraModels,
  );
  const query = op.params.filter((p) => p.in === "query").map((p) => p.name);
  const body = op.bodyParam
    ? `{ param: ${JSON.stringify(op.bodyParam.name)} }`
    : op.bodyFields
      ? `"fields"`
      : undefined;

  const metadata = [
    `id: ${JSON.stringify(op.name)}`,
    `method: "${op.method}"`,
    `path: ${JSON.stringify(op.path)}`,
    query.length > 0 ? `query: ${JSON.stringify(query)}` : undefined,
    body ? `body: ${body}` : undefined,
    `input: ${pureCalls(withRequiredSets(`v.strictObject({${inputEntries.join(", ")}})`, bodySchema(op, description)))}`,
    output ? `output: ${output}` : undefined,
    `response: "${op.response.kind}"`,
    `retrySafe: ${op.retrySafe}`,
    op.pagination
      ? `pagination: ${JSON.stringify(op.pagination).replace(/"(\w+)":/g, "$1: ")}`
      : undefined,
  ].filter(Boolean);

  // The runner is internal to the SDK (`@intercom-kit/core/internal`); the
  // types the signature names are public.
  const coreImports = ["type Client", "type Operation", "type RequestOptions"];
  coreImports.push(op.pagination ? "type PagedCall" : "type ApiPromise");
  const call = op.pagination ? "paginate" : "runOperation";
  const generic = op.pagination ? `<${itemType}, ${bodyType}>` : `<${bodyType ?? returnInner(op)}>`;
  const paramsArg = paramsRequired ? `params: ${paramsType}` : `params?: ${paramsType}`;
  const paramsDoc = bodyModel
    ? `The params of \`${op.name}\`: its path and query params, and the body fields of \`${bodyModel}\`, in one object.`
    : `The params of \`${op.name}\`: path, query and body fields in one object.`;
  const doc = operationDoc(op, operationExample(op, description), paramsDoc);

  // @expand: the API reference shows the params' members on the function's own
  // page. The sentence is the function's `@param params`, and only a remark
  // here: typedoc prints an expanded type's summary under the parameter, and
  // falls back to it again when the parameter has no comment of its own, so
  // a summary here would show twice on that page.
  const declarations = `/**\n * @remarks ${paramsDoc}\n * @expand\n */
export ${paramsDeclaration(paramsType, members, bodyModel)}

/** How to send \`${op.method} ${op.path}\` and read its answer. */
export const ${op.name}Operation: Operation = {
${metadata.join(",\n")},
};

${doc}
export function ${op.name}(client: Client, ${paramsArg}, options?: RequestOptions): ${returnType} {
  return ${call}${generic}(client, ${op.name}Operation, params, options);
}
`;
  const candidates = [
    ...[...ctx.used].map((component) => models.component(component)),
    ...[...extraModels].map((type) => ({
      type,
      schema: `${type}Schema`,
      input: `${type}InputSchema`,
    })),
  ];
  const modelImports = modelImportsFor(declarations, candidates);
  const modelTypes = modelImports
    .filter((name) => name.startsWith("type "))
    .map((name) => name.slice("type ".length));
  const code = `${TS_HEADER}import { ${coreImports.sort((a, b) => a.replace("type ", "").localeCompare(b.replace("type ", ""))).join(", ")} } from "@intercom-kit/core";
import { ${call} } from "@intercom-kit/core/internal";
${modelImports.length > 0 ? `import { ${modelImports.join(", ")} } from "@intercom-kit/models";\n` : ""}import * as v from "valibot";

${declarations}`;
  return {
    code,
    shape: {
      paramsType,
      paramsRequired,
      returnType,
      ...(bodyType ? { bodyType } : {}),
      ...(itemType ? { itemType } : {}),
      doc,
      modelTypes,
    },
  };
}

/**
 * The model names the module's code mentions (comments aside), as sorted
 * import specifiers: `type X` for a type, `XSchema` for a schema. A model
 * reached only through another one's schema is not imported.
 */
function modelImportsFor(
  code: string,
  candidates: readonly {
    readonly type: string;
    readonly schema: string;
    readonly input?: string;
  }[],
): string[] {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, "");
  const mentions = (name: string) => new RegExp(`\\b${name}\\b`).test(text);
  const imports = new Set<string>();
  for (const { type, schema, input } of candidates) {
    if (mentions(type)) imports.add(`type ${type}`);
    if (mentions(schema)) imports.add(schema);
    if (input && mentions(input)) imports.add(input);
  }
  return [...imports].sort((a, b) => a.replace("type ", "").localeCompare(b.replace("type ", "")));
}

/** The model type a body's fields come from, marked as used so it is imported. */
function bodyModelType(
  bodyModel: NonNullable<OperationModel["bodyModel"]>,
  models: ModelNames,
  ctx: SchemaContext,
): string {
  ctx.used.add(bodyModel.component);
  const type = models.component(bodyModel.component).type;
  // A nullable model is `{…} | null`; the params are always the object.
  return bodyModel.nullable ? `NonNullable<${type}>` : type;
}

function paramsDeclaration(name: string, members: string[], base: string | undefined): string {
  if (base) {
    // An interface even without members of its own, so the API reference can expand it.
    return `interface ${name} extends ${base} {\n${members.join("\n")}\n}`;
  }
  return members.length > 0
    ? `interface ${name} {\n${members.join("\n")}\n}`
    : `type ${name} = Record<string, never>;`;
}

/** Where each kind of param travels, said first in its doc comment. */
const PLACES: Readonly<Record<ParamModel["in"], string>> = {
  path: "In the path.",
  query: "In the query string.",
  body: "In the JSON body.",
};

function responseTypes(
  op: OperationModel,
  description: Description,
  models: ModelNames,
  ctx: SchemaContext,
  extraModels: Set<string>,
): { returnType: string; output?: string; bodyType?: string; itemType?: string } {
  if (op.response.kind !== "json" || op.response.schema === undefined) {
    return { returnType: `ApiPromise<${returnInner(op)}>` };
  }
  const component = componentOf(op.response.schema);
  let bodyType: string;
  if (component) {
    ctx.used.add(component);
    bodyType = models.component(component).type;
  } else {
    bodyType = models.inlineResponse(op) as string;
    extraModels.add(bodyType);
  }
  const output = `${bodyType}Schema`;
  if (!op.pagination) return { returnType: `ApiPromise<${bodyType}>`, output, bodyType };
  const itemType = pagedItemType(op, description, models, ctx, bodyType);
  return { returnType: `PagedCall<${itemType}, ${bodyType}>`, output, bodyType, itemType };
}

/** The resource type of a page's items: the component the items array holds, when it names one. */
function pagedItemType(
  op: OperationModel,
  description: Description,
  models: ModelNames,
  ctx: SchemaContext,
  bodyType: string,
): string {
  const items = op.pagination?.items as string;
  const body = description.deref(op.response.schema);
  // The properties of the answer, through allOf parts and the members of a
  // union (a list or the resource alone), so the items field is found.
  const collect = (node: unknown): Record<string, unknown> => {
    const schema = asObject(description.deref(node as never));
    const own = asObject(schema.properties);
    const parts = [schema.allOf, schema.anyOf, schema.oneOf].flatMap((list) =>
      Array.isArray(list) ? list.map(collect) : [],
    );
    return Object.assign({}, ...parts, own);
  };
  const property = asObject(description.deref(collect(body)[items] as never));
  if (!("type" in property) && !("items" in property)) {
    throw new Error(`${op.name}: the response has no ${items} array to page over`);
  }
  const item = componentOf(property.items);
  if (item) {
    ctx.used.add(item);
    return models.component(item).type;
  }
  return `NonNullable<${bodyType}[${JSON.stringify(items)}]>[number]`;
}

/** The JSON body's schema, as the description gives it (a one-member oneOf is its member). */
function bodySchema(op: OperationModel, description: Description) {
  const body = asObject(description.deref(op.raw.requestBody));
  const schema = description.deref(asObject(asObject(body.content)["application/json"]).schema);
  const member = isObject(schema) ? soleMember(schema) : undefined;
  return member === undefined ? schema : description.deref(member);
}

function returnInner(op: OperationModel): string {
  switch (op.response.kind) {
    case "text":
    case "redirect":
      return "string";
    case "binary":
      return "ReadableStream<Uint8Array> | null";
    case "empty":
      return "void";
    default:
      return "unknown";
  }
}
