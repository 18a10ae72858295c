import { AbortError, type Client, ConfigurationError, RateLimitError } from "@intercom-kit/core";
import { abortableSleep } from "@intercom-kit/core/internal";
import type { Jobs } from "@intercom-kit/models";
import { retrieveJobStatus } from "../generated/retrieve-job-status.js";
import { JobFailedError, JobTimeoutError } from "./errors.js";

/** What `onProgress` hears after each status poll. */
export interface JobProgress {
  readonly jobId: string;
  readonly status: string;
  /** Milliseconds since `waitForJob` started. */
  readonly elapsedMs: number;
  /** 1 for the first poll, then 2, 3, … */
  readonly attempt: number;
}

export interface WaitForJobOptions {
  /** The wait before the first poll; it grows 1.5× per poll up to `maxPollIntervalMs`. Default 500. */
  readonly pollIntervalMs?: number;
  /** The longest wait between polls. Default 10000. */
  readonly maxPollIntervalMs?: number;
  /** The overall limit; past it `waitForJob` throws `JobTimeoutError`. Default 300000 (5 minutes). */
  readonly maxWaitMs?: number;
  /** Stops the waiting with the core's `AbortError`. The job itself runs on at Intercom: it has no cancel call. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: JobProgress) => void;
}

/** Intercom's job statuses: `pending` until it ends as `success` or `failed`. */
const TERMINAL = new Set(["success", "failed"]);

/**
 * Polls `retrieveJobStatus` with growing waits until the job ends, and
 * resolves with its last status answer (`resource_id`, `resource_url`)
 * once it says `success`. `failed` throws `JobFailedError`, the overall
 * limit `JobTimeoutError`, the signal the core's `AbortError`. A 429 on a
 * poll waits what Intercom asked and polls again.
 *
 * Takes a job's id, or the job an operation answered with (e.g.
 * `enqueueTicket`), polling at once if it is already finished.
 */
export async function waitForJob(
  client: Client,
  job: string | Jobs,
  options: WaitForJobOptions = {},
): Promise<Jobs> {
  const jobId = typeof job === "string" ? job : job.id;
  if (typeof jobId !== "string" || jobId === "") {
    throw new ConfigurationError("waitForJob needs a job id (a non-empty string) or a job");
  }
  const maxWaitMs = positive("maxWaitMs", options.maxWaitMs ?? 300_000);
  const maxInterval = positive("maxPollIntervalMs", options.maxPollIntervalMs ?? 10_000);
  let interval = Math.min(positive("pollIntervalMs", options.pollIntervalMs ?? 500), maxInterval);
  const startedAt = Date.now();
  let attempt = 0;
  let lastStatus: string | undefined;
  const finished = (answer: Jobs): Jobs => {
    if (answer.status === "failed") throw new JobFailedError(answer);
    return answer;
  };
  if (typeof job !== "string" && TERMINAL.has(job.status ?? "")) return finished(job);
  for (;;) {
    const remaining = startedAt + maxWaitMs - Date.now();
    if (remaining <= 0) throw new JobTimeoutError(jobId, maxWaitMs, lastStatus);
    await abortableSleep(Math.min(interval, remaining), options.signal, "retrieveJobStatus");
    attempt += 1;
    const limit = AbortSignal.timeout(Math.max(1, startedAt + maxWaitMs - Date.now()));
    const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
    let answer: Jobs;
    try {
      answer = await retrieveJobStatus(client, { job_id: jobId }, { signal });
    } catch (error) {
      if (options.signal?.aborted) {
        throw error instanceof AbortError
          ? error
          : new AbortError("retrieveJobStatus", options.signal.reason);
      }
      if (limit.aborted) throw new JobTimeoutError(jobId, maxWaitMs, lastStatus);
      if (error instanceof RateLimitError) {
        interval = Math.max(interval, error.retryAfterMs() ?? interval);
        continue;
      }
      throw error;
    }
    lastStatus = answer.status ?? "";
    options.onProgress?.({ jobId, status: lastStatus, elapsedMs: Date.now() - startedAt, attempt });
    if (TERMINAL.has(lastStatus)) return finished(answer);
    interval = Math.min(interval * 1.5, maxInterval);
  }
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(`${name} must be a positive number of milliseconds, got ${value}`);
  }
  return value;
}
