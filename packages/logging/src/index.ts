export { type AttemptRecord, formatLine, levelOf } from "./attempt-line.js";
export {
  type EmitLevel,
  isEnabled,
  type LogFields,
  type Logger,
  type LogLevel,
  type LogMethod,
  type ObjectFirstLogger,
  objectFirst,
} from "./logger.js";
export type { LoggingOptions } from "./logging-options.js";
export { logging } from "./logging-plugin.js";
export { REDACTED, redactBody, redactSecrets, redactValue, SECRET_KEYS } from "./redact.js";
