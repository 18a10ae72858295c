import { IntercomError } from "@intercom-kit/core";

/** An export job ended without data to download: Intercom said `failed`, or it was canceled. */
export class ExportFailedError extends IntercomError {
  override name = "ExportFailedError";
  readonly jobIdentifier: string;
  /** The status Intercom last reported: `failed`, `canceled`, or another that ends the job. */
  readonly status: string;

  constructor(jobIdentifier: string, status: string) {
    super(`export job ${jobIdentifier} ended with status "${status}"`);
    this.jobIdentifier = jobIdentifier;
    this.status = status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), jobIdentifier: this.jobIdentifier, status: this.status };
  }
}

/** An export job was still running when the helper's overall limit, `maxWaitMs`, ran out. */
export class ExportTimeoutError extends IntercomError {
  override name = "ExportTimeoutError";
  /** Undefined when the limit ran out before the job was created. */
  readonly jobIdentifier: string | undefined;
  readonly maxWaitMs: number;
  /** The status last seen, when a poll had answered. */
  readonly lastStatus: string | undefined;

  constructor(jobIdentifier: string | undefined, maxWaitMs: number, lastStatus?: string) {
    const job = jobIdentifier === undefined ? "export job" : `export job ${jobIdentifier}`;
    const last = lastStatus === undefined ? "" : ` (last status "${lastStatus}")`;
    super(`${job} did not finish within ${maxWaitMs} ms${last}`);
    this.jobIdentifier = jobIdentifier;
    this.maxWaitMs = maxWaitMs;
    this.lastStatus = lastStatus;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      jobIdentifier: this.jobIdentifier,
      maxWaitMs: this.maxWaitMs,
      lastStatus: this.lastStatus,
    };
  }
}

/**
 * The export's file could not be read: its body was not valid gzip (a
 * truncated download ends the gzip stream early), broke off, or its CSV was
 * malformed. `cause` holds what failed underneath.
 */
export class ExportDownloadError extends IntercomError {
  override name = "ExportDownloadError";
  readonly jobIdentifier: string;

  constructor(jobIdentifier: string, reason: string, cause: unknown) {
    super(`export job ${jobIdentifier}: ${reason}`, { cause });
    this.jobIdentifier = jobIdentifier;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), jobIdentifier: this.jobIdentifier };
  }
}
