import { type Bucket, bucketExpiry, emptyBucket, learn, takeSlot } from "./bucket.js";
import type {
  AcquireResult,
  BucketSettings,
  Observation,
  RateLimitStore,
} from "./rate-limit-store.js";

interface Entry {
  readonly bucket: Bucket;
  expiresAt: number;
}

/**
 * Buckets in this process's memory: every client given the same store shares
 * the budget. No timers: stale buckets are dropped when touched, and the
 * map is swept when it grows.
 */
export class MemoryStore implements RateLimitStore {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;

  constructor(options: { readonly maxEntries?: number } = {}) {
    this.#maxEntries = options.maxEntries ?? 1000;
  }

  async acquire(key: string, now: number, settings: BucketSettings): Promise<AcquireResult> {
    const entry = this.#entry(key, now);
    const result = takeSlot(entry.bucket, now, settings);
    entry.expiresAt = bucketExpiry(entry.bucket, now, settings);
    return result;
  }

  async observe(
    key: string,
    now: number,
    observation: Observation,
    settings: BucketSettings,
  ): Promise<void> {
    const entry = this.#entry(key, now);
    learn(entry.bucket, now, observation, settings);
    entry.expiresAt = bucketExpiry(entry.bucket, now, settings);
  }

  /** A copy of a bucket, for tests and diagnostics. */
  peek(key: string): Readonly<Bucket> | undefined {
    const entry = this.#entries.get(key);
    return entry && { ...entry.bucket };
  }

  #entry(key: string, now: number): Entry {
    const existing = this.#entries.get(key);
    if (existing && existing.expiresAt > now) return existing;
    if (this.#entries.size >= this.#maxEntries) this.#sweep(now);
    const entry: Entry = { bucket: emptyBucket(), expiresAt: now };
    this.#entries.set(key, entry);
    return entry;
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
    // Still full of live buckets: forget the oldest, as a cache would.
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
