import type { Client } from "@intercom-kit/core";
import type { DataExport } from "@intercom-kit/models";
import { cancelDataExport } from "../generated/cancel-data-export.js";
import { createDataExport } from "../generated/create-data-export.js";
import { downloadDataExport } from "../generated/download-data-export.js";
import { retrieveDataExport } from "../generated/retrieve-data-export.js";
import { ExportFailedError, ExportTimeoutError } from "./errors.js";
import type { ExportDownload } from "./export-download.js";
import { finishedExport } from "./finished-export.js";
import type { ExportPollOptions } from "./poll-options.js";
import { pollUntilDone, startDeadline, withinDeadline } from "./poll-until-done.js";

/** The time range of a content export, UNIX seconds, as `createDataExport` takes it. */
export interface RunDataExportParams {
  readonly created_at_after: number;
  readonly created_at_before: number;
}

export interface RunDataExportOptions extends ExportPollOptions {
  /**
   * When the caller's signal fires or the overall limit runs out, also ask
   * Intercom to cancel the job (`cancelDataExport`, best effort). Default
   * true: Intercom runs one content export per workspace at a time, so an
   * abandoned job would block the next one until it finished.
   */
  readonly cancelOnAbort?: boolean;
}

/**
 * A finished content export. `completed` has a file to download; `no_data`
 * means the range held nothing, and its downloads are empty.
 */
export interface DataExportResult extends ExportDownload {
  readonly status: "completed" | "no_data";
  readonly jobIdentifier: string;
  /** The last status answer, with `download_url` and `download_expires_at`. */
  readonly job: DataExport;
}

const COMPLETED: ReadonlySet<string> = new Set(["completed"]);
const TERMINAL = new Set([...COMPLETED, "no_data", "failed", "canceled", "cancelled"]);

/**
 * Creates a content data export, polls it with backoff until it ends, and
 * resolves with a handle to stream its file. `failed` or `canceled` throws
 * `ExportFailedError`; the overall limit throws `ExportTimeoutError`; the
 * caller's signal throws the core's `AbortError`.
 *
 * @example
 * ```ts no-run
 * const result = await runDataExport(client, { created_at_after, created_at_before });
 * for await (const row of readExportRows(result)) console.log(row);
 * ```
 */
export async function runDataExport(
  client: Client,
  params: RunDataExportParams,
  options: RunDataExportOptions = {},
): Promise<DataExportResult> {
  const deadline = startDeadline(options);
  const created = await withinDeadline(deadline, options, undefined, undefined, (signal) =>
    createDataExport(client, params, { signal }),
  );
  const jobIdentifier = created.job_identifier;
  if (!jobIdentifier) throw new ExportFailedError("(none)", created.status ?? "missing");
  let job: DataExport = created;
  try {
    if (!TERMINAL.has(created.status ?? "")) {
      job = await pollUntilDone(
        {
          jobIdentifier,
          operationId: "retrieveDataExport",
          fetchStatus: (signal) =>
            retrieveDataExport(client, { job_identifier: jobIdentifier }, { signal }),
          statusOf: (answer) => answer.status ?? "",
          isTerminal: (status) => TERMINAL.has(status),
        },
        deadline,
        options,
      );
    }
  } catch (error) {
    const stopped = error instanceof ExportTimeoutError || options.signal?.aborted;
    if (stopped && (options.cancelOnAbort ?? true)) {
      await cancelDataExport(client, { job_identifier: jobIdentifier }).catch(() => undefined);
    }
    throw error;
  }
  return finishedExport(job, jobIdentifier, options.signal, {
    done: COMPLETED,
    operationId: "downloadDataExport",
    download: (signal) =>
      downloadDataExport(client, { job_identifier: jobIdentifier }, signal ? { signal } : {}),
  });
}
