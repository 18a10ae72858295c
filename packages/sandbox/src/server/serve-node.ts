import type { AddressInfo } from "node:net";
import { type FetchHandler, LOOPBACK_HOST, type ServerHandle } from "./sandbox-server.js";

/** Serves on Node with `@hono/node-server`, loaded only when Node is the runtime. */
export async function serveNode(fetch: FetchHandler, port: number): Promise<ServerHandle> {
  const { serve } = await import("@hono/node-server");
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: LOOPBACK_HOST }, (info: AddressInfo) => {
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive sockets would hold `close()` open; end them too.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
    server.once("error", reject);
  });
}
