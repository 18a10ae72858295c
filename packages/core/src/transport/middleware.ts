/** What a middleware knows about the attempt it wraps. */
export interface AttemptContext {
  /** The operationId, e.g. `listContacts`. */
  readonly operationId: string;
  /** Whether the operation may be sent twice without a second effect (GET, PUT, DELETE, searches). */
  readonly retrySafe: boolean;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  readonly attempt: number;
  /** The caller's signal, so a middleware that waits can stop waiting. */
  readonly signal: AbortSignal | undefined;
  /**
   * The same empty object on every attempt of one call, and a new one for the
   * next call: a key for per-call state in a `WeakMap`/`WeakSet`, e.g. "this
   * call has already followed a merged contact".
   */
  readonly call: object;
}

/** Sends one HTTP attempt. */
export type Handler = (request: Request, context: AttemptContext) => Promise<Response>;

/**
 * Wraps every HTTP attempt, retries included: `(next) => (request, context) => response`.
 * The first middleware added is the outermost: it sees the request first and the response last.
 */
export type Middleware = (next: Handler) => Handler;

export function composeMiddleware(middleware: readonly Middleware[], innermost: Handler): Handler {
  return middleware.reduceRight<Handler>((next, wrap) => wrap(next), innermost);
}
