import type { Logger, LogLevel } from "./logger.js";

export interface LoggingOptions {
  /** Where lines go. Default `console`. */
  readonly logger?: Logger;
  /** Default `info`: one line per attempt. `debug` adds bodies; `warn` keeps only failures. */
  readonly level?: LogLevel;
  /** Longest body written at debug, in characters, after redaction. Default 2000. */
  readonly maxBodyLength?: number;
  /** More strings to hide wherever they appear, e.g. an OAuth client secret. */
  readonly secrets?: readonly string[];
}
