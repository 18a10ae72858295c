import type { Prng } from "../prng.js";
import type { Store } from "../store/store.js";

/** Seed timestamps count from 2025-01-01T00:00:00Z, so they never depend on the wall clock. */
export const SEED_EPOCH = 1_735_689_600;
export const DAY = 86_400;

/** A tag picked from the seeded tags. */
export function pickTagId(store: Store, prng: Prng): string {
  return prng.pick([...store.tags.keys()]);
}
