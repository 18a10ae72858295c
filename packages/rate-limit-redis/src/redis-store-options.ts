import type { StoreUnavailableError } from "./store-unavailable-error.js";

/**
 * What a call does while Redis cannot be reached.
 * - `local` (default): take the slot from an in-memory bucket in this
 *   process, and go back to the shared bucket once Redis answers again.
 * - `fail`: reject with a StoreUnavailableError, before anything is sent.
 */
export type OutagePolicy = "local" | "fail";

/** Reported when Redis stops answering, and when it answers again. */
export type OutageEvent =
  | {
      readonly state: "down";
      readonly policy: OutagePolicy;
      /** The first failure: a refused connection, an error reply, a timeout. */
      readonly error: StoreUnavailableError;
    }
  | {
      readonly state: "up";
      readonly policy: OutagePolicy;
      /** How long Redis was unreachable, ms. */
      readonly downMs: number;
    };

export interface RedisStoreOptions {
  /** What a call does while Redis cannot be reached. Default `local`. */
  readonly outage?: OutagePolicy;
  /**
   * The longest one store call waits for Redis, ms, after which Redis counts
   * as down. Default 1000: a bucket's script runs in microseconds, so a
   * second without an answer is an outage, not a slow command.
   */
  readonly commandTimeoutMs?: number;
  /**
   * With `local`, how often Redis is tried again while it is down, ms. The
   * try is one read, sent alongside the calls, which carry on meanwhile.
   * Default 1000.
   */
  readonly retryIntervalMs?: number;
  /** Told when Redis stops answering and when it answers again. */
  readonly onOutage?: (event: OutageEvent) => void;
}
