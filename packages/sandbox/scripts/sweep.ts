import { isStored, storedKindOf } from "../src/examples/stored-resource.ts";
import { OPERATIONS } from "../src/generated/operations.ts";
import type { Store } from "../src/store/store.ts";

/**
 * One pass over all 231 operations against a running sandbox (deletes last,
 * stored ids in the paths), returning each answer's status and body with
 * the per-request `request_id` taken out. Two passes separated by
 * `reset()` must return the same; `measure-memory.ts` repeats it to see
 * whether memory stays flat.
 */
export async function sweep(
  url: string,
  token: string,
  store: () => Store,
): Promise<Array<[string, number, string]>> {
  const rank = (op: (typeof OPERATIONS)[number]) =>
    op.method === "DELETE" ? 100 - op.path.split("/").length : 0;
  const out: Array<[string, number, string]> = [];
  for (const op of [...OPERATIONS].sort((a, b) => rank(a) - rank(b))) {
    const path = op.path.replace(/\{([^}]+)\}/g, (_, param: string) => {
      const kind = storedKindOf(op.path, param);
      if (kind === undefined) return "sweep-id";
      const current = store();
      const ids = idsOf(current, kind);
      return encodeURIComponent(ids.find((id) => isStored(current, kind, id)) ?? "none");
    });
    const response = await fetch(`${url}${path}`, {
      method: op.method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      redirect: "manual",
      ...(op.method === "GET" || op.method === "DELETE" ? {} : { body: "{}" }),
    });
    const text = await response.text();
    out.push([
      `${op.method} ${op.path}`,
      response.status,
      text.replace(/"request_id":"[^"]*"/g, ""),
    ]);
  }
  return out;
}

function idsOf(store: Store, kind: NonNullable<ReturnType<typeof storedKindOf>>): string[] {
  const maps: Record<typeof kind, Map<string, unknown>> = {
    contact: store.contacts,
    conversation: store.conversations,
    company: store.companies,
    ticket: store.tickets,
    ticket_type: store.ticketTypes,
    article: store.articles,
    admin: store.admins,
    team: store.teams,
    tag: store.tags,
    note: store.notes,
    segment: store.segments,
    help_center: store.helpCenters,
    collection: store.collections,
    data_attribute: store.dataAttributes,
  };
  return [...maps[kind].keys()];
}
