export { failedBeforeSending } from "./failed-before-sending.js";
export { decideRetry, type RetryDecision } from "./retry-decision.js";
export {
  RETRY_DEFAULTS,
  type ResolvedRetryOptions,
  type RetryContext,
  type RetryEvent,
  type RetryOptions,
  type RetryOverrides,
  type RetryReason,
} from "./retry-options.js";
export { retry } from "./retry-plugin.js";
export { backoffWait, headerWait } from "./retry-wait.js";
