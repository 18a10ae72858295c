import { type FetchHandler, LOOPBACK_HOST, type ServerHandle } from "./sandbox-server.js";

interface DenoServer {
  readonly addr: { port: number };
  readonly finished: Promise<void>;
  shutdown(): Promise<void>;
}

interface DenoGlobal {
  serve(
    options: { port: number; hostname: string; onListen?: (addr: { port: number }) => void },
    handler: FetchHandler,
  ): DenoServer;
}

/** Serves with `Deno.serve`. */
export async function serveDeno(fetch: FetchHandler, port: number): Promise<ServerHandle> {
  const deno = (globalThis as unknown as { Deno: DenoGlobal }).Deno;
  const server = deno.serve({ port, hostname: LOOPBACK_HOST, onListen: () => {} }, fetch);
  return {
    port: server.addr.port,
    close: async () => {
      await server.shutdown();
    },
  };
}
