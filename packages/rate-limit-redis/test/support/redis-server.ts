import { freePort, type RedisProcess, spawnRedis } from "./redis-process.js";

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** Ends the server (SIGTERM), as an outage would; `start()` brings it back on the same port. */
  stop(): Promise<void>;
  /** Starts the server again, empty, on the same port. */
  start(): Promise<void>;
}

/**
 * Starts a throwaway `redis-server` on 127.0.0.1 and a free port, with
 * nothing written to disk. `stop()` ends exactly this process, by its PID.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let current: RedisProcess | undefined = await spawnRedis(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      const stopping = current;
      current = undefined;
      await stopping?.stop();
    },
    start: async () => {
      current ??= await spawnRedis(port);
    },
  };
}
