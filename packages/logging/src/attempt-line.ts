import type { EmitLevel, LogFields } from "./logger.js";

/** What one attempt looked like, gathered by the middleware. */
export interface AttemptRecord {
  readonly operationId: string;
  readonly method: string;
  /** The URL path only: query strings can carry emails and other personal data. */
  readonly path: string;
  readonly attempt: number;
  readonly durationMs: number;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly rateLimitRemaining: number | undefined;
  /** The error's name and message when no response came. */
  readonly error: string | undefined;
  readonly aborted: boolean;
}

/** Success is info; any failure the caller may still recover from (retry) is warn; no answer is error. */
export function levelOf(record: AttemptRecord): EmitLevel {
  if (record.status === undefined) return record.aborted ? "warn" : "error";
  return record.status >= 400 ? "warn" : "info";
}

/** One line that reads well in a terminal and still holds every field, for loggers that drop fields. */
export function formatLine(record: AttemptRecord): string {
  const outcome = record.status ?? (record.aborted ? "aborted" : "failed");
  const parts = [
    `intercom ${record.method} ${record.path} ${outcome} ${record.durationMs}ms`,
    `attempt=${record.attempt}`,
    `op=${record.operationId}`,
    `request_id=${record.requestId ?? "-"}`,
    `rate_limit_remaining=${record.rateLimitRemaining ?? "-"}`,
  ];
  if (record.error) parts.push(`error=${JSON.stringify(record.error)}`);
  return parts.join(" ");
}

export function fieldsOf(record: AttemptRecord): LogFields {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
