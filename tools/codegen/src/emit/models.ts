import { componentRefs, cycleIds } from "../model/component-cycles.ts";
import { extensionParts } from "../model/extension-parts.ts";
import { objectShape } from "../model/object-shape.ts";
import type { OperationModel } from "../model/operation-model.ts";
import { componentOf } from "../read/component-ref.ts";
import { isObject, type Json } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { TS_HEADER } from "./header.ts";
import { kebabCase, pascalCase } from "./names.ts";
import { pureCalls } from "./pure-calls.ts";
import {
  hasDiscriminator,
  propertyLine,
  type SchemaContext,
  typeCode,
  valibotCode,
} from "./schema-code.ts";

/** Identifiers generated domain code declares or imports; a model may not take one. */
const RESERVED = new Set([
  "Client",
  "Operation",
  "RequestOptions",
  "ApiPromise",
  "PagedCall",
  "Page",
]);

export interface ModelNames {
  /** Component name → identifiers; `input` only where a request's checks refer to it. */
  readonly component: (name: string) => {
    readonly type: string;
    readonly schema: string;
    readonly input?: string;
  };
  /** The named model holding an operation's inline response, if it has one. */
  readonly inlineResponse: (op: OperationModel) => string | undefined;
  /** The named model holding an operation's inline body param, if it has one. */
  readonly inlineBody: (op: OperationModel) => string | undefined;
  /** Whether only request bodies use a component, so its fields' docs say they go in the body. */
  readonly requestOnly: (component: string) => boolean;
}

interface ModelSource {
  /** The component schema it comes from; inline bodies and responses have none. */
  readonly component?: string;
  /** Whether requests send it, so it also gets a strict request schema. */
  readonly request?: boolean;
  readonly file: string;
  readonly type: string;
  readonly schema: Json;
  readonly cycle?: number;
  readonly label: string;
}

/**
 * `packages/models/src/generated/*`: one module per schema, each with an
 * explicit type and a valibot schema, so bundlers keep only what is imported.
 */
export function emitModels(
  description: Description,
  operations: readonly OperationModel[],
): { files: Map<string, string>; names: ModelNames } {
  const schemas = (description.doc.components as { schemas: Record<string, Json> }).schemas;
  const cycles = cycleIds(componentRefs(schemas));
  const sources: ModelSource[] = Object.keys(schemas)
    .sort()
    .map((name) => ({
      component: name,
      file: kebabCase(name),
      type: pascalCase(name),
      schema: schemas[name] as Json,
      ...(cycles.has(name) ? { cycle: cycles.get(name) as number } : {}),
      label: `the \`${name}\` schema`,
    }));
  const inlineResponses = new Map<string, string>();
  const inlineBodies = new Map<string, string>();
  for (const op of operations) {
    const response = op.response.schema;
    if (op.response.kind === "json" && response !== undefined && !componentOf(response)) {
      const type = `${pascalCase(op.name)}Response`;
      inlineResponses.set(op.name, type);
      sources.push({
        file: kebabCase(type),
        type,
        schema: response,
        label: `the response of \`${op.name}\``,
      });
    }
    if (op.bodyParam && !componentOf(op.bodyParam.schema)) {
      const type = `${pascalCase(op.name)}Body`;
      inlineBodies.set(op.name, type);
      sources.push({
        file: kebabCase(type),
        type,
        schema: op.bodyParam.schema,
        label: `the request body of \`${op.name}\``,
        request: true,
      });
    }
  }
  checkNames(sources);

  const { requests, checked, responses } = reachedComponents(schemas, operations);
  const requestOnly = new Set([...requests].filter((name) => !responses.has(name)));
  const component = (name: string) => ({
    type: pascalCase(name),
    schema: `${pascalCase(name)}Schema`,
    ...(checked.has(name) ? { input: `${pascalCase(name)}InputSchema` } : {}),
  });
  const spreadable = new Set(
    Object.keys(schemas).filter((name) =>
      keepsEntries(description, schemas[name], cycles.has(name)),
    ),
  );
  const files = new Map<string, string>();
  const byType = new Map(Object.keys(schemas).map((name) => [name, kebabCase(name)]));
  for (const source of sources) {
    files.set(
      `${source.file}.ts`,
      modelModule(source, description, component, cycles, byType, spreadable, requestOnly),
    );
  }
  files.set(
    "index.ts",
    `${TS_HEADER}${sources
      .map((s) => s.file)
      .sort()
      .map((file) => `export * from "./${file}.js";`)
      .join("\n")}\n`,
  );
  return {
    files,
    names: {
      component,
      inlineResponse: (op) => inlineResponses.get(op.name),
      inlineBody: (op) => inlineBodies.get(op.name),
      requestOnly: (name) => requestOnly.has(name),
    },
  };
}

function modelModule(
  source: ModelSource,
  description: Description,
  component: ModelNames["component"],
  cycles: Map<string, number>,
  files: Map<string, string>,
  spreadable: ReadonlySet<string>,
  requestOnly: ReadonlySet<string>,
): string {
  // A model only requests use says where its fields go, as a param's doc does.
  const fieldLead =
    source.component !== undefined && requestOnly.has(source.component) ? [BODY_FIELD] : [];
  const ctx: SchemaContext = {
    description,
    names: component,
    isLazy: (name) => source.cycle !== undefined && cycles.get(name) === source.cycle,
    used: new Set(),
    keepsEntries: (name) => spreadable.has(name),
  };
  const declaration = typeDeclaration(source, ctx, fieldLead);
  const schemaCode = valibotCode(source.schema, ctx);
  const self = source.type;
  const sent =
    source.request === true ||
    (source.component !== undefined && component(source.component).input !== undefined);
  const { keepsEntries: _spreads, ...requestCtx } = ctx;
  const inputCode = sent ? valibotCode(source.schema, { ...requestCtx, inputChecks: true }) : "";
  const imports = [...ctx.used]
    .filter((name) => component(name).type !== self)
    .sort()
    .map((name) => {
      const { type, schema, input } = component(name);
      const names = [
        new RegExp(`\\b${type}\\b`).test(declaration) ? `type ${type}` : "",
        new RegExp(`\\b${schema}\\b`).test(schemaCode) ? schema : "",
        input && new RegExp(`\\b${input}\\b`).test(inputCode) ? input : "",
      ].filter(Boolean);
      return names.length > 0
        ? `import { ${names.join(", ")} } from "./${files.get(name)}.js";`
        : "";
    })
    .filter(Boolean);
  // An object model keeps its valibot type, so `.entries` can be spread and
  // `v.pick` works; `satisfies` still checks it against the interface once,
  // here. Other models are annotated with the small generic type: cycles
  // need it, and nothing composes a union or an array by its entries.
  const composable = source.component !== undefined && spreadable.has(source.component);
  const annotation = composable ? "" : `: v.GenericSchema<${self}>`;
  const check = composable ? ` satisfies v.GenericSchema<${self}>` : "";
  // A discriminated union's type is tagged by the mapping (see schema-code);
  // the checked members only know the field as a string, hence the cast.
  const cast = hasDiscriminator(source.schema) ? ` as v.GenericSchema<${self}>` : "";
  return `${TS_HEADER}import * as v from "valibot";
${imports.join("\n")}

/** ${capitalise(source.label)} of Intercom API 2.16. */
${declaration}

/** Validates ${source.label}; a loose check that keeps unknown fields. */
export const ${self}Schema${annotation} = ${pureCalls(schemaCode)}${cast}${check};
${
  sent
    ? `
/** Checks ${source.label} as a request: unknown keys fail, limits and required sets apply. */
export const ${self}InputSchema: v.GenericSchema<${self}> = ${pureCalls(inputCode)}${cast};
`
    : ""
}`;
}

function typeDeclaration(source: ModelSource, ctx: SchemaContext, lead: readonly string[]): string {
  const resolved = ctx.description.deref(source.schema);
  // A nullable model is `… | null`, which an interface cannot say.
  const nullable = isObject(resolved) && resolved.nullable === true;
  // extensionParts needs an allOf, so a bare `$ref` never gets this far.
  const extension =
    isObject(source.schema) && !nullable
      ? extensionParts(ctx.description, source.schema)
      : undefined;
  if (extension) {
    // "A plus these fields": an interface that extends A, so A's fields are declared once.
    const bases = extension.bases.map((base) => typeCode(base, ctx)).join(", ");
    const lines = Object.entries(extension.added.properties).map(([name, property]) =>
      propertyLine(name, property, extension.added.required.has(name), ctx, { lead }),
    );
    return `export interface ${source.type} extends ${bases} {\n${lines.join("\n")}\n}`;
  }
  const shape =
    isObject(resolved) && !componentOf(source.schema)
      ? objectShape(ctx.description, source.schema)
      : undefined;
  if (shape && Object.keys(shape.properties).length > 0) {
    const lines = Object.entries(shape.properties).map(([name, property]) =>
      propertyLine(name, property, shape.required.has(name), ctx, { lead }),
    );
    return nullable
      ? `export type ${source.type} = {\n${lines.join("\n")}\n} | null;`
      : `export interface ${source.type} {\n${lines.join("\n")}\n}`;
  }
  return `export type ${source.type} = ${typeCode(source.schema, ctx)};`;
}

/** The lead of a request-only model's field: the same words a body param's doc starts with. */
const BODY_FIELD = "In the JSON body.";

/**
 * The components request bodies reach, and those answers reach. A component
 * that only requests reach has its fields always sent, never read back; each
 * one a request's checks refer to gets a strict request schema.
 */
function reachedComponents(
  schemas: Record<string, Json>,
  operations: readonly OperationModel[],
): {
  readonly requests: Set<string>;
  readonly checked: Set<string>;
  readonly responses: Set<string>;
} {
  const graph = componentRefs(schemas);
  const reach = (seeds: Json[]) => {
    const seen = new Set<string>();
    const stack = [...(componentRefs({ seeds }).get("seeds") ?? [])];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(graph.get(name) ?? []));
    }
    return seen;
  };
  // What a request's checks refer to: its fields' schemas and a whole-body param's.
  // A body model's own fields are spread into the params, so it is not among them.
  const checked = reach(
    operations.flatMap((op) => [
      ...op.params.filter((param) => param.in === "body").map((param) => param.schema),
      ...(op.bodyParam ? [op.bodyParam.schema] : []),
    ]),
  );
  const bodyModels = reach(
    operations.flatMap((op) =>
      op.bodyModel ? [{ $ref: `#/components/schemas/${op.bodyModel.component}` }] : [],
    ),
  );
  const responses = reach(operations.map((op) => op.response.schema ?? null));
  return { requests: new Set([...checked, ...bodyModels]), checked, responses };
}

/**
 * Whether a component's schema is emitted as a plain \`v.looseObject\` outside
 * any cycle, whose type can then keep its entries for composition.
 */
function keepsEntries(description: Description, schema: Json | undefined, inCycle: boolean) {
  if (inCycle || hasDiscriminator(schema) || !isObject(schema) || componentOf(schema)) return false;
  if (schema.nullable === true || schema.oneOf || schema.anyOf) return false;
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && !schema.properties) return false;
  const shape = objectShape(description, schema);
  return shape !== undefined && Object.keys(shape.properties).length > 0;
}

function checkNames(sources: readonly ModelSource[]): void {
  const seen = new Map<string, string>();
  for (const source of sources) {
    for (const name of [source.type, `${source.type}Schema`]) {
      if (RESERVED.has(name))
        throw new Error(`${source.label} would be named ${name}, which generated code reserves`);
      const other = seen.get(name);
      if (other) throw new Error(`${source.label} and ${other} would both be named ${name}`);
      seen.set(name, source.label);
    }
  }
  const files = new Set<string>();
  for (const source of sources) {
    if (files.has(source.file)) throw new Error(`two models would be written to ${source.file}.ts`);
    files.add(source.file);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
