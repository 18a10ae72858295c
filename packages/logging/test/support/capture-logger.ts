import type { EmitLevel, LogFields, Logger } from "../../src/index.js";

export interface CapturedLine {
  readonly level: EmitLevel;
  readonly message: string;
  readonly fields: LogFields;
}

/** A logger that keeps every line, to be read back by the test. */
export function captureLogger(): { logger: Logger; lines: CapturedLine[] } {
  const lines: CapturedLine[] = [];
  const at = (level: EmitLevel) => (message: string, fields: LogFields) =>
    void lines.push({ level, message, fields });
  return {
    lines,
    logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") },
  };
}
