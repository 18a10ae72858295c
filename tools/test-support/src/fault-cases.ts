import type { Fault } from "./fault-server.js";

/**
 * The fault-injection table: every class of fault the transport must
 * survive, each on a retry-safe operation and on a create, with what
 * intercom-kit must do. The umbrella's fault suite runs it through
 * `createIntercom` and through core + retry; `bench/faults` runs it through
 * the official `intercom-client` too. Dependency-free on purpose: each
 * runner maps a target to its own SDK's call and an outcome to its errors.
 */

/** What is called: a GET (retry-safe), a create POST (not), or `DELETE /tags/{id}` (an empty 200 by design). */
export type FaultTarget = "retrieve" | "create" | "delete-tag";

/** The data, or the intercom-kit error class a call must end with. */
export type FaultOutcome =
  | "data"
  | "NetworkError"
  | "TimeoutError"
  | "ResponseValidationError"
  | "ResponseTooLargeError";

export interface FaultCase {
  /** Unique and readable: `body reset · retrieve · then ok`. */
  readonly id: string;
  /** The class of fault: one row of docs/reliability.md. */
  readonly fault: FaultClass;
  readonly target: FaultTarget;
  /** The client's per-attempt timeout for this case, ms. */
  readonly timeoutMs: number;
  /** How the server answers its n-th request (from 1). */
  readonly faultFor: (n: number) => Fault;
  readonly expect: {
    readonly outcome: FaultOutcome;
    /** Requests the server must see. */
    readonly requests: number;
    /** On a network or timeout error: the status that had arrived, or null for none. */
    readonly responseStatus?: number | null;
  };
  /**
   * The documented bound on the call's time with the retry plugin's
   * defaults: timeout × attempts + the waits between them (and the
   * limiter's, for the 429 case). Checked with slack.
   */
  readonly boundMs: number;
}

export type FaultClass =
  | "body cut off mid-way (TCP reset)"
  | "body cut off mid-way (clean close short of Content-Length)"
  | "body stalls after the headers"
  | "body trickles in, one byte at a time"
  | "no response at all"
  | "empty 200 where JSON is expected"
  | "429 with Retry-After and a later X-RateLimit-Reset"
  | "gzip body that inflates to 512 MiB";

/** The per-attempt timeout of the timing cases, ms. */
export const FAULT_TIMEOUT_MS = 500;
/** retry()'s default backoff ceilings before the first and second retry: 500 and 1000 ms. */
const WAITS_1 = 500;
const WAITS_2 = 1_500;

const OK: Fault = { kind: "ok" };
const always = (fault: Fault) => () => fault;
const once = (fault: Fault) => (n: number) => (n === 1 ? fault : OK);
const T = FAULT_TIMEOUT_MS;

/** A retry-safe call that meets the fault once, one that always does, and a create that always does. */
function threeWays(
  fault: FaultClass,
  make: () => Fault,
  error: FaultOutcome,
  responseStatus: number | null,
): FaultCase[] {
  return [
    {
      id: `${fault} · retrieve · then ok`,
      fault,
      target: "retrieve",
      timeoutMs: T,
      faultFor: once(make()),
      expect: { outcome: "data", requests: 2 },
      boundMs: 2 * T + WAITS_1,
    },
    {
      id: `${fault} · retrieve · every attempt`,
      fault,
      target: "retrieve",
      timeoutMs: T,
      faultFor: always(make()),
      expect: { outcome: error, requests: 3, responseStatus },
      boundMs: 3 * T + WAITS_2,
    },
    {
      id: `${fault} · create · every attempt`,
      fault,
      target: "create",
      timeoutMs: T,
      faultFor: always(make()),
      expect: { outcome: error, requests: 1, responseStatus },
      boundMs: T,
    },
  ];
}

/** A 429 that asks for 1 s while the window resets about 2 s later. */
function rateLimited(): Fault {
  return {
    kind: "429",
    headers: {
      "retry-after": "1",
      "x-ratelimit-limit": "10",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 2),
    },
  };
}

const BOMB: Fault = { kind: "gzip-bomb", inflatedBytes: 512 * 1024 * 1024 };
/** Inflating 16 MiB takes a while on a busy machine; this case is about memory, not time. */
const BOMB_TIMEOUT_MS = 10_000;

export const FAULT_CASES: readonly FaultCase[] = [
  ...threeWays(
    "body cut off mid-way (TCP reset)",
    () => ({ kind: "reset-mid-body" }),
    "NetworkError",
    200,
  ),
  ...threeWays(
    "body cut off mid-way (clean close short of Content-Length)",
    () => ({ kind: "close-mid-body" }),
    "NetworkError",
    200,
  ),
  ...threeWays(
    "body stalls after the headers",
    () => ({ kind: "stall-body" }),
    "TimeoutError",
    200,
  ),
  ...threeWays(
    "body trickles in, one byte at a time",
    () => ({ kind: "trickle-body", intervalMs: 20 }),
    "TimeoutError",
    200,
  ),
  ...threeWays("no response at all", () => ({ kind: "stall-headers" }), "TimeoutError", null),
  ...(["retrieve", "create"] as const).map(
    (target): FaultCase => ({
      id: `empty 200 where JSON is expected · ${target}`,
      fault: "empty 200 where JSON is expected",
      target,
      timeoutMs: T,
      faultFor: always({ kind: "empty-200" }),
      expect: { outcome: "ResponseValidationError", requests: 1 },
      boundMs: T,
    }),
  ),
  {
    id: "empty 200 where JSON is expected · delete-tag, whose 200 is empty by design",
    fault: "empty 200 where JSON is expected",
    target: "delete-tag",
    timeoutMs: T,
    faultFor: always({ kind: "empty-200" }),
    expect: { outcome: "data", requests: 1 },
    boundMs: T,
  },
  ...(["retrieve", "create"] as const).map(
    (target): FaultCase => ({
      id: `429 with Retry-After and a later X-RateLimit-Reset · ${target}`,
      fault: "429 with Retry-After and a later X-RateLimit-Reset",
      target,
      timeoutMs: T,
      // Intercom did not process the refused request, so a create is retried too.
      // The reset is read at request time, so the 429 is built then.
      faultFor: (n) => (n === 1 ? rateLimited() : OK),
      expect: { outcome: "data", requests: 2 },
      // Two attempts, Retry-After's second, and the limiter's wait for the reset (≤ 2 s more).
      boundMs: 2 * T + 3_000,
    }),
  ),
  ...(["retrieve", "create"] as const).map(
    (target): FaultCase => ({
      id: `gzip body that inflates to 512 MiB · ${target}`,
      fault: "gzip body that inflates to 512 MiB",
      target,
      timeoutMs: BOMB_TIMEOUT_MS,
      faultFor: always(BOMB),
      expect: { outcome: "ResponseTooLargeError", requests: 1 },
      boundMs: BOMB_TIMEOUT_MS,
    }),
  ),
];
