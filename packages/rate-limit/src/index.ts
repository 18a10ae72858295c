export { abortableSleep } from "./abortable-sleep.js";
export { appKey } from "./app-key.js";
export {
  type Bucket,
  bucketExpiry,
  emptyBucket,
  learn,
  NO_LIMIT,
  takeSlot,
  UNKNOWN_LIMIT,
} from "./bucket.js";
export { ConcurrencyGate } from "./concurrency-gate.js";
export { MemoryStore } from "./memory-store.js";
export type { LimitedEvent, RateLimitOptions } from "./rate-limit-options.js";
export { rateLimit } from "./rate-limit-plugin.js";
export type {
  AcquireResult,
  BucketSettings,
  Observation,
  RateLimitStore,
  WaitReason,
} from "./rate-limit-store.js";
