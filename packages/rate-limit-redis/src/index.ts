export { ACQUIRE_SCRIPT, OBSERVE_SCRIPT } from "./lua-scripts.js";
export type {
  IoRedisLike,
  NodeRedisClusterLike,
  NodeRedisLike,
  RedisClientLike,
} from "./redis-client.js";
export { RedisStore } from "./redis-store.js";
export type { OutageEvent, OutagePolicy, RedisStoreOptions } from "./redis-store-options.js";
export { StoreUnavailableError } from "./store-unavailable-error.js";
