import { ExportFailedError } from "./errors.js";
import type { ExportDownloadOptions } from "./export-download.js";
import { gunzipDownload } from "./gunzip-download.js";

/** How one kind of export downloads its file; both runners hand theirs to `finishedExport`. */
export interface FinishedExportSpec {
  /** The statuses that mean the file is ready (`complete` for reporting, `completed` for content). */
  readonly done: ReadonlySet<string>;
  /** The download's operation id, for errors. */
  readonly operationId: string;
  readonly download: (
    signal: AbortSignal | undefined,
  ) => Promise<ReadableStream<Uint8Array> | null>;
}

/**
 * Turns a job that has stopped into the runners' result: `no_data` and the
 * done statuses resolve, with a `stream()` that downloads again on each call
 * (nothing for `no_data`); any other status throws `ExportFailedError`.
 */
export function finishedExport<TJob extends { readonly status?: string | undefined }>(
  job: TJob,
  jobIdentifier: string,
  runSignal: AbortSignal | undefined,
  spec: FinishedExportSpec,
) {
  const raw = job.status ?? "";
  if (!spec.done.has(raw) && raw !== "no_data") throw new ExportFailedError(jobIdentifier, raw);
  const status: "completed" | "no_data" = raw === "no_data" ? "no_data" : "completed";
  return {
    status,
    jobIdentifier,
    job,
    async stream(streamOptions: ExportDownloadOptions = {}) {
      const signal = streamOptions.signal ?? runSignal;
      const body = status === "no_data" ? null : await spec.download(signal);
      return gunzipDownload(body, jobIdentifier, spec.operationId, signal);
    },
  };
}
