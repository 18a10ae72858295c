/** Fields that go with a line, for loggers that keep structure (winston, pino via `objectFirst`). */
export type LogFields = Readonly<Record<string, unknown>>;

/** A message first, then its fields: the shape of `console` and winston. */
export type LogMethod = (message: string, fields: LogFields) => void;

/** What the plugin writes to. `console` and winston fit as they are; pino fits too, see `objectFirst`. */
export interface Logger {
  error: LogMethod;
  warn: LogMethod;
  info: LogMethod;
  debug: LogMethod;
}

export type LogLevel = "silent" | "error" | "warn" | "info" | "debug";

export type EmitLevel = Exclude<LogLevel, "silent">;

const RANK: Readonly<Record<LogLevel, number>> = {
  silent: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

/** Whether a line at `line` is written when the plugin is set to `threshold`. */
export function isEnabled(threshold: LogLevel, line: EmitLevel): boolean {
  return RANK[line] <= RANK[threshold];
}

/** The object-first shape of pino's methods: `logger.info({ ...fields }, message)`. */
export interface ObjectFirstLogger {
  error(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

/**
 * Adapts a pino logger so the fields become pino's own fields. Without it pino
 * still works, but keeps only the message (which holds every field as text).
 */
export function objectFirst(logger: ObjectFirstLogger): Logger {
  return {
    error: (message, fields) => logger.error(fields, message),
    warn: (message, fields) => logger.warn(fields, message),
    info: (message, fields) => logger.info(fields, message),
    debug: (message, fields) => logger.debug(fields, message),
  };
}
