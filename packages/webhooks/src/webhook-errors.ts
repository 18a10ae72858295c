import { IntercomError } from "@intercom-kit/core";

/** The `X-Hub-Signature` header is missing or does not match the body. */
export class WebhookSignatureError extends IntercomError {
  override name = "WebhookSignatureError";
}

/**
 * The body is not a notification: not JSON, or not the `notification_event`
 * envelope. `issues` names each bad path; the body itself is not repeated,
 * since it can hold customer data.
 */
export class WebhookPayloadError extends IntercomError {
  override name = "WebhookPayloadError";
  readonly issues: readonly string[];

  constructor(message: string, issues: readonly string[] = [], options?: { cause?: unknown }) {
    super(issues.length === 0 ? message : `${message}: ${issues.join("; ")}`, options);
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}
