export type { Bucket } from "./bucket.js";
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
