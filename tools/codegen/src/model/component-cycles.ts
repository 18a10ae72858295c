import { componentOf } from "../read/component-ref.ts";
import { isObject, type Json } from "../read/json.ts";

/** The components each component refers to, directly. */
export function componentRefs(schemas: Record<string, Json>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(schemas)) {
    const refs = new Set<string>();
    collect(schema, refs);
    graph.set(name, refs);
  }
  return graph;
}

function collect(node: Json, refs: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, refs);
    return;
  }
  if (!isObject(node)) return;
  const ref = componentOf(node);
  if (ref) refs.add(ref);
  for (const [key, value] of Object.entries(node)) {
    if (key !== "example" && key !== "examples") collect(value, refs);
  }
}

/**
 * For every component in a reference cycle, the id of its cycle (Tarjan's
 * strongly connected components). References inside one cycle must be lazy.
 */
export function cycleIds(graph: Map<string, Set<string>>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Map<string, number>();
  let counter = 0;
  let cycle = 0;

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    const selfLoop = graph.get(node)?.has(node) ?? false;
    if (members.length > 1 || selfLoop) {
      for (const m of members) result.set(m, cycle);
      cycle++;
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return result;
}
