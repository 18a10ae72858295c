export {
  RETRY_DEFAULTS,
  type ResolvedRetryOptions,
  type RetryEvent,
  type RetryOptions,
  type RetryOverrides,
  type RetryReason,
} from "./retry-options.js";
export { retry } from "./retry-plugin.js";
