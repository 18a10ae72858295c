import { detectRuntime, type Runtime } from "./detect-runtime.js";
import type { FetchHandler, ServerHandle } from "./sandbox-server.js";

/** Starts the runtime's own server for a fetch handler; port 0 picks a free port. */
export async function serve(
  fetch: FetchHandler,
  port: number,
  runtime: Runtime = detectRuntime(),
): Promise<ServerHandle> {
  switch (runtime) {
    case "bun":
      return (await import("./serve-bun.js")).serveBun(fetch, port);
    case "deno":
      return (await import("./serve-deno.js")).serveDeno(fetch, port);
    case "node":
      return (await import("./serve-node.js")).serveNode(fetch, port);
  }
}
