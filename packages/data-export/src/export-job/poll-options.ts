/** What a poll reports to `onProgress`, after each status answer. */
export interface ExportProgress {
  readonly jobIdentifier: string;
  /** The status Intercom answered with this poll. */
  readonly status: string;
  /** Milliseconds since the helper started, creating the job included. */
  readonly elapsedMs: number;
  /** 1 for the first status poll, then 2, 3, … */
  readonly attempt: number;
}

/** How a helper waits for an export job. Every field is optional. */
export interface ExportPollOptions {
  /** The wait before the first status poll; it grows 1.5× per poll up to `maxPollIntervalMs`. Default 1000. */
  readonly pollIntervalMs?: number;
  /** The longest wait between polls. Default 30000. */
  readonly maxPollIntervalMs?: number;
  /** The overall limit, from start to a finished job; past it the helper throws `ExportTimeoutError`. Default 900000 (15 minutes). */
  readonly maxWaitMs?: number;
  /** Stops the polling, and any download started from the result, with the core's `AbortError`. */
  readonly signal?: AbortSignal;
  /** Called after each status poll. An exception it throws stops the helper. */
  readonly onProgress?: (progress: ExportProgress) => void;
}
