import * as v from "valibot";

/**
 * Builds one example value from a valibot schema of `@intercom-kit/models`
 * (or an operation's input schema): the same value for the same schema on
 * every run, with values named after their field (`email`, `*_at`, `url`),
 * so the example-backed answers and the conformance test's params read like
 * data rather than like "string". Used by `generate.ts` and the tests only;
 * nothing here ships in the package.
 */
export interface ExampleOptions {
  /** Optional fields are filled down to this depth; below it only required ones are. */
  readonly optionalDepth: number;
  /** Below this depth nullable values are null and arrays empty, which ends recursion. */
  readonly maxDepth: number;
}

export const RESPONSE_EXAMPLE_OPTIONS: ExampleOptions = { optionalDepth: 2, maxDepth: 5 };
export const INPUT_EXAMPLE_OPTIONS: ExampleOptions = { optionalDepth: 0, maxDepth: 4 };

/** A timestamp for every `*_at` field: 2025-01-01, the sandbox's seed epoch. */
export const EXAMPLE_TIME = 1_735_689_600;

// Valibot schemas are plain objects; their kind is `type` and their parts
// are `entries`, `wrapped`, `item`, `options`, `literal`, `getter` and `pipe`.
interface SchemaNode {
  readonly type: string;
  readonly entries?: Record<string, SchemaNode>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly SchemaNode[] | readonly unknown[];
  readonly literal?: unknown;
  readonly getter?: () => SchemaNode;
  readonly pipe?: readonly { readonly type: string; readonly requirement?: unknown }[];
}

export function exampleOf(schema: v.GenericSchema, options: ExampleOptions): unknown {
  return build(schema as unknown as SchemaNode, "", 0, options);
}

/** Whether a value passes a schema; the generator refuses to write one that does not. */
export function passes(schema: v.GenericSchema, value: unknown): boolean {
  return v.safeParse(schema, value).success;
}

function build(node: SchemaNode, key: string, depth: number, options: ExampleOptions): unknown {
  switch (node.type) {
    case "optional":
    case "exact_optional":
    case "undefinedable":
    case "non_optional":
    case "non_nullable":
    case "non_nullish":
      return build(node.wrapped as SchemaNode, key, depth, options);
    case "nullable":
    case "nullish":
      return depth > options.maxDepth
        ? null
        : build(node.wrapped as SchemaNode, key, depth, options);
    case "lazy":
      return depth > options.maxDepth
        ? null
        : build((node.getter as () => SchemaNode)(), key, depth, options);
    case "literal":
      return node.literal;
    case "picklist":
    case "enum":
      return (node.options as readonly unknown[])[0];
    case "string":
      return exampleString(key, node);
    case "number":
      return exampleNumber(key, node);
    case "boolean":
      return false;
    case "null":
      return null;
    case "unknown":
    case "any":
      return key === "value" ? "example" : null;
    case "array":
      return depth >= options.maxDepth
        ? []
        : [build(node.item as SchemaNode, singular(key), depth + 1, options)];
    case "record":
      return {};
    case "union":
    case "variant":
      return build((node.options as readonly SchemaNode[])[0] as SchemaNode, key, depth, options);
    case "object":
    case "loose_object":
    case "strict_object":
    case "object_with_rest":
      return buildObject(node.entries ?? {}, depth, options);
    default:
      throw new Error(`schema-example: no example for a "${node.type}" schema (at ${key})`);
  }
}

function buildObject(
  entries: Record<string, SchemaNode>,
  depth: number,
  options: ExampleOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(entries)) {
    const optional = entry.type === "optional" || entry.type === "exact_optional";
    if (optional && depth >= options.optionalDepth) continue;
    out[key] = build(entry, key, depth + 1, options);
  }
  return out;
}

function exampleString(key: string, node: SchemaNode): string {
  const minLength = requirement(node, "min_length");
  const maxLength = requirement(node, "max_length");
  let text = namedString(key);
  if (minLength !== undefined) text = text.padEnd(minLength, "x");
  if (maxLength !== undefined) text = text.slice(0, maxLength);
  return text;
}

function namedString(key: string): string {
  const k = key.toLowerCase();
  if (k === "type") return "example";
  if (k.includes("email")) return "ada@example.com";
  if (k.includes("url") || k === "website") return "https://sandbox.example.com/example";
  if (k.endsWith("_at") || k.includes("date")) return new Date(EXAMPLE_TIME * 1000).toISOString();
  if (k === "id" || k.endsWith("_id") || k.endsWith("_ids")) return "1";
  if (k === "locale" || k.endsWith("_locale")) return "en";
  if (k === "name" || k.endsWith("_name")) return "Example name";
  if (k === "body" || k === "html") return "<p>Example text.</p>";
  if (k === "phone" || k.endsWith("_phone") || k.includes("phone_number")) return "+353861234567";
  return `example ${key || "text"}`.trim();
}

function exampleNumber(key: string, node: SchemaNode): number {
  const k = key.toLowerCase();
  let value = k.endsWith("_at") || k.includes("time") ? EXAMPLE_TIME : 1;
  const min = requirement(node, "min_value");
  const max = requirement(node, "max_value");
  if (min !== undefined && value < min) value = min;
  if (max !== undefined && value > max) value = max;
  return value;
}

function requirement(node: SchemaNode, type: string): number | undefined {
  const action = node.pipe?.find((item) => item.type === type);
  return typeof action?.requirement === "number" ? action.requirement : undefined;
}

/** `tags` → `tag`, so an array's items are named like one of them. */
function singular(key: string): string {
  return key.endsWith("ies") ? `${key.slice(0, -3)}y` : key.replace(/s$/, "");
}
