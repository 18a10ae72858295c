import { Redis } from "ioredis";
import { createClient } from "redis";
import type { RedisClientLike } from "../../src/index.js";

export type ClientKind = "ioredis" | "node-redis";

export interface ConnectedClient {
  readonly client: RedisClientLike;
  close(): Promise<void>;
}

/** A connected client of either library, as an application would hand it to the store. */
export async function connectRedis(kind: ClientKind, url: string): Promise<ConnectedClient> {
  if (kind === "ioredis") {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await client.connect();
    return { client, close: async () => void (await client.quit()) };
  }
  const client = createClient({ url });
  await client.connect();
  return { client, close: async () => void (await client.quit()) };
}
