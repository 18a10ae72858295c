import { withDeadline } from "./command-deadline.js";

/**
 * ioredis, `Redis` or `Cluster`: `client.call("EVALSHA", sha, "1", key, ...args)`.
 * ioredis finds the key in the arguments and, on a cluster, routes by it.
 */
export interface IoRedisLike {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** node-redis (v4, v5) `createClient`: `client.sendCommand(["EVALSHA", sha, "1", key, ...args])`. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * node-redis (v4, v5) `createCluster`: `cluster.sendCommand(key, isReadonly, args)`,
 * routed by the key given first. `masters` tells it apart from a single client.
 */
export interface NodeRedisClusterLike {
  sendCommand(
    firstKey: string | undefined,
    isReadonly: boolean | undefined,
    args: string[],
  ): Promise<unknown>;
  readonly masters: readonly unknown[];
}

/**
 * The little the store needs from a connected client: send one raw command.
 * ioredis and node-redis, single server or cluster, all fit, so neither
 * library is a dependency of this package.
 */
export type RedisClientLike = IoRedisLike | NodeRedisLike | NodeRedisClusterLike;

/** One way to send a command about `key`, whichever client was given. */
export interface RedisConnection {
  send(key: string, args: readonly string[]): Promise<unknown>;
  /** Called after a command about `key` failed: a chance to find the key's node again. */
  failed(key: string): void;
}

/** `timeoutMs` bounds the commands the connection sends by itself. */
export function connectionOf(client: RedisClientLike, timeoutMs: number): RedisConnection {
  // ioredis also has a `sendCommand`, with another signature: test for `call` first.
  if ("call" in client && typeof client.call === "function") {
    const io = client;
    return {
      send: (_key, [command = "", ...rest]) => io.call(command, ...rest),
      // ioredis's Cluster refreshes its slot map by itself when a node goes away.
      failed: () => undefined,
    };
  }
  if ("masters" in client) return nodeRedisCluster(client, timeoutMs);
  const node = client as NodeRedisLike;
  return { send: (_key, args) => node.sendCommand([...args]), failed: () => undefined };
}

/**
 * node-redis's cluster client learns a new slot map only from a MOVED reply.
 * A primary that died sends none, so after a failover it would keep sending
 * the bucket's commands to the dead node for good. After a failure this asks
 * for the key's TTL without a routing key: node-redis sends it to some node,
 * and a live node that does not own the key answers MOVED, which makes the
 * client fetch the slot map again, and so find the promoted replica.
 * One such nudge at a time; it only reads.
 */
function nodeRedisCluster(cluster: NodeRedisClusterLike, timeoutMs: number): RedisConnection {
  let nudging = false;
  return {
    send: (key, args) => cluster.sendCommand(key, false, [...args]),
    failed: (key) => {
      if (nudging) return;
      nudging = true;
      withDeadline(cluster.sendCommand(undefined, true, ["PTTL", key]), timeoutMs)
        .catch(() => undefined)
        .finally(() => {
          nudging = false;
        });
    },
  };
}
