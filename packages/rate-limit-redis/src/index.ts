export { ACQUIRE_SCRIPT, OBSERVE_SCRIPT } from "./lua-scripts.js";
export type { IoRedisLike, NodeRedisLike, RedisClientLike } from "./redis-client.js";
export { RedisStore } from "./redis-store.js";
