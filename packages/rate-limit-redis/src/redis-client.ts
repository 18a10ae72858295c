/** ioredis: `client.call("EVALSHA", sha, "1", key, ...args)`. */
export interface IoRedisLike {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** node-redis (v4, v5): `client.sendCommand(["EVALSHA", sha, "1", key, ...args])`. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * The little the store needs from a connected client: send one raw command.
 * Both ioredis and node-redis fit, so neither is a dependency of this package.
 */
export type RedisClientLike = IoRedisLike | NodeRedisLike;

/** Sends one command through whichever client was given. */
export function sendCommand(client: RedisClientLike, args: readonly string[]): Promise<unknown> {
  // ioredis also has a `sendCommand`, with another signature: test for `call` first.
  if ("call" in client && typeof client.call === "function") {
    const [command = "", ...rest] = args;
    return client.call(command, ...rest);
  }
  return (client as NodeRedisLike).sendCommand([...args]);
}
