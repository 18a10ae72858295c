import { AbortError, ConfigurationError, RateLimitError } from "@intercom-kit/core";
import { abortableSleep } from "@intercom-kit/core/internal";
import { ExportTimeoutError } from "./errors.js";
import type { ExportPollOptions } from "./poll-options.js";

const DEFAULT_POLL_INTERVAL_MS = 1_000;
const DEFAULT_MAX_POLL_INTERVAL_MS = 30_000;
const DEFAULT_MAX_WAIT_MS = 15 * 60_000;
/** Each wait is this much longer than the last, so a long export costs few calls. */
const BACKOFF_FACTOR = 1.5;

/** The helper's overall clock: when it started and when it must give up. */
export interface PollDeadline {
  readonly startedAt: number;
  readonly maxWaitMs: number;
}

export function startDeadline(options: ExportPollOptions): PollDeadline {
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  checkPositive("maxWaitMs", maxWaitMs);
  checkPositive("pollIntervalMs", options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  checkPositive("maxPollIntervalMs", options.maxPollIntervalMs ?? DEFAULT_MAX_POLL_INTERVAL_MS);
  return { startedAt: Date.now(), maxWaitMs };
}

/**
 * Runs one request under the caller's signal and the overall limit: the
 * limit running out mid-request is an `ExportTimeoutError`, not an abort.
 */
export async function withinDeadline<T>(
  deadline: PollDeadline,
  options: ExportPollOptions,
  jobIdentifier: string | undefined,
  lastStatus: string | undefined,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const remaining = deadline.startedAt + deadline.maxWaitMs - Date.now();
  if (remaining <= 0) throw new ExportTimeoutError(jobIdentifier, deadline.maxWaitMs, lastStatus);
  const limit = AbortSignal.timeout(remaining);
  const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
  try {
    return await call(signal);
  } catch (error) {
    if (limit.aborted && !options.signal?.aborted) {
      throw new ExportTimeoutError(jobIdentifier, deadline.maxWaitMs, lastStatus);
    }
    throw error;
  }
}

export interface PollSpec<T> {
  readonly jobIdentifier: string;
  /** The operation polled, named in an `AbortError`. */
  readonly operationId: string;
  readonly fetchStatus: (signal: AbortSignal) => Promise<T>;
  readonly statusOf: (answer: T) => string;
  readonly isTerminal: (status: string) => boolean;
}

/**
 * Polls until the job's status is terminal, waiting longer each time. A 429
 * on a poll (when no retry plugin already absorbed it) waits what Intercom
 * asked (`Retry-After`, else `X-RateLimit-Reset`) and polls again; the limit
 * and the caller's signal still apply.
 */
export async function pollUntilDone<T>(
  spec: PollSpec<T>,
  deadline: PollDeadline,
  options: ExportPollOptions,
): Promise<T> {
  const maxInterval = options.maxPollIntervalMs ?? DEFAULT_MAX_POLL_INTERVAL_MS;
  let interval = Math.min(options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS, maxInterval);
  let attempt = 0;
  let lastStatus: string | undefined;
  for (;;) {
    const remaining = deadline.startedAt + deadline.maxWaitMs - Date.now();
    if (remaining <= 0) {
      throw new ExportTimeoutError(spec.jobIdentifier, deadline.maxWaitMs, lastStatus);
    }
    // The last wait is cut to the limit, so the job gets one final look.
    await abortableSleep(Math.min(interval, remaining), options.signal, spec.operationId);
    attempt += 1;
    let answer: T;
    try {
      answer = await withinDeadline(deadline, options, spec.jobIdentifier, lastStatus, (signal) =>
        spec.fetchStatus(signal),
      );
    } catch (error) {
      if (error instanceof RateLimitError) {
        interval = Math.max(interval, error.retryAfterMs() ?? interval);
        continue;
      }
      if (options.signal?.aborted && !(error instanceof AbortError)) {
        throw new AbortError(spec.operationId, options.signal.reason);
      }
      throw error;
    }
    lastStatus = spec.statusOf(answer);
    options.onProgress?.({
      jobIdentifier: spec.jobIdentifier,
      status: lastStatus,
      elapsedMs: Date.now() - deadline.startedAt,
      attempt,
    });
    if (spec.isTerminal(lastStatus)) return answer;
    interval = Math.min(interval * BACKOFF_FACTOR, maxInterval);
  }
}

function checkPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(`${name} must be a positive number of milliseconds, got ${value}`);
  }
}
