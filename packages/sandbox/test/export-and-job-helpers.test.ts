// The SDK's export and job helpers against the real sandbox over loopback
// HTTP: each job's life cycle as the sandbox emulates it.
import { createClient } from "@intercom-kit/core";
import {
  ExportFailedError,
  ExportTimeoutError,
  listDataExportReportDatasets,
  runDataExport,
  runDataExportReport,
} from "@intercom-kit/data-export";
import { readExportRows } from "@intercom-kit/data-export/rows";
import { JobFailedError, waitForJob } from "@intercom-kit/jobs";
import { enqueueTicket } from "@intercom-kit/tickets";
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, type StartSandboxOptions, startSandbox } from "../src/index.js";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function clientOf(options: StartSandboxOptions = {}) {
  sandbox = await startSandbox(options);
  return createClient({ token: sandbox.token, baseUrl: sandbox.url });
}

const everything = { created_at_after: 0, created_at_before: 2_000_000_000 };
const fast = { pollIntervalMs: 1, maxPollIntervalMs: 2 };

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe("content export against the sandbox", () => {
  it("runs pending → in_progress → completed and streams one row per conversation", async () => {
    const client = await clientOf();
    const statuses: string[] = [];
    const result = await runDataExport(client, everything, {
      ...fast,
      onProgress: (p) => statuses.push(p.status),
    });
    expect(statuses).toEqual(["pending", "in_progress", "completed"]);
    const rows = await collect(readExportRows(result));
    expect(rows).toHaveLength(sandbox?.store.conversations.size ?? -1);
    expect(Object.keys(rows[0] ?? {})).toContain("conversation_id");
  });

  it("ends as no_data for an empty range", async () => {
    const client = await clientOf();
    const result = await runDataExport(client, { created_at_after: 0, created_at_before: 1 }, fast);
    expect(result.status).toBe("no_data");
    expect(await collect(readExportRows(result))).toEqual([]);
  });

  it("fails with the status the sandbox was told to end with", async () => {
    const client = await clientOf({ exportJobs: { outcome: "failed" } });
    const error = await rejectionOf(runDataExport(client, everything, fast));
    expect(error).toBeInstanceOf(ExportFailedError);
    expect((error as ExportFailedError).status).toBe("failed");
  });

  it("times out on a job that never ends, and cancels it so the next can start", async () => {
    const client = await clientOf({ exportJobs: { pollsPerStep: 1_000_000, followClock: false } });
    const error = await rejectionOf(
      runDataExport(client, everything, { pollIntervalMs: 20, maxWaitMs: 2000 }),
    );
    expect(error).toBeInstanceOf(ExportTimeoutError);
    const [job] = [...(sandbox?.store.exportJobs.values() ?? [])];
    expect(job?.cancelled).toBe(true);
  });
});

describe("reporting export against the sandbox", () => {
  it("lists the datasets, enqueues one, and streams the attributes asked for", async () => {
    const client = await clientOf();
    const datasets = await listDataExportReportDatasets(client);
    const conversation = datasets.data?.find((d) => d.id === "conversation");
    const attributes = (conversation?.attributes ?? [])
      .slice(0, 2)
      .map((a) => a.qualified_id ?? "");
    const result = await runDataExportReport(
      client,
      {
        dataset_id: "conversation",
        attribute_ids: attributes,
        start_time: 0,
        end_time: 2_000_000_000,
        app_id: sandbox?.store.workspace.id_code ?? "",
        client_id: "sandbox-client",
      },
      fast,
    );
    expect(result.job.status).toBe("complete");
    const rows = await collect(readExportRows(result));
    expect(rows).toHaveLength(sandbox?.store.conversations.size ?? -1);
    expect(Object.keys(rows[0] ?? {})).toEqual(["conversation_id", "conversation_started_at"]);
  });
});

describe("background jobs against the sandbox", () => {
  async function enqueue(options: StartSandboxOptions = {}) {
    const client = await clientOf(options);
    const store = sandbox?.store;
    const [type] = [...(store?.ticketTypes.values() ?? [])];
    const [contact] = [...(store?.contacts.values() ?? [])];
    const job = await enqueueTicket(client, {
      ticket_type_id: type?.id ?? "",
      contacts: [{ id: contact?.id ?? "" }],
    });
    return { client, job };
  }

  it("waits for an enqueued ticket's job to succeed and points at the ticket", async () => {
    const { client, job } = await enqueue();
    expect(job.status).toBe("pending");
    const done = await waitForJob(client, job, fast);
    expect(done.status).toBe("success");
    expect(sandbox?.store.tickets.has(done.resource_id ?? "")).toBe(true);
  });

  it("throws JobFailedError when the sandbox makes jobs fail", async () => {
    const { client, job } = await enqueue({ exportJobs: { outcome: "failed" } });
    expect(await rejectionOf(waitForJob(client, job, fast))).toBeInstanceOf(JobFailedError);
  });
});

async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}
