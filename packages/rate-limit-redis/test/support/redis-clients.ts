import { Cluster, Redis } from "ioredis";
import { createClient, createCluster } from "redis";
import type { RedisClientLike } from "../../src/index.js";

export type ClientKind = "ioredis" | "node-redis" | "ioredis-cluster" | "node-redis-cluster";

export const SINGLE_KINDS: readonly ClientKind[] = ["ioredis", "node-redis"];
export const CLUSTER_KINDS: readonly ClientKind[] = ["ioredis-cluster", "node-redis-cluster"];

export interface ConnectedClient {
  readonly client: RedisClientLike;
  /** A raw command for the test itself, routed by its first key on a cluster. */
  command(args: readonly string[]): Promise<unknown>;
  /** Errors the client reported while it reconnected (they must not crash the process). */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * A connected client of either library, as an application would hand it to
 * the store. `address` is a `redis://` URL, or for a cluster kind the seed
 * nodes as `host:port,host:port,…`. Library defaults otherwise, except that
 * every client has an `error` listener, as any application needs: node-redis
 * would otherwise crash the process when Redis goes away.
 */
export async function connectRedis(kind: ClientKind, address: string): Promise<ConnectedClient> {
  const errors: string[] = [];
  const record = (error: unknown) => void errors.push(String((error as Error)?.message ?? error));
  const seeds = address.split(",").map((node) => {
    const [host = "127.0.0.1", port = "6379"] = node.split(":");
    return { host, port: Number(port) };
  });
  switch (kind) {
    case "ioredis": {
      const client = new Redis(address, { lazyConnect: true, maxRetriesPerRequest: 1 });
      client.on("error", record);
      await client.connect();
      return {
        client,
        errors,
        command: ([name = "", ...args]) => client.call(name, ...args),
        close: () => closeWithin(client.quit(), () => client.disconnect()),
      };
    }
    case "ioredis-cluster": {
      const client = new Cluster(seeds, {
        lazyConnect: true,
        redisOptions: { maxRetriesPerRequest: 1 },
      });
      client.on("error", record);
      await client.connect();
      return {
        client,
        errors,
        command: ([name = "", ...args]) => client.call(name, ...args),
        close: () => closeWithin(client.quit(), () => client.disconnect()),
      };
    }
    case "node-redis": {
      const client = createClient({ url: address });
      client.on("error", record);
      await client.connect();
      return {
        client,
        errors,
        command: (args) => client.sendCommand([...args]),
        close: () => closeWithin(client.close(), () => client.destroy()),
      };
    }
    case "node-redis-cluster": {
      const client = createCluster({
        rootNodes: seeds.map(({ host, port }) => ({ url: `redis://${host}:${port}` })),
      });
      client.on("error", record);
      await client.connect();
      return {
        client,
        errors,
        command: (args) => client.sendCommand(args[1], false, [...args]),
        close: () => closeWithin(client.close(), () => client.destroy()),
      };
    }
  }
}

/** A clean quit, or after a second (Redis may be gone) a hard disconnect. */
async function closeWithin(quitting: Promise<unknown>, disconnect: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), 1000);
  });
  const outcome = await Promise.race([quitting.catch(() => "failed"), late]);
  clearTimeout(timer);
  if (outcome === "late" || outcome === "failed") disconnect();
}
