import { createPrng, deriveSeed } from "../prng.js";
import type { FaultKind, FaultOptions } from "./fault-options.js";

export interface FaultDecision {
  readonly latencyMs: number;
  readonly fault: FaultKind | undefined;
}

export interface FaultPlan {
  /** Decides the next request's fate; the n-th call is the same on every run with the same seed. */
  next(): FaultDecision;
  readonly active: boolean;
}

const ORDER: ReadonlyArray<[FaultKind, keyof FaultOptions]> = [
  ["server-error", "serverErrorRate"],
  ["drop", "dropRate"],
  ["truncate", "truncateRate"],
  ["invalid-json", "invalidJsonRate"],
  ["html-error", "htmlErrorRate"],
];

export function createFaultPlan(options: FaultOptions, sandboxSeed: number): FaultPlan {
  const seed = options.seed ?? sandboxSeed;
  // Separate streams: turning latency on must not change which requests fail.
  const faultPrng = createPrng(deriveSeed(seed, "faults"));
  const latencyPrng = createPrng(deriveSeed(seed, "latency"));
  const rates = ORDER.map(([kind, key]) => [kind, clampRate(options[key])] as const);
  const active = options.latencyMs !== undefined || rates.some(([, rate]) => rate > 0);
  return {
    active,
    next() {
      const roll = faultPrng.next();
      let fault: FaultKind | undefined;
      let threshold = 0;
      for (const [kind, rate] of rates) {
        threshold += rate;
        if (roll < threshold) {
          fault = kind;
          break;
        }
      }
      return { fault, latencyMs: drawLatency(options.latencyMs, latencyPrng.next()) };
    },
  };
}

function drawLatency(latency: FaultOptions["latencyMs"], roll: number): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return Math.max(0, latency);
  const min = Math.max(0, latency.min);
  const max = Math.max(min, latency.max);
  return Math.round(min + roll * (max - min));
}

function clampRate(rate: unknown): number {
  return typeof rate === "number" && Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0;
}
