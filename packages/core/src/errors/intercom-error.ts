/**
 * The root of every error this SDK throws, so that one `instanceof` check
 * separates SDK failures from bugs in the caller's own code.
 */
export class IntercomError extends Error {
  override name = "IntercomError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** A plain object safe to log or send across processes: it never holds a token. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** The client was set up wrongly: an unknown region, an insecure base URL, a missing token. */
export class ConfigurationError extends IntercomError {
  override name = "ConfigurationError";
}
