import { IntercomError } from "@intercom-kit/core";
import type { Jobs } from "@intercom-kit/models";

/** The job ended as `failed`. `job` is its last status answer. */
export class JobFailedError extends IntercomError {
  override name = "JobFailedError";
  readonly jobId: string;
  readonly status: string;
  readonly job: Jobs;

  constructor(job: Jobs) {
    super(`job ${job.id} ended with status "${job.status ?? ""}"`);
    this.jobId = job.id;
    this.status = job.status ?? "";
    this.job = job;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), jobId: this.jobId, status: this.status };
  }
}

/** The job was still running when `maxWaitMs` ran out. */
export class JobTimeoutError extends IntercomError {
  override name = "JobTimeoutError";
  readonly jobId: string;
  readonly maxWaitMs: number;
  readonly lastStatus: string | undefined;

  constructor(jobId: string, maxWaitMs: number, lastStatus: string | undefined) {
    const last = lastStatus === undefined ? "" : ` (last status "${lastStatus}")`;
    super(`job ${jobId} did not finish within ${maxWaitMs} ms${last}`);
    this.jobId = jobId;
    this.maxWaitMs = maxWaitMs;
    this.lastStatus = lastStatus;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      jobId: this.jobId,
      maxWaitMs: this.maxWaitMs,
      lastStatus: this.lastStatus,
    };
  }
}
