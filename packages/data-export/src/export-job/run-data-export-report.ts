import type { Client } from "@intercom-kit/core";
import type { RetrieveDataExportReportResponse } from "@intercom-kit/models";
import { downloadDataExportReport } from "../generated/download-data-export-report.js";
import { enqueueDataExportReport } from "../generated/enqueue-data-export-report.js";
import { retrieveDataExportReport } from "../generated/retrieve-data-export-report.js";
import { ExportFailedError } from "./errors.js";
import type { ExportDownload } from "./export-download.js";
import { finishedExport } from "./finished-export.js";
import type { ExportPollOptions } from "./poll-options.js";
import { pollUntilDone, startDeadline, withinDeadline } from "./poll-until-done.js";

/** What `enqueueDataExportReport` takes, plus the ids its status and download calls need. */
export interface RunDataExportReportParams {
  /** A dataset's `id` from `listDataExportReportDatasets`, e.g. `"conversation"`. */
  readonly dataset_id: string;
  /** Attributes of that dataset; its listing's `qualified_id`s. */
  readonly attribute_ids: readonly string[];
  /** UNIX seconds. */
  readonly start_time: number;
  /** UNIX seconds. */
  readonly end_time: number;
  /** The workspace's id code (`GET /me` → `app.id_code`), which the status and download calls ask for. */
  readonly app_id: string;
  /** Your app's client id, which the status call asks for. */
  readonly client_id: string;
}

/** A finished reporting export; `no_data` downloads are empty. */
export interface DataExportReportResult extends ExportDownload {
  readonly status: "completed" | "no_data";
  readonly jobIdentifier: string;
  readonly job: RetrieveDataExportReportResponse;
}

// Intercom's description shows a finished reporting job as `complete`, its
// content exports as `completed`; both are accepted.
const DONE = new Set(["complete", "completed"]);
const TERMINAL = new Set([...DONE, "no_data", "failed", "canceled", "cancelled"]);

/**
 * Enqueues a reporting dataset export, polls it with backoff until it ends,
 * and resolves with a handle to stream its file. Same options and errors as
 * `runDataExport`; Intercom has no call to cancel a reporting export, so an
 * abort only stops the polling and the download.
 */
export async function runDataExportReport(
  client: Client,
  params: RunDataExportReportParams,
  options: ExportPollOptions = {},
): Promise<DataExportReportResult> {
  const deadline = startDeadline(options);
  const { app_id, client_id, ...enqueue } = params;
  const created = await withinDeadline(deadline, options, undefined, undefined, (signal) =>
    enqueueDataExportReport(
      client,
      { ...enqueue, attribute_ids: [...enqueue.attribute_ids] },
      { signal },
    ),
  );
  const jobIdentifier = created.job_identifier;
  if (!jobIdentifier) throw new ExportFailedError("(none)", created.status ?? "missing");
  let job: RetrieveDataExportReportResponse = created;
  if (!TERMINAL.has(created.status ?? "")) {
    job = await pollUntilDone(
      {
        jobIdentifier,
        operationId: "retrieveDataExportReport",
        fetchStatus: (signal) =>
          retrieveDataExportReport(
            client,
            { job_identifier: jobIdentifier, app_id, client_id },
            { signal },
          ),
        statusOf: (answer) => answer.status ?? "",
        isTerminal: (status) => TERMINAL.has(status),
      },
      deadline,
      options,
    );
  }
  return finishedExport(job, jobIdentifier, options.signal, {
    done: DONE,
    operationId: "downloadDataExportReport",
    download: (signal) =>
      downloadDataExportReport(
        client,
        { job_identifier: jobIdentifier, app_id },
        signal ? { signal } : {},
      ),
  });
}
