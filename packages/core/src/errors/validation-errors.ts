import { IntercomError } from "./intercom-error.js";

/** One failed check: where in the value, and what was wrong. */
export interface ValidationIssue {
  /** A dotted path such as `pagination.per_page`, or `(root)`. */
  readonly path: string;
  readonly message: string;
}

/** The params did not match the operation's input schema. Nothing was sent. */
export class RequestValidationError extends IntercomError {
  override name = "RequestValidationError";
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];

  constructor(operationId: string, issues: readonly ValidationIssue[]) {
    super(`Invalid params for ${operationId}: ${formatIssues(issues)}`);
    this.operationId = operationId;
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operationId: this.operationId, issues: this.issues };
  }
}

/**
 * In `strict` mode: the response did not match the schema, or was not JSON.
 * `data` keeps everything that arrived, so nothing is lost by the throw.
 */
export class ResponseValidationError extends IntercomError {
  override name = "ResponseValidationError";
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];
  /** The parsed body, or the raw text when it was not valid JSON. */
  readonly data: unknown;

  constructor(operationId: string, issues: readonly ValidationIssue[], data: unknown) {
    super(`Unexpected response for ${operationId}: ${formatIssues(issues)}`);
    this.operationId = operationId;
    this.issues = issues;
    this.data = data;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operationId: this.operationId, issues: this.issues };
  }
}

const MAX_LISTED = 10;

function formatIssues(issues: readonly ValidationIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.path}: ${i.message}`);
  const rest = issues.length > MAX_LISTED ? ` (+${issues.length - MAX_LISTED} more)` : "";
  return `${listed.join("; ")}${rest}`;
}
