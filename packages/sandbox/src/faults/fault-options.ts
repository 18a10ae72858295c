/**
 * Fault knobs. Rates are probabilities in [0, 1], drawn once per request from
 * a PRNG seeded with `seed` (default: the sandbox seed), so the same sequence
 * of requests meets the same faults on every run.
 */
export interface FaultOptions {
  /** Delay before answering: a fixed number of milliseconds or a range. */
  readonly latencyMs?: number | { readonly min: number; readonly max: number };
  /** Share of requests answered 500 with an `error.list` body, unprocessed. */
  readonly serverErrorRate?: number;
  /** Share of requests whose connection is closed without an answer, unprocessed. */
  readonly dropRate?: number;
  /** Share of requests whose JSON answer is cut in half (the request is processed). */
  readonly truncateRate?: number;
  /** Share of requests answered with a body that is not JSON at all (processed). */
  readonly invalidJsonRate?: number;
  /** Share of requests answered 503 with an HTML page, as a proxy would (unprocessed). */
  readonly htmlErrorRate?: number;
  /** Seeds the fault decisions; defaults to the sandbox seed. */
  readonly seed?: number;
}

export type FaultKind = "server-error" | "drop" | "truncate" | "invalid-json" | "html-error";
