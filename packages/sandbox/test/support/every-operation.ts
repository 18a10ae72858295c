import type { Client, Operation } from "@intercom-kit/core";
import { type CatalogEntry, catalog } from "intercom-kit/catalog";
import type { GenericSchema } from "valibot";
import { exampleOf, INPUT_EXAMPLE_OPTIONS } from "../../scripts/schema-example.ts";
import { storedKindOf } from "../../src/examples/stored-resource.js";
import { type Sandbox, type Store, startSandbox } from "../../src/index.js";
import { EXPORT_COMPLETED_MS } from "../../src/routes/content-exports.js";
import { manualClock } from "./sandbox-client.js";

type Params = Record<string, unknown>;
type Fn = (client: Client, params?: Params) => PromiseLike<unknown>;

/**
 * Calls every catalogue operation not yet in `covered` through its SDK
 * function, in strict mode: params are the required ones of its input
 * schema, path params are records the store holds, and the stateful
 * operations that need meaningful input get it from `OVERRIDES`. Returns
 * the operations that threw, with why.
 */
export async function everyOperation(
  sandbox: Sandbox,
  client: Client,
  covered: ReadonlySet<string>,
  clientFor: (target: Sandbox) => Client,
): Promise<string[]> {
  const failures: string[] = [];
  const store = sandbox.store;
  const rank = (e: CatalogEntry) => (e.method === "DELETE" ? 100 - e.path.split("/").length : 0);
  const pending = catalog
    .filter((e) => !covered.has(`${e.method} ${e.path}`) && !EXPORTS.has(e.name))
    .sort((a, b) => rank(a) - rank(b));
  for (const entry of pending) {
    const module = (await import(entry.package)) as Record<string, unknown>;
    const operation = module[`${entry.name}Operation`] as Operation;
    const fn = module[entry.name] as Fn;
    const params = OVERRIDES[entry.name]?.(store) ?? generated(entry, operation, store);
    try {
      await fn(client, params);
    } catch (error) {
      failures.push(`${entry.name}: ${(error as Error).message.slice(0, 300)}`);
    }
  }
  failures.push(...(await exportLifecycle(clientFor)));
  return failures;
}

function generated(entry: CatalogEntry, operation: Operation, store: Store): Params {
  const params = exampleOf(operation.input as GenericSchema, INPUT_EXAMPLE_OPTIONS) as Params;
  for (const match of entry.path.matchAll(/\{([^}]+)\}/g)) {
    const param = match[1] as string;
    const kind = storedKindOf(entry.path, param);
    if (kind === undefined) continue;
    const id = firstOf(store, kind);
    params[param] = typeof params[param] === "number" && /^\d+$/.test(id) ? Number(id) : id;
  }
  return params;
}

function firstOf(store: Store, kind: NonNullable<ReturnType<typeof storedKindOf>>): string {
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
  return ([...maps[kind].keys()][0] as string | undefined) ?? "";
}

const first = <T>(map: Map<string, T>) => [...map.keys()][0] as string;
const second = <T>(map: Map<string, T>) => [...map.keys()][1] as string;

/** Input the generated params cannot guess: ids of the right record, values the sandbox checks. */
const OVERRIDES: Record<string, (store: Store) => Params> = {
  listAdminActivityLogs: () => ({ created_at_after: "0" }),
  // The description's required sets: a visitor by `id` or `user_id`; the user by `id` or
  // `user_id`, the visitor by `id`, `user_id` or `email`. Generated params carry none.
  updateVisitor: () => ({ user_id: "visitor-user-1", name: "Ada" }),
  convertVisitor: (s) => ({
    type: "user",
    user: { id: first(s.contacts) },
    visitor: { user_id: "visitor-user-1" },
  }),
  attachContactSubscription: (s) => ({
    contact_id: first(s.contacts),
    id: first(s.subscriptionTypes),
    consent_type: "opt_in",
  }),
  detachContactSubscription: (s) => ({
    contact_id: first(s.contacts),
    subscription_id: first(s.subscriptionTypes),
  }),
  attachConversationContact: (s) => ({
    conversation_id: first(s.conversations),
    admin_id: s.meAdminId,
    customer: { intercom_user_id: second(s.contacts) },
  }),
  detachConversationContact: (s) => ({
    conversation_id: first(s.conversations),
    contact_id: second(s.contacts),
    admin_id: s.meAdminId,
  }),
  convertConversationToTicket: (s) => ({
    conversation_id: first(s.conversations),
    ticket_type_id: first(s.ticketTypes),
  }),
  redactConversation: (s) => {
    const conversation = [...s.conversations.values()][0];
    return {
      body: {
        type: "source",
        conversation_id: conversation?.id,
        source_id: conversation?.source.id,
      },
    };
  },
  createDataAttribute: () => ({
    body: { name: "conformance_attribute", model: "contact", data_type: "string" },
  }),
  updateDataAttribute: (s) => ({
    data_attribute_id: Number([...s.dataAttributes.values()].find((a) => a.custom)?.id),
    body: { description: "Checked by the conformance test" },
  }),
  createMessage: (s) => ({
    message_type: "inapp",
    body: "Conformance",
    from: { type: "admin", id: Number(s.meAdminId) },
    to: { type: "user", id: first(s.contacts) },
  }),
  // The description declares the summary for this operation; the plain event.list
  // Intercom sends without summary=true is a documented difference.
  listDataEvents: (s) => ({
    type: "user",
    filter: { intercom_user_id: first(s.contacts) },
    summary: true,
  }),
};

const EXPORTS = new Set([
  "createDataExport",
  "retrieveDataExport",
  "cancelDataExport",
  "downloadDataExport",
  "listDataExportReportDatasets",
  "enqueueDataExportReport",
  "retrieveDataExportReport",
  "downloadDataExportReport",
  "enqueueTicket",
  "retrieveJobStatus",
]);

/** The export and job operations, in their order, on a sandbox whose clock the test moves. */
async function exportLifecycle(clientFor: (target: Sandbox) => Client): Promise<string[]> {
  const time = manualClock();
  const sandbox = await startSandbox({ rateLimit: false, clock: time.clock });
  const client = clientFor(sandbox);
  const failures: string[] = [];
  try {
    const exports = (await import("@intercom-kit/data-export")) as unknown as Record<string, Fn>;
    const call = async (name: string, params: Params) => {
      try {
        return (await exports[name]?.(client, params)) as Record<string, unknown> | undefined;
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message.slice(0, 300)}`);
        return undefined;
      }
    };
    const job = await call("createDataExport", { created_at_after: 0, created_at_before: 2e9 });
    const job_identifier = String(job?.job_identifier);
    time.advance(EXPORT_COMPLETED_MS);
    await call("retrieveDataExport", { job_identifier });
    await call("downloadDataExport", { job_identifier });
    const next = await call("createDataExport", { created_at_after: 0, created_at_before: 1 });
    await call("cancelDataExport", { job_identifier: String(next?.job_identifier) });
    // Reporting exports and background jobs move on by polls: one poll says
    // pending, the next in progress (jobs: success), the third complete.
    const datasets = await call("listDataExportReportDatasets", {});
    const [dataset] = (datasets?.data ?? []) as {
      id: string;
      attributes: { qualified_id: string }[];
    }[];
    const report = await call("enqueueDataExportReport", {
      dataset_id: dataset?.id,
      attribute_ids: dataset?.attributes.map((a) => a.qualified_id),
      start_time: 0,
      end_time: 2e9,
    });
    const reportQuery = {
      job_identifier: String(report?.job_identifier),
      app_id: sandbox.store.workspace.id_code,
    };
    for (let poll = 0; poll < 3; poll++) {
      await call("retrieveDataExportReport", { ...reportQuery, client_id: "conformance" });
    }
    await call("downloadDataExportReport", reportQuery);
    const tickets = (await import("@intercom-kit/tickets")) as unknown as Record<string, Fn>;
    const jobs = (await import("@intercom-kit/jobs")) as unknown as Record<string, Fn>;
    const [type] = sandbox.store.ticketTypes.values();
    const [contact] = sandbox.store.contacts.values();
    const enqueued = (await tickets.enqueueTicket?.(client, {
      ticket_type_id: type?.id,
      contacts: [{ id: contact?.id }],
    })) as { id: string } | undefined;
    for (let poll = 0; poll < 2; poll++) {
      try {
        await jobs.retrieveJobStatus?.(client, { job_id: String(enqueued?.id) });
      } catch (error) {
        failures.push(`retrieveJobStatus: ${(error as Error).message.slice(0, 300)}`);
      }
    }
  } finally {
    await sandbox.stop();
  }
  return failures;
}
