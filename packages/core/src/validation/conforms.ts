import type { GenericSchema } from "valibot";

/**
 * The parts of a valibot schema or action this check reads. valibot's
 * schemas are plain objects whose `type` says what they are; `pipe()` copies
 * its first schema's fields and adds `pipe`.
 */
interface Node {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly Node[];
  readonly wrapped?: Node;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly key?: Node;
  readonly value?: Node;
  readonly options?: readonly Node[];
  readonly literal?: unknown;
  readonly getter?: (input: unknown) => Node;
  readonly requirement?: unknown;
  readonly "~run": (
    dataset: { value: unknown; typed?: boolean },
    config: object,
  ) => { issues?: unknown };
}

/** Stop at the first issue: this check only needs to know whether there is one. */
const FIRST_ISSUE = { abortEarly: true };

/**
 * Whether `value`, as `JSON.parse` made it, passes `schema`, without
 * building valibot's output.
 *
 * `safeParse` copies every object and array it checks, so checking a page of
 * 150 contacts allocates a second page that is thrown away at once: in the
 * 100,000-contact run that was a third of the SDK's CPU and most of its
 * garbage. Responses are never replaced by a schema's output (see
 * `checkResponse`), so only the verdict is needed. This walks the schema
 * kinds the generator emits and hands anything else (transformations,
 * custom checks, defaults, fallbacks) to valibot itself, so a `true` here is
 * always a `true` from valibot. A `false` is followed by `safeParse`, which
 * states the issues exactly as before.
 *
 * Each schema is turned into a plain function once, the first time it is
 * checked: reading `type` and `entries` off hundreds of differently shaped
 * schema objects on every item cost as much as the copy it avoids.
 */
export function conforms(schema: GenericSchema, value: unknown): boolean {
  return compiled(schema as unknown as Node)(value);
}

type Check = (value: unknown) => boolean;

const cache = new WeakMap<Node, Check>();

function compiled(node: Node): Check {
  let fn = cache.get(node);
  if (!fn) {
    // Set before compiling the parts, so a schema that contains itself
    // (through `lazy`) finds its own entry instead of recursing forever.
    let inner: Check | undefined;
    cache.set(node, (value) => (inner as Check)(value));
    inner = compile(node);
    cache.set(node, inner);
    fn = inner;
  }
  return fn;
}

function compile(node: Node): Check {
  if (node.pipe) return compilePipe(node, node.pipe);
  switch (node.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && !Number.isNaN(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "unknown":
    case "any":
      return () => true;
    case "literal": {
      const literal = node.literal;
      // valibot compares with SameValueZero; NaN, the one difference, is left to it.
      if (Number.isNaN(literal)) break;
      return (value) => value === literal;
    }
    case "optional":
    case "nullable":
    case "nullish": {
      if (node.default !== undefined) break;
      const wrapped = compiled(node.wrapped as Node);
      const none = node.type === "optional" ? undefined : null;
      const orUndefined = node.type === "nullish";
      return (value) => value === none || (orUndefined && value === undefined) || wrapped(value);
    }
    case "loose_object":
    case "object":
    case "strict_object":
      return compileObject(node);
    case "array": {
      const item = compiled(node.item as Node);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case "record":
      return compileRecord(node);
    case "union": {
      const options = (node.options ?? []).map(compiled);
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    case "lazy": {
      const getter = node.getter as (input: unknown) => Node;
      return (value) => compiled(getter(value))(value);
    }
  }
  return byValibot(node);
}

function compileObject(node: Node): Check {
  const entries = node.entries as Readonly<Record<string, Node>>;
  const keys = Object.keys(entries);
  const nodes = keys.map((key) => entries[key] as Node);
  if (
    // A default or fallback changes what valibot checks for a missing key.
    nodes.some((entry) => entry.default !== undefined || entry.fallback !== undefined) ||
    // valibot's `key in input` finds these on every object.
    keys.some((key) => key in Object.prototype)
  ) {
    return byValibot(node);
  }
  const checks = nodes.map(compiled);
  const index = new Map(keys.map((key, i) => [key, i]));
  const required = nodes.map(
    (entry) =>
      entry.type !== "optional" && entry.type !== "nullish" && entry.type !== "exact_optional",
  );
  let requiredCount = 0;
  for (const need of required) if (need) requiredCount++;
  const strict = node.type === "strict_object";
  const lastKeys: string[] = [];
  const lastEntries: (number | undefined)[] = [];
  return (value) => {
    if (!value || typeof value !== "object") return false;
    const input = value as Record<string, unknown>;
    // Walking the input's own keys is several times faster than looking up
    // each entry by name (V8 reads `input[key]` inside `for…in` by slot).
    // JSON.parse makes only enumerable data properties, so this sees what
    // valibot's walk sees; a required entry not met this way is a `false`,
    // and safeParse then settles it.
    let met = 0;
    let position = 0;
    for (const key in input) {
      // Items of one list nearly always list their keys in the same order,
      // so the entry found at this position last time is tried first.
      let i = lastKeys[position] === key ? lastEntries[position] : undefined;
      if (i === undefined) {
        i = index.get(key);
        lastKeys[position] = key;
        lastEntries[position] = i;
      }
      position++;
      if (i === undefined) {
        if (strict) return false;
        continue;
      }
      if (!(checks[i] as Check)(input[key])) return false;
      if (required[i]) met++;
    }
    return met === requiredCount;
  };
}

function compileRecord(node: Node): Check {
  const key = compiled(node.key as Node);
  const item = compiled(node.value as Node);
  return (value) => {
    if (!value || typeof value !== "object") return false;
    const input = value as Record<string, unknown>;
    for (const name in input) {
      // The keys valibot's record skips.
      if (
        !Object.hasOwn(input, name) ||
        name === "__proto__" ||
        name === "prototype" ||
        name === "constructor"
      ) {
        continue;
      }
      if (!key(name) || !item(input[name])) return false;
    }
    return true;
  };
}

function compilePipe(node: Node, pipe: readonly Node[]): Check {
  const steps: Check[] = [];
  for (const item of pipe) {
    if (item.kind === "metadata") continue;
    if (item.kind === "schema") {
      // The first item is the schema the pipe was built on, without `pipe`.
      steps.push(compiled(item));
    } else if (item.kind === "validation") {
      steps.push(
        item.type === "integer"
          ? (value) => Number.isInteger(value)
          : (value) => item["~run"]({ value, typed: true }, FIRST_ISSUE).issues === undefined,
      );
    } else {
      // A transformation changes what the items after it see.
      return byValibot(node);
    }
  }
  return (value) => {
    for (const step of steps) if (!step(value)) return false;
    return true;
  };
}

function byValibot(node: Node): Check {
  return (value) => node["~run"]({ value }, FIRST_ISSUE).issues === undefined;
}
