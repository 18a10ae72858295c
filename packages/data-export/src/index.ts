// Hand-written helpers of this domain go next to this file; the operations are generated.

export {
  ExportDownloadError,
  ExportFailedError,
  ExportTimeoutError,
} from "./export-job/errors.js";
export type { ExportDownload, ExportDownloadOptions } from "./export-job/export-download.js";
export type { ExportPollOptions, ExportProgress } from "./export-job/poll-options.js";
export {
  type DataExportResult,
  type RunDataExportOptions,
  type RunDataExportParams,
  runDataExport,
} from "./export-job/run-data-export.js";
export {
  type DataExportReportResult,
  type RunDataExportReportParams,
  runDataExportReport,
} from "./export-job/run-data-export-report.js";
export * from "./generated/index.js";
