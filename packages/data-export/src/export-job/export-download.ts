/** Per-download options. */
export interface ExportDownloadOptions {
  /** Stops the download; defaults to the signal the export was run with. */
  readonly signal?: AbortSignal;
}

/** Something whose file can be streamed: the result of `runDataExport` or `runDataExportReport`. */
export interface ExportDownload {
  readonly jobIdentifier: string;
  /**
   * Downloads the file and resolves with its gunzipped bytes (CSV), read one
   * chunk at a time as the consumer pulls. Each call downloads it again.
   */
  stream(options?: ExportDownloadOptions): Promise<ReadableStream<Uint8Array>>;
}
