import { type FetchHandler, LOOPBACK_HOST, type ServerHandle } from "./sandbox-server.js";

interface BunServer {
  readonly port: number;
  stop(closeActiveConnections?: boolean): void | Promise<void>;
}

interface BunGlobal {
  serve(options: { fetch: FetchHandler; port: number; hostname: string }): BunServer;
}

/** Serves with `Bun.serve`. */
export async function serveBun(fetch: FetchHandler, port: number): Promise<ServerHandle> {
  const bun = (globalThis as unknown as { Bun: BunGlobal }).Bun;
  const server = bun.serve({ fetch, port, hostname: LOOPBACK_HOST });
  return {
    port: server.port,
    close: async () => {
      await server.stop(true);
    },
  };
}
