import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a fetch handler over real HTTP on 127.0.0.1 and a random port, as a user's server would. */
export async function serveOnLoopback(
  fetch: (request: Request) => Promise<Response>,
): Promise<Served> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/intercom`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
