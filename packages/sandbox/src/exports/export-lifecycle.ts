import type { ExportJobOptions } from "../options.js";

/** A job is pending for this long after it is asked for, then in progress… */
export const EXPORT_PENDING_MS = 2_000;
/** …and finished this long after it is asked for. */
export const EXPORT_COMPLETED_MS = 5_000;

/** What the life cycle needs of a job, content or reporting. */
export interface LifecycleJob {
  readonly requested_ms: number;
  readonly cancelled: boolean;
  readonly polls: number;
  /** Whether its range holds any row; an empty one ends as `no_data`. */
  readonly hasRows: boolean;
}

export type ExportStatus =
  | "pending"
  | "in_progress"
  | "completed"
  | "failed"
  | "no_data"
  | "canceled";

/**
 * Where a job is: two steps (pending, then in progress), each left after
 * `pollsPerStep` status polls or, when the clock is followed, after
 * `EXPORT_PENDING_MS` / `EXPORT_COMPLETED_MS`; then its outcome.
 */
export function exportStatus(
  job: LifecycleJob,
  nowMs: number,
  options: Required<ExportJobOptions>,
): ExportStatus {
  if (job.cancelled) return "canceled";
  const byPolls = Math.floor(job.polls / options.pollsPerStep);
  const age = nowMs - job.requested_ms;
  const byClock = !options.followClock
    ? 0
    : age >= EXPORT_COMPLETED_MS
      ? 2
      : age >= EXPORT_PENDING_MS
        ? 1
        : 0;
  const step = Math.max(byPolls, byClock);
  if (step === 0) return "pending";
  if (step === 1) return "in_progress";
  if (options.outcome !== "completed") return options.outcome;
  return job.hasRows ? "completed" : "no_data";
}

export function isRunning(status: ExportStatus): boolean {
  return status === "pending" || status === "in_progress";
}
