import type { OperationEntry, OperationKey, ResourceNode } from "../config/resource-tree.ts";
import { kebabCase } from "../emit/names.ts";

/** Where one operation sits in the resource tree, and the names derived from that. */
export interface Placement {
  readonly key: OperationKey;
  /** The package directory and npm name suffix: `contacts` → `@intercom-kit/contacts`. */
  readonly domain: string;
  /** The facade path from the client: `["contacts", "notes"]`. */
  readonly resource: readonly string[];
  readonly verb: string;
  /** The exported function name, by the naming rule below. */
  readonly name: string;
  readonly entry: OperationEntry;
}

/** Verbs whose function names take the plural noun: they answer with many. */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(["list", "search", "scroll"]);

/**
 * The naming rule (docs/codegen.md): the verb's first word, then the noun of
 * every resource on the path (singular, except the last one's, which is
 * plural after a plural verb), then the rest of the verb. So
 * `contacts.notes` + `list` is `listContactNotes`, `contacts` +
 * `retrieveByExternalId` is `retrieveContactByExternalId`, and a grouping
 * without a noun (`workspace`) adds nothing: `workspace.brands` + `list` is
 * `listBrands`.
 */
export function functionName(nouns: readonly (readonly [string, string] | null)[], verb: string) {
  const [head = verb, ...rest] = verb.split(/(?=[A-Z])/);
  const plural = PLURAL_VERBS.has(head);
  const words = nouns.map((noun, index) => {
    if (!noun) return "";
    return plural && index === nouns.length - 1 ? noun[1] : noun[0];
  });
  return `${head}${words.join("")}${rest.join("")}`;
}

/** Walks the tree into one placement per operation, in tree order. */
export function placements(tree: Readonly<Record<string, ResourceNode>>): Placement[] {
  const found: Placement[] = [];
  const walk = (
    node: ResourceNode,
    domain: string,
    resource: readonly string[],
    nouns: readonly (readonly [string, string] | null)[],
  ) => {
    for (const [verb, entry] of Object.entries(node.operations ?? {})) {
      found.push({ key: entry.op, domain, resource, verb, name: functionName(nouns, verb), entry });
    }
    for (const [member, child] of Object.entries(node.resources ?? {})) {
      walk(child, domain, [...resource, member], [...nouns, child.noun]);
    }
  };
  for (const [member, node] of Object.entries(tree)) {
    walk(node, kebabCase(member), [member], [node.noun]);
  }
  return found;
}
